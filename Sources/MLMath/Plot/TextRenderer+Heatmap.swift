extension TextRenderer {
  /// A heatmap as shaded cells, each showing the matrix value under the cell's centre.
  func drawHeatmap(
    _ heatmap: Heatmap, on canvas: inout TextCanvas, _ projection: PlotProjection
  ) {
    let values = heatmap.values
    guard values.rows > 0, values.columns > 0 else { return }
    let cellWidth = (heatmap.x.upperBound - heatmap.x.lowerBound) / Double(values.columns)
    let cellHeight = (heatmap.y.upperBound - heatmap.y.lowerBound) / Double(values.rows)
    for row in 0..<canvas.rows {
      let y = projection.y.value(atFraction: 1 - (Double(row) + 0.5) / Double(canvas.rows))
      let i = Int(
        (y - heatmap.y.lowerBound) / cellHeight, rounding: .down, clampedTo: -1...values.rows)
      guard i >= 0, i < values.rows else { continue }
      for column in 0..<canvas.columns {
        let x = projection.x.value(atFraction: (Double(column) + 0.5) / Double(canvas.columns))
        let j = Int(
          (x - heatmap.x.lowerBound) / cellWidth, rounding: .down, clampedTo: -1...values.columns)
        guard j >= 0, j < values.columns, values[i, j].isFinite else { continue }
        let shade = Int(
          heatmap.fraction(values[i, j]) * Double(Self.shades.count), rounding: .down,
          clampedTo: 0...(Self.shades.count - 1))
        canvas.setFill(Self.shades[shade], column: column, row: row)
      }
    }
    if heatmap.annotated { drawAnnotations(heatmap, on: &canvas, projection) }
  }

  /// Writes each cell's value, padded with a space on both sides, at the cell's centre —
  /// if every label fits its cell.
  private func drawAnnotations(
    _ heatmap: Heatmap, on canvas: inout TextCanvas, _ projection: PlotProjection
  ) {
    let values = heatmap.values
    let cellWidth = (heatmap.x.upperBound - heatmap.x.lowerBound) / Double(values.columns)
    let cellHeight = (heatmap.y.upperBound - heatmap.y.lowerBound) / Double(values.rows)
    let columnsPerCell =
      abs(
        (projection.projectX(heatmap.x.lowerBound + cellWidth) ?? 0)
          - (projection.projectX(heatmap.x.lowerBound) ?? 0)) / 2
    let labels = values.elements.map { $0.isFinite ? " \(Heatmap.annotation($0)) " : "" }
    guard let widest = labels.map(\.count).max(), Double(widest) <= columnsPerCell else { return }
    for i in 0..<values.rows {
      for j in 0..<values.columns where values[i, j].isFinite {
        let centre = PlotPoint(
          x: heatmap.x.lowerBound + (Double(j) + 0.5) * cellWidth,
          y: heatmap.y.lowerBound + (Double(i) + 0.5) * cellHeight)
        guard let point = projection.project(centre), projection.rect.contains(point) else {
          continue
        }
        let label = labels[i * values.columns + j]
        let column = Int(point.x.rounded() / 2, rounding: .down, clampedTo: 0...canvas.columns)
        let row = Int(point.y.rounded() / 4, rounding: .down, clampedTo: 0...canvas.rows)
        canvas.write(label, column: column - label.count / 2, row: row)
      }
    }
  }
}
