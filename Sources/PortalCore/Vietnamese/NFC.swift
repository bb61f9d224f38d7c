import Foundation

extension String {
    /// The string in Unicode Normalization Form C (precomposed).
    ///
    /// Vietnamese text arrives both ways: `ệ` as one code point or as `e` + dot below + circumflex,
    /// depending on the keyboard (Unikey, macOS, phones) that typed it. Content is normalised to NFC
    /// on load so that equal-looking names are equal strings, hash alike and produce the same slug.
    var nfc: String {
        // Foundation copies and normalises every string through UTF-16, and nearly all text is
        // already NFC (everything loaded was normalised once): a city's search index asks this of
        // hundreds of thousands of texts, so a scan that proves it is NFC comes first.
        if NFCQuickCheck.isNFC(self) { return self }
        let composed = precomposedStringWithCanonicalMapping
        // Foundation on Linux composes a character beyond U+FFFF as if it were the one a multiple of
        // 0x10000 below: a Nôm character U+20065 followed by U+0301 becomes `é`, and the character is
        // lost. Swift's own `==` is canonical equivalence, so such a result is refused and the text
        // kept as it came, which every comparison and hash still treats as its NFC.
        return composed == self ? composed : self
    }
}

/// A conservative form of Unicode's NFC quick check: `true` only when every scalar is one that
/// NFC leaves alone whatever surrounds it — it is its own NFC, has combining class 0 and never
/// composes with the scalar before it. Anything else (a combining mark, Hangul jamo, a scalar
/// outside the table) answers `false` and the caller normalises the slow, exact way.
enum NFCQuickCheck {
    static func isNFC(_ text: String) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable(isNFC) { return answer }
        for scalar in text.unicodeScalars {
            let value = Int(scalar.value)
            guard value < 0x80 || value < stable.count && stable[value] else { return false }
        }
        return true
    }

    /// The same on the UTF-8 bytes of a String (so valid): ASCII is skipped byte by byte, and every
    /// scalar in the table is two or three bytes.
    private static func isNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let stable = Self.stable
        var index = 0
        while index < bytes.count {
            let lead = Int(bytes[index])
            if lead < 0x80 {
                index += 1
                continue
            }
            let value: Int
            if lead < 0xE0 {
                value = (lead & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0 {
                value = (lead & 0x0F) << 12 | Int(bytes[index + 1] & 0x3F) << 6 | Int(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                return false
            }
            guard value < stable.count && stable[value] else { return false }
        }
        return true
    }

    /// Every code point the check lets through is below this; the other tables made for
    /// Vietnamese text (tokenizer, sort keys) cover the same range.
    static let tableSize = 0x2500

    /// Latin (with Vietnamese's precomposed letters in U+1E00–U+1EFF) and general punctuation and
    /// symbols up to U+24FF — what Vietnamese text is made of. Scripts whose vowel signs compose
    /// with the letter before them (Indic, Hangul) and the combining marks lie between U+0300 and
    /// U+1DFF and stay out of the table.
    private static let stable: [Bool] = {
        var table = [Bool](repeating: false, count: tableSize)
        for range in [0x0000..<0x0300, 0x1E00..<0x1F00, 0x2000..<tableSize] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let alone = String(Character(scalar))
                // Singletons such as U+2000 EN QUAD (NFC: U+2002) and U+212B ANGSTROM SIGN (NFC: Å) change.
                table[value] = scalar.properties.canonicalCombiningClass == .notReordered
                    && Array(alone.precomposedStringWithCanonicalMapping.unicodeScalars) == [scalar]
            }
        }
        return table
    }()
}
