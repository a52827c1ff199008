extension SVGRenderer {
  /// Draws a heatmap's cells (and, if asked, their values) in the plot area.
  func drawHeatmap(_ heatmap: Heatmap, _ svg: inout SVGWriter) {
    let values = heatmap.values
    guard values.rows > 0, values.columns > 0,
      let x0 = projection.projectX(heatmap.x.lowerBound),
      let x1 = projection.projectX(heatmap.x.upperBound),
      let y0 = projection.projectY(heatmap.y.lowerBound),
      let y1 = projection.projectY(heatmap.y.upperBound)
    else { return }
    // Cells are drawn in grid units (column j, row i) and scaled into place, so their
    // coordinates are small integers; runs of equal colour in a row merge into one rectangle.
    var paths = Array(repeating: "", count: ColorMap.steps)
    for i in 0..<values.rows {
      var j = 0
      while j < values.columns {
        let value = values[i, j]
        guard value.isFinite else {
          j += 1
          continue
        }
        let step = ColorMap.step(heatmap.fraction(value))
        var run = 1
        while j + run < values.columns, values[i, j + run].isFinite,
          ColorMap.step(heatmap.fraction(values[i, j + run])) == step
        {
          run += 1
        }
        paths[step] += "M\(j) \(i)h\(run)v1h-\(run)z"
        j += run
      }
    }
    let scaleX = (x1 - x0) / Double(values.columns)
    let scaleY = (y1 - y0) / Double(values.rows)
    let matrix = [scaleX, 0, 0, scaleY, x0, y0].map { PlotNumberFormat.trimmed($0, decimals: 4) }
    // Clipped to the plot area, for when axis limits cut the grid.
    openPlotViewport(&svg)
    svg.open(
      "g",
      ["transform": "matrix(\(matrix.joined(separator: " ")))", "shape-rendering": "crispEdges"])
    for (step, d) in paths.enumerated() where !d.isEmpty {
      svg.element("path", ["d": d, "fill": ColorMap.color(step: step)])
    }
    svg.close("g")
    svg.close("svg")
    if heatmap.annotated {
      drawAnnotations(heatmap, cellSize: (abs(scaleX), abs(scaleY)), &svg)
    }
  }

  /// Writes each cell's value at its centre, dark on light cells and light on dark ones —
  /// if every label fits its cell and there are not too many cells to read.
  private func drawAnnotations(
    _ heatmap: Heatmap, cellSize: (width: Double, height: Double), _ svg: inout SVGWriter
  ) {
    let values = heatmap.values
    guard values.rows * values.columns <= 400, cellSize.height >= 14 else { return }
    let labels = values.elements.map { $0.isFinite ? Heatmap.annotation($0) : "" }
    let widest = labels.map { Double($0.count) * 6.5 }.max() ?? 0
    guard widest <= cellSize.width - 4 else { return }
    let cellWidth = (heatmap.x.upperBound - heatmap.x.lowerBound) / Double(values.columns)
    let cellHeight = (heatmap.y.upperBound - heatmap.y.lowerBound) / Double(values.rows)
    svg.open("g", ["text-anchor": "middle", "font-size": "11"])
    for i in 0..<values.rows {
      for j in 0..<values.columns where values[i, j].isFinite {
        let centre = PlotPoint(
          x: heatmap.x.lowerBound + (Double(j) + 0.5) * cellWidth,
          y: heatmap.y.lowerBound + (Double(i) + 0.5) * cellHeight)
        guard let point = projection.project(centre), projection.rect.contains(point) else {
          continue
        }
        let step = ColorMap.step(heatmap.fraction(values[i, j]))
        svg.element(
          "text",
          [
            "x": SVGPathData.number(point.x), "y": SVGPathData.number(point.y + 4),
            "fill": ColorMap.prefersDarkText(step: step) ? "#000" : "#fff",
          ], content: labels[i * values.columns + j])
      }
    }
    svg.close("g")
  }
}
