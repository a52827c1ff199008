/// Renders a figure as lines of Unicode text for terminals and plain-text chapters.
///
/// Layout, top to bottom: the title, the y-axis label, the plot area with y tick labels
/// on its left, the x axis with tick labels, the x-axis label, the legend, and (for
/// heatmaps) the shading scale. No line is wider than the requested width in terminal
/// cells, and trailing spaces are removed.
struct TextRenderer {
  /// The shading characters of heatmap cells, lowest values first.
  static let shades: [Character] = ["·", "░", "▒", "▓", "█"]
  /// The eighth-height blocks used for the tops of bars, one to seven eighths.
  static let eighths: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇"]

  /// The figure drawn.
  let figure: Figure
  /// The maximum line width, in cells.
  let width: Int
  /// The approximate total number of lines.
  let height: Int

  /// The narrowest rendering, in cells.
  static let minimumWidth = 16
  /// The shortest rendering, in lines.
  static let minimumHeight = 8
  /// The widest rendering, in cells, and the tallest, in lines: larger requests are
  /// reduced to these, so a mistaken size cannot exhaust memory.
  static let maximumSize = 1000

  /// A renderer for `figure` at most `width` cells wide and about `height` lines tall.
  init(_ figure: Figure, width: Int, height: Int) {
    self.figure = figure
    self.width = min(max(Self.minimumWidth, width), Self.maximumSize)
    self.height = min(max(Self.minimumHeight, height), Self.maximumSize)
  }

  /// The rendering, each line ending with a newline.
  func render() -> String {
    let domain = PlotDomain(figure)
    let legend = legendLines()
    let scale = shadingScaleLine()
    var header: [String] = []
    if let title = figure.title { header.append(TerminalWidth.centre(title, in: width)) }
    if let yLabel = figure.yLabel { header.append(TerminalWidth.truncate(yLabel, to: width)) }
    let footerCount = 2 + (figure.xLabel != nil ? 1 : 0) + legend.count + (scale != nil ? 1 : 0)
    let rows = max(4, height - header.count - footerCount)

    let yAxis = domain.yAxis(tickTarget: max(2, rows / 3))
    // Long category names may take at most a third of the width.
    let widestLabel = yAxis.ticks.map { TerminalWidth.columns(of: $0.label) }.max() ?? 0
    let gutter = min(widestLabel, width / 3)
    // One cell for the axis line; one spare at the right for x tick labels to overhang.
    let columns = max(8, width - gutter - 2)
    var target = max(2, columns / 10)
    var xAxis = domain.xAxis(tickTarget: target)
    while domain.xCategories == nil, target > 2,
      xAxis.ticks.map({ TerminalWidth.columns(of: $0.label) + 2 }).reduce(0, +) > columns
    {
      target -= 1
      xAxis = domain.xAxis(tickTarget: target)
    }

    var canvas = TextCanvas(columns: columns, rows: rows)
    let projection = PlotProjection(x: xAxis, y: yAxis, rect: canvas.dotRect)
    for mark in figure.marksInDrawingOrder { draw(mark, on: &canvas, projection) }

    var lines = header
    lines += plotLines(canvas, yAxis: yAxis, projection: projection, gutter: gutter)
    lines += xAxisLines(xAxis, projection: projection, gutter: gutter, columns: columns)
    if let xLabel = figure.xLabel {
      let centred = TerminalWidth.centre(xLabel, in: columns)
      lines.append(String(repeating: " ", count: gutter + 1) + centred)
    }
    lines += legend
    if let scale { lines.append(scale) }
    return lines.map { line in
      var trimmed = Substring(line)
      while trimmed.last == " " { trimmed.removeLast() }
      return String(trimmed) + "\n"
    }.joined()
  }

  // MARK: - Axes

  /// The rows of the plot area, each preceded by its y tick label and the axis line.
  private func plotLines(
    _ canvas: TextCanvas, yAxis: PlotAxis, projection: PlotProjection, gutter: Int
  ) -> [String] {
    var labels: [Int: String] = [:]
    for tick in yAxis.ticks {
      guard let y = projection.projectY(tick.value) else { continue }
      let row = Int(y.rounded() / 4, rounding: .down, clampedTo: 0...(canvas.rows - 1))
      if labels[row] == nil { labels[row] = TerminalWidth.truncate(tick.label, to: gutter) }
    }
    return (0..<canvas.rows).map { row in
      let label = labels[row] ?? ""
      let padding = String(repeating: " ", count: gutter - TerminalWidth.columns(of: label))
      return padding + label + (labels[row] == nil ? "│" : "┤") + canvas.line(row)
    }
  }

