/// Tin tức — a news story written by a press officer.
public struct Story: Sendable {
    public let id: String
    public let source: String
    public let title: String
    public let date: Day
    public let author: String?
    public let summary: String?
    public let tags: [String]
    public let cover: Image?
    public let plans: [Reference]
    public let exemplars: [Reference]
    public let draft: Bool
    public let body: MarkdownText
}
