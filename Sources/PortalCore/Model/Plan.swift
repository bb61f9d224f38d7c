/// Kế hoạch — a campaign plan, a legal administrative document.
public struct Plan: Sendable {
    public let id: String
    public let source: String
    public let number: String?
    public let issuer: String
    /// Cơ quan chủ quản: the line above the issuer in the document's header.
    public let parentIssuer: String?
    public let level: AdministrativeLevel
    public let place: String?
    public let issued: Day?
    /// The issued year, or the year the file gives when the document carries no date.
    public let year: Int
    /// Trích yếu.
    public let title: String
    /// Căn cứ.
    public let bases: [String]
    public let period: DateRange?
    public let phases: [Phase]
    public let targets: [Target]
    /// Hình thức khen thưởng the plan offers.
    public let awardForms: [String]
    public let responsibilities: [Responsibility]
    public let deadlines: [Deadline]
    /// Nơi nhận.
    public let recipients: [String]
    public let signer: Signer?
    public let attachments: [Attachment]
    public let body: MarkdownText

    /// District plans are archived: districts were abolished on 1 July 2025.
    public var isArchivedDistrictDocument: Bool { level == .district }
}

/// Where a document comes from in the administrative hierarchy.
public enum AdministrativeLevel: String, Sendable, CaseIterable {
    case commune, district, province

    /// Infers the level from the issuer's name (`quận`, `huyện`, `thị xã` → district).
    public static func inferred(fromIssuer issuer: String) -> AdministrativeLevel {
        let lower = issuer.lowercased()
        if ["quận", "huyện", "thị xã"].contains(where: { lower.contains($0) }) { return .district }
        if lower.contains("tỉnh") || lower.contains("thành phố") && !lower.contains("phường") {
            return .province
        }
        return .commune
    }
}

public struct DateRange: Sendable, Hashable {
    public let from: Day
    public let to: Day
}

/// Đợt thi đua.
public struct Phase: Sendable, Hashable {
    public let name: String
    public let range: DateRange
    public let goal: String?
}

/// Chỉ tiêu.
public struct Target: Sendable, Hashable {
    public let text: String
    public let value: Double?
    public let unit: String?
}

/// Tổ chức thực hiện: what one unit must do.
public struct Responsibility: Sendable, Hashable {
    public let unit: String
    public let tasks: [String]
}

public struct Deadline: Sendable, Hashable {
    public let date: Day
    public let what: String
    public let who: String?
}

public struct Attachment: Sendable, Hashable {
    public let file: MediaReference
    public let title: String
}
