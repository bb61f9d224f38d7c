//
// Added for CampaignPortal (see ../../PATCHES.md).
//

/// PATCH: the values a context of dictionaries holds nearly always — strings, dictionaries, arrays
/// of dictionaries, booleans and absent values — told apart by their type alone. A cast (`as? String`) costs
/// several times a type comparison, and a cast to a protocol (`as? MustacheCustomRepresentation`,
/// `as any MustacheSequence`) over ten times; a page of a thousand rows asks millions of them.
/// None of these types conforms to the library's protocols but as `Dictionary` and `Array`
/// always do (`MustacheParent`, `MustacheSequence`, `MustacheTransformable`), so the renderer
/// can treat them without asking.
enum PlainValue {
    case string(String)
    case dictionary([String: Any])
    case dictionaries([[String: Any]])
    case bool(Bool)
    /// `MustacheAbsentValue`: nothing to print, a closed section, an open inverted one.
    case absent

    /// Nil for a value of any other type (an `Int`, a lambda, an optional, a custom type …).
    @inline(__always)
    init?(_ value: Any) {
        let type = Swift.type(of: value)
        if type == String.self {
            self = .string(Self.unbox(value, as: String.self))
        } else if type == [String: Any].self {
            self = .dictionary(Self.unbox(value, as: [String: Any].self))
        } else if type == [[String: Any]].self {
            self = .dictionaries(Self.unbox(value, as: [[String: Any]].self))
        } else if type == Bool.self {
            self = .bool(Self.unbox(value, as: Bool.self))
        } else if type == MustacheAbsentValue.self {
            self = .absent
        } else {
            return nil
        }
    }

    /// Whether the value is of one of these types (without taking it out).
    @inline(__always)
    static func isPlain(_ value: Any) -> Bool {
        let type = Swift.type(of: value)
        return type == String.self || type == [String: Any].self || type == [[String: Any]].self || type == Bool.self
            || type == MustacheAbsentValue.self
    }

    /// The value of an `Any` whose type is known to be `T`: opened in place of a dynamic cast.
    @inline(__always)
    private static func unbox<T>(_ value: Any, as: T.Type) -> T {
        func open<Opened>(_ opened: Opened) -> T {
            withUnsafePointer(to: opened) { $0.withMemoryRebound(to: T.self, capacity: 1) { $0.pointee } }
        }
        return _openExistential(value, do: open)
    }
}

/// PATCH: a value that is not there, kept in a context so that Mustache does not look its key up
/// in the enclosing contexts. A custom renderable that is null and prints nothing, as one written
/// outside the library would be, but told by its type (`PlainValue.absent`): an optional field of
/// every row of a long table went through three dynamic casts.
public struct MustacheAbsentValue: MustacheCustomRenderable, Sendable {
    public init() {}
    public var renderText: String { "" }
    public var isNull: Bool { true }
}
