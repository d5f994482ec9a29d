import Testing
import FaroCore

@Suite struct EscapeTests {
    @Test func escapesTheFiveMarkupCharacters() {
        #expect(Escape.html(#"<a href="x">Tom & Jerry's</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
    }

    @Test func leavesPlainTextUnchanged() {
        #expect(Escape.html("Señor San José, 2021 🌍") == "Señor San José, 2021 🌍")
    }

    @Test func escapesAnAmpersandThatLooksLikeAnEntity() {
        #expect(Escape.html("&amp;") == "&amp;amp;")
    }

    @Test func keepsNonASCIIBesideEscapedCharacters() {
        #expect(Escape.html("é<ñ") == "é&lt;ñ")
    }
}
