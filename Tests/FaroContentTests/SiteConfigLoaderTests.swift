import Testing
import FaroContent
import FaroCore
import FaroYAML

@Suite struct SiteConfigLoaderTests {
    private func problems(_ text: String) -> [Diagnostic] {
        diagnostics { () throws(DiagnosticsError) in try SiteConfigLoader.parse(text, path: "Content/site.yaml") }
    }

    @Test func readsAValidConfiguration() throws {
        let config = try SiteConfigLoader.parse("""
            title:
              es: Faro
              ar: منارة
            base_url: https://example.org/portal
            theme: sobrio
            languages:
              - {code: es, name: Español, default: true}
              - {code: ar, name: العربية, direction: rtl}
            paper: a4
            page_budget_kb: 20
            stale_after_days: 90

            """, path: "Content/site.yaml")
        #expect(config.title == ["es": "Faro", "ar": "منارة"])
        #expect(config.baseURL == "https://example.org/portal/")
        #expect(config.theme == "sobrio")
        #expect(config.languages == [Language(code: "es", name: "Español", isDefault: true),
                                     Language(code: "ar", name: "العربية", direction: .rtl)])
        #expect(config.paper == .a4)
        #expect(config.pageBudgetKB == 20)
        #expect(config.staleAfterDays == 90)
    }

    @Test func fillsOptionalKeysWithDefaults() throws {
        let config = try SiteConfigLoader.parse(bilingualSiteConfig, path: "Content/site.yaml")
        #expect(config.theme == "default")
        #expect(config.paper == .letter)
        #expect(config.pageBudgetKB == 14)
        #expect(config.staleAfterDays == 180)
    }

    @Test func reportsNoDefaultLanguageAtTheLanguagesKey() throws {
        let diagnostic = try #require(problems("""
            title: {es: Faro}
            base_url: https://example.org/
            languages:
              - {code: es, name: Español}

            """).single)
        #expect(diagnostic.problem as? ContentProblem == .defaultLanguageCount(0))
        #expect(diagnostic.location == Location(file: "Content/site.yaml", line: 3, column: 1))
    }

    @Test func reportsTwoDefaultLanguages() throws {
        let diagnostic = try #require(problems("""
            title: {es: Faro}
            base_url: https://example.org/
            languages:
              - {code: es, name: Español, default: true}
              - {code: en, name: English, default: true}

            """).single)
        #expect(diagnostic.problem as? ContentProblem == .defaultLanguageCount(2))
    }

    @Test func reportsADuplicateLanguageCodeAtTheSecondCode() throws {
        let diagnostic = try #require(problems("""
            title: {es: Faro}
            base_url: https://example.org/
            languages:
              - {code: es, name: Español, default: true}
              - {code: es, name: Castellano}

            """).single)
        #expect(diagnostic.problem as? ContentProblem == .duplicateLanguage("es"))
        #expect(diagnostic.location == Location(file: "Content/site.yaml", line: 5, column: 12))
    }

    @Test func reportsAnEmptyLanguageCodeAtItsEntry() throws {
        let found = problems("""
            title: {es: Faro}
            base_url: https://example.org/
            languages:
              - {code: es, name: Español, default: true}
              - {code: "", name: Nadie}

            """)
        let diagnostic = try #require(found.first { $0.problem as? ContentProblem == .emptyLanguageCode })
        #expect(diagnostic.location == Location(file: "Content/site.yaml", line: 5, column: 5))
    }

    @Test func reportsAnEmptyLanguageList() throws {
        let diagnostic = try #require(problems("title: {es: Faro}\nbase_url: https://example.org/\nlanguages: []\n").single)
        #expect(diagnostic.problem as? ContentProblem == .noLanguages)
        #expect(diagnostic.location.line == 3)
    }

    @Test func reportsAnUnknownTopLevelKeyWithASuggestion() throws {
        let diagnostic = try #require(problems(bilingualSiteConfig + "thme: sobrio\n").single)
        #expect(diagnostic.problem as? YAMLProblem == .unknownKey("thme", suggestion: "theme"))
        #expect(diagnostic.location == Location(file: "Content/site.yaml", line: 6, column: 1))
    }

    @Test func reportsAnUnknownKeyInALanguage() throws {
        let diagnostic = try #require(problems("""
            title: {es: Faro}
            base_url: https://example.org/
            languages:
              - {code: es, name: Español, default: true, dir: rtl}

            """).single)
        #expect(diagnostic.problem as? YAMLProblem == .unknownKey("dir", suggestion: nil))
        #expect(diagnostic.location.line == 4)
    }

    @Test(arguments: ["example.org", "/portal/", "ftp://example.org/"])
    func reportsABaseURLThatIsNotAnAbsoluteHTTPURL(_ baseURL: String) throws {
        let diagnostic = try #require(problems("""
            title: {es: Faro}
            base_url: \(baseURL)
            languages:
              - {code: es, name: Español, default: true}

            """).single)
        #expect(diagnostic.problem as? YAMLProblem == .invalidValue(key: "base_url", value: baseURL, expected: "an absolute http(s) URL"))
        #expect(diagnostic.location == Location(file: "Content/site.yaml", line: 2, column: 11))
    }

    @Test func reportsATitleInALanguageTheSiteDoesNotDeclare() throws {
        let diagnostic = try #require(problems("""
            title:
              es: Faro
              fr: Phare
            base_url: https://example.org/
            languages:
              - {code: es, name: Español, default: true}

            """).single)
        #expect(diagnostic.problem as? ContentProblem == .unknownLanguageSuffix("fr"))
        #expect(diagnostic.location == Location(file: "Content/site.yaml", line: 3, column: 3))
    }

    @Test func reportsAMissingTitle() throws {
        let diagnostic = try #require(problems("""
            base_url: https://example.org/
            languages:
              - {code: es, name: Español, default: true}

            """).single)
        #expect(diagnostic.problem as? YAMLProblem == .missingKey("title"))
    }

    @Test func reportsAnUnknownPaperSize() throws {
        let diagnostic = try #require(problems(bilingualSiteConfig + "paper: legal\n").single)
        #expect(diagnostic.problem as? YAMLProblem == .invalidValue(key: "paper", value: "legal", expected: "letter or a4"))
    }

    @Test func reportsAnUnknownTextDirection() throws {
        let diagnostic = try #require(problems("""
            title: {es: Faro}
            base_url: https://example.org/
            languages:
              - {code: es, name: Español, default: true, direction: up}

            """).single)
        #expect(diagnostic.problem as? YAMLProblem == .invalidValue(key: "direction", value: "up", expected: "ltr or rtl"))
    }

    @Test func reportsEveryProblemOfTheFileTogether() throws {
        let found = problems("""
            title: {es: Faro}
            base_url: example.org
            languages:
              - {code: es, name: Español}
            thme: sobrio

            """)
        #expect(found.count == 3)
        #expect(found.contains { $0.problem as? YAMLProblem == .invalidValue(key: "base_url", value: "example.org", expected: "an absolute http(s) URL") })
        #expect(found.contains { $0.problem as? ContentProblem == .defaultLanguageCount(0) })
        #expect(found.contains { $0.problem as? YAMLProblem == .unknownKey("thme", suggestion: "theme") })
    }
}
