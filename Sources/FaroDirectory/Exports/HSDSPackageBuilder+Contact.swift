import Foundation

extension HSDSPackageBuilder {
    /// One phone row per number, in the record's order. HSDS phone types come from RFC 6350: SMS and WhatsApp
    /// are `text`, and the description says which.
    mutating func addPhones(_ record: DirectoryRecord, base: String, links: Links) {
        for (index, number) in record.phones.enumerated() {
            phone.append([
                "id": base + "-phone-" + String(index + 1), "organization_id": links.organization ?? "",
                "service_id": links.service ?? "", "location_id": links.location ?? "", "number": number.number.e164,
                "type": number.kind == "voice" ? "voice" : "text",
                "description": ["whatsapp": "WhatsApp", "sms": "SMS"][number.kind] ?? "",
            ])
        }
    }

    /// One schedule row per group of days with the same hours and per span (HSDS rows hold one opening time),
    /// as weekly RFC 5545 rules in local time. The hours as written go in `description`, since holidays and
    /// closures have no row. Closing at midnight is written `23:59`, as HSDS times cannot be `24:00`.
    mutating func addSchedules(_ record: DirectoryRecord, base: String, links: Links) {
        guard let hours = record.hours, links.service != nil || links.location != nil else { return }
        var count = 0
        for group in WeeklyHours(hours).groups {
            for span in group.spans {
                count += 1
                schedule.append([
                    "id": base + "-schedule-" + String(count), "service_id": links.service ?? "", "location_id": links.location ?? "",
                    "freq": "WEEKLY", "byday": group.days.map { $0.rawValue.uppercased() }.joined(separator: ","),
                    "opens_at": OpeningHours.Span.clock(span.opens),
                    "closes_at": span.closes == 1440 ? "23:59" : OpeningHours.Span.clock(span.closes),
                    "description": hours.text,
                ])
            }
        }
    }

    /// One language row per language spoken there, named in English as HSDS's examples are.
    mutating func addLanguages(_ record: DirectoryRecord, base: String, links: Links) {
        guard links.service != nil || links.location != nil else { return }
        for code in record.languages {
            language.append([
                "id": base + "-language-" + code, "service_id": links.service ?? "", "location_id": links.location ?? "",
                "name": Self.languageName(code), "code": code,
            ])
        }
    }

    /// `Spanish` for `es`; the code itself when no name is known.
    static func languageName(_ code: String) -> String {
        Locale(identifier: "en").localizedString(forLanguageCode: code) ?? code
    }
}
