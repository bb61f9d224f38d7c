/// Quick tests on a text's UTF-8 bytes that rule out what `PersonalDataCheck` looks for, so the
/// lower-casing and the regular expressions run only where a finding is possible. Each test may say
/// "maybe" where there is nothing, never "no" where the slow way finds something: whatever a byte
/// test cannot judge (a character of another script, a combining mark) is left to the slow way.
extension PersonalDataCheck {
    /// Whether the UTF-8 `bytes` hold `nhà`, `Nhà` or `NHÀ` (`n h C3 A0`, `N h C3 A0`, `N H C3 80`).
    static func containsNhà(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.withContiguousStorageIfAvailable { bytes in
            guard bytes.count >= 4 else { return false }
            for i in 2..<(bytes.count - 1) where bytes[i] == 0xC3 {
                switch (bytes[i - 2], bytes[i - 1], bytes[i + 1]) {
                case (0x6E, 0x68, 0xA0), (0x4E, 0x68, 0xA0), (0x4E, 0x48, 0x80): return true
                default: continue
                }
            }
            return false
        } ?? containsNhà(Array(bytes))
    }

    /// Whether the lower-cased `value` may hold `số nhà` as Foundation finds it: one space, `nh` in
    /// either case, and `à` (bytes beyond ASCII, or an `a` and its mark), after bytes beyond ASCII
    /// (the end of `ố`, composed or not). Only that much is judged: Foundation's search is looser
    /// than canonical equivalence before the space (it finds `số nhà` in `sox\u{301} nhà` and in
    /// `so \u{301} nhà`). `nhà` after a plain letter (`ngôi nhà`, `của nhà`) or opening a line
    /// (`Nhà văn hoá`) is common in stories, and is ruled out here.
    static func mayHoldSốNhà(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            guard bytes.count >= 5 else { return false }
            for index in 2..<(bytes.count - 2)
            where bytes[index] | 0x20 == UInt8(ascii: "n") && bytes[index + 1] | 0x20 == UInt8(ascii: "h")
                && bytes[index - 1] == UInt8(ascii: " ") && bytes[index - 2] >= 0x80
                && (bytes[index + 2] >= 0x80 || bytes[index + 2] | 0x20 == UInt8(ascii: "a")) {
                return true
            }
            return false
        }
    }

    /// A quick test on the UTF-8 bytes that neither `citizenID` nor `phone` can match, true when one
    /// might: both need nine digits in a row, the phone number allowing one space or dot between
    /// them (`0912 345 678`). A line of a story with a year and a few counts has nine digits, but
    /// not together. A character that may be a digit of another script lets the expressions decide.
    static func mayHoldDigits(_ value: String, joinedBy separators: [UInt8]) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            var run = 0
            for (index, byte) in bytes.enumerated() {
                if isASCIIDigit(byte) {
                    run += 1
                    if run >= 9 { return true }
                } else if run > 0, separators.contains(byte), index + 1 < bytes.count, isASCIIDigit(bytes[index + 1]) {
                    continue
                } else if byte >= 0xC0, mayBeDigit(bytes, leadAt: index) {
                    return true
                } else if byte < 0x80 || byte >= 0xC0 {
                    run = 0
                }
            }
            return false
        }
    }

    /// Whether the character whose UTF-8 starts at `index` may be a decimal digit (`\d`): there are
    /// none below U+0660 nor from U+1E00 to U+2FFF.
    private static func mayBeDigit(_ bytes: UnsafeBufferPointer<UInt8>, leadAt index: Int) -> Bool {
        switch bytes[index] {
        case 0xC2...0xD8, 0xE2: return false
        case 0xE1: return !(index + 1 < bytes.count && bytes[index + 1] >= 0xB8)
        default: return true
        }
    }

    /// A quick test on the UTF-8 bytes that `streetAddress` cannot match, true when it might: one of
    /// its words (`đường`, `phố`, `ngõ`, `ngách`, `hẻm`, `kiệt`, any case) and a space must come
    /// after spaces that follow a digit, or a digit and one letter. `Tổ dân phố 5` fails it, and so
    /// do `12 người`, `50 hộ` and `3 phường`, which start like a street word but are none.
    static func mayHoldStreetAddress(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            for index in bytes.indices
            where startsStreetWord(bytes, at: index) && mayFollowHouseNumber(bytes, before: index) && mayBeStreetWord(bytes, at: index) {
                return true
            }
            return false
        }
    }

    /// `p`, `n`, `h`, `k` and `đ` in either case, and the Kelvin sign ICU takes for `k`.
    private static func startsStreetWord(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch bytes[index] {
        case UInt8(ascii: "p"), UInt8(ascii: "P"), UInt8(ascii: "n"), UInt8(ascii: "N"),
             UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "k"), UInt8(ascii: "K"):
            return true
        case 0xC4: return index + 1 < bytes.count && (bytes[index + 1] == 0x90 || bytes[index + 1] == 0x91)
        case 0xE2: return index + 2 < bytes.count && bytes[index + 1] == 0x84 && bytes[index + 2] == 0xAA
        default: return false
        }
    }

    /// Whether what comes before `index` may be `\d+[a-z]?(/\d+)*\s+`.
    private static func mayFollowHouseNumber(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        var position = index - 1
        guard position >= 0 else { return false }
        if bytes[position] >= 0x80 { return isUnknown(bytes, endingAt: position) }
        guard isASCIISpace(bytes[position]) else { return false }
        while position >= 0, bytes[position] < 0x80, isASCIISpace(bytes[position]) { position -= 1 }
        guard position >= 0 else { return false }
        let last = bytes[position]
        if last >= 0x80 { return isUnknown(bytes, endingAt: position) }
        if isASCIIDigit(last) { return true }
        guard (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(last | 0x20), position > 0 else { return false }
        let beforeLetter = bytes[position - 1]
        return beforeLetter >= 0x80 ? isUnknown(bytes, endingAt: position - 1) : isASCIIDigit(beforeLetter)
    }

    /// Whether the character beyond ASCII whose UTF-8 ends at `end` may be a space, a digit or a
    /// letter `[a-z]` matches ignoring case: false for Latin-1 and Latin Extended-A and -B letters
    /// (U+00C0–U+013F, U+0180–U+01BF) and Vietnamese's U+1E00–U+1EFF, which are none of those.
    private static func isUnknown(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Bool {
        var lead = end
        while lead > 0, (0x80...0xBF).contains(bytes[lead]) { lead -= 1 }
        switch bytes[lead] {
        case 0xC3, 0xC4, 0xC6: return false
        case 0xE1: return !(lead + 1 < bytes.count && (0xB8...0xBB).contains(bytes[lead + 1]))
        default: return true
        }
    }

    /// The street words as the expression spells them, in scalars.
    private static let streetWords: [[Unicode.Scalar]] = ["đường", "phố", "ngõ", "ngách", "hẻm", "kiệt"].map { Array($0.unicodeScalars) }

    /// Whether the text at `index` may be one of the street words and then a space (`\s`), compared
    /// letter by letter as ICU compares ignoring case.
    private static func mayBeStreetWord(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        streetWords.contains { word in
            var position = index
            for letter in word {
                guard position < bytes.count else { return false }
                let (scalar, length) = scalar(in: bytes, at: position)
                guard let folded = caseFolded(scalar) else { return true }
                guard folded == letter else { return false }
                position += length
            }
            // `\s` beyond ASCII (a no-break space, U+2028 …) is left to the expression.
            return position < bytes.count && (bytes[position] >= 0x80 || isASCIISpace(bytes[position]))
        }
    }

    /// The letter `scalar` matches ignoring case, for ASCII and the Latin letters Vietnamese is
    /// written with; nil for any other character, whose case folding is left to the expression.
    /// The few of those Latin letters that fold to two (`İ` to `i̇`, `ẗ` to `ẗ`, `ß` to `ss` …) stay
    /// as they are: none continues a street word (`i` is followed by `ệ`, `t` by a space).
    private static func caseFolded(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x41...0x5A: return Unicode.Scalar(UInt8(scalar.value) | 0x20)
        case 0..<0x80: return scalar
        case 0x212A: return "k"  // KELVIN SIGN
        case 0xC0...0x24F, 0x1E00...0x1EFF:
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            return lower.count == 1 ? lower.first : scalar
        default: return nil
        }
    }

    /// The scalar whose UTF-8 starts at `index` of valid UTF-8, and its length in bytes.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = length == 1 ? lead : lead & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    private static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
    private static func isASCIIDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}
