import Mustache

/// Mustache's own HTML escaping (`& < > " '` as the same entities), but scanning UTF-8 bytes
/// instead of grapheme clusters and returning text with nothing to escape as it is: most of what
/// a page shows needs no escaping, and a city's honour roll shows a great deal. (By bytes, a `<`
/// followed by a combining mark is escaped too, where Mustache, reading the two as one character,
/// would leave a bare `<` in the page.)
struct HTMLEscaping: MustacheContentType {
    static let name = "HTML_BYTES"

    func escapeText(_ text: String) -> String {
        var escaped = ""
        escapeText(text, into: &escaped)
        return escaped
    }

    /// Escapes onto the end of the page being rendered: no string of its own for each value.
    func escapeText(_ text: String, into output: inout String) {
        var bytesOfText = text
        bytesOfText.withUTF8 { bytes in
            var start = 0
            for (offset, byte) in bytes.enumerated() where Self.needsEscape(byte) {
                if start < offset { output += String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self) }
                output += Self.entity(byte)
                start = offset + 1
            }
            if start == 0 {
                output += text
            } else if start < bytes.count {
                output += String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
            }
        }
    }

    private static func entity(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        default: "&#39;"
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// Registered once, before any template is parsed (the pragma is resolved while parsing).
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)

    /// Put on a line of its own before a template's text, so the whole page, partials and layout
    /// included, escapes with it; a standalone tag line leaves no trace in the output.
    static var pragmaLine: String { "{{% CONTENT_TYPE: \(name)}}\n" }
}
