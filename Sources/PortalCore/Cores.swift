import Foundation

/// How many cores the work on this thread may spread over. Work that must leave the other cores
/// to someone else runs inside `Cores.one`: `concurrentMap` and `inParallel` then keep to the
/// calling thread (the preview's search index, rebuilt while the next save should stay quick).
enum Cores {
    private static let key = "portal.one-core"

    static var available: Int {
        Thread.current.threadDictionary[key] == nil ? ProcessInfo.processInfo.activeProcessorCount : 1
    }

    static func one<T>(_ work: () -> T) -> T {
        Thread.current.threadDictionary[key] = true
        defer { Thread.current.threadDictionary.removeObject(forKey: key) }
        return work()
    }
}
