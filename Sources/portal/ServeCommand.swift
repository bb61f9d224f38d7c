import ArgumentParser
import Foundation
import PortalCore

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Xem thử trang trên máy này: tự tạo lại và tải lại trình duyệt mỗi khi lưu tệp.",
        discussion: """
        Trang được tạo vào một thư mục tạm (public/ không bị động tới) và phục vụ tại http://127.0.0.1:<cổng>/, \
        chỉ máy này xem được. Mỗi khi một tệp trong content/, templates/ hoặc portal.yaml được lưu, trang được \
        tạo lại và các trang đang mở tự tải lại. Nếu nội dung có lỗi, trình duyệt vẫn hiện bản tốt gần nhất với \
        danh sách lỗi phủ lên trên, và cửa sổ lệnh in các lỗi đó. Nhấn Ctrl-C để dừng.

        Ví dụ:
          portal serve
          portal serve --port 8081 --drafts
        """)

    @OptionGroup var source: SourceOption
    @OptionGroup var output: ReportOptions

    @Option(name: .long, help: ArgumentHelp("Cổng (0: tự chọn một cổng trống).", valueName: "SỐ"))
    var port: UInt16 = 8080

    @Flag(name: .long, help: "Hiện cả các tin nháp (draft: true).")
    var drafts = false

    @OptionGroup var today: TodayOption

    func run() async throws {
        let options = PreviewServer.Options(source: source.url, port: port, includeDrafts: drafts, today: today.given)
        let server = PreviewServer(options: options) { [output] event in Self.tell(event, output) }
        let serving = Task { try await server.run() }
        let stop = SignalTrap([SIGINT, SIGTERM]) { serving.cancel() }
        defer { stop.release() }
        do {
            try await serving.value
        } catch {
            FileHandle.standardError.write("lỗi: Không chạy được máy chủ xem thử ở cổng \(port): \(error). Thử cổng khác với --port.\n")
            throw ExitCode(1)
        }
        output.say("Đã dừng máy chủ xem thử.")
    }

    private static func tell(_ event: PreviewServer.Event, _ output: ReportOptions) {
        switch event {
        case .listening(let url):
            // The address is the result: on stdout, even with --quiet.
            // FileHandle writes unbuffered: a script reading stdout through a pipe sees it at once.
            FileHandle.standardOutput.write("Xem thử tại \(url)\n")
            output.say("Sửa tệp trong content/, templates/ hoặc portal.yaml: trang tự tải lại. Nhấn Ctrl-C để dừng.")
        case .built(let outcome, let changed):
            let trigger = changed.isEmpty ? "" : "Đã sửa \(changed.prefix(3).joined(separator: ", "))\(changed.count > 3 ? "…" : ""). "
            if outcome.failed {
                output.report(outcome.diagnostics, summary: trigger + "Trình duyệt vẫn hiện bản tốt gần nhất, với các lỗi trên.")
            } else {
                output.report(outcome.diagnostics, summary: trigger + outcome.summary)
            }
        }
    }
}
