import Testing
import FaroCore

@Suite struct SiteConfigTests {
    private func config(baseURL: String) -> SiteConfig {
        SiteConfig(title: ["es": "Faro", "en": "Lighthouse"], baseURL: baseURL,
                   languages: [Language(code: "es", name: "Español", isDefault: true), Language(code: "en", name: "English")])
    }

    @Test func endsTheBaseURLWithASlash() {
        #expect(config(baseURL: "https://example.org/portal").baseURL == "https://example.org/portal/")
    }

    @Test func hasRootBasePathWhenTheBaseURLHasNoPath() {
        #expect(config(baseURL: "https://example.org").basePath == "/")
        #expect(config(baseURL: "https://example.org/").basePath == "/")
    }

    @Test func takesTheBasePathFromTheBaseURL() {
        #expect(config(baseURL: "https://example.org/portal/").basePath == "/portal/")
    }

    @Test func linksToARouteFromTheSiteRoot() {
        #expect(config(baseURL: "https://example.org/").href(Route(path: "/es/guias/")) == "/es/guias/")
    }

    @Test func linksToARouteBelowTheBasePath() {
        #expect(config(baseURL: "https://example.org/portal/").href(Route(path: "/es/guias/")) == "/portal/es/guias/")
        #expect(config(baseURL: "https://example.org/portal/").href(Route(path: "/")) == "/portal/")
    }

    @Test func makesAnAbsoluteURLWithoutAPath() {
        #expect(config(baseURL: "https://example.org").absoluteURL(Route(path: "/sitemap.xml")) == "https://example.org/sitemap.xml")
    }

    @Test func makesAnAbsoluteURLBelowThePath() {
        #expect(config(baseURL: "https://example.org/portal").absoluteURL(Route(path: "/en/")) == "https://example.org/portal/en/")
    }

    @Test func fallsBackToTheDefaultLanguagesTitle() {
        var site = config(baseURL: "https://example.org/")
        site.title = ["es": "Faro"]
        #expect(site.title(in: "en") == "Faro")
    }

    @Test func findsTheDefaultLanguage() {
        #expect(config(baseURL: "https://example.org/").defaultLanguage.code == "es")
    }
}
