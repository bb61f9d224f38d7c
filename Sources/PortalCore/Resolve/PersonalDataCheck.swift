import Foundation

/// Warns where a public field seems to hold personal data the portal must not publish:
/// a citizen ID number (9 or 12 digits), a phone number, or a street address.
struct PersonalDataCheck {
    let log: DiagnosticLog

    /// Every record is scanned on its own, on every core; the warnings keep the records' order.
    func check(_ content: LoadedContent) {
        let decisions = content.decisions.concurrentMap { decision in
            decision.awards.flatMap { award in
                [award.name, award.unit, award.position, award.achievement].compactMap { $0 }.compactMap { Self.scan($0, at: award.location) }
            }
        }
        let exemplars = content.exemplars.concurrentMap { exemplar in
            [exemplar.name, exemplar.unit, exemplar.summary].compactMap { Self.scan($0, at: SourceLocation(file: exemplar.source)) }
                + Self.scanBody(exemplar.body)
        }
        let stories = content.stories.concurrentMap { story in
            [story.title, story.summary, story.author].compactMap { $0 }.compactMap { Self.scan($0, at: SourceLocation(file: story.source)) }
                + Self.scanBody(story.body)
        }
        log.append(contentsOf: (decisions + exemplars + stories).flatMap { $0 })
    }

    private static func scanBody(_ body: MarkdownText) -> [Diagnostic] {
        body.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { offset, line in
            scan(String(line), at: SourceLocation(file: body.file, line: body.firstLine + offset))
        }
    }

    private static func scan(_ value: String, at location: SourceLocation) -> Diagnostic? {
        finding(in: value).map { kind in
            Diagnostic(at: location, .warning, "Giá trị này có vẻ là \(kind). Không đăng thông tin cá nhân này lên cổng thông tin; "
                + "nếu cần lưu, đặt trong `private:`.")
        }
    }

    /// What kind of personal data `value` seems to hold, in words, or nil.
    static func finding(in value: String) -> String? {
        let digits = value.utf8.count { $0 >= 48 && $0 <= 57 }
        // "nhà" (any case) is rare; lower-casing every line of every story is not. Looked for in
        // the UTF-8 bytes: text is NFC since loading, and Foundation's search went through UTF-16
        // for each of the three spellings of every line.
        if Self.containsNhà(value), value.lowercased().contains("số nhà") {
            return "địa chỉ nhà riêng"
        }
        // Most lines hold no long number: skip the regular expressions for them.
        guard digits > 0 else { return nil }
        // A bare run of 9 or 12 digits; grouped numbers (`100.000.000` đồng) are amounts, not IDs.
        if digits >= 9, Self.matches(Self.citizenID, value) {
            return "số chứng minh nhân dân hoặc căn cước công dân"
        }
        if digits >= 9, Self.matches(Self.phone, value) {
            return "số điện thoại"
        }
        if Self.matches(Self.streetAddress, value) {
            return "địa chỉ nhà riêng"
        }
        return nil
    }

    /// Whether `value` holds `nhà`, `Nhà` or `NHÀ` (bytes `n h C3 A0`, `N h C3 A0`, `N H C3 80`).
    private static func containsNhà(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            guard bytes.count >= 4 else { return false }
            for i in 2..<(bytes.count - 1) where bytes[i] == 0xC3 {
                switch (bytes[i - 2], bytes[i - 1], bytes[i + 1]) {
                case (0x6E, 0x68, 0xA0), (0x4E, 0x68, 0xA0), (0x4E, 0x48, 0x80): return true
                default: continue
                }
            }
            return false
        }
    }

    // Compiled once and shared between threads (matching does not change the expression).
    private static let citizenID = try! NSRegularExpression(pattern: #"(?<![\d.,])(\d{9}|\d{12})(?!\d)(?![.,]\d)"#)
    private static let phone = try! NSRegularExpression(pattern: #"(?<![\d.,])(\+?84|0)\d{2,3}[ .]?\d{3}[ .]?\d{3,4}(?![\d])"#)
    private static let streetAddress = try! NSRegularExpression(
        pattern: #"\b\d+[a-z]?(/\d+)*\s+(đường|phố|ngõ|ngách|hẻm|kiệt)\s"#, options: .caseInsensitive)

    private static func matches(_ expression: NSRegularExpression, _ value: String) -> Bool {
        expression.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
    }
}
