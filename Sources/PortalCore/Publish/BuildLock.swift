import Foundation

/// An exclusive lock on the output folder, so two builds never interleave their sites.
/// The kernel releases it if the build dies, so a killed build never blocks the next one.
struct BuildLock {
    private let descriptor: Int32

    init(at url: URL) throws {
        descriptor = open(url.path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw AtomicPublisher.Failure(description: "Không tạo được tệp khoá \(url.path): \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw AtomicPublisher.Failure(description: "Một lần tạo trang khác đang ghi vào cùng thư mục đầu ra. Đợi lần đó xong rồi chạy lại.")
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
