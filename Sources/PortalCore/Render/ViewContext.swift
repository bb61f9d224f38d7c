/// A template context: a plain dictionary, which swift-mustache reads without reflection.
typealias ViewContext = [String: Any]

extension Dictionary where Key == String, Value == Any {
    /// Sets an optional value; an absent one becomes `false`, so `{{#key}}` stays closed and
    /// Mustache does not look the key up in an enclosing context (a card without a number
    /// would otherwise show the number of the page it sits on).
    subscript(key: String) -> String? {
        get { self[key] as Any? as? String }
        set { self[key] = newValue.map { $0 as Any } ?? false }
    }

    func merging(_ other: ViewContext) -> ViewContext {
        merging(other) { _, new in new }
    }
}
