import ArgumentParser
import Foundation
import PortalCore

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Tạo toàn bộ trang web vào thư mục public/.",
        discussion: """
        Trang được tạo trong một thư mục tạm rồi mới thay vào public/ cùng một lúc: nếu có lỗi, \
        trang đã đăng trước đó được giữ nguyên.

        Ví dụ:
          portal build
          portal build --source ~/cong-thong-tin --output /var/www/phuong
        """)

    @OptionGroup var source: SourceOption
    @OptionGroup var report: ReportOptions

    @Option(name: .long, help: ArgumentHelp("Thư mục ghi trang (mặc định: public/ trong thư mục nguồn).", valueName: "THƯ_MỤC"))
    var output: String?

    @Flag(name: .long, help: "Tạo cả các tin nháp (draft: true).")
    var drafts = false

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Thay base_url của portal.yaml, ví dụ khi xem thử trên máy khác.", valueName: "URL"))
    var baseURL: String?

    @OptionGroup var today: TodayOption

    @Option(name: .long, help: ArgumentHelp("Số luồng tạo trang song song (mặc định: mọi nhân CPU).", valueName: "N"))
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs cần một số từ 1 trở lên.") }
    }

    func run() throws {
        let outputURL = output.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? source.url.appendingPathComponent("public", isDirectory: true)
        let progress = report.progressLine()
        var request = Portal.BuildRequest(source: source.url, output: outputURL.standardizedFileURL, includeDrafts: drafts,
                                          baseURL: baseURL, today: today.day,
                                          progress: progress?.report)
        if let jobs { request.workers = jobs }
        let outcome = Portal.build(request)
        progress?.finish()
        report.report(outcome.diagnostics, summary: outcome.summary)
        if outcome.failed { throw ExitCode(1) }
    }
}
