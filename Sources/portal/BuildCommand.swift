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

    @Option(name: .long, help: ArgumentHelp("Thư mục ghi trang (mặc định: public/ trong thư mục nguồn).", valueName: "THƯ_MỤC"))
    var output: String?

    @Flag(name: .long, help: "Tạo cả các tin nháp (draft: true).")
    var drafts = false

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Thay base_url của portal.yaml, ví dụ khi xem thử trên máy khác.", valueName: "URL"))
    var baseURL: String?

    @Option(name: .long, help: ArgumentHelp("Ngày coi là hôm nay (YYYY-MM-DD), để tính trạng thái kế hoạch.", valueName: "NGÀY"))
    var today: String?

    @Option(name: .long, help: ArgumentHelp("Số luồng tạo trang song song (mặc định: mọi nhân CPU).", valueName: "N"))
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs cần một số từ 1 trở lên.") }
        if let today, Day(iso: today) == nil {
            throw ValidationError("--today cần một ngày dạng YYYY-MM-DD, ví dụ 2024-01-08.")
        }
    }

    func run() throws {
        let outputURL = output.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? source.url.appendingPathComponent("public", isDirectory: true)
        var request = Portal.BuildRequest(source: source.url, output: outputURL.standardizedFileURL, includeDrafts: drafts,
                                          baseURL: baseURL, today: today.flatMap(Day.init(iso:)) ?? .today())
        if let jobs { request.workers = jobs }
        let outcome = Portal.build(request)
        FileHandle.standardError.write(outcome.diagnostics.report + outcome.summary + "\n")
        if outcome.failed { throw ExitCode(1) }
    }
}
