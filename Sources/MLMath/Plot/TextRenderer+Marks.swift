extension TextRenderer {
  /// Draws one mark onto the canvas.
  func draw(_ mark: Mark, on canvas: inout TextCanvas, _ projection: PlotProjection) {
    switch mark {
    case .line(let series):
      let style = SeriesStyle(index: series.styleIndex)
      for line in projection.polylines(series.points) {
        canvas.drawLine(line, dash: style.dotDash)
      }
      if series.showsMarkers {
        for point in projection.markers(series.points) {
          canvas.setMarker(style.textMarker, at: point)
        }
      }
    case .scatter(let series):
      let style = SeriesStyle(index: series.styleIndex)
      for point in projection.markers(series.points) {
        canvas.setMarker(style.textMarker, at: point)
      }
    case .path(let series):
      let style = SeriesStyle(index: series.styleIndex)
      for line in projection.polylines(series.points) { canvas.drawLine(line) }
      for point in projection.markers(series.points) {
        canvas.setMarker(style.textMarker, at: point)
      }
    case .bars(let bars):
      drawBars(bars, on: &canvas, projection)
    case .heatmap(let heatmap):
      drawHeatmap(heatmap, on: &canvas, projection)
    case .contour(let contour):
      for level in contour.levels {
        for line in level.lines {
          for piece in projection.polylines(line) { canvas.drawLine(piece) }
        }
      }
    case .band(let band):
      drawBand(band, on: &canvas, projection)
    case .reference(let line):
      drawReference(line, on: &canvas, projection)
    }
  }

  /// Bars as columns of block characters; the first series' tops are drawn to an
  /// eighth of a cell.
  private func drawBars(_ bars: Bars, on canvas: inout TextCanvas, _ projection: PlotProjection) {
    let style = SeriesStyle(index: bars.styleIndex)
    let fill = barCharacter(style)
    let rows = Double(canvas.rows)
    // Heights in cells, measured up from the bottom edge of the plot area.
    func level(_ value: Double) -> Double? {
      projection.y.fraction(value).map { min(max($0, 0), 1) * rows }
    }
    let baseline = level(projection.y.scale == .log ? projection.y.range.lowerBound : 0) ?? 0
    for bar in bars.bars {
      guard let x0 = projection.projectX(bar.lower), let x1 = projection.projectX(bar.upper),
        let top = level(bar.value)
      else { continue }
      // Dot x to cell columns: a cell belongs to the bar if its centre is inside.
      let columns = -1...canvas.columns
      let first = Int(min(x0, x1) / 2, rounding: .toNearestOrAwayFromZero, clampedTo: columns)
      let end = Int(max(x0, x1) / 2, rounding: .toNearestOrAwayFromZero, clampedTo: columns)
      let last = max(first, end - 1)
      let low = min(top, baseline)
      let high = max(top, baseline)
      for column in first...last {
        for row in 0..<canvas.rows {
          let cellBottom = rows - Double(row + 1)
          let covered = min(high, cellBottom + 1) - max(low, cellBottom)
          guard covered > 0 else { continue }
          if covered >= 0.9375 {
            canvas.setFill(fill, column: column, row: row)
          } else if top >= baseline, style.index == 0 {
            let eighth = Int(covered * 8, rounding: .toNearestOrAwayFromZero, clampedTo: 0...8)
            if eighth >= 1 {
              canvas.setFill(Self.eighths[min(eighth, 7) - 1], column: column, row: row)
            }
          } else if covered >= 0.5 {
            canvas.setFill(top >= baseline ? fill : "▀", column: column, row: row)
          }
        }
      }
    }
  }

  /// A heatmap as shaded cells, each showing the matrix value under the cell's centre.
  private func drawHeatmap(
    _ heatmap: Heatmap, on canvas: inout TextCanvas, _ projection: PlotProjection
  ) {
    let values = heatmap.values
    guard values.rows > 0, values.columns > 0 else { return }
    let range = heatmap.valueRange
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
        let fraction = (values[i, j] - range.lowerBound) / (range.upperBound - range.lowerBound)
        let shade = Int(
          fraction * Double(Self.shades.count), rounding: .down,
          clampedTo: 0...(Self.shades.count - 1))
        canvas.setFill(Self.shades[shade], column: column, row: row)
      }
    }
  }
}
