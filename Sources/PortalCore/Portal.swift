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

    /// Loads and resolves everything, drafts included, writing nothing.
    public static func check(source: URL) -> CheckOutcome {
        let loaded = ContentLoader.load(from: source)
        let (site, diagnostics) = Resolver.resolve(loaded, options: .init(includeDrafts: true))
        return CheckOutcome(diagnostics: diagnostics, site: site)
    }
}
