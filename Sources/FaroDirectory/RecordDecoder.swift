import FaroCore
import FaroYAML
import Yams

/// Decodes one record file strictly: unknown keys, wrong types and values outside the vocabulary are errors
/// naming the file, line and key.
struct RecordDecoder {
    let category: DirectoryRecord.Category
    let path: String
    let fileName: String
    let today: Day

    func decode(_ node: Node) -> (DirectoryRecord?, [Diagnostic]) {
        var reader = MappingReader(node, file: path)
        let id = reader.string("id", required: true) ?? ""
        let name = reader.string("name", required: true) ?? ""
        let lastVerified = reader.day("last_verified", required: true)
        let source = reader.string("source", required: true) ?? ""
        var record = DirectoryRecord(id: id, category: category, name: name, lastVerified: lastVerified ?? Day(iso: "2000-01-01")!,
                                     source: source, location: SourceLocation(file: path))
        if !id.isEmpty && !Slug.isValid(id) {
            reader.report(DirectoryProblem.invalidId(id, suggestion: Slug.make(id)), key: "id")
        } else if !id.isEmpty && id != fileName {
            reader.report(DirectoryProblem.idMismatch(id: id, fileName: fileName), key: "id")
        }
        if let day = lastVerified, day > today { reader.report(DirectoryProblem.futureDate(key: "last_verified", value: day.description), key: "last_verified") }
        record.example = reader.bool("example") ?? false
        record.kind = single(&reader, "kind", category == .shelter ? Vocabulary.shelterKinds : Vocabulary.organizationKinds) ?? record.kind
        record.organization = reader.string("organization")
        if let state = reader.string("state", required: category == .shelter) {
            record.state = MexicanState.named(state)
            if record.state == nil { reader.report(DirectoryProblem.unknownState(state), key: "state") }
        }
        record.city = reader.string("city", required: category == .shelter)
        record.address = reader.string("address")
        record.coordinates = coordinates(&reader)
        record.phones = phones(&reader)
        if let email = reader.string("email") {
            let parts = email.split(separator: "@")
            // Letters, digits and a few marks only: the address becomes a `mailto:` link.
            if parts.count == 2, parts[1].contains("."), parts[0].allSatisfy({ $0.isLetter || $0.isNumber || "._%+-".contains($0) }),
               parts[1].allSatisfy({ $0.isLetter || $0.isNumber || ".-".contains($0) }) { record.email = email } else {
                reader.report(DirectoryProblem.invalidEmail(email), key: "email")
            }
        }
        if let website = reader.string("website") {
            if SafeURL.isWebAddress(website) { record.website = website } else {
                reader.report(DirectoryProblem.invalidWebsite(website), key: "website")
            }
        }
        record.services = vocabulary(&reader, "services", Vocabulary.services)
        record.populations = vocabulary(&reader, "populations", Vocabulary.populations)
        record.capacity = reader.int("capacity")
        record.languages = languageCodes(&reader)
        if let hours = reader.string("hours") {
            do { record.hours = try OpeningHours(hours) } catch { reader.report(DirectoryProblem.invalidHours(error.description), key: "hours") }
        }
        record.requirements = translations(&reader, "requirements")
        record.cost = single(&reader, "cost", Vocabulary.costs)
        record.description = translations(&reader, "description")
        record.signatory = reader.bool("signatory") ?? false
        for key in ["id", "organization", "last_verified"] { record.keyLocations[key] = reader.location(of: key) }
        reader.rejectUnknownKeys()
        let failed = reader.diagnostics.contains { $0.severity == .error }
        return (failed ? nil : record, reader.diagnostics)
    }

    /// One value from `allowed` (a list is an error, not its first item).
    func single(_ reader: inout MappingReader, _ key: String, _ allowed: [String]) -> String? {
        guard let value = reader.string(key) else { return nil }
        guard allowed.contains(value) else {
            reader.report(DirectoryProblem.notInVocabulary(key: key, value: value, suggestion: KeySuggestion.closest(to: value, among: allowed, maxDistance: 3)), key: key)
            return nil
        }
        return value
    }

