/// A text table with aligned columns and a rule under the header, for lesson output.
///
/// Numbers are right-aligned and `Double`s shown with a fixed number of
/// digits; other values (strings, …) are left-aligned as they describe themselves.
///
/// ```swift
/// var table = Table("epoch", "loss", "accuracy")
/// table.addRow(1, 0.6931, "52%")
/// table.addRow(10, 0.1204, "97%")
/// print(table)
/// // epoch    loss  accuracy
/// // -----  ------  --------
/// //     1  0.6931  52%
/// //    10  0.1204  97%
/// ```
public struct Table: CustomStringConvertible, Sendable {
  /// The column titles.
  public var headers: [String]
  /// How many digits after the point `Double` cells show.
  public var digits: Int
  /// The spaces between columns.
  public var columnSpacing: Int = 2
  private var cells: [[(text: String, isNumber: Bool)]] = []

  /// An empty table with these column titles; `Double` cells show `digits` digits after the point.
  public init(_ headers: String..., digits: Int = 4) {
    self.init(headers: headers, digits: digits)
  }

  /// An empty table with these column titles; `Double` cells show `digits` digits after the point.
  public init(headers: [String], digits: Int = 4) {
    self.headers = headers
    self.digits = digits
  }

  /// Appends a row. Missing trailing cells are left blank; extra cells are an error.
  public mutating func addRow(_ values: any CustomStringConvertible...) {
    addRow(values)
  }

  /// Appends a row from an array of values.
  public mutating func addRow(_ values: [any CustomStringConvertible]) {
    if values.count > headers.count {
      failure(
        "Table.addRow: the row has \(values.count) cells but the table has \(headers.count) columns (\(headers.joined(separator: ", ")))"
      )
    }
    cells.append(
      values.map { value in
        switch value {
        case let x as Double: return (x.fixed(digits), true)
        case let x as Float: return (Double(x).fixed(digits), true)
        case let x as any BinaryInteger: return (x.description, true)
        default: return (value.description, false)
        }
      })
  }

  /// The number of rows (the header excluded).
  public var rowCount: Int { cells.count }

  /// The table as aligned text: header, rule, rows.
  public var description: String {
    let columnCount = headers.count
    var widths = headers.map(\.count)
    var numeric = [Bool](repeating: false, count: columnCount)
    for row in cells {
      for (j, cell) in row.enumerated() {
        widths[j] = Swift.max(widths[j], cell.text.count)
        numeric[j] = numeric[j] || cell.isNumber
      }
    }
    let gap = String(repeating: " ", count: columnSpacing)
    func line(_ texts: [String], _ alignments: [TextAlignment]) -> String {
      (0..<columnCount).map { texts[$0].padded(to: widths[$0], alignment: alignments[$0]) }
        .joined(separator: gap).trimmingTrailingSpaces()
    }
    var lines = [line(headers, numeric.map { $0 ? .right : .left })]
    lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: gap))
    for row in cells {
      let texts = (0..<columnCount).map { $0 < row.count ? row[$0].text : "" }
      let alignments = (0..<columnCount).map { j -> TextAlignment in
        j < row.count && row[j].isNumber ? .right : .left
      }
      lines.append(line(texts, alignments))
    }
    return lines.joined(separator: "\n")
  }
}
