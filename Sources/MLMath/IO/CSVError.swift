/// An error reading or writing a text data file, reported like a compiler message:
/// `path:line: message`.
///
/// `loadtxt`, `genfromtxt`, `readCSV`, the columns of a ``CSVTable`` and `savetxt` throw it.
/// Where NumPy raises `ValueError: could not convert string 'x' to float64 at row 1, column 2`,
/// MLMath throws
///
/// ```text
/// scores.csv:3: could not convert string 'x' to float64 (row 1, column 1 "exam", counting from 0)
/// ```
///
/// naming the file, its line (counting from 1, as editors do), the data row and column the
/// value would have had in the result (counting from 0, as MLMath indexes), and the text.
public struct CSVError: Error, CustomStringConvertible, Sendable, Equatable {
  /// The file's path, or `<lines>` for text passed as an array of lines.
  public let path: String
  /// The line of the file the problem is on, counting from 1; nil when it concerns the
  /// whole file or call (a missing file, a bad format string).
  public let line: Int?
  /// What went wrong, in NumPy's words where NumPy has them.
  public let message: String

  /// An error at `line` of `path` (nil for the whole file).
  public init(path: String, line: Int?, message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  /// `path:line: message`, or `path: message` without a line.
  public var description: String {
    if let line { return "\(path):\(line): \(message)" }
    return "\(path): \(message)"
  }
}

/// The source name of text given as lines rather than a file.
let linesSourceName = "<lines>"
