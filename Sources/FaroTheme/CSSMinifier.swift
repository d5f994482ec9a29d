/// Shrinks CSS for inlining in every page: drops comments and needless whitespace.
///
/// Written by hand because no listed Swift package minifies CSS; it only removes what CSS grammar
/// never needs (comments, runs of whitespace, spaces around `{};,>` and after `:`) and leaves strings intact.
enum CSSMinifier {
    static func minify(_ css: String) -> String {
        var output = ""
        output.reserveCapacity(css.utf8.count)
        var scalars = Array(css.unicodeScalars)[...]
        var pendingSpace = false
        // Spaces before `(` or `:` can matter (`and (`, `nav :focus`), so only these are tight on both sides.
        let tight: Set<Unicode.Scalar> = ["{", "}", ";", ",", ">"]
        while let scalar = scalars.first {
            if scalar == "/", scalars.dropFirst().first == "*" {
                scalars = scalars.dropFirst(2)
                while !scalars.isEmpty, !(scalars.first == "*" && scalars.dropFirst().first == "/") { scalars = scalars.dropFirst() }
                scalars = scalars.dropFirst(2)
                continue
            }
            if scalar == "\"" || scalar == "'" {
                if pendingSpace, let last = output.unicodeScalars.last, !tight.contains(last), last != ":" { output.append(" ") }
                pendingSpace = false
                output.unicodeScalars.append(scalar)
                scalars = scalars.dropFirst()
                while let inner = scalars.first {
                    output.unicodeScalars.append(inner)
                    scalars = scalars.dropFirst()
                    if inner == "\\", let escaped = scalars.first { output.unicodeScalars.append(escaped); scalars = scalars.dropFirst() }
                    else if inner == scalar { break }
                }
                continue
            }
            if scalar.properties.isWhitespace {
                pendingSpace = true
                scalars = scalars.dropFirst()
                continue
            }
            if pendingSpace, let last = output.unicodeScalars.last, !tight.contains(last), last != ":", !tight.contains(scalar) {
                output.append(" ")
            }
            pendingSpace = false
            if scalar == "}", output.unicodeScalars.last == ";" { output.unicodeScalars.removeLast() }
            output.unicodeScalars.append(scalar)
            scalars = scalars.dropFirst()
        }
        return output
    }
}
