import ArgumentParser
import Foundation
import PortalCore

extension ContentKind: ExpressibleByArgument {}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Tạo tệp nội dung mới với đủ các trường, để điền vào.",
        discussion: """
        Tệp mới có tên <ngày hôm nay>-<tiêu đề không dấu>, trong thư mục của loại nội dung. Các trường bắt buộc \
        đã được điền (tiêu đề, ngày hôm nay); các trường khác là ví dụ có dấu # ở đầu dòng: bỏ dấu # để dùng. \
        Lệnh không bao giờ ghi đè lên tệp đã có.

        Loại nội dung:
          story      tin bài, vào content/stories/
          exemplar   gương điển hình, vào content/exemplars/ (tiêu đề: họ tên)
          plan       kế hoạch, vào content/plans/
          decision   quyết định khen thưởng, vào content/honours/ (tệp .yaml)

        Ví dụ:
          portal new story "Phường ra quân làm sạch môi trường"
          portal new exemplar "Nguyễn Văn An"
        """)

    @Argument(help: ArgumentHelp("Loại nội dung: story, exemplar, plan hoặc decision.", valueName: "loại"))
    var kind: ContentKind

    @Argument(help: ArgumentHelp("Tiêu đề, trong dấu ngoặc kép.", valueName: "tiêu đề"))
    var title: String

    @OptionGroup var source: SourceOption
    @OptionGroup var output: QuietFlag

    @OptionGroup var today: TodayOption

    func run() throws {
        switch Portal.newRecord(kind, title: title, source: source.url, today: today.day) {
        case .created(let path):
            print(path)
            output.say("Mở tệp trên để điền nội dung, rồi chạy `portal serve` để xem thử.")
        case .refused(let reason):
            FileHandle.standardError.write("lỗi: \(reason)\n")
            throw ExitCode(1)
        }
    }
}
