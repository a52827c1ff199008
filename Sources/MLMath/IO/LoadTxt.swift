/// The numbers of a text file as a matrix, one row per line (NumPy's `np.loadtxt(fname,
/// delimiter=None, comments='#', skiprows=0, usecols=None, max_rows=None)`).
///
/// ```swift
/// // scores.csv:
/// // # exam,homework
/// // 71.5,80
/// // 64,92.25
/// let x = try loadtxt("scores.csv", delimiter: ",")   // np.loadtxt("scores.csv", delimiter=",")
/// print(x)   // [[71.5  80.  ]
///            //  [64.   92.25]]
/// ```
///
/// As in NumPy: lines end at `\n`, `\r\n` or `\r`; the first `skiprows` lines are skipped
/// whatever they hold; a comment runs from `comments` to the end of its line; blank lines are
/// ignored; blanks around a value are ignored; `nan`, `inf` and `-inf` (any case) are read.
/// Fields are split by SwiftCSV, so a field may be quoted (`"1,5"`) as in RFC 4180.
///
/// - Parameters:
///   - path: the file, read as UTF-8.
///   - delimiter: the character between values; nil (NumPy's default) splits at every run
///     of spaces and tabs.
///   - comments: the comment marker, nil for none.
///   - skiprows: lines to skip at the start (a header line, say).
///   - usecols: the columns to read, counting from 0, in the order wanted; they may repeat.
///     MLMath does not count from the end, so `-1` is an error.
///   - maxRows: read at most this many rows of data (blank and comment lines do not count).
/// - Returns: a `rows × columns` matrix, also for a single row or column (NumPy's `ndmin=2`;
///   NumPy would return a 1-D array there). An empty file gives a 0 × 0 matrix (0 × `usecols.count`).
/// - Throws: ``CSVError`` `path:line: message` for a missing file, a row whose number of
///   columns differs from the first row's (without `usecols`), a `usecols` index past the
///   end of a row, an empty or non-numeric value (naming its text, row and column), or a
///   badly quoted field.
public func loadtxt(
  _ path: String, delimiter: Character? = nil, comments: String? = "#", skiprows: Int = 0, usecols: [Int]? = nil,
  maxRows: Int? = nil
) throws -> Matrix {
  let format = DelimitedTextFormat(delimiter: delimiter, comments: comments, skipLines: skiprows)
  try checkFormat(format, source: path, function: "loadtxt")
  return try numericMatrix(
    try readTextFile(path), source: path, format: format, usecols: usecols, maxRows: maxRows, missing: nil,
    function: "loadtxt")
}

/// The numbers of `lines`, one row per line (NumPy's `np.loadtxt` given a list of strings).
///
/// ```swift
/// let x = try loadtxt(["1,2", "3,4"], delimiter: ",")   // np.loadtxt(["1,2", "3,4"], delimiter=",")
/// ```
///
/// Errors name the source `<lines>` and the position in `lines`, counting from 1.
public func loadtxt(
  _ lines: [String], delimiter: Character? = nil, comments: String? = "#", skiprows: Int = 0,
  usecols: [Int]? = nil, maxRows: Int? = nil
) throws -> Matrix {
  let format = DelimitedTextFormat(delimiter: delimiter, comments: comments, skipLines: skiprows)
  try checkFormat(format, source: linesSourceName, function: "loadtxt")
  return try numericMatrix(
    lines.joined(separator: "\n"), source: linesSourceName, format: format, usecols: usecols, maxRows: maxRows,
    missing: nil, function: "loadtxt")
}

/// How `genfromtxt` treats missing values: the texts that count as missing, and the value
/// put in their place.
struct MissingValues {
  var texts: Set<String>
  var filling: Double
}

/// The shared body of `loadtxt` and `genfromtxt`: records → selected columns → floats.
///
/// With `missing` nil (loadtxt) every value must be a number; otherwise an empty value or one
/// of `missing.texts` becomes `missing.filling`.
func numericMatrix(
  _ text: String, source: String, format: DelimitedTextFormat, usecols: [Int]?, maxRows: Int?,
  skipFooter: Int = 0, missing: MissingValues?, function: String
) throws -> Matrix {
  if let usecols, let bad = usecols.first(where: { $0 < 0 }) {
    throw CSVError(
      path: source, line: nil,
      message:
        "\(function): usecols holds \(bad), but MLMath does not count from the end (write the column's index from 0)")
  }
  if let maxRows, maxRows < 0 {
    throw CSVError(path: source, line: nil, message: "\(function): maxRows must be ≥ 0 (got \(maxRows))")
  }
  if skipFooter < 0 {
    throw CSVError(path: source, line: nil, message: "\(function): skipFooter must be ≥ 0 (got \(skipFooter))")
  }
  var records = try delimitedRecords(text, source: source, format: format)
  if let maxRows, records.count > maxRows { records.removeLast(records.count - maxRows) }
  records.removeLast(Swift.min(skipFooter, records.count))
  var width: Int? = usecols?.count
  var firstCount: Int?
  var elements: [Double] = []
  for (row, record) in records.enumerated() {
    let fields = record.fields
    let selected: [Int]
    if let usecols {
      if let bad = usecols.first(where: { $0 >= fields.count }) {
        throw CSVError(
          path: source, line: record.line,
          message: "invalid column index \(bad) at row \(row) with \(fields.count) columns")
      }
      selected = usecols
    } else {
      if let firstCount, fields.count != firstCount {
        throw CSVError(
          path: source, line: record.line,
          message:
            "the number of columns changed from \(firstCount) to \(fields.count) at row \(row); use `usecols` to select a subset and avoid this error"
        )
      }
      firstCount = fields.count
      width = fields.count
      selected = Array(fields.indices)
    }
    for column in selected {
      let field = fields[column]
      if let missing, field.isEmpty || missing.texts.contains(field) {
        elements.append(missing.filling)
      } else if let value = parseNumPyFloat(field[...]) {
        elements.append(value)
      } else {
        throw CSVError(
          path: source, line: record.line,
          message:
            "could not convert string \(pythonQuoted(field)) to float64 at row \(row), column \(column) (counting from 0)"
        )
      }
    }
  }
  return Matrix(rows: records.count, columns: width ?? 0, elements: elements)
}

/// `'text'` as Python's `repr` quotes a string (double quotes when it holds a single quote).
func pythonQuoted(_ text: String) -> String {
  if text.contains("'") && !text.contains("\"") { return "\"\(text)\"" }
  return "'" + text.replacingOccurrences(of: "'", with: "\\'") + "'"
}
