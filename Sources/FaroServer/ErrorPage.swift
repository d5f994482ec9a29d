import FaroCore
import Foundation

/// The page every HTML request gets while the latest build has failed: its diagnostics, escaped, and the reload script,
/// so the page turns back into the site as soon as a fixed file builds.
enum ErrorPage {
    /// The whole page for `build`, which carries the version `version`, with messages in `language`.
    static func html(for build: PreviewBuild, version: String, language: MessageLanguage = .en) -> Data {
        let errors = build.errors.count
        let items = build.diagnostics.map { diagnostic in
            "<li class=\"\(diagnostic.severity.rawValue)\"><pre>\(Escape.html(diagnostic.formatted(in: language)))</pre></li>"
        }.joined(separator: "\n")
        let spanish = language == .es
        let count = spanish ? "\(errors) error\(errors == 1 ? "" : "es")" : "\(errors) error\(errors == 1 ? "" : "s")"
        let page = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(spanish ? "La construcción falló" : "Build failed"): \(count)</title>
        <style>
        body{font-family:system-ui,sans-serif;margin:1rem auto;max-width:60rem;padding:0 1rem;line-height:1.4}
        h1{color:#a40000;font-size:1.4rem}ul{list-style:none;padding:0}
        li{border-left:.3rem solid #a40000;background:#fff4f4;margin:.5rem 0;padding:.25rem .75rem}
        li.warning{border-color:#946200;background:#fffbea}pre{white-space:pre-wrap;margin:0;font-size:.95rem}
        </style>
        </head>
        <body>
        <h1>\(spanish ? "El sitio no se construyó" : "The site did not build") (\(count))</h1>
        <p>\(spanish
            ? "Corrige los archivos que aparecen abajo y guarda: esta página se recarga sola cuando el sitio se construye de nuevo. No se publica nada mientras haya un error."
            : "Fix the files named below and save: this page reloads by itself when the site builds again. Nothing is published while anything is wrong.")</p>
        <ul>
        \(items)
        </ul>
        <p><small>faro serve, \(spanish ? "construcción" : "build") \(build.number)</small></p>
        </body>
        </html>

        """
        return ReloadScript.inject(into: Data(page.utf8), version: version)
    }
}
