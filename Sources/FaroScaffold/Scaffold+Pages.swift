import FaroCore
import Foundation

extension Scaffold {
    /// `Content/<path>.<lang>.md` with title, description, date and last_checked.
    func page(_ request: ScaffoldRequest, title: String, language: String) throws(ScaffoldProblem) -> ScaffoldFile {
        let path = try slugPath(request.name).joined(separator: "/")
        let phrases = ScaffoldPhrases.phrases(for: language)
        let text = FileTemplate.page.render([
            "title": YAMLScalar.quoted(title), "description": YAMLScalar.quoted(phrases.pageDescription),
            "today": request.today.description, "body": phrases.pageBody,
        ])
        return ScaffoldFile(path: "\(path).\(language).md", text: text)
    }

    /// `Content/<section>/<guide>/index.<lang>.md` and a first chapter with weight 1, named after its title
    /// like the portal's other chapters (`antes-de-salir.es.md`), so the URL carries no number.
    func guide(_ request: ScaffoldRequest, title: String, language: String) throws(ScaffoldProblem) -> [ScaffoldFile] {
        let section = try slugPath(request.guideSection)
        let guide = try slugPath(request.name)
        let folder = (section + guide).joined(separator: "/")
        let phrases = ScaffoldPhrases.phrases(for: language)
        let chapterTitle = request.chapterTitle?.trimmingCharacters(in: .whitespacesAndNewlines).nonEmpty ?? phrases.chapterTitle
        let chapterSlug = Slug.make(chapterTitle).nonEmpty ?? Slug.make(phrases.chapterTitle)
        let index = FileTemplate.guideIndex.render([
            "title": YAMLScalar.quoted(title), "description": YAMLScalar.quoted(phrases.guideDescription),
            "today": request.today.description, "intro": phrases.guideIntro, "parts": phrases.guideParts,
            "chapter_title": chapterTitle, "chapter_slug": chapterSlug,
            "sources_heading": phrases.sourcesHeading, "sources_hint": phrases.sourcesHint,
        ])
        let chapter = FileTemplate.chapter.render([
            "title": YAMLScalar.quoted(chapterTitle), "description": YAMLScalar.quoted(phrases.chapterDescription),
            "weight": "1", "today": request.today.description, "body": phrases.chapterBody,
        ])
        return [ScaffoldFile(path: "\(folder)/index.\(language).md", text: index),
                ScaffoldFile(path: "\(folder)/\(chapterSlug).\(language).md", text: chapter)]
    }
}

extension String {
    /// The string, or nil when it is empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
