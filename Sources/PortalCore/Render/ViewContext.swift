import Mustache

/// A template context: a plain dictionary, which swift-mustache reads without reflection.
typealias ViewContext = [String: Any]

extension Dictionary where Key == String, Value == Any {
    /// Sets a value that may be missing. A missing one is stored as `MustacheAbsentValue` (prints
    /// nothing, closes `{{#key}}`, opens `{{^key}}`; ours, in the vendored library), never left
    /// out: Mustache looks a key it does not find up in the enclosing contexts, so an award
    /// without a title would show its decision's title, and a card without a number the number
    /// of the page it sits on. (A subscript taking `String?` is never chosen over Dictionary's
    /// own, which removes the key: hence a method.)
    mutating func set(_ key: String, _ value: Any?) {
        self[key] = value ?? MustacheAbsentValue()
    }

    func merging(_ other: ViewContext) -> ViewContext {
        merging(other) { _, new in new }
    }
}

