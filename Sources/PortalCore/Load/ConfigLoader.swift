import Foundation

/// Reads `portal.yaml`, the site's settings.
enum ConfigLoader {
    /// The site's `title` alone, for commands that name things after it; nil when it does not read
    /// (the build reports why).
    static func title(in root: URL) -> String? {
        let url = root.appendingPathComponent("portal.yaml")
        guard let source = SourceText.read(url, as: "portal.yaml", log: DiagnosticLog()) else { return nil }
        return load(source, log: DiagnosticLog())?.title
    }

    static func load(_ source: SourceText, log: DiagnosticLog) -> SiteConfig? {
        guard let document = YAMLDocument.parse(source.text, file: source.path, firstLine: 1, log: log) else {
            if !log.hasErrors(in: source.path) {
                log.error("portal.yaml không có trường nào: cần ít nhất `title` và `base_url`.", at: SourceLocation(file: source.path))
            }
            return nil
        }
        guard let f = FieldReader(document, log: log, expected: "cấu hình trang", scansPersonalData: false) else { return nil }
        defer { f.finish() }

        let title = f.string("title", required: true, hint: "Ví dụ `title: Ủy ban nhân dân phường Nguyễn Trãi`.")
        let baseURL = self.baseURL(f)
        var contact = SiteConfig.Contact()
        if let c = f.record("contact", expected: "thông tin liên hệ `{address, phone, email}`") {
            contact = SiteConfig.Contact(address: c.string("address"), phone: c.string("phone"), email: c.string("email"))
            c.finish()
        }
        var unsafeHTML = false
        if let m = f.record("markdown", expected: "cấu hình Markdown `{unsafe_html}`") {
            unsafeHTML = m.bool("unsafe_html") ?? false
            m.finish()
        }
        var showBirthYear = true
        if let p = f.record("privacy", expected: "cấu hình riêng tư `{show_birth_year}`") {
            showBirthYear = p.bool("show_birth_year") ?? true
            p.finish()
        }
        let config = SiteConfig(
            title: title ?? "", shortTitle: f.string("short_title") ?? title ?? "", parent: f.string("parent"),
            baseURL: baseURL ?? "", contact: contact, unsafeHTML: unsafeHTML, showBirthYear: showBirthYear,
            storiesPerPage: f.int("stories_per_page", in: 1...1000) ?? 10,
            awardForms: f.strings("award_forms"))
        guard title != nil, baseURL != nil else { return nil }
        return config
    }

    /// An absolute http(s) URL, kept with a trailing `/` so paths can be appended.
    private static func baseURL(_ f: FieldReader) -> String? {
        guard let node = f.value("base_url") else {
            f.log.error("Thiếu trường bắt buộc `base_url`: địa chỉ trang khi đăng lên mạng, ví dụ `https://phuong.example.gov.vn/`.", at: f.location)
            return nil
        }
        guard let url = f.text(node, key: "base_url", required: true) else { return nil }
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), !url.contains(" "), !url.contains("\"") else {
            f.log.error("`base_url` phải là địa chỉ đầy đủ bắt đầu bằng https://, không phải `\(url)`.", at: f.location(of: node))
            return nil
        }
        return url.hasSuffix("/") ? url : url + "/"
    }
}
