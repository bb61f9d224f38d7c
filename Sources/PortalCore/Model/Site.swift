/// All content of one site, loaded, checked and cross-linked: what rendering reads.
public struct Site: Sendable {
    public let config: SiteConfig
    /// Newest first.
    public let plans: [Plan]
    /// Newest first.
    public let decisions: [Decision]
    /// Newest first.
    public let exemplars: [Exemplar]
    /// Newest first; drafts only when the build asked for them.
    public let stories: [Story]
    /// Every file under `content/media/`, by its path relative to it.
    public let mediaFiles: [String: MediaFile]
    public let links: CrossLinks

    public var awardCount: Int { decisions.reduce(0) { $0 + $1.awards.count } }
}

/// The relations between records, in both directions, by id.
public struct CrossLinks: Sendable {
    public var decisionsOfPlan: [String: [String]] = [:]
    public var exemplarsOfPlan: [String: [String]] = [:]
    public var storiesOfPlan: [String: [String]] = [:]
    public var exemplarsOfDecision: [String: [String]] = [:]
    public var storiesOfExemplar: [String: [String]] = [:]
}
