import ArgumentParser
import Foundation
import PortalCore

struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Tạo tệp nén lưu trữ của toàn bộ trang, mở được ngay trên máy không cần mạng.",
        discussion: """
        Trang được tạo trong một thư mục tạm (public/ không bị động tới) rồi nén thành \
        luu-tru-<tên phường>-<ngày>.zip. Giải nén ra, mở <thư mục>/index.html bằng trình duyệt: mọi trang, \
        ảnh và tệp đính kèm đều có trong đó.

        Ví dụ:
          portal archive
          portal archive --output /media/usb/
          portal archive --output luu-tru-2025.zip
        """)

    @OptionGroup var source: SourceOption
    @OptionGroup var output: ReportOptions

    @Option(name: .customLong("output"), help: ArgumentHelp("Tệp .zip hoặc thư mục để ghi (mặc định: thư mục nguồn).", valueName: "TỆP"))
    var destination: String?

    @Option(name: .long, help: ArgumentHelp("Ngày coi là hôm nay (YYYY-MM-DD), cho tên tệp và trạng thái kế hoạch.", valueName: "NGÀY"))
    var today: String?

    func validate() throws {
        if let today, Day(iso: today) == nil {
            throw ValidationError("--today cần một ngày dạng YYYY-MM-DD, ví dụ 2024-01-08.")
        }
    }

    func run() throws {
        let progress = output.progressLine()
        let request = Portal.BuildRequest(source: source.url, output: source.url, today: today.flatMap(Day.init(iso:)) ?? .today(),
                                          progress: progress?.report)
        let outcome = Portal.archive(request, destination: destination.map { URL(fileURLWithPath: $0).standardizedFileURL })
        progress?.finish()
        output.report(outcome.build.diagnostics, summary: outcome.build.summary)
        guard let archive = outcome.archive else { throw ExitCode(1) }
        // stdout holds the JSON in --format json; the path is the result otherwise.
        if output.format == .text { print(archive.path) } else { output.say("Đã ghi \(archive.path)") }
    }
}
