import Testing
@testable import FaroCore
import FaroTestSupport

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

    @Test(arguments: [
        "Señor San José", "¿Qué documentos necesito para pedir asilo en México?", "Niñas, niños y adolescentes",
        "Cómo llegar al albergue «La Esperanza» — 24 h", "Dónde está la oficina de la COMAR", "Pingüino ÑANDÚ",
        "Être réfugié·e en France : où s’adresser ?", "Œuvre d’aide aux étrangers", "Ça dépend… de l’âge",
        "Informações para famílias: saúde, educação e proteção", "Não há vagas — aguarde", "Ação e coração",
        "Kijan pou m jwenn èd lalwa?", "Enfòmasyon sou dwa moun k ap chèche azil", "Fanmi, timoun ak sante mantal",
        "Straße", "İstanbul ıi", "ŉ ŀl", "Ｆｕｌｌ ｗｉｄｔｈ", "e\u{301}te\u{301}", "naïve façade", "Æsir Ørsted Þór",
        "æ-ø-å", "μ αβγ", "日本語 ok", "😀 smile", "a\u{200D}b", "a\u{200C}b", "x\u{00A0}y\u{2014}z", "ÀÉÎÕÜ ÿŸ",
    ])
    func foldsTextAsFoundationDoes(_ text: String) {
        #expect(Slug.make(text) == Slug.foundationSlug(text))
    }

    @Test func foldsEveryLatinScalarAsFoundationDoes() {
        // Each scalar alone, twice, after a letter, after a space and after an accented letter.
        for value in Array(UInt32(0)...0x24F) + Array(UInt32(0x2000)...0x206F) {
            let scalar = String(Character(Unicode.Scalar(value)!))
            for text in [scalar, scalar + scalar, "a" + scalar + "b", " " + scalar + "Z9", "ñ" + scalar + "é", scalar + "\u{301}"] {
                #expect(Slug.make(text) == Slug.foundationSlug(text), "U+\(String(value, radix: 16)) in \(text.debugDescription)")
            }
        }
    }

    @Test func foldsMixedLatinTextAsFoundationDoes() {
        var generator = SplitMix(seed: 11)
        let alphabet = Array("aZ9 -_.?¿¡«»ñÑáÉèçÇœŒæßſİıŉŀüÜãõâ’“”—–…\u{A0}\u{AD}\u{301}\u{303}\u{200B}ｘ".unicodeScalars)
        for _ in 0..<1_000 {
            let length = Int(generator.next() % 12)
            var text = ""
            for _ in 0..<length { text.unicodeScalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
            #expect(Slug.make(text) == Slug.foundationSlug(text), "\(text.debugDescription)")
        }
    }
}
