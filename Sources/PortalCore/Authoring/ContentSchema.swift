/// JSON Schema (draft 2020-12) of each kind's front matter and of `portal.yaml`, made from
/// `FieldCatalog` so editors (the YAML language server, VS Code…) check and complete fields as
/// the loaders read them. Written to `schema/` by `portal schema`.
public enum ContentSchema {
    /// File name under `schema/` → its contents.
    public static func files() -> [(name: String, contents: String)] {
        let documents = ContentKind.allCases.map { kind in
            (fileName(of: kind), document(title: "\(kind.displayName.capitalizedFirst) — content/\(kind.folder)/*.\(kind.fileExtension)",
                                          fields: kind.fields, oneOf: kind.requiredOneOf))
        } + [("portal.json", document(title: "Cấu hình trang — portal.yaml", fields: FieldCatalog.config, oneOf: []))]
        return documents.map { (name: $0.0, contents: $0.1.rendered() + "\n") }
    }

    public static func fileName(of kind: ContentKind) -> String { "\(kind.rawValue).json" }

    private static func document(title: String, fields: [Field], oneOf: [String]) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("title", .string(title)),
        ]
        members += object(fields)
        if !oneOf.isEmpty {
            members.append(("anyOf", .array(oneOf.map { .object([("required", .array([.string($0)]))]) })))
        }
        return .object(members)
    }

    /// Unknown fields are marked, as the loader warns about them: they are usually typos.
    private static func object(_ fields: [Field]) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = [
            ("type", .string("object")),
            ("properties", .object(fields.map { ($0.name, property($0)) })),
        ]
        let required = fields.filter(\.required).map { JSONValue.string($0.name) }
        if !required.isEmpty { members.append(("required", .array(required))) }
        members.append(("additionalProperties", .bool(false)))
        return members
    }

    private static func property(_ field: Field) -> JSONValue {
        .object([("description", .string(field.help))] + shape(field.shape, required: field.required))
    }

    private static func shape(_ shape: Field.Shape, required: Bool) -> [(String, JSONValue)] {
        switch shape {
        case .text:
            // An empty required text is an error to the loader; an empty optional one counts as absent.
            return [("type", .array([.string("string"), .string("number")]))] + (required ? [("minLength", .number(1))] : [])
        case .date:
            return [("type", .string("string")), ("format", .string("date")), ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
        case .integer(let range):
            return [("type", .string("integer")), ("minimum", .number(range.lowerBound)), ("maximum", .number(range.upperBound))]
        case .number:
            return [("type", .string("number"))]
        case .boolean:
            return [("type", .string("boolean"))]
        case .choice(let words):
            return [("enum", .array(words.map(JSONValue.string)))]
        case .texts:
            let text = JSONValue.object(self.shape(.text, required: false))
            return [("anyOf", .array([.object([("type", .string("array")), ("items", text)]), text]))]
        case .media:
            // Relative, inside content/media/: no leading `/`, no `\` or `:`, no `..` or empty segment.
            return [("type", .string("string")), ("pattern", .string(#"^(?!(.*/)?\.\.(/|$))[^/\\:]+(/[^/\\:]+)*$"#))]
        case .record(let fields):
            return object(fields)
        case .records(let fields):
            return [("type", .string("array")), ("items", .object(object(fields)))]
        case .anything:
            return [("type", .string("object"))]
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
