import Foundation

/// Runs page jobs on several threads. Every job's output depends only on the site, never on which
/// thread ran it or when, so the files are byte-identical whatever the number of workers; paths and
/// diagnostics are sorted before anyone sees them.
struct ParallelRendering {
    /// The pages one unit of work makes.
    typealias Job = @Sendable (PageBuilder) -> [Page]

    let workers: Int
    /// Told every hundred jobs how many of the jobs are done.
    var progress: (@Sendable (BuildProgress) -> Void)? = nil

    struct Result {
        var paths: [String] = []
        var diagnostics: [Diagnostic] = []
        var failure: Error?
    }

    func run(_ jobs: [Job], makeBuilder: @Sendable (DiagnosticLog) -> PageBuilder, sink: some PageSink) -> Result {
        let next = Counter()
        let results = Collector()
        let workers = max(1, min(self.workers, jobs.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let log = DiagnosticLog()
            let builder = makeBuilder(log)
            var result = Result()
            while result.failure == nil, !results.failed, let index = next.take(below: jobs.count) {
                if index % 100 == 0 { progress?(.writing(done: index, of: jobs.count)) }
                for page in jobs[index](builder) {
                    do {
                        try sink.write(page)
                        result.paths.append(page.path)
                    } catch {
                        result.failure = error
                        results.fail(error)
                        break
                    }
                }
            }
            result.diagnostics = log.entries
            results.add(result)
        }
        var merged = results.merged
        merged.paths.sort()
        merged.diagnostics.sort()
        return merged
    }

    /// Hands out job indices, each once.
    private final class Counter: Sendable {
        private let value = Locked(0)

        func take(below limit: Int) -> Int? {
            value.withLock { value in
                guard value < limit else { return nil }
                value += 1
                return value - 1
            }
        }
    }

    /// Gathers what the workers made.
    private final class Collector: Sendable {
        private let all = Locked(Result())

        func add(_ result: Result) {
            all.withLock {
                $0.paths += result.paths
                $0.diagnostics += result.diagnostics
            }
        }

        /// The first failure stops every worker (a full disk will not get emptier).
        func fail(_ error: Error) {
            all.withLock { if $0.failure == nil { $0.failure = error } }
        }

        var failed: Bool { all.withLock { $0.failure != nil } }
        var merged: Result { all.withLock { $0 } }
    }
}
