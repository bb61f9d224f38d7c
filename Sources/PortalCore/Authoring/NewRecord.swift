/// The file `portal new` writes: every field of the kind, the required ones filled in, the
/// optional ones as commented examples with a line of help each, so a press officer can fill it in
/// a text editor without the reference open — and `portal check` accepts it as it is.
public struct NewRecord: Sendable {
    /// `content/stories/2025-03-08-tieu-de.md`.
    public let path: String
    public let text: String

    /// Nil when the title has no letter or digit to make a file name from.
    public init?(kind: ContentKind, title: String, today: Day, issuer: String?) {
        let title = title.nfc.trimmingCharacters(in: .whitespacesAndNewlines)
        let slug = Slug.make(title)
        guard !slug.isEmpty else { return nil }
        path = "content/\(kind.folder)/\(today.iso)-\(slug).\(kind.fileExtension)"

        let filled = Self.filledFields(kind, title: title, today: today, issuer: issuer)
        var lines = ["# yaml-language-server: $schema=../../schema/\(ContentSchema.fileName(of: kind))",
                     "# \(kind.displayName.capitalizedFirst) mới. Dòng bắt đầu bằng # là chú thích: bỏ dấu # ở một trường để dùng nó.",
                     ""]
        for field in kind.fields {
            lines.append("# \(field.help)")
            if let value = filled[field.name] { lines.append("\(field.name): \(value)") }
            if let example = field.example, !field.required { lines.append("# \(field.name): \(example)") }
        }
        let yaml = lines.joined(separator: "\n") + "\n"
        switch kind {
        case .decision:
            text = yaml
        case .story, .exemplar, .plan:
            text = "---\n" + yaml + "---\n\n" + Self.bodyHint(kind) + "\n"
        }
    }

    /// YAML for the fields a new file must have to pass `portal check`. Values a person must
    /// replace say so in the text itself, so they show on the preview page until they are.
    private static func filledFields(_ kind: ContentKind, title: String, today: Day, issuer: String?) -> [String: String] {
        let issuer = quoted(issuer ?? "Ủy ban nhân dân phường …")
        switch kind {
        case .story:
            return ["title": quoted(title), "date": today.iso]
        case .exemplar:
            return ["name": quoted(title), "kind": "nguoi-tot-viec-tot", "unit": quoted("Tổ dân phố …"),
                    "published": today.iso, "summary": quoted("Tóm tắt việc tốt trong một hai câu."),
                    // Consent is personal-data law, not a formality: the file says to replace the date.
                    "consent": "\(today.iso)  # THAY bằng ngày người được nêu gương ký giấy đồng ý"]
        case .plan:
            return ["issuer": issuer, "issued": today.iso, "title": quoted(title)]
        case .decision:
            // An empty list passes the check but publishes no invented honouree.
            return ["number": quoted("…/QĐ-UBND"), "issued": today.iso, "issuer": issuer, "title": quoted(title), "awards": "[]"]
        }
    }

    private static func bodyHint(_ kind: ContentKind) -> String {
        switch kind {
        case .story: "Viết nội dung tin ở đây (Markdown): mỗi đoạn cách nhau một dòng trống; **chữ đậm**, *chữ nghiêng*."
        case .exemplar: "Kể lại việc tốt ở đây (Markdown)."
        case .plan: "## Mục đích, yêu cầu\n\nViết nội dung kế hoạch ở đây (Markdown)."
        case .decision: ""
        }
    }

    /// A YAML double-quoted scalar: safe for titles holding `:`, `#` or quotes.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
