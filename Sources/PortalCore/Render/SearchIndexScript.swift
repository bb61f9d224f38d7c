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
    private static func appendBase36(_ number: Int, to bytes: inout [UInt8]) {
        let start = bytes.count
        var rest = number
        repeat {
            let digit = UInt8(rest % 36)
            bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
            rest /= 36
        } while rest > 0
        bytes[start...].reverse()
    }

    /// A JavaScript (and JSON) string literal.
    static func string(_ text: String) -> String {
        // Most texts hold nothing to escape: a city's index writes millions of them.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }) {
            return "\"" + text + "\""
        }
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": literal += "\\\""
            case "\\": literal += "\\\\"
            case "\n": literal += "\\n"
            // Line and paragraph separators end a string literal in older JavaScript engines.
            case "\u{2028}", "\u{2029}": literal += "\\u\(String(scalar.value, radix: 16))"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    literal += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    literal.unicodeScalars.append(scalar)
                }
            }
        }
        return literal + "\""
    }

    /// `[a,b,…]` of values already written as literals.
    static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

    /// `{"key":value,…}` in the given order (object keys must be unique).
    static func object(_ members: [(key: String, value: String)]) -> String {
        "{" + members.map { string($0.key) + ":" + $0.value }.joined(separator: ",") + "}"
    }
}
