/// Checks that each id a record names belongs to a record of the right kind.
struct ReferenceCheck {
    enum Kind {
        case plan, decision, exemplar

        var name: String {
            switch self {
            case .plan: "kế hoạch"
            case .decision: "quyết định"
            case .exemplar: "gương điển hình"
            }
        }

        var folder: String {
            switch self {
            case .plan: "content/plans/"
            case .decision: "content/honours/"
            case .exemplar: "content/exemplars/"
            }
        }
    }

    let plans: Set<String>
    let decisions: Set<String>
    let exemplars: Set<String>
    /// Records whose files failed to load: already reported, so not reported again here.
    let unreadable: Set<String>
    let log: DiagnosticLog

    func check(_ reference: Reference?, kind: Kind) {
        guard let reference else { return }
        let ids: Set<String> = switch kind {
        case .plan: plans
        case .decision: decisions
        case .exemplar: exemplars
        }
        guard !ids.contains(reference.id), !unreadable.contains(reference.id) else { return }
        let hint = NearestName.find(reference.id, among: ids).map { " Có phải ý bạn là `\($0)`?" }
            ?? " Ghi tên tệp (không có phần mở rộng) của một tệp trong \(kind.folder)."
        log.error("Không có \(kind.name) nào mang mã `\(reference.id)`.\(hint)", at: reference.location)
    }
}

/// Checks that each media file a record names is under `content/media/`.
struct MediaCheck {
    let files: [String: MediaFile]
    let log: DiagnosticLog

    func check(_ reference: MediaReference?) {
        guard let reference, files[reference.path] == nil else { return }
        log.error("Không thấy tệp `content/media/\(reference.path)`. Chép tệp vào content/media/ hoặc sửa đường dẫn.",
                  at: reference.location)
    }
}
