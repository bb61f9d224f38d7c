/// Quyết định khen thưởng — a commendation decision and the awards it grants.
public struct Decision: Sendable {
    public let id: String
    public let source: String
    /// Số ký hiệu, e.g. `123/QĐ-UBND`.
    public let number: String
    public let issued: Day
    public let issuer: String
    public let parentIssuer: String?
    public let place: String?
    /// Trích yếu.
    public let title: String
    public let plan: Reference?
    public let signer: Signer?
    /// In the decision's own order (its STT numbering), YAML list first, then the CSV rows.
    public let awards: [Award]
}

/// One commendation: who, with which form (hình thức) and title (danh hiệu).
public struct Award: Sendable, Hashable {
    public let name: String
    public let kind: HonoureeKind
    public let unit: String?
    public let position: String?
    /// Hình thức khen thưởng: Giấy khen, Bằng khen …
    public let form: String
    /// Danh hiệu thi đua, if any.
    public let title: String?
    public let achievement: String?
    public let location: SourceLocation
}

public enum HonoureeKind: String, Sendable, CaseIterable {
    case individual, collective, household

    /// Cá nhân / Tập thể / Hộ gia đình.
    public var vietnameseName: String {
        switch self {
        case .individual: "Cá nhân"
        case .collective: "Tập thể"
        case .household: "Hộ gia đình"
        }
    }
}
