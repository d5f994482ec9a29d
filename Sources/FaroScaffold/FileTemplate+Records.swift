extension FileTemplate {
    /// A shelter record: the required keys filled in, the optional ones as comments to uncomment.
    static let shelter = FileTemplate(text: """
    {{example_comment}}id: {{id}}
    {{example_line}}name: {{name}}
    state: {{state}}
    city: {{city}}
    last_verified: {{today}}
    source: {{source}}
    # {{optional_hint}}
    # kind: shelter                          # {{shelter_kinds}}
    # organization: id-de-la-organizacion    # {{organization_hint}}
    # address: "Calle Ejemplo 123, Colonia Centro"
    # location: {lat: 25.8730, lon: -97.5000}
    # phones:
    #   - {number: "+52 868 000 0000", kind: voice}    # {{phone_kinds}}
    # email: contacto@example.org
    # website: https://example.org/
    # services: [lodging, food]              # {{services}}
    # populations: [families, women]         # {{populations}}
    # languages: [es, en]
    # hours: "Mo-Fr 09:00-17:00; Sa 09:00-13:00; Su,PH off"
    # capacity: 50
    # cost: free                             # {{costs}}
    # requirements:
    #   {{lang}}: …
    # description:
    #   {{lang}}: …

    """)

    /// An organisation record: the required keys filled in, the optional ones as comments to uncomment.
    static let organization = FileTemplate(text: """
    {{example_comment}}id: {{id}}
    {{example_line}}name: {{name}}
    {{place_lines}}last_verified: {{today}}
    source: {{source}}
    # {{optional_hint}}
    # kind: ngo                              # {{organization_kinds}}
    # signatory: true                        # {{signatory_hint}}
    # website: https://example.org/
    # email: contacto@example.org
    # phones:
    #   - {number: "+52 55 0000 0000", kind: voice}    # {{phone_kinds}}
    # services: [legal]                      # {{services}}
    # populations: [families, women]         # {{populations}}
    # languages: [es, en]
    # description:
    #   {{lang}}: …

    """)
}
