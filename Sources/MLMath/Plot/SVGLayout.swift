/// Where the parts of an SVG rendering go: title, legend rows, plot area, colour bar,
/// and the axes with their ticks — computed from estimated text widths.
struct SVGLayout {
  /// The size of tick labels and legend text.
  static let fontSize = 12.0
  /// The size of the title.
  static let titleFontSize = 15.0
  /// The estimated advance of one character of 12-pixel text.
  static let characterWidth = 7.0
  /// The height of one legend row.
  static let legendRowHeight = 20.0
  /// The width of a legend entry's sample (a line, marker or swatch).
  static let legendSampleWidth = 26.0

  /// The smallest drawing that leaves room for a plot area.
  static let minimumSize = (width: 160, height: 120)

  /// The largest drawing: far beyond any page, small enough that pixel arithmetic stays exact.
  static let maximumSize = (width: 10_000, height: 10_000)

  /// The whole drawing.
  let canvas: CanvasRect
  /// The baseline of the title, if there is one.
  let titleBaseline: Double?
  /// The legend entries (style and label), and the row each goes in, with its x position.
  let legendEntries: [(mark: Mark, row: Int, x: Double)]
  /// The vertical centre of the first legend row.
  let legendTop: Double
  /// The axes and the plot area.
  let projection: PlotProjection
  /// The most characters a y tick label may have.
  let yTickLabelLimit: Int
  /// The colour bar of the first heatmap: its rectangle and value axis.
  let colorBar: (rect: CanvasRect, axis: PlotAxis, heatmap: Heatmap)?

  /// Lays out `figure` over its domain.
  init(_ figure: Figure, domain: PlotDomain) {
    let width = Double(max(Self.minimumSize.width, figure.size.width))
    let height = Double(max(Self.minimumSize.height, figure.size.height))
    canvas = CanvasRect(minX: 0, minY: 0, maxX: width, maxY: height)
    var top = 12.0
    if figure.title != nil {
      titleBaseline = top + Self.titleFontSize
      top += Self.titleFontSize + 12
    } else {
      titleBaseline = nil
    }

    // Legend entries flow left to right in rows from the plot area's left edge (not yet
    // known: it depends on the y tick labels, which depend on the legend's height).
    var entries: [(mark: Mark, row: Int, x: Double)] = []
    if figure.showsLegend {
      var row = 0
      var x = 0.0
      for mark in figure.marks where mark.label != nil {
        let entryWidth = Self.legendSampleWidth + 6 + Self.textWidth(mark.label ?? "") + 18
        if x > 0 && x + entryWidth > width - 100 {
          row += 1
          x = 0
        }
        entries.append((mark, row, x))
        x += entryWidth
      }
    }
    legendEntries = entries
    legendTop = top + Self.legendRowHeight / 2
    if let last = entries.last { top += Double(last.row + 1) * Self.legendRowHeight + 2 }
    top += 8

    let bottom = height - 8 - 6 - Self.fontSize - 6 - (figure.xLabel != nil ? 20 : 0)
    let heatmap = figure.marks.lazy.compactMap { mark -> Heatmap? in
      if case .heatmap(let heatmap) = mark { return heatmap }
      return nil
    }.first
    let plotHeight = bottom - top
    let yTicks = max(2, Int(plotHeight / 50))
    let yAxis = domain.yAxis(tickTarget: yTicks)

    var right = width - 20
    if let heatmap {
      let axis = PlotAxis(scale: .linear, range: heatmap.valueRange, tickTarget: yTicks)
      let labelWidth = axis.ticks.map { Self.textWidth($0.label) }.max() ?? 0
      right -= 14 + 12 + 8 + labelWidth
      let rect = CanvasRect(minX: right + 14, minY: top, maxX: right + 26, maxY: bottom)
      colorBar = (rect, axis, heatmap)
    } else {
      colorBar = nil
    }

    // Long category names may take at most a third of the width (they are shortened).
    yTickLabelLimit = Int(width / 3 / Self.characterWidth)
    let yLabelWidth = min(
      yAxis.ticks.map { Self.textWidth($0.label) }.max() ?? 0,
      Double(yTickLabelLimit) * Self.characterWidth)
    let left = 10 + (figure.yLabel != nil ? 22 : 0) + yLabelWidth + 10
    let plotWidth = right - left
    // Fewer x ticks while their labels would collide.
    var xTarget = max(2, Int(plotWidth / 80))
    var xAxis: PlotAxis
    repeat {
      xAxis = domain.xAxis(tickTarget: xTarget)
      let widest = xAxis.ticks.map { Self.textWidth($0.label) }.max() ?? 0
      if domain.xCategories != nil || xTarget <= 2
        || Double(xAxis.ticks.count) * (widest + 12) <= plotWidth
      {
        break
      }
      xTarget -= 1
    } while true
    projection = PlotProjection(
      x: xAxis, y: yAxis, rect: CanvasRect(minX: left, minY: top, maxX: right, maxY: bottom))
  }

  /// The estimated width of `text` in 12-pixel type.
  static func textWidth(_ text: String) -> Double {
    Double(text.count) * characterWidth
  }
}
