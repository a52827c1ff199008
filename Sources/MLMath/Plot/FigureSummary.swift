/// A plain-language description of a figure — its kind, axes and series with their
/// ranges — used as the text alternative of the SVG rendering for screen readers.
struct FigureSummary {
  /// The figure described.
  let figure: Figure
  /// The ranges its axes show.
  let domain: PlotDomain

  /// The figure's title, or its kind when it has none ("Line chart").
  var title: String {
    figure.title ?? kind
  }

  /// The kind of chart, from the kinds of its marks.
  var kind: String {
    let kinds = Set(figure.marks.compactMap(Self.kind(of:)))
    if kinds.count == 1, let only = kinds.first { return only }
    if kinds.contains("Contour plot") { return "Contour plot" }
    return kinds.isEmpty ? "Empty chart" : "Chart"
  }

  /// Sentences describing the chart.
  var description: String {
    var sentences: [String] = []
    sentences.append(figure.title.map { "\(kind) titled “\($0)”." } ?? "\(kind).")
    sentences.append(
      "Horizontal axis \(axis(figure.xLabel, figure.xScale, domain.x, domain.xCategories)); "
        + "vertical axis \(axis(figure.yLabel, figure.yScale, domain.y, domain.yCategories)).")
    let parts = figure.marks.map(describe)
    if !parts.isEmpty {
      let count = parts.count == 1 ? "1 element" : "\(parts.count) elements"
      sentences.append("\(count): " + parts.joined(separator: "; ") + ".")
    }
    return sentences.joined(separator: " ")
  }

  private static func kind(of mark: Mark) -> String? {
    switch mark {
    case .line, .path: "Line chart"
    case .scatter: "Scatter plot"
    case .bars(let bars): bars.categories == nil ? "Histogram" : "Bar chart"
    case .heatmap: "Heatmap"
    case .contour: "Contour plot"
    case .band: "Area chart"
    case .reference: nil
    }
  }

  private func axis(
    _ label: String?, _ scale: AxisScale, _ range: ClosedRange<Double>,
    _ categories: [String]? = nil
  ) -> String {
    let name = label.map { "“\($0)” " } ?? ""
    let log = scale == .log ? "logarithmic, " : ""
    if let categories {
      return name + "with categories " + categories.map { "“\($0)”" }.joined(separator: ", ")
    }
    return name + "(\(log)from \(number(range.lowerBound)) to \(number(range.upperBound)))"
  }

  private func describe(_ mark: Mark) -> String {
    let name = mark.label.map { "“\($0)” " } ?? ""
    switch mark {
    case .line(let series):
      return name + (series.showsMarkers ? "line with markers " : "line ") + ranges(series.points)
    case .scatter(let series):
      return name + "scatter " + ranges(series.points)
    case .path(let series):
      return name + "path " + ranges(series.points)
    case .bars(let bars):
      let values = bars.bars.map(\.value)
      let heights = "heights from \(number(values.min() ?? 0)) to \(number(values.max() ?? 0))"
      if let categories = bars.categories {
        return name + "bars for \(categories.count) categories, \(heights)"
      }
      let low = bars.bars.first?.lower ?? 0
      let high = bars.bars.last?.upper ?? 0
      return name
        + "histogram with \(bars.bars.count) bins from \(number(low)) to \(number(high)), "
        + heights
    case .heatmap(let heatmap):
      return "heatmap of a \(heatmap.values.rows)×\(heatmap.values.columns) matrix, colour scale "
        + "from \(number(heatmap.valueRange.lowerBound)) to \(number(heatmap.valueRange.upperBound))"
    case .band(let band):
      let finite = zip(band.x, zip(band.lower, band.upper)).filter {
        $0.isFinite && $1.0.isFinite && $1.1.isFinite
      }
      guard let first = finite.first, let last = finite.last else { return name + "band (empty)" }
      let low = finite.map(\.1.0).min() ?? 0
      let high = finite.map(\.1.1).max() ?? 0
      return name + "shaded band over x from \(number(first.0)) to \(number(last.0)), "
        + "y from \(number(low)) to \(number(high))"
    case .reference(let line):
      let axis = line.orientation == .horizontal ? "horizontal line at y" : "vertical line at x"
      return (line.label.map { "“\($0)” " } ?? "") + "\(axis) = \(number(line.value))"
    case .contour(let contour):
      let values = contour.levels.map(\.value)
      guard let low = values.first, let high = values.last else { return "contour lines (none)" }
      return "contour lines at \(values.count) levels from \(number(low)) to \(number(high))"
    }
  }

  private func ranges(_ points: [PlotPoint]) -> String {
    let finite = points.filter { $0.x.isFinite && $0.y.isFinite }
    guard let first = finite.first else { return "with no points" }
    var (xLow, xHigh, yLow, yHigh) = (first.x, first.x, first.y, first.y)
    for point in finite {
      xLow = min(xLow, point.x)
      xHigh = max(xHigh, point.x)
      yLow = min(yLow, point.y)
      yHigh = max(yHigh, point.y)
    }
    return "with \(finite.count) points, x from \(number(xLow)) to \(number(xHigh)), "
      + "y from \(number(yLow)) to \(number(yHigh))"
  }

  private func number(_ value: Double) -> String {
    PlotNumberFormat.compact(value)
  }
}
