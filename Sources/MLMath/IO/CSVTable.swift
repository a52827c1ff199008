/// A table read from a CSV file: named columns of text cells, each column readable as
/// numbers or as labels (pandas' `pd.read_csv` → `DataFrame`, for the course's needs).
///
/// ```swift
/// // iris.csv:
/// // sepal_length,sepal_width,species
/// // 5.1,3.5,setosa
/// // 7.0,3.2,versicolor
/// let table = try readCSV("iris.csv")
/// print(table.columnNames)                    // ["sepal_length", "sepal_width", "species"]
/// let x = try table.matrix(["sepal_length", "sepal_width"])   // df[[...]].to_numpy()
/// let length = try table.column("sepal_length")              // df["sepal_length"].to_numpy()
/// let (y, classes) = try table.labelCodes("species")         // LabelEncoder().fit_transform
/// ```
///
/// Cells are kept as text, so a column of labels and a column of numbers live side by side;
/// `column` and `matrix` convert when asked, and name the cell that is not a number.
/// Missing cells (empty, or one of the table's `missingValues`) read as NaN, as in
/// `np.genfromtxt` and pandas.
public struct CSVTable: Sendable, CustomStringConvertible {
  /// The file the table was read from, or `<lines>`; errors name it.
  public let source: String
  /// The column names: the header row, or `"0"`, `"1"`, … for a file without one.
  public let columnNames: [String]
  /// The cells, row by row, without the blanks around them.
  public let rows: [[String]]
  /// The line of the file each row starts on, counting from 1.
  public let lines: [Int]
  /// The texts that mark a missing number (besides the empty cell).
  public let missingValues: Set<String>

  /// A table from its parts; every row must have one cell per column name.
  ///
  /// - Throws: ``CSVError`` naming the first row of another length.
  public init(
    columnNames: [String], rows: [[String]], missingValues: Set<String> = CSVTable.defaultMissingValues,
    source: String = "<table>", lines: [Int]? = nil
  ) throws {
    let lines = lines ?? rows.indices.map { $0 + 2 }
    guard lines.count == rows.count else {
      throw CSVError(
        path: source, line: nil, message: "CSVTable: \(rows.count) rows but \(lines.count) line numbers")
    }
    for (i, row) in rows.enumerated() where row.count != columnNames.count {
      throw CSVError(
        path: source, line: lines[i],
        message:
          "the number of columns changed from \(columnNames.count) to \(row.count) at row \(i) (the header names \(columnNames.count))"
      )
    }
    self.source = source
    self.columnNames = columnNames
    self.rows = rows
    self.lines = lines
    self.missingValues = missingValues
  }

  /// The texts `readCSV` counts as missing by default: `NA`, `N/A`, `NaN`, `nan`, `null`, `NULL`
  /// (a subset of pandas' `na_values`), besides the empty cell.
  public static let defaultMissingValues: Set<String> = ["NA", "N/A", "NaN", "nan", "null", "NULL"]

  /// The number of rows of data (the header excluded).
  public var rowCount: Int { rows.count }
  /// The number of columns.
  public var columnCount: Int { columnNames.count }
  /// `(rowCount, columnCount)`, like pandas' `df.shape`.
  public var shape: (rows: Int, columns: Int) { (rows.count, columnNames.count) }

  /// The index of the column called `name` (the first, if several share it).
  ///
  /// - Throws: ``CSVError`` listing the column names when there is none called `name`.
  public func columnIndex(_ name: String) throws -> Int {
    guard let index = columnNames.firstIndex(of: name) else {
      throw CSVError(
        path: source, line: nil,
        message:
          "no column named \(pythonQuoted(name)) (the columns are \(columnNames.map(pythonQuoted).joined(separator: ", ")))"
      )
    }
    return index
  }

  /// The column called `name` as numbers (pandas' `df[name].to_numpy()`); missing cells are NaN.
  ///
  /// - Throws: ``CSVError`` `path:line: could not convert string 'x' to float64 at row r,
  ///   column c "name"` for the first cell that is neither a number nor missing, or when
  ///   there is no such column.
  public func column(_ name: String) throws -> Vector {
    try column(at: try columnIndex(name))
  }

  /// The column at `index` (counting from 0) as numbers; missing cells are NaN.
  public func column(at index: Int) throws -> Vector {
    try checkColumn(index)
    var values = [Double]()
    values.reserveCapacity(rows.count)
    for r in rows.indices { values.append(try number(row: r, column: index)) }
    return Vector(values)
  }

  /// The column called `name` as text (pandas' `df[name].tolist()`), for labels and names.
  public func strings(_ name: String) throws -> [String] {
    let index = try columnIndex(name)
    return rows.map { $0[index] }
  }

  /// The labels of the column called `name` as integer codes and the sorted distinct labels
  /// (scikit-learn's `LabelEncoder().fit_transform(df[name])` and its `classes_`, the same as
  /// `np.unique(labels, return_inverse=True)`): `classes[codes[i]]` is row i's label.
  ///
  /// Labels are sorted by Unicode code points, as Python sorts strings.
  public func labelCodes(_ name: String) throws -> (codes: IntVector, classes: [String]) {
    let labels = try strings(name)
    let classes = Array(Set(labels)).sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    let code = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
    return (IntVector(labels.map { code[$0]! }), classes)
  }

  /// Every column as numbers, in order (pandas' `df.to_numpy(dtype=float)`).
  ///
  /// - Throws: ``CSVError`` naming the first cell that is neither a number nor missing.
  public func matrix() throws -> Matrix {
    try matrix(columnNames.indices.map { $0 })
  }

