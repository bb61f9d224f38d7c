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

    /// Văn bản lưu trữ của cấp huyện cũ: on and after 1 July 2025, when local government lost its
    /// district level, a plan a district issued before that day is an archived document. Before that
    /// day it is a live plan of a district that still exists. A plan known only by its year counts as
    /// issued before the change when that year is 2025 or earlier: no district issued anything later.
    public func isArchivedDistrictDocument(on today: Day) -> Bool {
        guard level == .district, today >= AdministrativeLevel.districtsAbolished else { return false }
        if let issued { return issued < AdministrativeLevel.districtsAbolished }
        return year <= AdministrativeLevel.districtsAbolished.year
    }
}

/// Where a document comes from in the administrative hierarchy.
public enum AdministrativeLevel: String, Sendable, CaseIterable {
    case commune, district, province

    /// The day the two-level local government began (Luật Tổ chức chính quyền địa phương năm 2025): no district
    /// (quận, huyện, thị xã) exists from this day on.
    public static let districtsAbolished = Day(year: 2025, month: 7, day: 1)!

    /// Infers the level from the issuer's name: the first unit it names is the issuer's own
    /// (`Ủy ban nhân dân phường 7 quận 10` is a ward's committee). `quận`, `huyện`, `thị xã` and a
    /// city under a province are districts; a province and the six cities under the central
    /// government are provinces; `phường`, `xã`, `thị trấn` are communes.
    public static func inferred(fromIssuer issuer: String) -> AdministrativeLevel {
        let lower = issuer.lowercased()
        let units: [(word: String, level: AdministrativeLevel)] = [
            ("thị xã", .district), ("thị trấn", .commune), ("phường", .commune), ("xã", .commune),
            ("quận", .district), ("huyện", .district), ("thành phố", .district), ("tỉnh", .province),
        ]
        // The earliest unit word; at one position the longer word (`thị xã` before `xã`) wins.
        let first = units.compactMap { unit in lower.range(of: unit.word).map { (position: $0.lowerBound, unit: unit) } }
            .min { $0.position < $1.position || ($0.position == $1.position && $0.unit.word.count > $1.unit.word.count) }
        guard let found = first?.unit else { return .commune }
        if found.word == "thành phố", centralCities.contains(where: { lower.contains($0) }) { return .province }
        return found.level
    }

    /// Cities that are provinces (thành phố trực thuộc trung ương).
    static let centralCities = ["hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế"]
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
    /// The decimals the file writes (`59.60` → 2), so the page shows `59,60` as the plan does.
    public let fractionDigits: Int
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
