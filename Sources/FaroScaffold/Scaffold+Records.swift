import FaroCore
import FaroDirectory
import Foundation

extension Scaffold {
    /// `Content/directory/<shelters|organizations>/<id>.yaml` with every required key and the optional ones as comments.
    func record(_ request: ScaffoldRequest, name: String, language: String) throws(ScaffoldProblem) -> ScaffoldFile {
        let id = request.name
        guard Slug.isValid(id) else { throw .notASlug(id, suggestion: Slug.make(id)) }
        let phrases = ScaffoldPhrases.phrases(for: language)
        let state = try request.state.flatMap(Self.trimmed).map { (text: String) throws(ScaffoldProblem) -> String in
            guard let state = MexicanState.named(text) else { throw .unknownState(text) }
            return state.name
        }
        let city = request.city.flatMap(Self.trimmed)
        let source = request.source.flatMap(Self.trimmed) ?? (request.isExample ? phrases.exampleSource : nil)
        guard let source else { throw .missingSource }
        var values = [
            "id": id, "name": YAMLScalar.quoted(name), "today": request.today.description, "source": YAMLScalar.quoted(source),
            "example_comment": request.isExample ? "# \(phrases.exampleComment)\n" : "",
            "example_line": request.isExample ? "example: true\n" : "",
            "optional_hint": phrases.optionalHint, "organization_hint": phrases.organizationHint,
            "signatory_hint": phrases.signatoryHint, "lang": language,
            "shelter_kinds": Vocabulary.shelterKinds.joined(separator: ", "),
            "organization_kinds": Vocabulary.organizationKinds.joined(separator: ", "),
            "phone_kinds": Vocabulary.phoneKinds.joined(separator: ", "),
            "services": Vocabulary.services.joined(separator: ", "),
            "populations": Vocabulary.populations.joined(separator: ", "),
            "costs": Vocabulary.costs.joined(separator: ", "),
        ]
        switch request.kind {
        case .organization:
            let stateLine = state.map { "state: \(YAMLScalar.quoted($0))\n" } ?? "# state: \"Ciudad de México\"\n"
            let cityLine = city.map { "city: \(YAMLScalar.quoted($0))\n" } ?? "# city: \"Ciudad de México\"\n"
            values["place_lines"] = stateLine + cityLine
            return ScaffoldFile(path: "directory/organizations/\(id).yaml", text: FileTemplate.organization.render(values))
        default:
            guard let state else { throw .missingValue("state") }
            guard let city else { throw .missingValue("city") }
            values["state"] = YAMLScalar.quoted(state)
            values["city"] = YAMLScalar.quoted(city)
            return ScaffoldFile(path: "directory/shelters/\(id).yaml", text: FileTemplate.shelter.render(values))
        }
    }

    /// The text without surrounding spaces, or nil when nothing is left.
    static func trimmed(_ text: String) -> String? {
        text.trimmingCharacters(in: .whitespacesAndNewlines).nonEmpty
    }
}
