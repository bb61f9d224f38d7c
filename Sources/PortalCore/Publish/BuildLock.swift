import Foundation

/// An exclusive lock on the output folder, so two builds never interleave their sites.
/// The kernel releases it if the build dies, so a killed build never blocks the next one.
final class BuildLock: Sendable {
    private let descriptor: Locked<Int32?>

    init(at url: URL) throws {
        let fd = open(url.path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw StagingFolder.Failure(description: "Không tạo được tệp khoá \(url.path): \(String(cString: strerror(errno)))")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw StagingFolder.Failure(description: "Một lần tạo trang khác đang ghi vào cùng thư mục đầu ra. Đợi lần đó xong rồi chạy lại.")
        }
        descriptor = Locked(fd)
    }

    /// Safe to call more than once.
    func release() {
        descriptor.withLock { fd in
            guard let open = fd else { return }
            flock(open, LOCK_UN)
            close(open)
            fd = nil
        }
    }
}
