extension TextRenderer {
  /// Matrices, cases and aligned equations: a grid in 2-D, `;`-separated rows inline.
  func layoutTable(_ table: MathTable, style: Style) -> TextBox {
    let cellStyle: Style =
      switch table.layout {
      case .aligned, .gathered: style == .script ? .script : .display
      case .matrix, .cases: table.small || style == .script ? .script : .text
      case .substack: .script
      }
    let cells = table.rows.map { row in
      row.enumerated().map { column, cell in
        layoutCell(cell, leadingOrd: table.layout == .aligned && column % 2 == 1, style: cellStyle)
      }
    }
    guard display else { return inlineTable(table, cells) }
    let columnCount = cells.map(\.count).max() ?? 0
    var widths = Array(repeating: 0, count: columnCount)
    for row in cells {
      for (column, box) in row.enumerated() { widths[column] = max(widths[column], box.width) }
    }
    var lines: [TextBox] = []
    for (rowIndex, row) in cells.enumerated() {
      if table.horizontalRules.contains(rowIndex) { lines.append(rule(widths, table)) }
      var boxes: [TextBox] = []
      var gaps: [Int] = []
      let height = row.map(\.height).max() ?? 1
      for column in 0..<columnCount {
        let box = column < row.count ? row[column] : .empty
        var spacing = gap(before: column, in: table)
        if table.verticalRules.contains(column) {
          boxes.append(verticalRule(height: height))
          gaps.append(column == 0 ? 0 : 1)
          spacing = 1
        }
        boxes.append(box.padded(to: widths[column], alignment(of: column, in: table)))
        gaps.append(spacing)
      }
      if table.verticalRules.contains(columnCount) {
        boxes.append(verticalRule(height: height))
        gaps.append(1)
      }
      let line = TextBox.horizontal(boxes, gaps: gaps)
      lines.append(line)
    }
    if table.horizontalRules.contains(table.rows.count) { lines.append(rule(widths, table)) }
    if lines.isEmpty { return fence(.empty, open: table.open, close: table.close) }
    let grid = TextBox.vertical(lines, baselineIndex: (lines.count - 1) / 2, alignment: .left)
    let centered = centerBaseline(grid)
    return fence(centered, open: table.open, close: table.close)
  }

  /// The grid with its baseline on its middle line.
  private func centerBaseline(_ grid: TextBox) -> TextBox {
    TextBox(lines: grid.lines, baseline: (grid.height - 1) / 2)
  }

  private func layoutCell(_ cell: MathNode, leadingOrd: Bool, style: Style) -> TextBox {
    guard leadingOrd, case .row(let nodes) = cell, let first = nodes.first,
      first.mathClass == .rel || first.mathClass == .bin
    else { return layout(cell, style: style) }
    let rest = layout(.row(nodes), style: style)
    return TextBox.horizontal([rest], gaps: [1])
  }

  private func alignment(of column: Int, in table: MathTable) -> ColumnAlignment {
    switch table.layout {
    case .aligned: return column % 2 == 0 ? .right : .left
    case .cases: return .left
    case .gathered, .substack: return .center
    case .matrix: return column < table.columns.count ? table.columns[column] : .center
    }
  }

  private func gap(before column: Int, in table: MathTable) -> Int {
    if column == 0 { return 0 }
    switch table.layout {
    case .aligned: return column % 2 == 1 ? 0 : 3
    case .cases, .gathered: return 3
    case .matrix, .substack: return 2
    }
  }

  private func verticalRule(height: Int) -> TextBox {
    TextBox(lines: Array(repeating: "│", count: max(1, height)), baseline: 0)
  }

  private func rule(_ widths: [Int], _ table: MathTable) -> TextBox {
    var line = ""
    for (column, width) in widths.enumerated() {
      let gap = gap(before: column, in: table)
      if table.verticalRules.contains(column) {
        line += String(repeating: "─", count: column == 0 ? 0 : 1) + "┼" + "─"
      } else {
        line += String(repeating: "─", count: gap)
      }
      line += String(repeating: "─", count: width)
    }
    if table.verticalRules.contains(widths.count) { line += "─┼" }
    return TextBox(line)
  }

  private func inlineTable(_ table: MathTable, _ cells: [[TextBox]]) -> TextBox {
    let separator = table.layout == .matrix && !table.small ? ", " : " "
    let rows = cells.map { row in row.map(\.text).joined(separator: separator) }
    let joined = rows.joined(separator: table.small || table.layout == .substack ? ", " : "; ")
    return TextBox(table.open + joined + table.close)
  }
}
