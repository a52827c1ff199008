import Foundation

/// A labelled position on an axis.
struct Tick: Sendable, Hashable {
  /// The data value at the tick.
  var value: Double
  /// The text shown at the tick (with an ASCII hyphen-minus for negative values).
  var label: String
}

/// Chooses "nice" tick positions — multiples of 1, 2 or 5 times a power of ten — and
/// formats their labels compactly.
enum TickLocator {
  /// The step `{1, 2, 5} × 10ᵏ` that splits `span` into a number of intervals closest
  /// (by ratio) to `target`.
  static func niceStep(span: Double, target: Int) -> Double {
    guard span > 0, span.isFinite else { return 1 }
    let goal = Double(max(1, target))
    let magnitude = Foundation.pow(10, Foundation.floor(Foundation.log10(span / goal)))
    let candidates = [1.0, 2, 5, 10].map { $0 * magnitude }
    func distance(_ step: Double) -> Double { abs(Foundation.log(span / step / goal)) }
    return candidates.min { distance($0) < distance($1) } ?? magnitude
  }

  /// The next nice step below `step` (5 → 2 → 1 → 0.5 …).
  static func smallerStep(_ step: Double) -> Double {
    let magnitude = Foundation.pow(10, Foundation.floor(Foundation.log10(step) + 1e-9))
    let multiple = (step / magnitude).rounded()
    return multiple >= 5 ? 2 * magnitude : multiple >= 2 ? magnitude : magnitude / 2
  }

  /// Ticks at the multiples of a nice step (at least `minimumStep`) inside `lower...upper`,
  /// about `target` of them.
  static func linear(
    _ lower: Double, _ upper: Double, target: Int, minimumStep: Double = 0
  ) -> [Tick] {
    var step = max(niceStep(span: upper - lower, target: target), minimumStep)
    // Tick indices must fit in an Int; a range this narrow for its magnitude gets its ends.
    guard max(abs(lower), abs(upper)) / step < 1e15 else {
      return [lower, upper].map {
        Tick(value: $0, label: PlotNumberFormat.compact($0, significant: 6))
      }
    }
    var first = Int(Foundation.ceil(lower / step - 1e-9))
    var last = Int(Foundation.floor(upper / step + 1e-9))
    // A step that leaves fewer than two ticks in range tells nothing; take the next smaller.
    while last - first < 1, smallerStep(step) >= minimumStep, upper > lower {
      step = smallerStep(step)
      first = Int(Foundation.ceil(lower / step - 1e-9))
      last = Int(Foundation.floor(upper / step + 1e-9))
    }
    guard first <= last else { return [] }
    let values = (first...last).map { Double($0) * step }
    return values.map { Tick(value: $0, label: label($0, step: step)) }
  }

  /// Ticks for a base-10 logarithmic axis over `lower...upper` (both positive): powers of
  /// ten, thinned to about `target`; when fewer than two powers of ten are in range,
  /// 1-2-5 multiples; and when even those are too few, linear ticks.
  static func logarithmic(_ lower: Double, _ upper: Double, target: Int) -> [Tick] {
    let low = Foundation.log10(lower)
    let high = Foundation.log10(upper)
    // A range reaching 0 or infinity has no decades to count (and no Int exponents).
    guard low.isFinite, high.isFinite, low <= high else {
      return linear(lower, upper, target: target)
    }
    let firstDecade = Int(Foundation.ceil(low - 1e-9))
    let lastDecade = Int(Foundation.floor(high + 1e-9))
    if lastDecade - firstDecade + 1 >= 2 {
      let count = lastDecade - firstDecade + 1
      let stride = max(1, Int(Foundation.ceil(Double(count) / Double(max(1, target)))))
      return Swift.stride(from: firstDecade, through: lastDecade, by: stride).map { exponent in
        let value = Foundation.pow(10, Double(exponent))
        return Tick(value: value, label: label(value, step: value))
      }
    }
    var ticks: [Tick] = []
    for exponent in Int(Foundation.floor(low))...Int(Foundation.ceil(high)) {
      let decade = power(1, exponent)
      for multiple in [1.0, 2, 5] {
        let value = power(multiple, exponent)
        if value >= lower * (1 - 1e-9) && value <= upper * (1 + 1e-9) {
          ticks.append(Tick(value: value, label: label(value, step: decade)))
        }
      }
    }
    return ticks.count >= 2 ? ticks : linear(lower, upper, target: target)
  }

  /// The multiples 2–9 of each power of ten inside `lower...upper` (both positive), or
  /// none when the range spans more than six decades.
  static func logarithmicMinor(_ lower: Double, _ upper: Double) -> [Double] {
    let low = Foundation.floor(Foundation.log10(lower))
    let high = Foundation.ceil(Foundation.log10(upper))
    guard high - low <= 6 else { return [] }
    var values: [Double] = []
    for exponent in Int(low)..<Int(high) {
      for multiple in 2...9 {
        let value = power(Double(multiple), exponent)
        if value >= lower && value <= upper { values.append(value) }
      }
    }
    return values
  }

  /// `multiple × 10^exponent`, computed so that decimals such as 0.6 come out as the
  /// nearest `Double` (`6 / 10`, not `6 × 0.1`).
  static func power(_ multiple: Double, _ exponent: Int) -> Double {
    exponent < 0
      ? multiple / Foundation.pow(10, Double(-exponent))
      : multiple * Foundation.pow(10, Double(exponent))
  }

  /// Ticks at the category positions `0, 1, 2, …`, labelled with the category names.
  static func categorical(_ names: [String]) -> [Tick] {
    names.enumerated().map { Tick(value: Double($0), label: $1) }
  }

  /// The label of a tick at `value` on an axis whose ticks are `step` apart: just enough
  /// decimals to tell neighbours apart, and scientific notation for very large or small values.
  static func label(_ value: Double, step: Double) -> String {
    if value == 0 { return "0" }
    guard value.isFinite, step.isFinite, step > 0 else {
      return PlotNumberFormat.compact(value, significant: 6)
    }
    let stepExponent = Int(Foundation.floor(Foundation.log10(step) + 1e-9))
    let valueExponent = Int(Foundation.floor(Foundation.log10(abs(value)) + 1e-9))
    if valueExponent >= 6 || stepExponent <= -5 {
      // Capped: a range narrow for its magnitude would otherwise get 20-character labels.
      let decimals = min(4, max(0, valueExponent - stepExponent))
      return PlotNumberFormat.scientific(value, decimals: decimals)
    }
    return PlotNumberFormat.trimmed(value, decimals: max(0, -stepExponent))
  }
}
