/// The closed lists that directory records choose from, so listings group reliably and labels translate.
public enum Vocabulary {
    /// Services a shelter or organisation offers (keys of `service_<name>` UI strings).
    public static let services = [
        "lodging", "food", "legal", "medical", "psychosocial", "showers", "phone", "internet", "clothing",
        "child-protection", "interpretation", "education", "employment", "documentation", "transport", "humanitarian-aid",
    ]

    /// Groups of people served (keys of `population_<name>` UI strings).
    public static let populations = [
        "men", "women", "families", "unaccompanied-minors", "lgbtiq", "people-with-disabilities", "older-people", "survivors-of-violence",
    ]

    /// What a phone number reaches.
    public static let phoneKinds = ["voice", "whatsapp", "sms"]

    /// Kinds of shelter records.
    public static let shelterKinds = ["shelter", "day-centre", "transit-house"]

    /// Kinds of organisation records.
    public static let organizationKinds = ["ngo", "faith-based", "international", "government", "network"]

    /// What a visit costs.
    public static let costs = ["free", "donation", "fee"]
}
