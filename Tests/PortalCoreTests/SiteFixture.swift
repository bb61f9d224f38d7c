import Foundation
@testable import PortalCore

/// A whole small site written to a temporary folder, declared inline as `-- path --` sections
/// (as Hugo's integration tests do), so each test case reads in one screen.
struct SiteFixture {
    let root: URL

    /// The repository, for the real templates and sample content.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A small valid site: every kind of record once, each field a case may break.
    static let valid = """
    -- portal.yaml --
    title: Ủy ban nhân dân phường Thử
    base_url: https://thu.example.gov.vn/
    -- content/plans/ke-hoach.md --
    ---
    title: Kế hoạch thi đua năm 2024
    issuer: Ủy ban nhân dân phường Thử
    issued: 2024-01-02
    period: {from: 2024-01-02, to: 2024-12-31}
    ---
    ## Mục đích
    Nội dung kế hoạch.
    -- content/honours/quyet-dinh.yaml --
    number: 1/QĐ-UBND
    issued: 2024-12-20
    issuer: Ủy ban nhân dân phường Thử
    title: Về việc khen thưởng
    plan: ke-hoach
    awards:
      - name: Nguyễn Văn An
        kind: individual
        form: Giấy khen
    -- content/exemplars/guong.md --
    ---
    name: Trần Thị Bình
    kind: nguoi-tot-viec-tot
    unit: Tổ dân phố 1
    published: 2024-05-01
    summary: Trả lại ví cho người đánh rơi.
    consent: 2024-04-20
    ---
    Câu chuyện.
    -- content/stories/tin.md --
    ---
    title: Tin thi đua
    date: 2024-05-02
    plans: [ke-hoach]
    exemplars: [guong]
    ---
    Xem [kế hoạch](../plans/ke-hoach.md).
    """

    /// Writes `valid` overlaid with `changes` (a path given an empty body is deleted).
    init(_ changes: String = "", base: String = SiteFixture.valid) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("portal-fixture-\(UUID().uuidString)")
        var files = Self.sections(base)
        for (path, body) in Self.sections(changes) { files[path] = body }
        for (path, body) in files where !body.isEmpty { try write(path, Data(body.utf8)) }
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("templates"),
                                         to: root.appendingPathComponent("templates"))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// `-- path --` headers, each followed by the file's lines.
    static func sections(_ text: String) -> [String: String] {
        var files: [String: String] = [:]
        var current: String?
        var lines: [Substring] = []
        func flush() {
            if let current { files[current] = lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n" }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                flush()
                current = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else if current != nil {
                lines.append(line)
            }
        }
        flush()
        return files
    }
}
