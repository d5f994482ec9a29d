import FaroTestSupport
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
