extension SVGRenderer {
  /// The legend: one row of entries (wrapping) under the title, each a sample of the
  /// series' line, marker or fill followed by its name.
  func drawLegend(_ svg: inout SVGWriter) {
    guard !layout.legendEntries.isEmpty else { return }
    let sampleWidth = SVGLayout.legendSampleWidth
    for entry in layout.legendEntries {
      guard let label = entry.mark.label, let index = entry.mark.styleIndex else { continue }
      let style = SeriesStyle(index: index)
      let x = projection.rect.minX + entry.x
      let y = layout.legendTop + Double(entry.row) * SVGLayout.legendRowHeight
      let centre = CanvasPoint(x: x + sampleWidth / 2, y: y)
      let line =
        "M" + SVGPathData.pair(CanvasPoint(x: x, y: y)) + "h" + SVGPathData.number(sampleWidth)
      switch entry.mark {
      case .line(let series):
        svg.element("path", attributes: Self.lineAttributes(line, style))
        if series.showsMarkers {
          svg.element(
            "path",
            attributes: Self.markerAttributes([centre], style: style, radius: Self.pathMarkerRadius)
          )
        }
      case .scatter:
        svg.element(
          "path",
          attributes: Self.markerAttributes([centre], style: style, radius: Self.markerRadius))
      case .path:
        svg.element("path", attributes: Self.lineAttributes(line, style, width: "1.5"))
        svg.element(
          "path",
          attributes: Self.markerAttributes([centre], style: style, radius: Self.pathMarkerRadius))
      case .bars:
        svg.element(
          "rect",
          [
            "x": SVGPathData.number(centre.x - 7), "y": SVGPathData.number(y - 5), "width": "14",
            "height": "10", "fill": style.color, "fill-opacity": "0.85",
          ])
      case .band:
        svg.element(
          "rect",
          [
            "x": SVGPathData.number(x), "y": SVGPathData.number(y - 6),
            "width": SVGPathData.number(sampleWidth), "height": "12", "fill": style.color,
            "fill-opacity": Self.bandOpacity,
          ])
      case .heatmap, .contour, .reference:
        break
      }
      svg.element(
        "text",
        ["x": SVGPathData.number(x + sampleWidth + 6), "y": SVGPathData.number(y + 4)],
        content: TerminalWidth.truncate(label, to: Int((layout.canvas.width - 100) / 7)))
    }
  }

  /// The colour bar beside a heatmap: the colour steps from low (bottom) to high (top),
  /// with value ticks on its right.
  func drawColorBar(_ svg: inout SVGWriter) {
    guard let (rect, axis, _) = layout.colorBar else { return }
    let stepHeight = rect.height / Double(ColorMap.steps)
    svg.open("g", ["shape-rendering": "crispEdges"])
    for step in 0..<ColorMap.steps {
      let top = rect.maxY - Double(step + 1) * stepHeight
      svg.element(
        "rect",
        [
          "x": SVGPathData.number(rect.minX), "y": SVGPathData.number(top),
          "width": SVGPathData.number(rect.width), "height": SVGPathData.number(stepHeight + 0.5),
          "fill": ColorMap.color(step: step),
        ])
    }
    svg.close("g")
    let scale = PlotProjection(x: axis, y: axis, rect: rect)
    var d = SVGPathData()
    var labels: [(y: Double, label: String)] = []
    for tick in axis.ticks {
      guard let y = scale.projectY(tick.value) else { continue }
      d.move(to: CanvasPoint(x: rect.maxX, y: y))
      d.append("h4")
      labels.append((y, tick.label))
    }
    if !d.isEmpty {
      svg.element("path", ["d": d.text, "fill": "none", "stroke": "currentColor"])
    }
    svg.open("g", ["text-anchor": "start"])
    for (y, label) in labels {
      svg.element(
        "text", ["x": SVGPathData.number(rect.maxX + 7), "y": SVGPathData.number(y + 4)],
        content: Self.typeset(label))
    }
    svg.close("g")
  }
}
