import Foundation
import PortalCore

/// One line on stderr that says where a slow build is, redrawn in place. It appears only once a
/// build has run for a second: a quick build prints nothing but its summary.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var latest: BuildProgress = .loading
    private var drawn = false
    private let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global())

    init() {
        timer.schedule(deadline: .now() + 1, repeating: .milliseconds(200))
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
    }

    /// Passed to `Portal.BuildRequest.progress`.
    var report: @Sendable (BuildProgress) -> Void {
        { [self] progress in lock.withLock { latest = progress } }
    }

    private func draw() {
        lock.withLock {
            let text: String
            switch latest {
            case .loading: text = "Đang đọc nội dung…"
            case .rendering: text = "Đang tạo các trang…"
            case .writing(let done, let total): text = "Đang ghi \(done)/\(total) tệp…"
            }
            FileHandle.standardError.write("\r\u{1B}[K" + text)
            drawn = true
        }
    }

    /// Stops and wipes the line, so the summary prints on a clean line.
    func finish() {
        timer.cancel()
        lock.withLock {
            if drawn { FileHandle.standardError.write("\r\u{1B}[K") }
            drawn = false
        }
    }
}
