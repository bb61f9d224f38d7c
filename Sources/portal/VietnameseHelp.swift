import Foundation

/// The fixed English of swift-argument-parser's help and errors, in Vietnamese: press officers
/// read `--help` too. Our own help text is Vietnamese already; only the parser's words change.
enum VietnameseHelp {
    private static let replacements: [(pattern: String, template: String)] = [
        (#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, "Không có tùy chọn `$1`. Có phải ý bạn là `$2`?"),
        (#"Unknown option '([^']*)'"#, "Không có tùy chọn `$1`"),
        (#"Missing expected argument '([^']*)'"#, "Thiếu tham số $1"),
        (#"Unexpected arguments? '([^']*)'"#, "Thừa tham số `$1`"),
        (#"Missing value for '([^']*)'"#, "Thiếu giá trị cho `$1`"),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "Giá trị `$1` không hợp lệ cho $2"),
        (#"Please provide one of '([^']*)', '([^']*)', '([^']*)' or '([^']*)'\."#, "Hãy chọn một trong: $1, $2, $3, $4."),
        (#"See '([^']*) <subcommand>' for detailed help\."#, "Xem hướng dẫn của từng lệnh: $1 <lệnh>"),
        (#"See '([^']*)' for more information\."#, "Xem thêm: $1"),
        (#"\(default:"#, "(mặc định:"),
        (#"\(values:"#, "(giá trị:"),
        (#"; default:"#, "; mặc định:"),
        (#"(?m)^Help: "#, "Hướng dẫn: "),
        (#"Show help information\."#, "Hiện hướng dẫn này."),
        (#"(?m)^OVERVIEW: "#, ""),
        (#"(?m)^USAGE: "#, "CÁCH DÙNG: "),
        (#"(?m)^Usage: "#, "Cách dùng: "),
        (#"(?m)^ARGUMENTS:"#, "THAM SỐ:"),
        (#"(?m)^OPTIONS:"#, "TÙY CHỌN:"),
        (#"(?m)^SUBCOMMANDS:"#, "CÁC LỆNH:"),
        (#"(?m)^Error: "#, "Lỗi: "),
        (#"<subcommand>"#, "<lệnh>"),
    ]

    static func translate(_ message: String) -> String {
        replacements.reduce(message) { text, rule in
            guard let regex = try? NSRegularExpression(pattern: rule.pattern) else { return text }
            return regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: rule.template)
        }
    }
}
