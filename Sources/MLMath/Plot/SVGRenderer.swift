/// Renders a figure as a standalone SVG document.
///
/// The document is deterministic, scales to its container (`viewBox` with a maximum
/// width), and adapts to light and dark pages: axes and text use `currentColor`, and
/// series colours read on both. A `<title>` and `<desc>` give screen readers a text
/// alternative.
struct SVGRenderer {
  /// The figure drawn.
  let figure: Figure
  /// The data ranges shown.
  let domain: PlotDomain
  /// Where everything goes.
  let layout: SVGLayout

  /// A renderer for `figure`.
  init(_ figure: Figure) {
    self.figure = figure
    domain = PlotDomain(figure)
    layout = SVGLayout(figure, domain: domain)
  }

  /// The plot area's mapping from data to pixels.
  var projection: PlotProjection { layout.projection }

  /// The SVG document.
  func render() -> String {
    var svg = SVGWriter()
    Self.openDocument(&svg, width: layout.canvas.width, height: layout.canvas.height)
    drawContents(&svg)
    svg.close("svg")
    return svg.output
  }

  /// The figure as a nested `<svg>` element whose top-left corner is at `origin` of an
  /// enclosing document (a panel of ``Subplots``).
  func renderPanel(at origin: CanvasPoint, into svg: inout SVGWriter) {
    let width = SVGPathData.number(layout.canvas.width)
    let height = SVGPathData.number(layout.canvas.height)
    svg.open(
      "svg",
      [
        "x": SVGPathData.number(origin.x), "y": SVGPathData.number(origin.y), "width": width,
        "height": height, "viewBox": "0 0 \(width) \(height)",
      ])
    drawContents(&svg)
    svg.close("svg")
  }

  /// Opens the root `<svg>` element of a document `width × height` pixels large: it scales
  /// down to its container, is announced as one image, and inherits the page's text colour.
  static func openDocument(_ svg: inout SVGWriter, width: Double, height: Double) {
    let width = SVGPathData.number(width)
    let height = SVGPathData.number(height)
    svg.open(
      "svg",
      [
        "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(width) \(height)",
        "width": width, "height": height, "style": "max-width:100%;height:auto",
        "role": "img", "font-family": "system-ui,-apple-system,'Segoe UI',Roboto,sans-serif",
        "font-size": "12", "fill": "currentColor",
      ])
  }

  /// The text alternative of the figure.
  var summary: FigureSummary { FigureSummary(figure: figure, domain: domain) }

  /// Everything inside the `<svg>` element: text alternative, grid, marks, axes, labels.
  private func drawContents(_ svg: inout SVGWriter) {
    let summary = self.summary
    svg.element("title", content: summary.title)
    svg.element("desc", content: summary.description)
    if layout.colorBar == nil { drawGrid(&svg) }
    for mark in figure.marksInDrawingOrder { draw(mark, &svg) }
    drawAxes(&svg)
    drawLabels(&svg)
    drawLegend(&svg)
    drawColorBar(&svg)
  }

  // MARK: - Axes

  /// Faint lines across the plot area at every tick.
  private func drawGrid(_ svg: inout SVGWriter) {
    let rect = projection.rect
    var d = SVGPathData()
    for tick in projection.x.ticks {
      guard let x = projection.projectX(tick.value) else { continue }
      d.move(to: CanvasPoint(x: x, y: rect.minY))
      d.append("V" + SVGPathData.number(rect.maxY))
    }
    for tick in projection.y.ticks {
      guard let y = projection.projectY(tick.value) else { continue }
      d.move(to: CanvasPoint(x: rect.minX, y: y))
      d.append("H" + SVGPathData.number(rect.maxX))
    }
    guard !d.isEmpty else { return }
    svg.element(
      "path", ["d": d.text, "fill": "none", "stroke": "currentColor", "stroke-opacity": "0.15"])
  }

