import Foundation

/// Runs `handler` on Ctrl-C (or `kill`) instead of dying, so a long-running command can close its
/// connections and remove its temporary folder first.
final class SignalTrap: @unchecked Sendable {
    private let sources: [DispatchSourceSignal]

    init(_ signals: [Int32], handler: @escaping @Sendable () -> Void) {
        sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: DispatchQueue.global())
            source.setEventHandler(handler: handler)
            source.resume()
            return source
        }
    }

    func release() {
        for source in sources { source.cancel() }
    }
}
