import Testing
@testable import FaroTheme

@Suite struct CSSMinifierTests {
    @Test func joinsTheThemesCSSFilesInNameOrderAndMinifiesThem() throws {
        let theme = try loadTheme(["css/b-layout.css": "main {\n  margin: 0 auto;\n}\n", "css/a-base.css": "/* base */\nbody { color: #222; }\n",
                                   "css/notes.txt": "not css"])
        #expect(theme.css == "body{color:#222}main{margin:0 auto}")
    }

    @Test func dropsComments() {
        #expect(CSSMinifier.minify("/* tema */ a { color: red; } /* fin\n de todo */") == "a{color:red}")
    }

    @Test func keepsTheSpaceBeforeAParenthesisInAMediaQuery() {
        #expect(CSSMinifier.minify("@media (prefers-color-scheme: dark) {\n  body { color: white; }\n}\n")
            == "@media (prefers-color-scheme:dark){body{color:white}}")
    }

    @Test func keepsTheSpaceBeforeAParenthesisAfterAnd() {
        #expect(CSSMinifier.minify("@media screen and (max-width: 40em) { a { b: c } }") == "@media screen and (max-width:40em){a{b:c}}")
    }

    @Test func keepsStringsAsWritten() {
        #expect(CSSMinifier.minify("a::before { content: \"  /* no */  ; } \"; }") == "a::before{content:\"  /* no */  ; } \"}")
    }

    @Test func keepsAnEscapedQuoteInsideAString() {
        #expect(CSSMinifier.minify("q::after { content: '\\'  x'; }") == "q::after{content:'\\'  x'}")
    }

    @Test func keepsTheDescendantSpaceBetweenSelectors() {
        #expect(CSSMinifier.minify("nav   ul  li { x: y }") == "nav ul li{x:y}")
    }

    @Test func keepsTheSpaceBeforeAPseudoClassOfADescendant() {
        #expect(CSSMinifier.minify("nav :focus { x: y }") == "nav :focus{x:y}")
    }

    @Test func dropsSpacesAroundTightPunctuation() {
        #expect(CSSMinifier.minify("a , b > c { x : y ; z: w ; }") == "a,b>c{x :y;z:w}")
    }

    @Test func keepsSpacesBetweenValues() {
        #expect(CSSMinifier.minify("a { margin: 0 auto; width: calc(100% - 2rem); }") == "a{margin:0 auto;width:calc(100% - 2rem)}")
    }
}
