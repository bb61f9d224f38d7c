/// Gương người tốt việc tốt or điển hình tiên tiến — a good-deed profile of a citizen.
public struct Exemplar: Sendable {
    public let id: String
    public let source: String
    public let name: String
    public let kind: ExemplarKind
    public let birthYear: Int?
    /// Tổ dân phố, khu phố or cơ quan — never a street address.
    public let unit: String
    public let published: Day
    public let summary: String
    public let photo: Image?
    public let plan: Reference?
    public let decision: Reference?
    /// When the person (or a minor's guardian) agreed in writing to be profiled.
    public let consent: Day
    public let body: MarkdownText
}

public enum ExemplarKind: String, Sendable, CaseIterable {
    case goodDeed = "nguoi-tot-viec-tot"
    case advancedModel = "dien-hinh-tien-tien"

    public var vietnameseName: String {
        switch self {
        case .goodDeed: "Người tốt việc tốt"
        case .advancedModel: "Điển hình tiên tiến"
        }
    }
}
