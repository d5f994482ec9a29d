@testable import FaroBuild
import Testing

/// Which link URLs leave the site (and are left alone by the Markdown renderer and the link check).
@Suite struct URLSchemeTests {
    @Test func a_scheme_is_an_ascii_letter_then_letters_digits_plus_minus_or_dot_then_a_colon() {
        for url in ["https://example.org/", "mailto:ayuda@example.org", "tel:+52-55-0000-0000", "HTTP://EXAMPLE.ORG",
                    "web+faro:x", "a.b-c+d1:rest", "geo:19.4,-99.1"] {
            #expect(URLScheme.has(url), "\(url)")
        }
        for url in ["", ":", "/es/guias/", "guias/comar", "#fuentes", "?q=1", "1http://x", "a/b:c", "año:x", "-x:y",
                    "es/guias/comar.md#paso:1", "sin-dos-puntos"] {
            #expect(!URLScheme.has(url), "\(url)")
        }
    }
}
