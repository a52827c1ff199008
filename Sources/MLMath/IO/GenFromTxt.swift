/// The numbers of a text file with missing values as NaN (NumPy's `np.genfromtxt(fname,
/// delimiter=None, comments='#', skip_header=0, skip_footer=0, usecols=None,
/// missing_values=None, filling_values=nan, max_rows=None)` for floats).
///
/// ```swift
/// // readings.csv:
/// // 1.5,2
/// // 3,
/// // NA,4
/// let x = try genfromtxt("readings.csv", delimiter: ",", missingValues: ["NA"])
/// print(x)   // [[1.5 2. ]
///            //  [3.  nan]
///            //  [nan 4. ]]
/// ```
///
/// Lines, comments, blanks and quoting are read as by `loadtxt`.
/// An empty value, or one in `missingValues`, becomes `fillingValue`.
///
/// - Parameters:
///   - skipHeader: lines to skip at the start of the file, whatever they hold.
///   - skipFooter: rows of data to drop at the end. NumPy does not allow it with `maxRows`.
///   - missingValues: texts that mark a missing value, besides the empty one (`"NA"`, `"?"`).
///   - fillingValue: what a missing value becomes (NumPy's `filling_values`, NaN by default).
/// - Returns: a `rows × columns` matrix, also for a single row or column.
/// - Throws: ``CSVError`` `path:line: message` for a missing file, a row whose number of
///   columns differs from the first row's, a `usecols` index past the end of a row, and a
///   value that is neither a number nor missing. NumPy silently reads such a value as NaN
///   too; MLMath names it instead, so that a typo does not pass as a missing value.
public func genfromtxt(
  _ path: String, delimiter: Character? = nil, comments: String? = "#", skipHeader: Int = 0, skipFooter: Int = 0,
  usecols: [Int]? = nil, missingValues: [String] = [], fillingValue: Double = .nan, maxRows: Int? = nil
) throws -> Matrix {
  let format = DelimitedTextFormat(delimiter: delimiter, comments: comments, skipLines: skipHeader)
  try checkGenfromtxt(format, source: path, skipFooter: skipFooter, maxRows: maxRows)
  return try numericMatrix(
    try readTextFile(path), source: path, format: format, usecols: usecols, maxRows: maxRows,
    skipFooter: skipFooter, missing: MissingValues(texts: Set(missingValues), filling: fillingValue),
    function: "genfromtxt")
}

/// The numbers of `lines` with missing values as NaN (NumPy's `np.genfromtxt` given a list of
/// strings). Errors name the source `<lines>` and the position in `lines`, counting from 1.
public func genfromtxt(
  _ lines: [String], delimiter: Character? = nil, comments: String? = "#", skipHeader: Int = 0,
  skipFooter: Int = 0, usecols: [Int]? = nil, missingValues: [String] = [], fillingValue: Double = .nan,
  maxRows: Int? = nil
) throws -> Matrix {
  let format = DelimitedTextFormat(delimiter: delimiter, comments: comments, skipLines: skipHeader)
  try checkGenfromtxt(format, source: linesSourceName, skipFooter: skipFooter, maxRows: maxRows)
  return try numericMatrix(
    lines.joined(separator: "\n"), source: linesSourceName, format: format, usecols: usecols, maxRows: maxRows,
    skipFooter: skipFooter, missing: MissingValues(texts: Set(missingValues), filling: fillingValue),
    function: "genfromtxt")
}

private func checkGenfromtxt(_ format: DelimitedTextFormat, source: String, skipFooter: Int, maxRows: Int?) throws {
  try checkFormat(format, source: source, function: "genfromtxt")
  if skipFooter > 0 && maxRows != nil {
    throw CSVError(
      path: source, line: nil,
      message: "The keywords 'skip_footer' and 'max_rows' can not be specified at the same time.")
  }
}
