import Foundation

/// Writes `x` to the text file at `path`, one row per line (NumPy's `np.savetxt(fname, X,
/// fmt='%.18e', delimiter=' ', newline='\n', header='', footer='', comments='# ')`).
///
/// ```swift
/// let x = Matrix([[1, 2.5], [3, 4]])
/// try savetxt("points.csv", x, fmt: "%.3f", delimiter: ",", header: "x,y")
/// // points.csv:
/// // # x,y
/// // 1.000,2.500
/// // 3.000,4.000
/// ```
///
/// - Parameters:
///   - fmt: a Python `%`-format. With a single `%` it is applied to every value and the
///     values joined by `delimiter`; otherwise it must hold one conversion per column and
///     is the whole row (`"%d: %.2f"`), as in NumPy. NumPy's default `"%.18e"` writes every
///     double so that it reads back exactly. Conversions: `e E f F g G` (the C library's
///     correctly rounded digits), `d i u` (the value truncated toward zero), `s` (Python's
///     `str` of the float), `r`; flags `-+ #0`, width and precision as in Python, which
///     zero-pads after the sign (`'%05d' % -2.0` is `-0002`) and spells `nan` and `inf`.
///   - header, footer: written before and after the rows, each line prefixed by `comments`;
///     nothing is written for an empty one.
///   - newline: what ends each row, and the header and footer.
/// - Throws: ``CSVError`` with NumPy's message for a format that does not fit the columns
///   (`fmt has wrong number of % formats`), does not apply to floats (`%x`), for `%d` of NaN
///   or infinity, and when the file cannot be written.
public func savetxt(
  _ path: String, _ x: Matrix, fmt: String = "%.18e", delimiter: String = " ", newline: String = "\n",
  header: String = "", footer: String = "", comments: String = "# "
) throws {
  let text = try savetxtText(
    x, rowFormat: .single(fmt), delimiter: delimiter, newline: newline, header: header, footer: footer,
    comments: comments, source: path)
  try writeTextFile(text, to: path)
}

/// Writes `x` with one format per column (NumPy's `np.savetxt(fname, X, fmt=['%d', '%.3f'])`):
/// the formats are joined by `delimiter` into the row format.
///
/// - Throws: ``CSVError`` unless there is one format per column (NumPy's `fmt has wrong
///   shape`), and for the same reasons as the single-format `savetxt`.
public func savetxt(
  _ path: String, _ x: Matrix, fmt: [String], delimiter: String = " ", newline: String = "\n",
  header: String = "", footer: String = "", comments: String = "# "
) throws {
  let text = try savetxtText(
    x, rowFormat: .perColumn(fmt), delimiter: delimiter, newline: newline, header: header, footer: footer,
    comments: comments, source: path)
  try writeTextFile(text, to: path)
}

/// Writes the vector `x` as one column, one value per line (NumPy's `np.savetxt(fname, v)`
/// for a 1-D array).
public func savetxt(
  _ path: String, _ x: Vector, fmt: String = "%.18e", delimiter: String = " ", newline: String = "\n",
  header: String = "", footer: String = "", comments: String = "# "
) throws {
  try savetxt(
    path, Matrix(rows: x.count, columns: 1, elements: x.elements), fmt: fmt, delimiter: delimiter,
    newline: newline, header: header, footer: footer, comments: comments)
}

/// The text `savetxt` would write, returned instead of written (NumPy's `np.savetxt` into an
/// `io.StringIO`), to print it or check it in a lesson.
///
/// ```swift
/// print(try savetxt(Matrix([[1, 2], [3, 4]]), fmt: "%d", delimiter: ","), terminator: "")
/// // 1,2
/// // 3,4
/// ```
public func savetxt(
  _ x: Matrix, fmt: String = "%.18e", delimiter: String = " ", newline: String = "\n", header: String = "",
  footer: String = "", comments: String = "# "
) throws -> String {
  try savetxtText(
    x, rowFormat: .single(fmt), delimiter: delimiter, newline: newline, header: header, footer: footer,
    comments: comments, source: linesSourceName)
}

