extension Figure {
  /// Shades the region between two curves, like matplotlib's
  /// `plt.fill_between(x, lower, upper, alpha=…)` — for confidence or prediction bands.
  ///
  /// The band is translucent and drawn beneath lines, so a line plotted through it
  /// (for example the mean) stays visible.
  ///
  /// - Parameters:
  ///   - x: The horizontal coordinates, in increasing order.
  ///   - lower: The lower boundary, one value per `x`.
  ///   - upper: The upper boundary, one value per `x`.
  ///   - label: The name shown by ``legend(_:)``.
  public func fillBetween(
    _ x: some Sequence<Double>, _ lower: some Sequence<Double>, _ upper: some Sequence<Double>,
    label: String? = nil
  ) -> Figure {
    let xs = Array(x)
    let lows = Array(lower)
    let highs = Array(upper)
    guard lows.count == xs.count, highs.count == xs.count else {
      failure(
        "fillBetween: x, lower and upper must have the same length, but x has \(xs.count) values, lower \(lows.count) and upper \(highs.count)"
      )
    }
    let band = Band(x: xs, lower: lows, upper: highs, label: label, styleIndex: nextStyleIndex)
    return adding(.band(band))
  }
}
