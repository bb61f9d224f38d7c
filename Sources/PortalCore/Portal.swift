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
        let (_, site, diagnostics) = loadAndResolve(request)
        guard let site, !diagnostics.hasErrors else { return CheckOutcome(diagnostics: diagnostics, site: site) }
        let report = SiteRenderer.render(site, templatesAt: source, options: request.renderOptions, into: DiscardingSink())
        return CheckOutcome(diagnostics: diagnostics + report.diagnostics, site: site)
    }

    /// Load → Resolve: the checked site, or the reasons there is none.
    static func loadAndResolve(_ request: BuildRequest) -> (loaded: LoadedContent, site: Site?, diagnostics: [Diagnostic]) {
        request.progress?(.loading)
        var loaded = ContentLoader.load(from: request.source)
        if let baseURL = request.baseURL {
            loaded.config?.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        }
        let (site, diagnostics) = Resolver.resolve(loaded, options: .init(includeDrafts: request.includeDrafts))
        return (loaded, site, diagnostics)
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
        /// Threads that render pages (default: every core); the output is the same for any number.
        public var workers: Int
        /// Told as the build moves on, from the build's threads; the CLI draws a progress line.
        public var progress: (@Sendable (BuildProgress) -> Void)?

        public init(source: URL, output: URL, includeDrafts: Bool = false, baseURL: String? = nil, today: Day = .today(),
                    workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                    progress: (@Sendable (BuildProgress) -> Void)? = nil) {
            self.source = source
            self.output = output
            self.includeDrafts = includeDrafts
            self.baseURL = baseURL
            self.today = today
            self.workers = workers
            self.progress = progress
        }

        var renderOptions: RenderOptions {
            RenderOptions(today: today, includeDrafts: includeDrafts, workers: workers, progress: progress)
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
        buildKeeping(request).outcome
    }

    /// `build`, also handing back what `portal serve` needs to redo only what an edit changes.
    static func buildKeeping(_ request: BuildRequest) -> (outcome: BuildOutcome, kept: PreviewState?) {
        let started = Date()
        func outcome(_ diagnostics: [Diagnostic], pages: Int = 0) -> BuildOutcome {
            BuildOutcome(diagnostics: diagnostics.sorted(), pageCount: pages, seconds: Date().timeIntervalSince(started))
        }
        func machineFailure(_ message: String) -> Diagnostic {
            Diagnostic(file: request.output.path, line: 1, column: 1, severity: .error, message: message)
        }
        let (loaded, site, diagnostics) = loadAndResolve(request)
        guard let site, !diagnostics.hasErrors else { return (outcome(diagnostics), nil) }
        let staging: StagingFolder
        do {
            staging = try StagingFolder(output: request.output)
        } catch {
            return (outcome(diagnostics + [machineFailure("\(error)")]), nil)
        }
        let rendered = SiteRenderer.renderKeeping(site, templatesAt: request.source, options: request.renderOptions, into: staging)
        let report = rendered.report
        var all = diagnostics + report.diagnostics
        if let failure = report.failure { all.append(machineFailure(failure)) }
        guard !all.hasErrors else {
            staging.discard()
            return (outcome(all), nil)
        }
        do {
            try staging.copyMedia(site.mediaFiles.keys.sorted(), from: request.source.appendingPathComponent("content/media"))
            try staging.publish()
        } catch {
            staging.discard()
            return (outcome(all + [machineFailure("\(error)")]), nil)
        }
        let pages = report.paths.filter { $0.hasSuffix(".html") }.count
        guard let templates = rendered.templates, let index = rendered.index else { return (outcome(all, pages: pages), nil) }
        let kept = PreviewState(request: request, loaded: loaded, diagnostics: diagnostics, site: site, index: index,
                                templates: templates, paths: Set(report.paths), renderDiagnostics: report.diagnostics)
        return (outcome(all, pages: pages), kept)
    }
}
