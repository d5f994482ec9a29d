import Testing
import FaroCore

@Suite struct SlugTests {
    @Test func foldsAccentsAndLowercases() {
        #expect(Slug.make("Señor San José") == "senor-san-jose")
    }

    @Test func turnsARunOfPunctuationAndSpaceIntoOneHyphen() {
        #expect(Slug.make("Salud, ¿y   ahora?! — paso 2") == "salud-y-ahora-paso-2")
    }

    @Test func dropsPunctuationAtTheEnds() {
        #expect(Slug.make("  ¿Qué hacer? ") == "que-hacer")
    }

    @Test func isEmptyWhenNothingCanBeKept() {
        #expect(Slug.make("") == "")
        #expect(Slug.make("¿¡ — !?") == "")
    }

    @Test func acceptsLowercaseLettersDigitsAndInnerHyphens() {
        #expect(Slug.isValid("viajar-seguro-2"))
    }

    @Test(arguments: ["", "Viajar", "viajar seguro", "-viajar", "viajar-", "viajar--seguro", "señor", "a_b"])
    func rejectsTextThatIsNotAlreadyASlug(_ text: String) {
        #expect(!Slug.isValid(text))
    }
}
