import Foundation

/// Warns where a public field seems to hold personal data the portal must not publish:
/// a citizen ID number (9 or 12 digits), a phone number, or a street address.
struct PersonalDataCheck {
    let log: DiagnosticLog

    func check(_ content: LoadedContent) {
        for decision in content.decisions {
            for award in decision.awards {
                for value in [award.name, award.unit, award.position, award.achievement].compactMap({ $0 }) {
                    scan(value, at: award.location)
                }
            }
        }
        for exemplar in content.exemplars {
            let location = SourceLocation(file: exemplar.source)
            [exemplar.name, exemplar.unit, exemplar.summary].forEach { scan($0, at: location) }
            scanBody(exemplar.body)
        }
        for story in content.stories { scanBody(story.body) }
    }

    private func scanBody(_ body: MarkdownText) {
        for (offset, line) in body.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            scan(String(line), at: SourceLocation(file: body.file, line: body.firstLine + offset))
        }
    }

    private func scan(_ value: String, at location: SourceLocation) {
        if let kind = Self.finding(in: value) {
            log.warning("Giá trị này có vẻ là \(kind). Không đăng thông tin cá nhân này lên cổng thông tin; "
                + "nếu cần lưu, đặt trong `private:`.", at: location)
        }
    }

    /// What kind of personal data `value` seems to hold, in words, or nil.
    static func finding(in value: String) -> String? {
        let digits = value.utf8.count { $0 >= 48 && $0 <= 57 }
        let lower = value.lowercased()
        if lower.contains("số nhà") { return "địa chỉ nhà riêng" }
        // Most lines hold no long number: skip the regular expressions for them.
        guard digits > 0 else { return nil }
        // A bare run of 9 or 12 digits; grouped numbers (`100.000.000` đồng) are amounts, not IDs.
        if digits >= 9, value.range(of: #"(?<![\d.,])(\d{9}|\d{12})(?!\d)(?![.,]\d)"#, options: .regularExpression) != nil {
            return "số chứng minh nhân dân hoặc căn cước công dân"
        }
        if digits >= 9, value.range(of: #"(?<![\d.,])(\+?84|0)\d{2,3}[ .]?\d{3}[ .]?\d{3,4}(?![\d])"#, options: .regularExpression) != nil {
            return "số điện thoại"
        }
        if lower.range(of: #"\b\d+[a-z]?(/\d+)*\s+(đường|phố|ngõ|ngách|hẻm|kiệt)\s"#, options: .regularExpression) != nil {
            return "địa chỉ nhà riêng"
        }
        return nil
    }
}
