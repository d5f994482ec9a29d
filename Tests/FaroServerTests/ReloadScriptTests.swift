import FaroCore
@testable import FaroServer
import Foundation
import Testing

/// The reload script goes into responses only, before `</body>`; the error page escapes what it shows.
@Suite struct ReloadScriptTests {
    @Test func the_script_goes_before_the_last_closing_body_tag() {
        let page = Data("<html><body><p>hola</p></BODY></html>".utf8)
        let injected = String(decoding: ReloadScript.inject(into: page, version: "abc-2"), as: UTF8.self)
        #expect(injected.hasPrefix("<html><body><p>hola</p><script data-faro-reload>"))
        #expect(injected.hasSuffix("</script></BODY></html>"))
        #expect(injected.contains("var v=\"abc-2\""))
    }

    @Test func a_page_without_a_body_tag_gets_the_script_at_its_end() {
        let injected = String(decoding: ReloadScript.inject(into: Data("<p>hola</p>".utf8), version: "x-1"), as: UTF8.self)
        #expect(injected.hasPrefix("<p>hola</p><script data-faro-reload>"))
    }

    @Test func the_error_page_lists_each_diagnostic_escaped_with_its_location() {
        let diagnostic = Diagnostic(at: SourceLocation(file: "Content/a.es.md", line: 3, column: 1), PreviewProblem.invalidHost("<script>"))
        let build = PreviewBuild(number: 4, diagnostics: [diagnostic], pageCount: 0, duration: .milliseconds(10), changedFiles: [])
        let html = String(decoding: ErrorPage.html(for: build, version: "s-4"), as: UTF8.self)
        #expect(html.contains("Content/a.es.md:3:1: error: &#39;&lt;script&gt;&#39; is not an IP address"))
        #expect(!html.contains("'<script>'"))
        #expect(html.contains("var v=\"s-4\""))
    }

    @Test func the_error_page_speaks_spanish_when_asked() {
        let diagnostic = Diagnostic(at: SourceLocation(file: "Content/a.es.md", line: 3, column: 1), PreviewProblem.invalidHost("mi-compu"))
        let build = PreviewBuild(number: 2, diagnostics: [diagnostic], pageCount: 0, duration: .milliseconds(10), changedFiles: [])
        let html = String(decoding: ErrorPage.html(for: build, version: "s-2", language: .es), as: UTF8.self)
        #expect(html.contains("<html lang=\"es\">"))
        #expect(html.contains(Escape.html(diagnostic.formatted(in: .es))))
    }
}
