import FaroCore
import Foundation

/// Opening hours as CSOs write them in a spreadsheet (`Lunes a viernes 9:00 a 17:00, sábado 9 a 13 h`,
/// `24 horas`, `L-V 9am-5pm`) turned into the OpenStreetMap form records use (`Mo-Fr 09:00-17:00; Sa 09:00-13:00`).
/// Text already in that form comes out the same.
enum HoursCell {
    /// The hours `text` gives; throws the reason when a word or a time cannot be read.
    static func openingHours(_ text: String) throws(OpeningHoursError) -> OpeningHours {
        if alwaysOpen.contains(Slug.make(text)) { return try OpeningHours("24/7") }
        return try OpeningHours(try osm(text))
    }

    /// Ways of writing "always open", as slugs.
    static let alwaysOpen: Set<String> = ["24-7", "24-horas", "24-hrs", "24-h", "24h", "24hrs", "abierto-24-horas", "todo-el-dia",
                                          "todos-los-dias-24-horas", "24-horas-todos-los-dias", "always-open", "24-hours"]

    /// Day words, as slugs, and the OpenStreetMap day each names (Spanish initials L M X J V S D included).
    static let days: [String: String] = {
        var days = ["ph": "PH", "festivos": "PH", "dias-festivos": "PH", "feriados": "PH", "holidays": "PH"]
        let names = [
            ("Mo", ["lunes", "lun", "lu", "l", "monday", "mon", "mo"]), ("Tu", ["martes", "mar", "ma", "m", "tuesday", "tue", "tu"]),
            ("We", ["miercoles", "mie", "mi", "x", "wednesday", "wed", "we"]), ("Th", ["jueves", "jue", "ju", "j", "thursday", "thu", "th"]),
            ("Fr", ["viernes", "vie", "vi", "v", "friday", "fri", "fr"]), ("Sa", ["sabado", "sabados", "sab", "sa", "s", "saturday", "sat"]),
            ("Su", ["domingo", "domingos", "dom", "do", "d", "sunday", "sun", "su"]),
        ]
        for (day, words) in names { for word in words { days[word] = day } }
        return days
    }()

    /// Words that make a range (`a`, `hasta`), join a list (`y`), mean closed, or add nothing (`de`, `horas`, `todos los días`).
    static let rangeWords: Set<String> = ["a", "al", "hasta", "to"]
    static let listWords: Set<String> = ["y", "e", "and"]
    static let closedWords: Set<String> = ["cerrado", "closed", "off"]
    static let fillerWords: Set<String> = ["de", "del", "desde", "las", "la", "h", "hrs", "hr", "horas", "hs", "from", "diario", "todos", "los",
                                           "dias", "daily", "every", "day", "abierto", "open"]

    /// What came before a token, so a comma can join days, join times, or start a new rule.
    enum Last { case start, day, time, range, dayList, timeList, ruleEnd }

    /// The text rewritten in OpenStreetMap form, token by token.
    static func osm(_ text: String) throws(OpeningHoursError) -> String {
        var output = ""
        var last = Last.start
        for token in tokens(text) {
            let word = Slug.make(token)
            if token == ";" || token == "\n" {
                output += "; "
                last = .ruleEnd
            } else if token == "-" || rangeWords.contains(word) {
                output += "-"
                last = .range
            } else if token == "," || token == "/" || listWords.contains(word) {
                last = last == .time ? .timeList : .dayList
            } else if closedWords.contains(word) {
                output += " off"
                last = .time
            } else if let day = days[word] {
                output += [.time, .timeList].contains(last) ? "; " : last == .dayList ? "," : ""
                output += day
                last = .day
            } else if let minutes = clock(token) {
                output += last == .day ? " " : last == .timeList ? "," : ""
                output += OpeningHours.Span.clock(minutes)
                last = .time
            } else if !fillerWords.contains(word) {
                if token.first?.isNumber == true { throw .badTimeRange(token) }
                throw .unknownDay(token)
            }
        }
        return output
    }

    /// Words, times (`9`, `9:30`, `17.00`, `9am`, `9 a.m.`) and the punctuation that matters (`;`, `,`, `/`, `-`, line breaks).
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var inNumber = false
        func flush() {
            guard !current.isEmpty else { return }
            let token = current.hasSuffix(".") ? String(current.dropLast()) : current
            let suffix = ["am", "pm", "a.m", "p.m"].first { $0 == token }
            if let suffix, let previous = tokens.last, previous.first?.isNumber == true {
                tokens[tokens.count - 1] = previous + suffix.replacingOccurrences(of: ".", with: "")
            } else {
                tokens.append(token)
            }
            current = ""
        }
        for character in text.lowercased() {
            let continues = inNumber ? (character.isASCII && character.isNumber) || ":.apm".contains(character) : character.isLetter || "'.".contains(character)
            if !current.isEmpty && continues {
                current.append(character)
                continue
            }
            flush()
            if character.isNumber || character.isLetter {
                current.append(character)
                inNumber = character.isNumber
            } else if ";\n,/-–".contains(character) {
                tokens.append(character == "–" ? "-" : String(character))
            }
        }
        flush()
        return tokens
    }

    /// Minutes from midnight for `9`, `09:30`, `17.00`, `9am`, `5:30pm`, `24:00`; nil for anything else.
    static func clock(_ text: String) -> Int? {
        var body = Substring(text)
        let meridiem = body.hasSuffix("am") || body.hasSuffix("pm") ? String(body.suffix(2)) : nil
        if meridiem != nil { body = body.dropLast(2) }
        let parts = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts[0].count <= 2, parts.count == 1 || parts[1].count == 2, let hours = Int(parts[0]) else { return nil }
        let minutes = parts.count == 2 ? Int(parts[1])! : 0
        guard minutes < 60 else { return nil }
        if let meridiem {
            guard (1...12).contains(hours) else { return nil }
            return (hours % 12 + (meridiem == "pm" ? 12 : 0)) * 60 + minutes
        }
        guard hours < 24 || (hours == 24 && minutes == 0) else { return nil }
        return hours * 60 + minutes
    }
}
