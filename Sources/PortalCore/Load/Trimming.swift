import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` without Foundation's copy of the whole text
    /// to UTF-16 and back: only the scalars at either end are looked at. A city's hundred thousand
    /// awards have seven fields each, and every story's plain text for the search index is trimmed.
    var trimmedWhitespaceAndNewlines: String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if Self.isPlainlyNotSpace(first), Self.isPlainlyNotSpace(last) { return self }
        let spaces = CharacterSet.whitespacesAndNewlines
        guard let start = scalars.firstIndex(where: { !spaces.contains($0) }),
              let end = scalars.lastIndex(where: { !spaces.contains($0) }) else { return "" }
        return String(scalars[start...end])
    }

    /// `trimmingCharacters(in: .whitespaces)`, done by Foundation only when an end may be a space:
    /// every date of every record is trimmed, and is almost never typed with spaces around it.
    var trimmedWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if Self.isPlainlyNotSpace(first), Self.isPlainlyNotSpace(last) { return self }
        return trimmingCharacters(in: .whitespaces)
    }

    private static func isPlainlyNotSpace(_ scalar: Unicode.Scalar) -> Bool {
        (0x21...0x7E).contains(scalar.value) || scalar.properties.isAlphabetic
    }
}
