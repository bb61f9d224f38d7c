/// Drops comments and the white space a browser ignores from the theme's stylesheet, so every
/// page of a cheap phone's visit loads less; the stylesheet in `templates/` stays readable.
enum CSSMinifier {
    static func minify(_ css: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = Array(css.unicodeScalars)[...]
        var pendingSpace = false
        // Around these a space never matters.
        let tight: Set<Unicode.Scalar> = ["{", "}", ";", ":", ",", ">", "(", ")"]
        while let scalar = scalars.first {
            if scalar == "/", scalars.dropFirst().first == "*" {
                if let end = scalars.indices.dropFirst(2).first(where: { scalars[$0] == "/" && scalars[$0 - 1] == "*" }) {
                    scalars = scalars[(end + 1)...]
                } else {
                    scalars = []
                }
                continue
            }
            if scalar == "\"" || scalar == "'" {
                // Strings (`content: " ("`) are copied as they are.
                if pendingSpace, let last = out.last, !tight.contains(last) { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
                scalars = scalars.dropFirst()
                while let inner = scalars.first {
                    out.append(inner)
                    scalars = scalars.dropFirst()
                    if inner == "\\", let escaped = scalars.first { out.append(escaped); scalars = scalars.dropFirst(); continue }
                    if inner == scalar { break }
                }
                continue
            }
            scalars = scalars.dropFirst()
            if scalar.properties.isWhitespace {
                pendingSpace = true
                continue
            }
            // `:` inside a selector (`a:hover`) needs the space before it kept (`.a :hover` ≠ `.a:hover`).
            if pendingSpace, let last = out.last, !tight.contains(last), !tight.contains(scalar) || scalar == ":" || scalar == "(" {
                out.append(" ")
            }
            pendingSpace = false
            // The last declaration of a block needs no `;`.
            if scalar == "}", out.last == ";" { out.removeLast() }
            out.append(scalar)
        }
        return String(out)
    }
}
