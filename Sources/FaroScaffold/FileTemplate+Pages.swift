extension FileTemplate {
    /// A page: every key a page needs, and a short body to replace.
    static let page = FileTemplate(text: """
    ---
    title: {{title}}
    description: {{description}}
    date: {{today}}
    last_checked: {{today}}
    ---

    {{body}}

    """)

    /// A guide's index page: what the guide is, its parts, and where its facts come from.
    static let guideIndex = FileTemplate(text: """
    ---
    title: {{title}}
    description: {{description}}
    date: {{today}}
    last_checked: {{today}}
    ---

    {{intro}}

    {{parts}}

    1. [{{chapter_title}}]({{chapter_slug}}/)

    ## {{sources_heading}}

    - {{sources_hint}}

    """)

    /// A guide's chapter; `weight` orders the chapters.
    static let chapter = FileTemplate(text: """
    ---
    title: {{title}}
    description: {{description}}
    weight: {{weight}}
    date: {{today}}
    last_checked: {{today}}
    ---

    {{body}}

    """)
}
