/// How the search index is written: script files that hand their data to a global function,
/// `portalSearchData(name, data)`, defined by the search page's script. A `<script src>` loads
/// from `file://` where `fetch` and XHR may not, so the site's search works from a USB stick.
enum SearchIndexScript {
    static let registrationFunction = "portalSearchData"

    /// `portalSearchData("w3",{…});`
    static func call(_ name: String, _ data: String) -> String {
        "\(registrationFunction)(\(string(name)),\(data));\n"
    }

    /// Postings as one string: for each document, its weight as a letter `A` (1) … `Z` (26), then
    /// the distance from the previous document's number (from 0 for the first) in base 36.
    /// `C0A1J1c` is documents 0 (weight 3), 1 (weight 1) and 2 + 36 + 12 = 49 (weight 10):
    /// about two bytes a document where most words are common, and parsed by one regular expression.
    static func postings(_ postings: [SearchPostings.Posting]) -> String {
        // Written as bytes: a city's index holds millions of postings.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(postings.count * 3)
        var previous = 0
        for posting in postings {
            bytes.append(UInt8(64 + posting.weight))
            appendBase36(posting.document - previous, to: &bytes)
            previous = posting.document
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `String(number, radix: 36)` (digits `0`–`9`, `a`–`z`) for a number of at least 0.
    static func appendBase36(_ number: Int, to bytes: inout [UInt8]) {
        func digit(_ value: Int) -> UInt8 {
            value < 10 ? UInt8(ascii: "0") + UInt8(value) : UInt8(ascii: "a") + UInt8(value - 10)
        }
        // Most distances are one digit. Longer ones are written backwards and turned round in
        // the array's own storage: reversing a slice of the array itself copied the array.
        guard number >= 36 else { return bytes.append(digit(number)) }
        let start = bytes.count
        var rest = number
        repeat {
            bytes.append(digit(rest % 36))
            rest /= 36
        } while rest > 0
        bytes.withUnsafeMutableBufferPointer { $0[start...].reverse() }
    }

    /// A JavaScript (and JSON) string literal.
    static func string(_ text: String) -> String {
        // Written from the UTF-8 bytes, copied a run at a time between the few that need escaping:
        // a city's index writes millions of literals, most of Vietnamese text with `–` and `“`.
        var text = text
        return text.withUTF8 { bytes in
            var literal: [UInt8] = []
            literal.reserveCapacity(bytes.count + 2)
            literal.append(UInt8(ascii: "\""))
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var escape: String?
                var width = 1
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case ..<0x20:
                    let hex = String(byte, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                // U+2028 and U+2029, line and paragraph separators, end a string literal in older
                // JavaScript engines.
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    width = 3
                default:
                    break
                }
                if let escape {
                    literal.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    literal.append(contentsOf: escape.utf8)
                    runStart = index + width
                }
                index += width
            }
            literal.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            literal.append(UInt8(ascii: "\""))
            return String(decoding: literal, as: UTF8.self)
        }
    }

    /// `[a,b,…]` of values already written as literals.
    static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

    /// `{"key":value,…}` in the given order (object keys must be unique).
    static func object(_ members: [(key: String, value: String)]) -> String {
        "{" + members.map { string($0.key) + ":" + $0.value }.joined(separator: ",") + "}"
    }
}
