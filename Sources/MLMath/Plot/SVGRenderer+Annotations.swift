extension SVGRenderer {
  /// The opacity of bands, low enough for lines and grid lines to show through.
  static let bandOpacity = "0.22"

  /// A band as one translucent polygon: along the upper curve, back along the lower.
  func drawBand(_ band: Band, _ svg: inout SVGWriter) {
    var upper: [CanvasPoint] = []
    var lower: [CanvasPoint] = []
    for (x, (low, high)) in zip(band.x, zip(band.lower, band.upper)) {
      guard let top = projection.project(PlotPoint(x: x, y: high)),
        let bottom = projection.project(PlotPoint(x: x, y: low))
      else { continue }
      upper.append(top)
      lower.append(bottom)
    }
    guard upper.count > 1 else { return }
    var d = SVGPathData()
    d.add([upper + lower.reversed()])
    d.append("z")
    let style = SeriesStyle(index: band.styleIndex)
    openPlotViewport(&svg)
    svg.element("path", ["d": d.text, "fill": style.color, "fill-opacity": Self.bandOpacity])
    svg.close("svg")
  }

  /// A thin dashed line across the plot area in the text colour, with its label at the end.
  func drawReference(_ line: ReferenceLine, _ svg: inout SVGWriter) {
    let rect = projection.rect
    let n = SVGPathData.number
    var d = SVGPathData()
    var labelAttributes: KeyValuePairs<String, String>
    switch line.orientation {
    case .horizontal:
      guard let y = projection.projectY(line.value), y >= rect.minY, y <= rect.maxY else { return }
      d.move(to: CanvasPoint(x: rect.minX, y: y))
      d.append("H" + n(rect.maxX))
      labelAttributes = ["x": n(rect.maxX - 4), "y": n(y - 5), "text-anchor": "end"]
    case .vertical:
      guard let x = projection.projectX(line.value), x >= rect.minX, x <= rect.maxX else { return }
      d.move(to: CanvasPoint(x: x, y: rect.minY))
      d.append("V" + n(rect.maxY))
      labelAttributes = ["x": n(x + 5), "y": n(rect.minY + 12), "text-anchor": "start"]
    }
    svg.element(
      "path",
      [
        "d": d.text, "fill": "none", "stroke": "currentColor", "stroke-opacity": "0.7",
        "stroke-dasharray": "5 4",
      ])
    if let label = line.label {
      svg.element("text", labelAttributes, content: label)
    }
  }
}