  /// The left and bottom axis lines, their ticks and tick labels.
  private func drawAxes(_ svg: inout SVGWriter) {
    let rect = projection.rect
    var d = SVGPathData()
    d.move(to: CanvasPoint(x: rect.minX, y: rect.minY))
    d.append("V" + SVGPathData.number(rect.maxY) + "H" + SVGPathData.number(rect.maxX))
    let xTicks = projection.x.ticks.compactMap { tick in
      projection.projectX(tick.value).map { (x: $0, label: tick.label) }
    }
    let yTicks = projection.y.ticks.compactMap { tick in
      projection.projectY(tick.value).map { (y: $0, label: tick.label) }
    }
    for tick in xTicks {
      d.move(to: CanvasPoint(x: tick.x, y: rect.maxY))
      d.append("v5")
    }
    for tick in yTicks {
      d.move(to: CanvasPoint(x: rect.minX, y: tick.y))
      d.append("h-5")
    }
    for x in projection.x.minorTicks.compactMap(projection.projectX) {
      d.move(to: CanvasPoint(x: x, y: rect.maxY))
      d.append("v3")
    }
    for y in projection.y.minorTicks.compactMap(projection.projectY) {
      d.move(to: CanvasPoint(x: rect.minX, y: y))
      d.append("h-3")
    }
    svg.element("path", ["d": d.text, "fill": "none", "stroke": "currentColor"])

    // Category names can be long: shorten them to the space between ticks, or where that
    // leaves too little, keep every k-th so that neighbours do not collide.
    var labels = xTicks.map(\.label)
    let spacing = xTicks.count > 1 ? abs(xTicks[1].x - xTicks[0].x) : .infinity
    let room = Int(
      (spacing - 8) / SVGLayout.characterWidth, rounding: .towardZero, clampedTo: -1...1000)
    if projection.x.isCategorical, room >= 5 {
      labels = labels.map { TerminalWidth.truncate($0, to: room) }
    }
    let widest = labels.map(SVGLayout.textWidth).max() ?? 0
    let every = Int(
      (widest + 8) / spacing + 1, rounding: .towardZero, clampedTo: 1...max(1, xTicks.count))
    svg.open("g", ["text-anchor": "middle"])
    for (index, tick) in xTicks.enumerated() where index.isMultiple(of: every) {
      svg.element(
        "text", ["x": SVGPathData.number(tick.x), "y": SVGPathData.number(rect.maxY + 20)],
        content: projection.x.isCategorical ? labels[index] : Self.typeset(labels[index]))
    }
    svg.close("g")
    svg.open("g", ["text-anchor": "end"])
    for tick in yTicks {
      svg.element(
        "text", ["x": SVGPathData.number(rect.minX - 8), "y": SVGPathData.number(tick.y + 4)],
        content: projection.y.isCategorical
          ? TerminalWidth.truncate(tick.label, to: layout.yTickLabelLimit)
          : Self.typeset(tick.label))
    }
    svg.close("g")
  }

  /// The title and the axis labels.
  private func drawLabels(_ svg: inout SVGWriter) {
    let rect = projection.rect
    let centreX = SVGPathData.number((rect.minX + rect.maxX) / 2)
    if let title = figure.title.map(fittingTitle), let baseline = layout.titleBaseline {
      svg.element(
        "text",
        [
          "x": centreX, "y": SVGPathData.number(baseline), "text-anchor": "middle",
          "font-size": PlotNumberFormat.svg(SVGLayout.titleFontSize), "font-weight": "600",
        ], content: title)
    }
    if let xLabel = figure.xLabel {
      svg.element(
        "text", ["x": centreX, "y": SVGPathData.number(rect.maxY + 40), "text-anchor": "middle"],
        content: TerminalWidth.truncate(xLabel, to: Int(rect.width / SVGLayout.characterWidth)))
    }
    if let yLabel = figure.yLabel {
      let centreY = SVGPathData.number((rect.minY + rect.maxY) / 2)
      svg.element(
        "text",
        ["transform": "translate(22 \(centreY)) rotate(-90)", "text-anchor": "middle"],
        content: TerminalWidth.truncate(yLabel, to: Int(rect.height / SVGLayout.characterWidth)))
    }
  }

  /// `title` shortened with "…" to fit the drawing when centred over the plot area
  /// (estimating bold 15-pixel type).
  private func fittingTitle(_ title: String) -> String {
    let centre = (projection.rect.minX + projection.rect.maxX) / 2
    let room = 2 * min(centre, layout.canvas.width - centre) - 16
    return TerminalWidth.truncate(title, to: Int(room / (SVGLayout.titleFontSize * 0.62)))
  }

  /// A numeric tick label with true minus signs in place of hyphens.
  static func typeset(_ label: String) -> String {
    String(label.map { $0 == "-" ? "−" : $0 })
  }
}
