extension SVGRenderer {
  /// The stroke width of lines.
  static let lineWidth = "2"
  /// The radius (half-size) of scatter markers.
  static let markerRadius = 3.2
  /// The radius of the markers on a path's points.
  static let pathMarkerRadius = 2.6

  /// Draws one mark of the plot area.
  func draw(_ mark: Mark, _ svg: inout SVGWriter) {
    switch mark {
    case .line(let series): drawLine(series, &svg)
    case .scatter(let series): drawScatter(series, &svg)
    case .path(let series): drawPath(series, &svg)
    case .bars(let bars): drawBars(bars, &svg)
    case .heatmap(let heatmap): drawHeatmap(heatmap, &svg)
    case .contour(let contour): drawContour(contour, &svg)
    case .band(let band): drawBand(band, &svg)
    case .reference(let line): drawReference(line, &svg)
    }
  }

  private func drawLine(_ series: Series, _ svg: inout SVGWriter) {
    let style = SeriesStyle(index: series.styleIndex)
    var d = SVGPathData()
    d.add(projection.polylines(series.points))
    if !d.isEmpty {
      svg.element("path", attributes: Self.lineAttributes(d.text, style))
    }
    let points = series.showsMarkers ? Self.distinct(projection.markers(series.points)) : []
    guard !points.isEmpty else { return }
    svg.element(
      "path", attributes: Self.markerAttributes(points, style: style, radius: Self.pathMarkerRadius)
    )
  }

  private func drawScatter(_ series: Series, _ svg: inout SVGWriter) {
    let style = SeriesStyle(index: series.styleIndex)
    let points = Self.distinct(projection.markers(series.points))
    guard !points.isEmpty else { return }
    svg.element(
      "path", attributes: Self.markerAttributes(points, style: style, radius: Self.markerRadius))
  }

  private func drawPath(_ series: Series, _ svg: inout SVGWriter) {
    let style = SeriesStyle(index: series.styleIndex)
    var d = SVGPathData()
    d.add(projection.polylines(series.points))
    if !d.isEmpty {
      svg.element("path", attributes: Self.lineAttributes(d.text, style, width: "1.5"))
    }
    let points = projection.markers(series.points)
    guard !points.isEmpty else { return }
    svg.element(
      "path", attributes: Self.markerAttributes(points, style: style, radius: Self.pathMarkerRadius)
    )
  }

  private func drawBars(_ bars: Bars, _ svg: inout SVGWriter) {
    let rect = projection.rect
    let baseline =
      projection.projectY(projection.y.scale == .log ? projection.y.range.lowerBound : 0)
      ?? rect.maxY
    let style = SeriesStyle(index: bars.styleIndex)
    // Overlaid histograms stay readable through each other.
    let overlaid = figure.marks.count { if case .bars = $0 { true } else { false } } > 1
    svg.open("g", ["fill": style.color, "fill-opacity": overlaid ? "0.55" : "0.85"])
    for bar in bars.bars {
      guard let x0 = projection.projectX(bar.lower), let x1 = projection.projectX(bar.upper),
        let top = projection.projectY(bar.value)
      else { continue }
      // Adjacent histogram bins get a hairline gap so that the bars stay countable.
      let inset = bars.categories == nil && abs(x1 - x0) > 4 ? 0.5 : 0
      let left = max(min(x0, x1) + inset, rect.minX)
      let right = min(max(x0, x1) - inset, rect.maxX)
      let upper = max(min(top, baseline), rect.minY)
      let lower = min(max(top, baseline), rect.maxY)
      guard right > left, lower > upper else { continue }
      svg.element(
        "rect",
        [
          "x": SVGPathData.number(left), "y": SVGPathData.number(upper),
          "width": SVGPathData.number(right - left), "height": SVGPathData.number(lower - upper),
        ])
    }
    svg.close("g")
  }

  private func drawContour(_ contour: Contour, _ svg: inout SVGWriter) {
    guard !contour.levels.isEmpty else { return }
    svg.open("g", ["fill": "none", "stroke": "currentColor", "stroke-width": "1.2"])
    let count = contour.levels.count
    var labels: [(text: String, placement: ContourLabelPlacement)] = []
    for (index, level) in contour.levels.enumerated() {
      var pieces = level.lines.flatMap(projection.polylines)
      if contour.labelled {
        let text = Contour.label(level.value)
        let gap = Double(text.count) * 6 + 8
        if let placement = ContourLabelPlacement(on: pieces, gap: gap) {
          pieces = placement.pieces
          labels.append((text, placement))
        }
      }
      var d = SVGPathData()
      d.add(pieces)
      guard !d.isEmpty else { continue }
      // Higher levels are drawn stronger, so the slope reads without colour.
      let opacity = count == 1 ? 0.7 : 0.3 + 0.6 * Double(index) / Double(count - 1)
      svg.element(
        "path", ["d": d.text, "stroke-opacity": PlotNumberFormat.trimmed(opacity, decimals: 2)])
    }
    svg.close("g")
    guard !labels.isEmpty else { return }
    svg.open("g", ["font-size": "10", "text-anchor": "middle", "dominant-baseline": "central"])
    for (text, placement) in labels {
      let x = SVGPathData.number(placement.position.x)
      let y = SVGPathData.number(placement.position.y)
      let angle = SVGPathData.number(placement.angle)
      svg.element(
        "text", ["x": x, "y": y, "transform": "rotate(\(angle) \(x) \(y))"], content: text)
    }
    svg.close("g")
  }

