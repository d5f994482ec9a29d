/// A place in a source file, as editors and compilers print it: `path:line:column`.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file's path as the user gave it (relative to the working folder when possible).
    public var file: String
    /// One-based line; 0 when the problem concerns the whole file.
    public var line: Int
    /// One-based column; 0 when unknown.
    public var column: Int

    /// Creates a location; line and column default to the start of the file.
    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
