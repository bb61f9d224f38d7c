import Foundation

/// Text as a dictionary key, compared and hashed by its UTF-8 bytes in NFC: the same keys as
/// `String`'s own `==` and hash, which compare canonical equivalence, but without `String`
/// normalising non-ASCII text again on every hash. Vietnamese names are never ASCII, and a city's
/// honour roll hashes a hundred thousand of them several times.
struct NFCKey: Hashable, Sendable {
    let text: String
    /// Whether `text` is proven NFC, so equal bytes mean canonically equivalent text. Otherwise
    /// (characters beyond the quick check's table, which `nfc` may leave as they are) the key
    /// compares and hashes as `String` does; such a text is never equivalent to a proven one.
    private let isNFC: Bool

    init(_ text: String) {
        self.text = text.nfc
        isNFC = NFCQuickCheck.isNFC(self.text)
    }

    static func == (lhs: NFCKey, rhs: NFCKey) -> Bool {
        guard lhs.isNFC, rhs.isNFC else { return lhs.isNFC == rhs.isNFC && lhs.text == rhs.text }
        var left = lhs.text, right = rhs.text
        return left.withUTF8 { left in
            right.withUTF8 { right in
                left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
            }
        }
    }

    func hash(into hasher: inout Hasher) {
        guard isNFC else { return hasher.combine(text) }
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
