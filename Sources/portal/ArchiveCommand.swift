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

    @OptionGroup var today: TodayOption

    func run() throws {
        let progress = output.progressLine()
        let request = Portal.BuildRequest(source: source.url, output: source.url, today: today.day,
                                          progress: progress?.report)
        let outcome = Portal.archive(request, destination: destination.map { URL(fileURLWithPath: $0).standardizedFileURL })
        progress?.finish()
        output.report(outcome.build.diagnostics, summary: outcome.build.summary)
        guard let archive = outcome.archive else { throw ExitCode(1) }
        // stdout holds the JSON in --format json; the path is the result otherwise.
        if output.format == .text { print(archive.path) } else { output.say("Đã ghi \(archive.path)") }
    }
}
