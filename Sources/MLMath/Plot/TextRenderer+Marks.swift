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
      drawContour(contour, on: &canvas, projection)
    case .band(let band):
      drawBand(band, on: &canvas, projection)
    case .reference(let line):
      drawReference(line, on: &canvas, projection)
    }
  }

  /// Contour levels as braille lines; labelled levels carry their value in a gap at the
  /// middle of their longest piece.
  private func drawContour(
    _ contour: Contour, on canvas: inout TextCanvas, _ projection: PlotProjection
  ) {
    var labels: [(text: String, position: CanvasPoint)] = []
    for level in contour.levels {
      var pieces = level.lines.flatMap(projection.polylines)
      if contour.labelled {
        let text = " \(Contour.label(level.value)) "
        if let placement = ContourLabelPlacement(on: pieces, gap: Double(text.count) * 2) {
          pieces = placement.pieces
          labels.append((text, placement.position))
        }
      }
      for piece in pieces { canvas.drawLine(piece) }
    }
    // Written after all lines, so that no later level draws through a label.
    for (text, position) in labels {
      let column = Int(position.x.rounded() / 2, rounding: .down, clampedTo: 0...canvas.columns)
      let row = Int(position.y.rounded() / 4, rounding: .down, clampedTo: 0...canvas.rows)
      canvas.write(text, column: column - text.count / 2, row: row)
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
}
