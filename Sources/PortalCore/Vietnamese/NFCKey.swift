import Foundation

/// Text as a dictionary key, compared and hashed by its UTF-8 bytes in NFC: the same keys as
/// `String`'s own `==` and hash, which compare canonical equivalence, but without `String`
/// normalising non-ASCII text again on every hash. Vietnamese names are never ASCII, and a city's
/// honour roll hashes a hundred thousand of them several times.
struct NFCKey: Hashable, Sendable {
    /// In NFC, so equal bytes mean canonically equivalent text.
    let text: String

    init(_ text: String) {
        self.text = text.nfc
    }

    static func == (lhs: NFCKey, rhs: NFCKey) -> Bool {
        var left = lhs.text, right = rhs.text
        return left.withUTF8 { left in
            right.withUTF8 { right in
                left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
            }
        }
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
