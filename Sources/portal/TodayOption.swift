import ArgumentParser
import PortalCore

/// `--today`: the day taken as today, so tests and golden files do not change with the calendar.
struct TodayOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Ngày coi là hôm nay (YYYY-MM-DD): cho ngày trong tệp mới, tên tệp lưu trữ và trạng thái kế hoạch.",
                                            valueName: "NGÀY"))
    var today: String?

    func validate() throws {
        if let today, Day(iso: today) == nil {
            throw ValidationError("--today cần một ngày dạng YYYY-MM-DD, ví dụ 2024-01-08.")
        }
    }

    /// The given day; nil when none was given.
    var given: Day? { today.flatMap(Day.init(iso:)) }

    var day: Day { given ?? .today() }
}
