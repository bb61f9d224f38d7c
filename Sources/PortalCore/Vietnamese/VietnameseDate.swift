/// Dates written the way Vietnamese official documents write them (Nghị định 30/2020/NĐ-CP).
///
/// Takes plain year, month and day numbers so it can format any date type; the caller has already
/// checked that the date exists.
enum VietnameseDate {
    /// `ngày 05 tháng 01 năm 2020`, `ngày 19 tháng 4 năm 2019`: the form under a document's number.
    /// Days below 10 and the months 1 and 2 take a leading zero, as the decree requires, so that no
    /// digit can be added in front of them by hand afterwards.
    static func long(year: Int, month: Int, day: Int) -> String {
        let dayText = day < 10 ? "0\(day)" : "\(day)"
        let monthText = month < 3 ? "0\(month)" : "\(month)"
        return "ngày \(dayText) tháng \(monthText) năm \(year)"
    }

    /// `19/4/2019`: lists, tables and running text, with no leading zeros.
    static func short(year: Int, month: Int, day: Int) -> String {
        "\(day)/\(month)/\(year)"
    }

    /// `tháng 4/2019`: a reporting period.
    static func monthYear(year: Int, month: Int) -> String {
        "tháng \(month)/\(year)"
    }

    /// `Thứ Hai` … `Thứ Bảy`, `Chủ nhật`: the day of the week of a Gregorian date.
    static func weekday(year: Int, month: Int, day: Int) -> String {
        weekdayNames[dayOfWeek(year: year, month: month, day: day)]
    }

    /// Indexed from Sunday, as `dayOfWeek` counts.
    private static let weekdayNames = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]

    /// 0 = Sunday … 6 = Saturday, by Sakamoto's method: pure arithmetic, so it needs no calendar or
    /// time zone and gives the same answer on every machine.
    private static func dayOfWeek(year: Int, month: Int, day: Int) -> Int {
        let monthOffsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        let offset = monthOffsets[min(max(month, 1), 12) - 1]
        let days = y + floorDivide(y, 4) - floorDivide(y, 100) + floorDivide(y, 400) + offset + day
        return ((days % 7) + 7) % 7
    }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}
