/// A place in a content file: the file relative to the site root, 1-based line and column.
public struct SourceLocation: Sendable, Hashable {
    public let file: String
    public let line: Int
    public let column: Int

    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }
}
