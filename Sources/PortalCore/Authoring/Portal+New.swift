import Foundation

extension Portal {
    public enum NewRecordOutcome: Sendable, Equatable {
        /// The path written, relative to the site folder.
        case created(String)
        /// Nothing written, and why, in plain Vietnamese.
        case refused(String)
    }

    /// `portal new`: writes a new record file, never over an existing one.
    public static func newRecord(_ kind: ContentKind, title: String, source: URL, today: Day = .today()) -> NewRecordOutcome {
        let folder = ContentFolder(root: source)
        // Without portal.yaml this is not a site folder: creating content/ here would litter it.
        guard folder.exists("portal.yaml") else {
            return .refused("Không thấy tệp portal.yaml ở \(source.path). Chạy lệnh trong thư mục của trang, hoặc chỉ rõ bằng `--source THƯ_MỤC`.")
        }
        // The issuer most new plans and decisions carry is the site's own office.
        guard let record = NewRecord(kind: kind, title: title, today: today, issuer: ConfigLoader.title(in: source)) else {
            return .refused("Tiêu đề cần có ít nhất một chữ cái hoặc chữ số để đặt tên tệp, ví dụ `portal new \(kind.rawValue) \"Tin thi đua tháng 3\"`.")
        }
        let url = folder.url(record.path)
        if folder.exists(record.path) {
            return .refused("Tệp \(record.path) đã có: không ghi đè. Mở tệp đó để sửa, hoặc chọn tiêu đề khác.")
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // withoutOverwriting: another `portal new` with the same title at the same moment loses, not the file.
            try Data(record.text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            return .refused("Không ghi được \(record.path): \(error.localizedDescription)")
        }
        return .created(record.path)
    }
}