  /// The columns called `names` as numbers, in that order (pandas' `df[names].to_numpy()`).
  public func matrix(_ names: [String]) throws -> Matrix {
    try matrix(try names.map(columnIndex))
  }

  private func matrix(_ indices: [Int]) throws -> Matrix {
    for index in indices { try checkColumn(index) }
    var elements = [Double]()
    elements.reserveCapacity(rows.count * indices.count)
    for r in rows.indices {
      for c in indices { elements.append(try number(row: r, column: c)) }
    }
    return Matrix(rows: rows.count, columns: indices.count, elements: elements)
  }

  private func checkColumn(_ index: Int) throws {
    guard index >= 0 && index < columnNames.count else {
      throw CSVError(
        path: source, line: nil,
        message:
          "column index \(index) is out of bounds for a table of \(columnNames.count) columns (valid: 0..<\(columnNames.count))"
      )
    }
  }

  /// The cell at row `r`, column `c` as a number, NaN when missing.
  private func number(row r: Int, column c: Int) throws -> Double {
    let cell = rows[r][c]
    if cell.isEmpty || missingValues.contains(cell) { return .nan }
    guard let value = parseNumPyFloat(cell[...]) else {
      throw CSVError(
        path: source, line: lines[r],
        message:
          "could not convert string \(pythonQuoted(cell)) to float64 at row \(r), column \(c) \(pythonQuoted(columnNames[c])) (counting from 0)"
      )
    }
    return value
  }

  /// The table as pandas prints a data frame: a row index, right-aligned columns, the first
  /// and last five rows of a long table, and its shape.
  public var description: String {
    let shown: [Int?] =
      rows.count <= 20 ? rows.indices.map { $0 } : Array(0..<5) + [nil] + Array((rows.count - 5)..<rows.count)
    var table: [[String]] = [[""] + columnNames]
    for r in shown {
      if let r {
        table.append([String(r)] + rows[r])
      } else {
        table.append(Array(repeating: "...", count: columnNames.count + 1))
      }
    }
    let widths = (0...columnNames.count).map { c in table.map { $0[c].count }.max() ?? 0 }
    var text = table.map { line in
      line.enumerated().map { c, cell in String(repeating: " ", count: widths[c] - cell.count) + cell }
        .joined(separator: "  ")
    }.joined(separator: "\n")
    text += "\n\n[\(rows.count) rows x \(columnNames.count) columns]"
    return text
  }
}

/// Reads a CSV file with a header row into a ``CSVTable`` (pandas' `pd.read_csv(path)`).
///
/// ```swift
/// let table = try readCSV("penguins.csv")
/// print(table)                                  // the first and last rows, like pandas
/// let mass = try table.column("body_mass_g")    // NaN where the file has NA or nothing
/// ```
///
/// Lines, comments, blanks and quoting are read as by `loadtxt`: lines end at `\n`, `\r\n` or
/// `\r`; blank lines are skipped; blanks around a cell are removed; SwiftCSV splits the
/// fields, so a cell may be quoted (`"Adelie, Torgersen"`, `"say ""hi"""`) and may span lines.
///
/// - Parameters:
///   - delimiter: the character between cells (`","`); nil splits at runs of spaces and tabs.
///   - comments: a comment marker (pandas' `comment`), nil (the default) for none.
///   - skiprows: lines to skip before the header.
///   - header: whether the first row names the columns; without one they are `"0"`, `"1"`, ….
///   - missingValues: cells that read as NaN in numeric columns, besides the empty cell.
/// - Throws: ``CSVError`` `path:line: message` for a missing file, a row with another number
///   of cells than the header, or a badly quoted field.
public func readCSV(
  _ path: String, delimiter: Character? = ",", comments: String? = nil, skiprows: Int = 0, header: Bool = true,
  missingValues: Set<String> = CSVTable.defaultMissingValues
) throws -> CSVTable {
  let format = DelimitedTextFormat(delimiter: delimiter, comments: comments, skipLines: skiprows)
  try checkFormat(format, source: path, function: "readCSV")
  return try csvTable(
    try readTextFile(path), source: path, format: format, header: header, missingValues: missingValues)
}

/// Reads `lines` of CSV text with a header row into a ``CSVTable`` (pandas'
/// `pd.read_csv(io.StringIO(text))`). Errors name the source `<lines>` and the position in
/// `lines`, counting from 1.
public func readCSV(
  _ lines: [String], delimiter: Character? = ",", comments: String? = nil, skiprows: Int = 0, header: Bool = true,
  missingValues: Set<String> = CSVTable.defaultMissingValues
) throws -> CSVTable {
  let format = DelimitedTextFormat(delimiter: delimiter, comments: comments, skipLines: skiprows)
  try checkFormat(format, source: linesSourceName, function: "readCSV")
  return try csvTable(
    lines.joined(separator: "\n"), source: linesSourceName, format: format, header: header,
    missingValues: missingValues)
}

private func csvTable(
  _ text: String, source: String, format: DelimitedTextFormat, header: Bool, missingValues: Set<String>
) throws -> CSVTable {
  var records = try delimitedRecords(text, source: source, format: format)
  let names: [String]
  if header {
    guard !records.isEmpty else {
      throw CSVError(path: source, line: nil, message: "readCSV: no header row (the file has no data lines)")
    }
    names = records.removeFirst().fields
  } else {
    names = (0..<(records.first?.fields.count ?? 0)).map(String.init)
  }
  return try CSVTable(
    columnNames: names, rows: records.map(\.fields), missingValues: missingValues, source: source,
    lines: records.map(\.line))
}
