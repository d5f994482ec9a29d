import FaroBuild
import FaroCore
import Testing

@Suite struct SpanishMessageTests {
    @Test(arguments: [
        SpanishExample(BuildProblem.writeFailed(path: "Public/es/index.html", reason: "Permission denied"), keeps: "Public/es/index.html", "Permission denied"),
        SpanishExample(BuildProblem.outputNotOwned("Documentos"), keeps: "'Documentos'"),
        SpanishExample(BuildProblem.outputForbidden("Content"), keeps: "'Content'"),
        SpanishExample(BuildProblem.duplicateOutput("es/asilo/index.html"), keeps: "es/asilo/index.html"),
        SpanishExample(BuildProblem.renderFailed("template 'page' line 12"), keeps: "template 'page' line 12"),
        SpanishExample(BuildProblem.stepOrder("links checked before pages rendered"), keeps: "links checked before pages rendered"),
    ])
    func build_problem_has_a_spanish_message_with_the_same_values(_ example: SpanishExample) {
        example.expectSpanishKeepsTheValues()
    }

    @Test(arguments: [
        SpanishExample(LinkProblem.brokenLink("/es/asilo/"), keeps: "/es/asilo/"),
        SpanishExample(LinkProblem.missingAnchor(url: "/es/asilo/#plazos", anchor: "plazos"), keeps: "/es/asilo/#plazos", "'#plazos'"),
        SpanishExample(LinkProblem.missingAltText("mapa.png"), keeps: "mapa.png", "](mapa.png)"),
    ])
    func link_problem_has_a_spanish_message_with_the_same_values(_ example: SpanishExample) {
        example.expectSpanishKeepsTheValues()
    }

    @Test(arguments: [
        SpanishExample(ImageProblem.resizerMissing, keeps: "ImageMagick", "sudo apt-get install imagemagick"),
    ])
    func image_problem_has_a_spanish_message_with_the_same_values(_ example: SpanishExample) {
        example.expectSpanishKeepsTheValues()
    }

    @Test(arguments: [
        SpanishExample(PageWeightProblem.overBudget(path: "es/guia/index.html", bytes: 20_480, budget: 14_336), keeps: "es/guia/index.html", "20.0 KB", "14.0 KB"),
    ])
    func page_weight_problem_has_a_spanish_message_with_the_same_values(_ example: SpanishExample) {
        example.expectSpanishKeepsTheValues()
    }
}

/// A problem and the values its English message interpolates, which the Spanish message must keep.
struct SpanishExample: Sendable, CustomTestStringConvertible {
    let problem: any FaroProblem
    let values: [String]

    init(_ problem: any FaroProblem, keeps values: String...) {
        self.problem = problem
        self.values = values
    }

    var testDescription: String { problem.description }

    /// The Spanish message is written, is not the English one, and names every value the English one names.
    func expectSpanishKeepsTheValues() {
        let spanish = problem.spanish
        #expect(!spanish.isEmpty)
        #expect(spanish != problem.description)
        for value in values {
            #expect(problem.description.contains(value), "the English message does not name \(value)")
            #expect(spanish.contains(value), "the Spanish message does not name \(value): \(spanish)")
        }
    }
}
