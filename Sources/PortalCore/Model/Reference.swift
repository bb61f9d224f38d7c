/// A reference from one record to another by id, with where it was written,
/// so a dangling one is reported at the reference itself.
public struct Reference: Sendable, Hashable {
    public let id: String
    public let location: SourceLocation
}

/// A file under `content/media/`, named by a record, with where it was named.
public struct MediaReference: Sendable, Hashable {
    /// Relative to `content/media/`, `/`-separated.
    public let path: String
    public let location: SourceLocation
}

/// An image with its text alternative (required: pages must be readable without images).
public struct Image: Sendable, Hashable {
    public let file: MediaReference
    public let alt: String
}

/// The Markdown body of a record and the file line where it starts, so problems found
/// while rendering it point at the right line of the file.
public struct MarkdownText: Sendable, Hashable {
    public let text: String
    public let firstLine: Int
    public let file: String
}

/// Signature block: `TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` / name.
public struct Signer: Sendable, Hashable {
    /// `TM. ỦY BAN NHÂN DÂN` — signing on behalf of the collective body.
    public let onBehalf: String?
    /// `KT. CHỦ TỊCH` — signing in place of the head.
    public let signingFor: String?
    public let title: String
    public let name: String
}
