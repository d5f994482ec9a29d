/// Hints for common static hosts so they send the right `Content-Type`, and the precompressed copies
/// when a browser accepts them: `.htaccess` for Apache and `_headers` for Netlify and Cloudflare Pages.
/// (nginx reads none of these; `docs/hosting.md` gives its two lines.)
struct ServerHintsStep: BuildStep {
    let name = "write server hints"

    static let types = [
        ("geojson", "application/geo+json"), ("json", "application/json"), ("csv", "text/csv; charset=utf-8"),
        ("xml", "application/xml"), ("zip", "application/zip"), ("zim", "application/octet-stream"), ("pdf", "application/pdf"),
    ]

    func run(_ context: inout BuildContext) async throws {
        let content = try context.requireContent()
        var apache = ["# Written by Faro: correct types, and the .br/.gz copies for browsers that accept them.",
                      "AddDefaultCharset utf-8", "AddCharset utf-8 .html .css .js .xml .json .geojson .csv .txt"]
        apache += Self.types.map { "AddType \($0.1.split(separator: ";")[0]) .\($0.0)" }
        apache += ["ErrorDocument 404 \(content.config.basePath)404.html"]
        if content.config.precompress {
            apache += ["<IfModule mod_rewrite.c>", "RewriteEngine On",
                       "RewriteCond %{HTTP:Accept-Encoding} br", "RewriteCond %{REQUEST_FILENAME}.br -f", "RewriteRule ^(.*)$ $1.br [L]",
                       "RewriteCond %{HTTP:Accept-Encoding} gzip", "RewriteCond %{REQUEST_FILENAME}.gz -f", "RewriteRule ^(.*)$ $1.gz [L]",
                       "</IfModule>",
                       "<FilesMatch \"\\.(html|css|js|xml|json|geojson|csv|txt|svg)\\.br$\">", "Header set Content-Encoding br", "Header append Vary Accept-Encoding", "</FilesMatch>",
                       "<FilesMatch \"\\.(html|css|js|xml|json|geojson|csv|txt|svg)\\.gz$\">", "Header set Content-Encoding gzip", "Header append Vary Accept-Encoding", "</FilesMatch>",
                       "<FilesMatch \"\\.html\\.(br|gz)$\">", "ForceType text/html;charset=utf-8", "</FilesMatch>",
                       "<FilesMatch \"\\.xml\\.(br|gz)$\">", "ForceType application/xml", "</FilesMatch>"]
        }
        try context.writer?.write(apache.joined(separator: "\n") + "\n", to: ".htaccess")
        var headers: [String] = []
        for (suffix, type) in Self.types {
            headers += ["/*.\(suffix)", "  Content-Type: \(type)"]
        }
        try context.writer?.write(headers.joined(separator: "\n") + "\n", to: "_headers")
        context.report.otherFiles += 2
    }
}
