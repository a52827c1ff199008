/// The data ranges a figure's axes show, before any rendering decisions.
///
/// Ranges fit the data with a small margin (none for heatmaps and contour plots, which
/// fill the plot area; none below bars that stand on zero), unless the figure fixes them
/// with ``Figure/xLimits(_:)`` or ``Figure/yLimits(_:)``.
struct PlotDomain: Sendable {
  /// The horizontal range, in data values.
  var x: ClosedRange<Double>
  /// The vertical range, in data values.
  var y: ClosedRange<Double>
  /// Whether the y axis grows downwards (a heatmap with row 0 at the top).
  var yReversed: Bool
  /// The category names of a bar chart, which replace the numeric x ticks.
  var xCategories: [String]?
  /// The category names of the y axis (heatmap rows, top to bottom).
  var yCategories: [String]?
  /// Whether x values are indices (of heatmap columns), so ticks should be whole numbers.
  var xCountsIndices = false
  /// Whether y values are indices (of heatmap rows), so ticks should be whole numbers.
  var yCountsIndices = false

  /// How the horizontal axis maps values to positions.
  var xScale: AxisScale
  /// How the vertical axis maps values to positions.
  var yScale: AxisScale

  /// The horizontal axis with about `tickTarget` ticks.
  func xAxis(tickTarget: Int) -> PlotAxis {
    PlotAxis(
      scale: xScale, range: x, tickTarget: tickTarget, categories: xCategories,
      wholeNumbers: xCountsIndices)
  }

  /// The vertical axis with about `tickTarget` ticks.
  func yAxis(tickTarget: Int) -> PlotAxis {
    PlotAxis(
      scale: yScale, range: y, reversed: yReversed, tickTarget: tickTarget,
      categories: yCategories, wholeNumbers: yCountsIndices)
  }

  /// The fraction of the data range added at each end of an axis.
  static let margin = 0.04

  /// The domain of `figure`.
  init(_ figure: Figure) {
    var xs: [Double] = []
    var ys: [Double] = []
    var tight = false
    var barsStandOnZero = false
    yReversed = false
    xCategories = nil
    yCategories = nil
    xScale = figure.xScale
    yScale = figure.yScale
    for mark in figure.marks {
      switch mark {
      case .line(let series), .scatter(let series), .path(let series):
        for point in series.points where point.x.isFinite && point.y.isFinite {
          xs.append(point.x)
          ys.append(point.y)
        }
      case .bars(let bars):
        for bar in bars.bars where bar.value.isFinite {
          xs += [bar.lower, bar.upper]
          ys.append(bar.value)
        }
        if figure.yScale == .linear {
          ys.append(0)
          barsStandOnZero = true
        }
        if xCategories == nil, let categories = bars.categories {
          xCategories = categories
        }
      case .heatmap(let heatmap):
        xs += [heatmap.x.lowerBound, heatmap.x.upperBound]
        ys += [heatmap.y.lowerBound, heatmap.y.upperBound]
        tight = true
        yReversed = yReversed || heatmap.rowZeroAtTop
        xCountsIndices = xCountsIndices || heatmap.columnsAreIndexed
        yCountsIndices = yCountsIndices || heatmap.rowZeroAtTop
        xCategories = xCategories ?? heatmap.columnLabels
        yCategories = yCategories ?? heatmap.rowLabels
      case .contour(let contour):
        xs += [contour.x.lowerBound, contour.x.upperBound]
        ys += [contour.y.lowerBound, contour.y.upperBound]
        tight = true
      case .band(let band):
        for (x, (low, high)) in zip(band.x, zip(band.lower, band.upper)) where x.isFinite {
          xs.append(x)
          ys += [low, high].filter(\.isFinite)
        }
      case .reference(let line) where line.value.isFinite:
        switch line.orientation {
        case .horizontal: ys.append(line.value)
        case .vertical: xs.append(line.value)
        }
      case .reference:
        break
      }
    }
    let margin = tight ? 0 : Self.margin
    x =
      figure.xLimits.flatMap { Self.valid($0, figure.xScale) }
      ?? Self.fit(xs, scale: figure.xScale, margin: margin, stickyZero: false)
    y =
      figure.yLimits.flatMap { Self.valid($0, figure.yScale) }
      ?? Self.fit(ys, scale: figure.yScale, margin: margin, stickyZero: barsStandOnZero)
  }

  /// `limits` if the scale can show both ends and they differ.
  private static func valid(_ limits: ClosedRange<Double>, _ scale: AxisScale) -> ClosedRange<
    Double
  >? {
    guard let low = scale.transform(limits.lowerBound),
      let high = scale.transform(limits.upperBound),
      low < high
    else { return nil }
    return limits
  }

  /// The range of `values` that `scale` can show, widened by `margin` of its span at both
  /// ends (in the scale's linear space) — except at an end that is exactly zero when
  /// `stickyZero` is set.
  private static func fit(
    _ values: [Double], scale: AxisScale, margin: Double, stickyZero: Bool
  ) -> ClosedRange<Double> {
    let positions = values.compactMap(scale.transform)
    guard var low = positions.min(), var high = positions.max() else {
      return scale == .log ? 1...10 : 0...1
    }
    if low == high {
      if stickyZero && low == 0 { return 0...1 }
      let widening = scale == .log || low == 0 ? 1 : abs(low) * 0.1
      return scale.untransform(low - widening)...scale.untransform(high + widening)
    }
    let padding = (high - low) * margin
    if !(stickyZero && low == 0) { low -= padding }
    if !(stickyZero && high == 0) { high += padding }
    return scale.untransform(low)...scale.untransform(high)
  }
}
