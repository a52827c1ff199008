extension Int {
  /// `value` rounded with `rule` and clamped to `bounds`; NaN becomes the lower bound.
  ///
  /// Renderers turn coordinates into cell and colour indices with this, so that
  /// extreme data (or a degenerate range) can never trap on an out-of-range conversion.
  init(
    _ value: Double, rounding rule: FloatingPointRoundingRule, clampedTo bounds: ClosedRange<Int>
  ) {
    guard !value.isNaN else {
      self = bounds.lowerBound
      return
    }
    let rounded = value.rounded(rule)
    if rounded <= Double(bounds.lowerBound) {
      self = bounds.lowerBound
    } else if rounded >= Double(bounds.upperBound) {
      self = bounds.upperBound
    } else {
      self = Int(rounded)
    }
  }
}
