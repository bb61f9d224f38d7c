import Foundation
import ZIPFoundation

/// Lưu trữ — the built site as one dated zip for offline keeping. Its single top folder carries
/// the archive's name, so unpacking it anywhere gives `luu-tru-…/index.html`, which opens from
/// disk: every link is relative by design (DESIGN.md, "One site, two ways to open it").
public enum SiteArchive {
    /// `luu-tru-phuong-nguyen-trai-2025-03-08`: the ward, not its People's Committee, names it.
    public static func name(siteTitle: String, day: Day) -> String {
        var ward = Slug.make(siteTitle)
        for prefix in ["uy-ban-nhan-dan-", "ubnd-"] where ward.hasPrefix(prefix) {
            ward.removeFirst(prefix.count)
        }
        return "luu-tru-\(ward.isEmpty ? "trang" : ward)-\(day.iso)"
    }

    /// Zips `folder` (kept as the top folder) into `destination`, replacing an archive of the
    /// same name in one rename, so a half-written zip never takes the place of a good one.
    static func zip(_ folder: URL, to destination: URL) throws {
        let partial = folder.deletingLastPathComponent().appendingPathComponent(folder.lastPathComponent + ".zip")
        try? FileManager.default.removeItem(at: partial)
        try FileManager.default.zipItem(at: folder, to: partial, shouldKeepParent: true, compressionMethod: .deflate)
        try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        if FileManager.default.fileExists(atPath: destination.path) {
            _ = try FileManager.default.replaceItemAt(destination, withItemAt: partial)
        } else {
            try FileManager.default.moveItem(at: partial, to: destination)
        }
    }
}