  /// The x axis line with tick marks, and the line of tick labels under it.
  private func xAxisLines(
    _ xAxis: PlotAxis, projection: PlotProjection, gutter: Int, columns: Int
  ) -> [String] {
    var axis = Array(repeating: Character("─"), count: columns)
    var labels = Array(repeating: Character(" "), count: width)
    var nextFree = 0
    let positions = xAxis.ticks.compactMap { projection.projectX($0.value) }
    let spacing =
      positions.count > 1
      ? Int(abs(positions[1] - positions[0]) / 2, rounding: .down, clampedTo: 0...width) : width
    for tick in xAxis.ticks {
      guard let x = projection.projectX(tick.value) else { continue }
      let column = Int(x.rounded() / 2, rounding: .down, clampedTo: 0...(columns - 1))
      axis[column] = "┬"
      // Centre the label under its tick, inside the line, clear of the previous label;
      // category names are shortened to the space between ticks when that leaves enough.
      var label = tick.label
      if xAxis.isCategorical, spacing >= 5 {
        label = TerminalWidth.truncate(label, to: spacing - 1)
      }
      let text = Array(label)
      let start = min(max(gutter + 1 + column - text.count / 2, 0), width - text.count)
      guard start >= nextFree, TerminalWidth.columns(of: label) == text.count else { continue }
      labels.replaceSubrange(start..<(start + text.count), with: text)
      nextFree = start + text.count + 1
    }
    return [
      String(repeating: " ", count: gutter) + "└" + String(axis),
      String(labels),
    ]
  }

  // MARK: - Legend and scale

  /// The legend entries — a sample of each series' line, marker or fill, then its
  /// name — flowed into lines no wider than the rendering.
  private func legendLines() -> [String] {
    guard figure.showsLegend else { return [] }
    var lines: [String] = []
    var current = ""
    for mark in figure.marks {
      guard let label = mark.label, let index = mark.styleIndex else { continue }
      let entry = sample(of: mark, style: SeriesStyle(index: index)) + " " + label
      let candidate = current.isEmpty ? "  " + entry : current + "   " + entry
      if !current.isEmpty && TerminalWidth.columns(of: candidate) > width {
        lines.append(current)
        current = TerminalWidth.truncate("  " + entry, to: width)
      } else {
        current = TerminalWidth.truncate(candidate, to: width)
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }

  /// Four cells showing how `mark` is drawn.
  private func sample(of mark: Mark, style: SeriesStyle) -> String {
    var canvas = TextCanvas(columns: 4, rows: 1)
    let line = [CanvasPoint(x: 0, y: 1), CanvasPoint(x: 7, y: 1)]
    switch mark {
    case .line(let series):
      canvas.drawLine(line, dash: style.dotDash)
      if series.showsMarkers { canvas.setMarker(style.textMarker, at: CanvasPoint(x: 3, y: 1)) }
    case .scatter:
      return " \(style.textMarker)  "
    case .path:
      canvas.drawLine(line)
      canvas.setMarker(style.textMarker, at: CanvasPoint(x: 3, y: 1))
    case .bars:
      return String(repeating: barCharacter(style), count: 4)
    case .band:
      return String(repeating: Self.bandShade, count: 4)
    case .heatmap, .contour, .reference:
      return "    "
    }
    return canvas.line(0)
  }

  /// The line explaining heatmap shading: the shades from low to high between the
  /// ends of the value range.
  private func shadingScaleLine() -> String? {
    for mark in figure.marks {
      guard case .heatmap(let heatmap) = mark else { continue }
      let low = PlotNumberFormat.compact(heatmap.valueRange.lowerBound)
      let high = PlotNumberFormat.compact(heatmap.valueRange.upperBound)
      return TerminalWidth.truncate("  \(low) \(String(Self.shades)) \(high)", to: width)
    }
    return nil
  }

  /// The fill character of bars in `style`: solid for the first series, shaded after.
  func barCharacter(_ style: SeriesStyle) -> Character {
    let fills: [Character] = ["█", "▒", "▓", "░"]
    return fills[style.index % fills.count]
  }
}
