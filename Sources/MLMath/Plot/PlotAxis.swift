/// One axis of a figure, resolved for a rendering: its scale, range, direction and ticks.
struct PlotAxis: Sendable {
  /// How values map to positions.
  var scale: AxisScale
  /// The data range shown.
  var range: ClosedRange<Double>
  /// Whether values grow towards the start (left or bottom) instead of the end.
  var reversed: Bool
  /// The labelled tick positions, in increasing order of value.
  var ticks: [Tick]
  /// Whether the ticks name categories rather than show numbers.
  var isCategorical: Bool
  /// Unlabelled positions between the ticks of a logarithmic axis (2–9 × 10ᵏ), when
  /// the axis spans few enough decades for them to be told apart.
  var minorTicks: [Double] = []

  /// An axis over `range` with about `tickTarget` ticks (or one per category); with
  /// `wholeNumbers`, linear ticks are at least 1 apart.
  init(
    scale: AxisScale, range: ClosedRange<Double>, reversed: Bool = false, tickTarget: Int,
    categories: [String]? = nil, wholeNumbers: Bool = false
  ) {
    self.scale = scale
    self.range = range
    self.reversed = reversed
    isCategorical = categories != nil
    if let categories {
      ticks = TickLocator.categorical(categories).filter { range.contains($0.value) }
    } else if scale == .log {
      ticks = TickLocator.logarithmic(range.lowerBound, range.upperBound, target: tickTarget)
      minorTicks = TickLocator.logarithmicMinor(range.lowerBound, range.upperBound)
        .filter { value in !ticks.contains { abs($0.value - value) <= value * 1e-9 } }
    } else {
      ticks = TickLocator.linear(
        range.lowerBound, range.upperBound, target: tickTarget, minimumStep: wholeNumbers ? 1 : 0)
    }
  }

  /// Where `value` lies along the axis: 0 at the start (left or bottom), 1 at the end,
  /// outside `0...1` beyond the range; `nil` if the scale cannot show it.
  func fraction(_ value: Double) -> Double? {
    guard let position = scale.transform(value),
      let low = scale.transform(range.lowerBound),
      let high = scale.transform(range.upperBound)
    else { return nil }
    let fraction = (position - low) / (high - low)
    return reversed ? 1 - fraction : fraction
  }

  /// The data value at `fraction` along the axis; the inverse of ``fraction(_:)``.
  func value(atFraction fraction: Double) -> Double {
    let low = scale.transform(range.lowerBound) ?? 0
    let high = scale.transform(range.upperBound) ?? 1
    let position = reversed ? 1 - fraction : fraction
    return scale.untransform(low + position * (high - low))
  }
}
