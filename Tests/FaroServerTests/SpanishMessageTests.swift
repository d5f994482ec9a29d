import FaroTestSupport
import FaroCore
import FaroServer
import Testing

@Suite struct SpanishMessageTests {
    @Test(arguments: [
        SpanishExample(PreviewProblem.contentNotFound("/home/ana/Content"), keeps: "/home/ana/Content", "faro serve", "--content"),
        SpanishExample(PreviewProblem.invalidHost("mi-compu"), keeps: "'mi-compu'", "127.0.0.1", "::1"),
        SpanishExample(PreviewProblem.cannotListen(host: "127.0.0.1", port: 8080, reason: "Address already in use"),
                       keeps: "127.0.0.1:8080", "Address already in use", "--port", "--port 0"),
        SpanishExample(PreviewProblem.cannotCreateSiteFolder(path: "/tmp/faro-preview", reason: "Permission denied"), keeps: "/tmp/faro-preview", "Permission denied"),
    ])
    func preview_problem_has_a_spanish_message_with_the_same_values(_ example: SpanishExample) {
        example.expectSpanishKeepsTheValues()
    }
}