    /// One value or a list, each from `allowed`.
    func vocabulary(_ reader: inout MappingReader, _ key: String, _ allowed: [String]) -> [String] {
        guard let values = reader.strings(key) else { return [] }
        var kept: [String] = []
        for value in values {
            if allowed.contains(value) { kept.append(value) } else {
                // A Spanish word (`comida`) or a near miss (`fod`) both suggest the value meant (`food`).
                let kind: ImportTerms.Kind? = key == "services" ? .service : key == "populations" ? .population : nil
                let suggestion = kind.flatMap { ImportTerms.value(for: value, as: $0) ?? ImportTerms.suggestion(for: value, as: $0) }
                    ?? KeySuggestion.closest(to: value, among: allowed, maxDistance: 3)
                reader.report(DirectoryProblem.notInVocabulary(key: key, value: value, suggestion: suggestion), key: key)
            }
        }
        return kept
    }

    func coordinates(_ reader: inout MappingReader) -> Coordinates? {
        guard let node = reader.node("location") else { return nil }
        var inner = MappingReader(node, file: path, key: "location")
        let lat = double(inner.node("lat", required: true)), lon = double(inner.node("lon", required: true))
        inner.rejectUnknownKeys()
        reader.absorb(inner.diagnostics)
        guard let lat, let lon else {
            if inner.diagnostics.isEmpty { reader.report(YAMLProblem.wrongType(key: "location", expected: "{lat: number, lon: number}"), key: "location") }
            return nil
        }
        let point = Coordinates(lat: lat, lon: lon)
        if !point.isInMexico { reader.report(DirectoryProblem.outsideMexico(lat: lat, lon: lon), key: "location") }
        return point
    }

    func double(_ node: Node?) -> Double? {
        guard case .scalar(let scalar)? = node, scalar.style == .plain else { return nil }
        return Double(scalar.string)
    }

    func phones(_ reader: inout MappingReader) -> [DirectoryRecord.Phone] {
        guard let node = reader.node("phones") else { return [] }
        guard let items = node.sequence else {
            reader.report(YAMLProblem.wrongType(key: "phones", expected: "a list of {number: …, kind: voice|whatsapp|sms}"), key: "phones")
            return []
        }
        var phones: [DirectoryRecord.Phone] = []
        for item in items {
            var entry = MappingReader(item, file: path, key: "phones")
            let written = entry.string("number", required: true)
            let kind = entry.string("kind") ?? "voice"
            entry.rejectUnknownKeys()
            var problems = entry.diagnostics
            if !Vocabulary.phoneKinds.contains(kind) {
                problems.append(Diagnostic(at: entry.valueLocation(of: "kind"), DirectoryProblem.notInVocabulary(key: "phones.kind", value: kind, suggestion: nil)))
            }
            if let written {
                if let number = PhoneNumber(written) {
                    if problems.isEmpty { phones.append(DirectoryRecord.Phone(number: number, kind: kind)) }
                } else {
                    problems.append(Diagnostic(at: entry.valueLocation(of: "number"), DirectoryProblem.invalidPhone(written)))
                }
            }
            reader.absorb(problems)
        }
        return phones
    }

    func languageCodes(_ reader: inout MappingReader) -> [String] {
        let codes = reader.strings("languages") ?? []
        for code in codes where !Self.isLanguageCode(code) { reader.report(DirectoryProblem.invalidLanguageCode(code), key: "languages") }
        return codes.filter(Self.isLanguageCode)
    }

    func translations(_ reader: inout MappingReader, _ key: String) -> [String: String] {
        guard let entries = reader.stringMap(key) else { return [:] }
        var values: [String: String] = [:]
        for entry in entries {
            if Self.isLanguageCode(entry.key) { values[entry.key] = entry.value } else {
                reader.absorb([Diagnostic(at: entry.location, DirectoryProblem.invalidLanguageCode(entry.key))])
            }
        }
        return values
    }

    static func isLanguageCode(_ code: String) -> Bool {
        (2...3).contains(code.count) && code.allSatisfy { $0.isASCII && $0.isLowercase }
    }
}
