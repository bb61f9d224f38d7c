import Foundation

/// One output file: where it goes under the output folder and its bytes.
public struct Page: Sendable {
    public let path: String
    public let contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    init(_ route: Route, html: String) {
        self.init(path: Routes.path(route), contents: Data(html.utf8))
    }
}

/// What a build may vary besides the content.
public struct RenderOptions: Sendable {
    /// The day statuses and "upcoming" are computed against.
    public var today: Day
    public var includeDrafts: Bool
    /// Threads rendering pages; the output is the same for any number.
    public var workers: Int
    /// Hears `.rendering`, then `.writing(done:of:)` as pages are written.
    public var progress: (@Sendable (BuildProgress) -> Void)?

    public init(today: Day, includeDrafts: Bool = false, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                progress: (@Sendable (BuildProgress) -> Void)? = nil) {
        self.today = today
        self.includeDrafts = includeDrafts
        self.workers = workers
        self.progress = progress
    }
}

extension Day {
    /// `ngày 05 tháng 01 năm 2020`.
    var long: String { VietnameseDate.long(year: year, month: month, day: day) }
    /// `19/4/2019`.
    var short: String { VietnameseDate.short(year: year, month: month, day: day) }
    /// Today in Việt Nam (UTC+7, no daylight saving), whatever the machine's time zone.
    public static func today(now: Date = Date()) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