/// The text `savetxt` with one format per column would write.
public func savetxt(
  _ x: Matrix, fmt: [String], delimiter: String = " ", newline: String = "\n", header: String = "",
  footer: String = "", comments: String = "# "
) throws -> String {
  try savetxtText(
    x, rowFormat: .perColumn(fmt), delimiter: delimiter, newline: newline, header: header, footer: footer,
    comments: comments, source: linesSourceName)
}

/// The text `savetxt` would write for the vector `x`, one value per line.
public func savetxt(
  _ x: Vector, fmt: String = "%.18e", delimiter: String = " ", newline: String = "\n", header: String = "",
  footer: String = "", comments: String = "# "
) throws -> String {
  try savetxt(
    Matrix(rows: x.count, columns: 1, elements: x.elements), fmt: fmt, delimiter: delimiter, newline: newline,
    header: header, footer: footer, comments: comments)
}

/// The two ways `fmt` is given.
enum SavetxtFormat {
  case single(String)
  case perColumn([String])
}

/// NumPy's `savetxt` body: the row format, the header, the rows, the footer.
func savetxtText(
  _ x: Matrix, rowFormat: SavetxtFormat, delimiter: String, newline: String, header: String, footer: String,
  comments: String, source: String
) throws -> String {
  let columns = x.columns
  let format: String
  switch rowFormat {
  case .perColumn(let formats):
    guard formats.count == columns else {
      throw CSVError(
        path: source, line: nil,
        message: "fmt has wrong shape.  \(pythonList(formats)) (\(formats.count) formats for \(columns) columns)")
    }
    format = formats.joined(separator: delimiter)
  case .single(let fmt):
    // NumPy counts `%` characters, so `%%` counts twice.
    let percents = fmt.unicodeScalars.reduce(0) { $0 + ($1 == "%" ? 1 : 0) }
    if percents == 1 {
      format = Array(repeating: fmt, count: columns).joined(separator: delimiter)
    } else if percents != columns {
      throw CSVError(path: source, line: nil, message: "fmt has wrong number of % formats:  \(fmt)")
    } else {
      format = fmt
    }
  }
  let parsed: PercentFormat
  do {
    parsed = try PercentFormat(format)
  } catch {
    throw savetxtError(error, format: format, source: source)
  }
  var text = ""
  if !header.isEmpty {
    text += comments + header.replacingOccurrences(of: "\n", with: "\n" + comments) + newline
  }
  for i in 0..<x.rows {
    let row = Array(x.elements[(i * columns)..<((i + 1) * columns)])
    do {
      text += try parsed.format(row) + newline
    } catch {
      throw savetxtError(error, format: format, source: source)
    }
  }
  if !footer.isEmpty {
    text += comments + footer.replacingOccurrences(of: "\n", with: "\n" + comments) + newline
  }
  return text
}

/// NumPy re-raises a `TypeError` of `format % row` as a dtype mismatch; other errors pass.
private func savetxtError(_ error: PercentFormat.Failure, format: String, source: String) -> CSVError {
  let message =
    error.kind == "TypeError"
    ? "Mismatch between array dtype ('float64') and format specifier ('\(format)')" : error.message
  return CSVError(path: source, line: nil, message: message)
}

/// `['%d', '%.2f']`, as Python prints a list of strings.
private func pythonList(_ items: [String]) -> String {
  "[" + items.map { "'\($0)'" }.joined(separator: ", ") + "]"
}

/// Writes `text` to `path` as UTF-8, replacing the file.
func writeTextFile(_ text: String, to path: String) throws {
  guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
    var isDirectory: ObjCBool = false
    let reason =
      FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
      ? "is a directory" : "cannot be written (does its folder exist?)"
    throw CSVError(path: path, line: nil, message: reason)
  }
}
