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
        // Lines found in the bytes (no array of them), and only a line with a digit or a `nhà` is made
        // a String (`finding` finds nothing in the others): most lines are neither.
        var text = body.text
        text.withUTF8 { bytes in
            var start = 0, offset = 0
            while start <= bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if line.contains(where: { (0x30...0x39).contains($0) }) || containsNhà(line),
                   let finding = finding(in: String(decoding: line, as: UTF8.self)) {
                    log.warning(message(finding.kind), at: SourceLocation(file: body.file, line: body.firstLine + offset, column: finding.column))
                }
                start = end + 1
                offset += 1
            }
        }
    }

    private static func message(_ kind: String) -> String {
        "Giá trị này có vẻ là \(kind). Không đăng thông tin cá nhân này lên cổng thông tin; nếu cần lưu, đặt trong `private:`."
    }

    /// What kind of personal data `value` seems to hold, in words, and the 1-based column (in
    /// Unicode scalars) where it starts; nil when it holds none.
    static func finding(in value: String) -> (kind: String, column: Int)? {
        // Counted in the contiguous bytes: through the UTF-8 view, one index at a time, counting took
        // as long as all the byte tests below together.
        var value = value
        let digits = value.withUTF8 { bytes in bytes.count { $0 >= 48 && $0 <= 57 } }
        // "số nhà" (any case) is rare; lower-casing every line of every story is not. Looked for in
        // the UTF-8 bytes first: text is NFC since loading, and Foundation's search went through UTF-16
        // for each of the three spellings of every line. A line with `nhà` but not after `số` (`Nhà
        // văn hoá`, `ngôi nhà`) is common enough that lower-casing it cost a tenth of loading stories.
        if Self.containsNhà(value.utf8), Self.mayHoldSốNhà(value) {
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

    // Compiled once and shared between threads (matching does not change the expression).
    private static let citizenID = try! NSRegularExpression(pattern: #"(?<![\d.,])(\d{9}|\d{12})(?!\d)(?![.,]\d)"#)
    private static let phone = try! NSRegularExpression(pattern: #"(?<![\d.,])(\+?84|0)\d{2,3}[ .]?\d{3}[ .]?\d{3,4}(?![\d])"#)
    static let streetAddress = try! NSRegularExpression(
        pattern: #"\b\d+[a-z]?(/\d+)*\s+(đường|phố|ngõ|ngách|hẻm|kiệt)\s"#, options: .caseInsensitive)

    /// The 1-based column (in Unicode scalars) of the first match, or nil.
    private static func firstMatch(_ expression: NSRegularExpression, _ value: String) -> Int? {
        guard let match = expression.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)),
              let range = Range(match.range, in: value) else { return nil }
        return value.unicodeScalars.distance(from: value.startIndex, to: range.lowerBound) + 1
    }
}
