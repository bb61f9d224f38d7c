import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` without Foundation's UTF-16 round trip
    /// for the usual value, one that starts and ends with a letter, digit or ASCII punctuation:
    /// a city's hundred thousand awards have seven fields each.
    var trimmedWhitespaceAndNewlines: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
              Self.isPlainlyNotSpace(first), Self.isPlainlyNotSpace(last) else {
            return trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return self
    }

    private static func isPlainlyNotSpace(_ scalar: Unicode.Scalar) -> Bool {
        (0x21...0x7E).contains(scalar.value) || scalar.properties.isAlphabetic
    }
}
