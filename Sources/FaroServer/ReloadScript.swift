import Foundation

/// The live-reload script that the server adds to HTML responses (never to the built files):
/// it long-polls `/__faro/version` and reloads the page when the version changes.
public enum ReloadScript {
    /// The path of the version endpoint; `?since=VERSION` waits for a change.
    public static let versionPath = "/__faro/version"

    /// A `<script>` element that reloads the page once the build version is no longer `version`.
    public static func element(version: String) -> String {
        // Plain ES5 and fetch: the preview runs in the editors' desktop browsers, not on readers' phones.
        """
        <script data-faro-reload>(function(){var v="\(version)";function poll(){fetch("\(versionPath)?since="+encodeURIComponent(v),\
        {cache:"no-store"}).then(function(r){return r.text()}).then(function(t){if(t&&t!==v){location.reload()}else{poll()}},\
        function(){setTimeout(poll,1000)})}poll()})();</script>
        """
    }

    /// The page with the script inserted before its last `</body>`, or appended when it has none.
    public static func inject(into html: Data, version: String) -> Data {
        let script = element(version: version)
        guard var text = String(data: html, encoding: .utf8) else { return html + Data(script.utf8) }
        if let end = text.range(of: "</body>", options: [.backwards, .caseInsensitive]) {
            text.insert(contentsOf: script, at: end.lowerBound)
        } else {
            text += script
        }
        return Data(text.utf8)
    }
}