  /// `points` without those that round to the same pixel as an earlier one: markers
  /// drawn on top of each other add bytes but nothing visible.
  static func distinct(_ points: [CanvasPoint]) -> [CanvasPoint] {
    var seen = Set<[Int]>()
    let pixels = -1_000_000_000...1_000_000_000
    return points.filter {
      seen.insert([
        Int($0.x, rounding: .toNearestOrAwayFromZero, clampedTo: pixels),
        Int($0.y, rounding: .toNearestOrAwayFromZero, clampedTo: pixels),
      ]).inserted
    }
  }

  // MARK: - Shared styling

  /// Opens a nested `<svg>` covering exactly the plot area, with the same coordinates as
  /// the document: what is drawn inside is clipped to the plot area. Close it with
  /// `svg.close("svg")`.
  func openPlotViewport(_ svg: inout SVGWriter) {
    let rect = projection.rect
    let viewport = [rect.minX, rect.minY, rect.width, rect.height].map(SVGPathData.number)
    svg.open(
      "svg",
      [
        "x": viewport[0], "y": viewport[1], "width": viewport[2], "height": viewport[3],
        "viewBox": viewport.joined(separator: " "),
      ])
  }

  /// The attributes of a series line with path data `d`, `width` pixels wide.
  static func lineAttributes(
    _ d: String, _ style: SeriesStyle, width: String = lineWidth
  ) -> [(String, String)] {
    var attributes = [
      ("d", d), ("fill", "none"), ("stroke", style.color), ("stroke-width", width),
      ("stroke-linejoin", "round"), ("stroke-linecap", "round"),
    ]
    if let dash = style.svgDash { attributes.append(("stroke-dasharray", dash)) }
    return attributes
  }

  /// The attributes of one path holding a marker of `style` at each of `points`.
  static func markerAttributes(
    _ points: [CanvasPoint], style: SeriesStyle, radius r: Double
  ) -> [(String, String)] {
    var d = SVGPathData()
    for point in points { d.append(markerPath(style.marker, at: point, radius: r)) }
    switch style.marker {
    case .circle, .square:
      let isCircle = style.marker == .circle
      return [
        ("d", d.text), ("fill", "none"), ("stroke", style.color),
        ("stroke-width", SVGPathData.number(isCircle ? 2 * r : 1.8 * r)),
        ("stroke-linecap", isCircle ? "round" : "square"),
      ]
    case .cross:
      return [
        ("d", d.text), ("fill", "none"), ("stroke", style.color), ("stroke-width", "1.8"),
        ("stroke-linecap", "round"),
      ]
    case .triangle, .diamond:
      return [("d", d.text), ("fill", style.color)]
    }
  }

  /// The path commands of one marker centred on `point`. Circles and squares are
  /// zero-length segments that the stroke's round or square caps turn into the shape —
  /// ten bytes a marker, which matters for scatter plots of thousands of points.
  static func markerPath(_ marker: SeriesStyle.Marker, at point: CanvasPoint, radius r: Double)
    -> String
  {
    func n(_ value: Double) -> String { SVGPathData.number(value) }
    func start(_ dx: Double, _ dy: Double) -> String {
      "M" + SVGPathData.pair(CanvasPoint(x: point.x + dx, y: point.y + dy))
    }
    switch marker {
    case .circle, .square:
      return start(0, 0) + "h0"
    case .triangle:
      let s = r * 1.15
      return start(0, -s) + "l\(n(s)) \(n(1.7 * s))h\(n(-2 * s))z"
    case .diamond:
      let s = r * 1.2
      return start(0, -s) + "l\(n(s)) \(n(s)) \(n(-s)) \(n(s)) \(n(-s)) \(n(-s))z"
    case .cross:
      let s = r * 0.9
      return start(-s, -s) + "l\(n(2 * s)) \(n(2 * s))m0 \(n(-2 * s))l\(n(-2 * s)) \(n(2 * s))"
    }
  }
}
