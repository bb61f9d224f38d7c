import Foundation

/// Warns where a published text seems to hold personal data the portal must not publish:
/// a citizen ID number (9 or 12 digits), a phone number, or a street address.
///
/// Run while loading, where each value still has its place in the file: `FieldReader` scans the
/// texts it reads for a content record, `MarkdownRecordFile` the lines of a body, `AwardCSV` the cells.
enum PersonalDataCheck {
    /// Warns at `location` (where the value starts) when `value` looks like personal data.
    static func scan(_ value: String, at location: SourceLocation, log: DiagnosticLog) {
        guard let finding = finding(in: value) else { return }
        log.warning(message(finding.kind), at: location)
    }

    /// Warns at the line and column of each finding in a Markdown body.
    static func scan(_ body: MarkdownText, log: DiagnosticLog) {
        // Split as bytes, and only a line with a digit or a `nhà` is made a String (`finding` finds
        // nothing in the others): most lines are neither.
        for (offset, line) in body.text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
        where line.contains(where: { (0x30...0x39).contains($0) }) || containsNhà(line) {
            guard let finding = finding(in: String(Substring(line))) else { continue }
            log.warning(message(finding.kind), at: SourceLocation(file: body.file, line: body.firstLine + offset, column: finding.column))
        }
    }

    private static func message(_ kind: String) -> String {
        "Giá trị này có vẻ là \(kind). Không đăng thông tin cá nhân này lên cổng thông tin; nếu cần lưu, đặt trong `private:`."
    }

    /// What kind of personal data `value` seems to hold, in words, and the 1-based column (in
    /// Unicode scalars) where it starts; nil when it holds none.
    static func finding(in value: String) -> (kind: String, column: Int)? {
        let digits = value.utf8.count { $0 >= 48 && $0 <= 57 }
        // "nhà" (any case) is rare; lower-casing every line of every story is not. Looked for in
        // the UTF-8 bytes: text is NFC since loading, and Foundation's search went through UTF-16
        // for each of the three spellings of every line.
        if Self.containsNhà(value.utf8) {
            let lower = value.lowercased()
            if let range = lower.range(of: "số nhà") {
                return ("địa chỉ nhà riêng", lower.unicodeScalars.distance(from: lower.startIndex, to: range.lowerBound) + 1)
            }
        }
        // Most lines hold no long number: skip the regular expressions for them.
        guard digits > 0 else { return nil }
        // A bare run of 9 or 12 digits; grouped numbers (`100.000.000` đồng) are amounts, not IDs.
        if digits >= 9, mayHoldDigits(value, joinedBy: []), let column = Self.firstMatch(Self.citizenID, value) {
            return ("số chứng minh nhân dân hoặc căn cước công dân", column)
        }
        if digits >= 9, mayHoldDigits(value, joinedBy: [UInt8(ascii: " "), UInt8(ascii: ".")]),
           let column = Self.firstMatch(Self.phone, value) {
            return ("số điện thoại", column)
        }
        if Self.mayHoldStreetAddress(value), let column = Self.firstMatch(Self.streetAddress, value) {
            return ("địa chỉ nhà riêng", column)
        }
        return nil
    }

    /// Whether the UTF-8 `bytes` hold `nhà`, `Nhà` or `NHÀ` (`n h C3 A0`, `N h C3 A0`, `N H C3 80`).
    private static func containsNhà(_ bytes: some Collection<UInt8>) -> Bool {
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

    /// A quick test on the UTF-8 bytes that neither `citizenID` nor `phone` can match, true when one
    /// might: both need nine digits in a row, the phone number allowing one space or dot between
    /// them (`0912 345 678`). A line of a story with a year and a few counts has nine digits, but
    /// not together. A character that may be a digit of another script lets the expressions decide.
    private static func mayHoldDigits(_ value: String, joinedBy separators: [UInt8]) -> Bool {
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

    /// A quick test on the UTF-8 bytes that `streetAddress` cannot match, true when it might: its
    /// words (`đường`, `phố`, `ngõ`, `ngách`, `hẻm`, `kiệt`, any case) must start after spaces that
    /// follow a digit, or a digit and one letter. `Tổ dân phố 5` fails it, and most lines with a
    /// number have no such word at all. Anything beyond Latin it cannot rule out (a space or a
    /// digit of another script) passes, and the expression decides.
    private static func mayHoldStreetAddress(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            for index in bytes.indices where startsStreetWord(bytes, at: index) && mayFollowHouseNumber(bytes, before: index) {
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

    private static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
    private static func isASCIIDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    // Compiled once and shared between threads (matching does not change the expression).
    private static let citizenID = try! NSRegularExpression(pattern: #"(?<![\d.,])(\d{9}|\d{12})(?!\d)(?![.,]\d)"#)
    private static let phone = try! NSRegularExpression(pattern: #"(?<![\d.,])(\+?84|0)\d{2,3}[ .]?\d{3}[ .]?\d{3,4}(?![\d])"#)
    private static let streetAddress = try! NSRegularExpression(
        pattern: #"\b\d+[a-z]?(/\d+)*\s+(đường|phố|ngõ|ngách|hẻm|kiệt)\s"#, options: .caseInsensitive)

    /// The 1-based column (in Unicode scalars) of the first match, or nil.
    private static func firstMatch(_ expression: NSRegularExpression, _ value: String) -> Int? {
        guard let match = expression.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)),
              let range = Range(match.range, in: value) else { return nil }
        return value.unicodeScalars.distance(from: value.startIndex, to: range.lowerBound) + 1
    }
}
