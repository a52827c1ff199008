extension TextRenderer {
  /// The fill of bands: the lightest shade, so lines drawn over it stay legible.
  static let bandShade: Character = "░"

  /// A band as lightly shaded cells: in each column, the cells between the two curves.
  func drawBand(_ band: Band, on canvas: inout TextCanvas, _ projection: PlotProjection) {
    var columns: [(x: Double, top: Double, bottom: Double)] = []
    for (x, (low, high)) in zip(band.x, zip(band.lower, band.upper)) {
      guard let top = projection.project(PlotPoint(x: x, y: high)),
        let bottom = projection.project(PlotPoint(x: x, y: low))
      else { continue }
      columns.append((top.x, min(top.y, bottom.y), max(top.y, bottom.y)))
    }
    for (left, right) in zip(columns, columns.dropFirst()) where right.x > left.x {
      // Every cell whose centre column lies in this stretch, boundaries interpolated.
      let first = Int(left.x / 2, rounding: .up, clampedTo: 0...canvas.columns)
      let last = Int(right.x / 2, rounding: .down, clampedTo: -1...(canvas.columns - 1))
      guard first <= last else { continue }
      for column in first...last {
        let t = (Double(column) * 2 + 0.5 - left.x) / (right.x - left.x)
        let top = left.top + (right.top - left.top) * t
        let bottom = left.bottom + (right.bottom - left.bottom) * t
        let firstRow = Int(top / 4, rounding: .down, clampedTo: 0...canvas.rows)
        let lastRow = Int(bottom / 4, rounding: .down, clampedTo: -1...(canvas.rows - 1))
        guard firstRow <= lastRow else { continue }
        for row in firstRow...lastRow {
          canvas.setFill(Self.bandShade, column: column, row: row)
        }
      }
    }
  }

  /// A reference line as a dotted braille line across the canvas, with its label at the
  /// end (above a horizontal line, right of a vertical one).
  func drawReference(
    _ line: ReferenceLine, on canvas: inout TextCanvas, _ projection: PlotProjection
  ) {
    let rect = canvas.dotRect
    let dotted = [1, 1]
    switch line.orientation {
    case .horizontal:
      guard let y = projection.projectY(line.value), y >= rect.minY, y <= rect.maxY else { return }
      canvas.drawLine(
        [CanvasPoint(x: rect.minX, y: y), CanvasPoint(x: rect.maxX, y: y)], dash: dotted)
      if let label = line.label, TerminalWidth.columns(of: label) == label.count {
        let row = Int(y.rounded() / 4, rounding: .down, clampedTo: 0...(canvas.rows - 1))
        canvas.write(label, column: canvas.columns - label.count, row: row > 0 ? row - 1 : row + 1)
      }
    case .vertical:
      guard let x = projection.projectX(line.value), x >= rect.minX, x <= rect.maxX else { return }
      canvas.drawLine(
        [CanvasPoint(x: x, y: rect.minY), CanvasPoint(x: x, y: rect.maxY)], dash: dotted)
      if let label = line.label, TerminalWidth.columns(of: label) == label.count {
        let column = Int(x.rounded() / 2, rounding: .down, clampedTo: 0...(canvas.columns - 1))
        let start = column + 1 + label.count <= canvas.columns ? column + 1 : column - label.count
        canvas.write(label, column: start, row: 0)
      }
    }
  }
}
