import FaroCore

extension OpeningHoursError {
    /// Why the hours could not be read, in Spanish; part of `ImportProblem.invalidHours`'s Spanish message.
    public var spanish: String {
        switch self {
        case .empty:
            return "no se escribió ningún horario"
        case .unknownDay(let day):
            return "'\(day)' no es un día: usa Mo, Tu, We, Th, Fr, Sa, Su (de lunes a domingo) o PH (días festivos), por ejemplo Mo-Fr 09:00-17:00"
        case .missingTimes(let rule):
            return "'\(rule)' no tiene horas (por ejemplo Mo-Fr 09:00-17:00, u 'off' si está cerrado)"
        case .badTimeRange(let range):
            return "'\(range)' no es un rango de horas como 09:00-17:00"
        case .unexpected(let words):
            return "no se esperaba '\(words)'; separa las reglas con ';'"
        }
    }
}
