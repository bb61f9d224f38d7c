import Foundation

/// Numbers written the Vietnamese way: `.` groups thousands and `,` marks decimals
/// (`28.500`, `59,60`, `0,39%`) — the reverse of English, so never use a default formatter.
///
/// Written by hand rather than with `NumberFormatter(locale: vi_VN)` so the output does not depend
/// on the ICU data of the machine that builds the site.
enum VietnameseNumber {
    /// `28.500`, `-1.500`.
    static func integer(_ value: Int) -> String {
        let digits = grouped(String(value.magnitude))
        return value < 0 ? "-" + digits : digits
    }

    /// Exactly `fractionDigits` decimals, rounded: `decimal(59.6, fractionDigits: 2)` → `59,60`.
    static func decimal(_ value: Double, fractionDigits: Int) -> String {
        guard value.isFinite else { return value.description }
        let digits = max(0, fractionDigits)
        // `%f` rounds the exact binary value and always uses `.`, whatever the locale.
        let plain = String(format: "%.\(digits)f", value.magnitude)
        let parts = plain.split(separator: ".", omittingEmptySubsequences: false)
        var text = grouped(String(parts[0]))
        if parts.count > 1 { text += "," + parts[1] }
        // A negative value that rounds to zero is written `0,00`, not `-0,00`.
        let isZero = !plain.contains { $0 != "0" && $0 != "." }
        return value < 0 && !isZero ? "-" + text : text
    }

    /// `percent(0.39, fractionDigits: 2)` → `0,39%`. The argument is already a percentage
    /// (39.5 for 39,5%), as plans and reports state their targets.
    static func percent(_ value: Double, fractionDigits: Int) -> String {
        decimal(value, fractionDigits: fractionDigits) + "%"
    }

    /// A value from a file, shown as written: whole numbers without decimals (`1500.0` → `1.500`),
    /// others with the decimals they have (`12.5` → `12,5`).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return value.description }
        if value == value.rounded(), value.magnitude < 1e15 {
            return integer(Int(value))
        }
        // `description` gives the shortest decimals that read back as the same Double (`0.1`, not
        // `0.1000000000000000055`); very small values it writes as `1e-07`, so those get fixed digits.
        var plain = value.magnitude.description
        if plain.contains("e") {
            plain = String(format: "%.15f", value.magnitude)
            while plain.hasSuffix("0") { plain.removeLast() }
            if plain.hasSuffix(".") { plain.removeLast() }
        }
        let parts = plain.split(separator: ".", omittingEmptySubsequences: false)
        var text = grouped(String(parts[0]))
        if parts.count > 1 { text += "," + parts[1] }
        return value < 0 ? "-" + text : text
    }

    /// `830 B`, `12,4 KB`, `1,2 MB`: the size of an attachment next to its link, counted in
    /// 1024s as file managers do, with one decimal.
    static func fileSize(_ bytes: Int) -> String {
        let kilobyte = 1024.0
        let size = Double(max(0, bytes))
        if size < kilobyte { return integer(max(0, bytes)) + " B" }
        let kilobytes = size / kilobyte
        // 1 048 570 bytes would round to "1.024,0 KB"; that is 1,0 MB.
        if (kilobytes * 10).rounded() < kilobyte * 10 {
            return decimal(kilobytes, fractionDigits: 1) + " KB"
        }
        return decimal(size / (kilobyte * kilobyte), fractionDigits: 1) + " MB"
    }

    /// Inserts `.` every three digits from the right: `28500` → `28.500`.
    private static func grouped(_ digits: String) -> String {
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(".") }
            result.append(digit)
        }
        return result
    }
}
