import Foundation

/// The pipeline as the command line uses it: each entry point wires the stages together.
public enum Portal {
    public struct CheckOutcome: Sendable {
        public let diagnostics: [Diagnostic]
        public let site: Site?
        public var failed: Bool { diagnostics.hasErrors || site == nil }

        /// `Đã kiểm tra 4 kế hoạch, 3 quyết định (62 khen thưởng), …: 0 lỗi, 0 cảnh báo.`
        public var summary: String {
            let counts = site.map {
                "\($0.plans.count) kế hoạch, \($0.decisions.count) quyết định (\($0.awardCount) khen thưởng), "
                    + "\($0.exemplars.count) gương điển hình, \($0.stories.count) tin bài"
            } ?? "nội dung"
            return "Đã kiểm tra \(counts): \(diagnostics.errorCount) lỗi, \(diagnostics.warningCount) cảnh báo."
        }
    }

    /// Everything `build` checks — loading, references, rendering (broken links in Markdown,
    /// templates) — drafts included, writing nothing.
    public static func check(source: URL, today: Day = .today()) -> CheckOutcome {
        let request = BuildRequest(source: source, output: source, includeDrafts: true, today: today)
        let prepared = prepare(request)
        return CheckOutcome(diagnostics: prepared.diagnostics, site: prepared.site)
    }

    /// Load → Resolve → Render: the pages, or the reasons there are none.
    static func prepare(_ request: BuildRequest) -> (site: Site?, pages: [Page], diagnostics: [Diagnostic]) {
        request.progress?(.loading)
        var loaded = ContentLoader.load(from: request.source)
        if let baseURL = request.baseURL {
            loaded.config?.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        }
        let (resolved, diagnostics) = Resolver.resolve(loaded, options: .init(includeDrafts: request.includeDrafts))
        guard let site = resolved, !diagnostics.hasErrors else { return (resolved, [], diagnostics) }
        request.progress?(.rendering)
        let rendered = SiteRenderer.render(site, templatesAt: request.source,
                                           options: RenderOptions(today: request.today, includeDrafts: request.includeDrafts))
        return (site, rendered.pages, diagnostics + rendered.diagnostics)
    }
}

extension Portal {
    public struct BuildRequest: Sendable {
        public var source: URL
        public var output: URL
        public var includeDrafts = false
        /// Overrides `base_url` of portal.yaml (a preview host, say).
        public var baseURL: String?
        public var today: Day
        /// Told as the build moves on, from the build's own thread; the CLI draws a progress line.
        public var progress: (@Sendable (BuildProgress) -> Void)?

        public init(source: URL, output: URL, includeDrafts: Bool = false, baseURL: String? = nil, today: Day = .today(),
                    progress: (@Sendable (BuildProgress) -> Void)? = nil) {
            self.source = source
            self.output = output
            self.includeDrafts = includeDrafts
            self.baseURL = baseURL
            self.today = today
            self.progress = progress
        }
    }

    public struct BuildOutcome: Sendable {
        public let diagnostics: [Diagnostic]
        public let pageCount: Int
        public let seconds: Double
        public var failed: Bool { diagnostics.hasErrors }

        /// `Đã tạo 187 trang trong 0,42 giây.` or why nothing was published.
        public var summary: String {
            if failed {
                return "Không tạo trang: \(diagnostics.errorCount) lỗi, \(diagnostics.warningCount) cảnh báo. Trang đã đăng trước đó được giữ nguyên."
            }
            let warnings = diagnostics.warningCount > 0 ? " (\(diagnostics.warningCount) cảnh báo)" : ""
            return "Đã tạo \(VietnameseNumber.integer(pageCount)) trang trong \(VietnameseNumber.decimal(seconds, fractionDigits: 2)) giây\(warnings)."
        }
    }

    /// Load → Resolve → Render → Publish. Publishes only when no stage found an error.
    public static func build(_ request: BuildRequest) -> BuildOutcome {
        let started = Date()
        func outcome(_ diagnostics: [Diagnostic], pages: Int = 0) -> BuildOutcome {
            BuildOutcome(diagnostics: diagnostics, pageCount: pages, seconds: Date().timeIntervalSince(started))
        }
        let prepared = prepare(request)
        let all = prepared.diagnostics
        guard let site = prepared.site, !all.hasErrors else { return outcome(all) }
        do {
            try AtomicPublisher(output: request.output).publish(
                prepared.pages, media: site.mediaFiles.sorted(), from: request.source.appendingPathComponent("content/media"),
                progress: request.progress.map { report in { report(.writing(done: $0, of: $1)) } })
        } catch {
            return outcome(all + [Diagnostic(file: request.output.path, line: 1, column: 1, severity: .error, message: "\(error)")])
        }
        return outcome(all, pages: prepared.pages.filter { $0.path.hasSuffix(".html") }.count)
    }
}
