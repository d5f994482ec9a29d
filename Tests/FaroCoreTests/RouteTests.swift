import Testing
import FaroCore

@Suite struct RouteTests {
    @Test func joinsSegmentsIntoADirectoryPath() {
        #expect(Route(segments: ["es", "guias"]).path == "/es/guias/")
    }

    @Test func joinsSegmentsIntoAFilePath() {
        #expect(Route(segments: ["sitemap.xml"], isDirectory: false).path == "/sitemap.xml")
    }

    @Test func isTheSiteRootWithoutSegments() {
        #expect(Route(segments: []).path == "/")
        #expect(Route(segments: ["", ""]).path == "/")
    }

    @Test func skipsEmptySegments() {
        #expect(Route(segments: ["es", "", "guias"]).path == "/es/guias/")
    }

    @Test func listsItsSegments() {
        #expect(Route(path: "/es/guias/viajar/").segments == ["es", "guias", "viajar"])
        #expect(Route(path: "/").segments == [])
    }

    @Test func addsALeadingSlashToAPath() {
        #expect(Route(path: "robots.txt").path == "/robots.txt")
    }

    @Test func writesADirectoryRouteAsItsIndexFile() {
        #expect(Route(path: "/es/guias/").outputFile == "es/guias/index.html")
        #expect(Route(path: "/").outputFile == "index.html")
    }

    @Test func writesAFileRouteUnderItsOwnName() {
        #expect(Route(path: "/es/old.html").outputFile == "es/old.html")
    }

    @Test func appendsASegment() {
        #expect(Route(path: "/es/").appending("guias").path == "/es/guias/")
        #expect(Route(path: "/").appending("feed.xml", isDirectory: false).path == "/feed.xml")
    }

    @Test func readsASitePathWithOrWithoutTrailingSlashAsOneFolder() {
        #expect(Route(sitePath: "/es/viejo") == Route(sitePath: "/es/viejo/"))
        #expect(Route(sitePath: "/es/viejo").path == "/es/viejo/")
    }

    @Test func readsASitePathWithAnExtensionAsAFile() {
        #expect(Route(sitePath: "/es/old.html").path == "/es/old.html")
    }

    @Test func readsASitePathEndingInSlashAsAFolderEvenWithADot() {
        #expect(Route(sitePath: "/es/v1.2/").path == "/es/v1.2/")
    }

    @Test func readsTheRootSitePath() {
        #expect(Route(sitePath: "/").path == "/")
    }
}
