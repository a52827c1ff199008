// Order statistics: median, quantiles and percentiles by NumPy's thirteen
// methods, the interquartile range, and the mode.
//
// Quantiles follow NumPy's `_quantile` step by step: a virtual index into the
// sorted data from the method's formula, its two neighbours (clamped to the
// ends), the fraction between them, and NumPy's `_lerp`. One rule differs,
// on purpose: where the virtual index is a whole number the element there is
// the answer, as NumPy itself answers for an integer `q` — NumPy's float path
// would compute `-inf + (1 - -inf) · 0` and print `nan` for
// `np.quantile([-inf, 1, 2, inf], 0.0)`.

/// How a quantile between two data points is chosen — NumPy's `method=` of
/// `np.quantile` and `np.percentile` (Hyndman & Fan, "Sample quantiles in
/// statistical packages", 1996; `.linear` is their definition 7).
public enum QuantileMethod: String, Sendable, CaseIterable {
  /// H&F 1: the smallest value whose empirical CDF reaches `q` (`'inverted_cdf'`).
  case invertedCDF = "inverted_cdf"
  /// H&F 2: as `invertedCDF`, averaging at the jumps (`'averaged_inverted_cdf'`).
  case averagedInvertedCDF = "averaged_inverted_cdf"
  /// H&F 3: the nearest order statistic, even ones on ties (`'closest_observation'`).
  case closestObservation = "closest_observation"
  /// H&F 4: linear interpolation of the empirical CDF (`'interpolated_inverted_cdf'`).
  case interpolatedInvertedCDF = "interpolated_inverted_cdf"
  /// H&F 5: piecewise linear with the data at the middle of their steps (`'hazen'`).
  case hazen
  /// H&F 6: the data at `k / (n + 1)` (`'weibull'`).
  case weibull
  /// H&F 7, NumPy's default: the data at `(k − 1) / (n − 1)` (`'linear'`).
  case linear
  /// H&F 8: approximately median-unbiased whatever the distribution (`'median_unbiased'`).
  case medianUnbiased = "median_unbiased"
  /// H&F 9: approximately unbiased for normal data (`'normal_unbiased'`).
  case normalUnbiased = "normal_unbiased"
  /// The data point at or below the linear method's position (`'lower'`).
  case lower
  /// The data point at or above the linear method's position (`'higher'`).
  case higher
  /// The mean of `lower` and `higher` (`'midpoint'`).
  case midpoint
  /// The data point nearest the linear method's position, even ones on ties (`'nearest'`).
  case nearest
}

/// The median: the middle value, or the mean of the two middle values
/// (NumPy's `np.median(v)`). NaN if any element is NaN or `v` is empty.
public func median(_ v: Vector) -> Double {
  if v.count == 0 || v.elements.contains(where: \.isNaN) { return .nan }
  var values = v.elements
  let h = values.count / 2
  return values.withUnsafeMutableBufferPointer { a in
    selectElement(a, h)
    if a.count % 2 == 1 { return a[h] }
    // After selection everything before `h` is ≤ a[h]; the largest of it is the lower middle.
    var lower = a[0]
    for i in 1..<h where a[i] > lower { lower = a[i] }
    return (lower + a[h]) / 2
  }
}

/// The median of each column (`axis: 0`) or row (`axis: 1`; `-1` and `-2`
/// count from the end) (NumPy's `np.median(m, axis)`).
public func median(_ m: Matrix, axis: Int) -> Vector {
  Vector(m.lines(axis).map { median(Vector($0)) })
}

/// The `q`-th quantile, `0 ≤ q ≤ 1` (NumPy's `np.quantile(v, q, method=…)`).
///
/// NaN if any element is NaN. Stops the program if `v` is empty or `q` is
/// outside [0, 1], as NumPy raises.
public func quantile(_ v: Vector, _ q: Double, method: QuantileMethod = .linear) -> Double {
  checkQuantile(q, "quantile", scale: 1)
  return quantileValues(v.elements, [q], method, "quantile")[0]
}

/// The quantile at a whole-number `q`, 0 or 1 (NumPy's `np.quantile(v, 0)`
/// with a Python `int`): with the `linear` method NumPy then takes the first
/// or last sorted element as it is, where `q = 0.0` interpolates (and gives
/// NaN next to an infinity: `[-inf, 1, 2, inf]` has quantile −inf at `0`,
/// NaN at `0.0`). Other methods are the same as for `Double(q)`.
public func quantile(_ v: Vector, _ q: Int, method: QuantileMethod = .linear) -> Double {
  checkQuantile(Double(q), "quantile", scale: 1)
  return quantileValues(v.elements, [Double(q)], method, "quantile", integralQ: true)[0]
}

/// The quantiles at each of `q` (NumPy's `np.quantile(v, [q₁, q₂, …], method=…)`).
public func quantile(_ v: Vector, _ q: Vector, method: QuantileMethod = .linear) -> Vector {
  for x in q.elements { checkQuantile(x, "quantile", scale: 1) }
  return Vector(quantileValues(v.elements, q.elements, method, "quantile"))
}

/// The quantile `q` of each column (`axis: 0`) or row (`axis: 1`) (NumPy's `np.quantile(m, q, axis)`).
public func quantile(_ m: Matrix, _ q: Double, axis: Int, method: QuantileMethod = .linear) -> Vector {
  checkQuantile(q, "quantile", scale: 1)
  return Vector(m.lines(axis).map { quantileValues($0, [q], method, "quantile")[0] })
}

/// The quantiles `q` of each column (`axis: 0`) or row (`axis: 1`): row `k`
/// of the result holds quantile `q[k]` of every line, the shape NumPy's
/// `np.quantile(m, [q₁, q₂, …], axis)` returns.
public func quantile(_ m: Matrix, _ q: Vector, axis: Int, method: QuantileMethod = .linear) -> Matrix {
  for x in q.elements { checkQuantile(x, "quantile", scale: 1) }
  let lines = m.lines(axis)
  let perLine = lines.map { quantileValues($0, q.elements, method, "quantile") }
  var out = Matrix(rows: q.count, columns: lines.count)
  for (j, values) in perLine.enumerated() {
    for k in 0..<q.count { out[k, j] = values[k] }
  }
  return out
}

/// The `p`-th percentile, `0 ≤ p ≤ 100` (NumPy's `np.percentile(v, p, method=…)`).
public func percentile(_ v: Vector, _ p: Double, method: QuantileMethod = .linear) -> Double {
  checkQuantile(p, "percentile", scale: 100)
  return quantileValues(v.elements, [p / 100], method, "percentile")[0]
}

/// The percentiles at each of `p` (NumPy's `np.percentile(v, [p₁, p₂, …])`).
public func percentile(_ v: Vector, _ p: Vector, method: QuantileMethod = .linear) -> Vector {
  for x in p.elements { checkQuantile(x, "percentile", scale: 100) }
  return Vector(quantileValues(v.elements, (p / 100).elements, method, "percentile"))
}

/// The percentile `p` of each column (`axis: 0`) or row (`axis: 1`) (NumPy's `np.percentile(m, p, axis)`).
public func percentile(_ m: Matrix, _ p: Double, axis: Int, method: QuantileMethod = .linear) -> Vector {
  checkQuantile(p, "percentile", scale: 100)
  return Vector(m.lines(axis).map { quantileValues($0, [p / 100], method, "percentile")[0] })
}

/// The percentiles `p` of each column (`axis: 0`) or row (`axis: 1`), one row
/// of the result per percentile (NumPy's `np.percentile(m, [p₁, …], axis)`).
public func percentile(_ m: Matrix, _ p: Vector, axis: Int, method: QuantileMethod = .linear) -> Matrix {
  for x in p.elements { checkQuantile(x, "percentile", scale: 100) }
  return quantile(m, p / 100, axis: axis, method: method)
}

/// The interquartile range, 75th minus 25th percentile (SciPy's `scipy.stats.iqr(v)`).
///
/// Computed as SciPy 1.17 computes it (`scipy.stats.quantile`'s weighted form
/// `(1 − g)·y[j] + g·y[j+1]`, not NumPy's `_lerp`), so infinite and huge data
/// give SciPy's answer: `iqr([1, 2, inf])` is `inf`, `iqr([1e308, 1e308, -1e308])`
/// is `1e308`. NaN if any element is NaN; an empty vector gives NaN, as in SciPy.
public func iqr(_ v: Vector) -> Double {
  if v.count == 0 || v.elements.contains(where: \.isNaN) { return .nan }
  let sorted = sortedWithNaNLast(v.elements)
  return unsignedNaN(scipyLinearQuantile(sorted, 0.75) - scipyLinearQuantile(sorted, 0.25))
}

/// The interquartile range of each column (`axis: 0`) or row (`axis: 1`) (SciPy's `scipy.stats.iqr(m, axis)`).
public func iqr(_ m: Matrix, axis: Int) -> Vector {
  Vector(m.lines(axis).map { iqr(Vector($0)) })
}

/// The most frequent value; the smallest of them on a tie (SciPy's `scipy.stats.mode(v).mode`).
///
/// NaN counts as a value, as in SciPy (all NaNs together, after every number):
/// `mode([1, nan, nan, nan])` is NaN. NaN for an empty vector.
public func mode(_ v: Vector) -> Double {
  let s = sortedWithNaNLast(v.elements)
  guard var best = s.first else { return .nan }
  var bestCount = 0
  var i = 0
  while i < s.count {
    var j = i + 1
    while j < s.count && (s[j] == s[i] || (s[j].isNaN && s[i].isNaN)) { j += 1 }
    if j - i > bestCount {
      best = s[i]
      bestCount = j - i
    }
    i = j
  }
  return unsignedNaN(best)
}

/// The most frequent value of each column (`axis: 0`, SciPy's default) or row (`axis: 1`)
/// (SciPy's `scipy.stats.mode(m, axis).mode`).
public func mode(_ m: Matrix, axis: Int = 0) -> Vector {
  Vector(m.lines(axis).map { mode(Vector($0)) })
}

// MARK: - NumPy's quantile algorithm

/// Stops unless `0 ≤ x ≤ scale` (NumPy: "Quantiles must be in the range [0, 1]",
/// "Percentiles must be in the range [0, 100]").
func checkQuantile(_ x: Double, _ function: String, scale: Double) {
  if !(x >= 0 && x <= scale) {
    let what = scale == 1 ? "quantiles" : "percentiles"
    failure("\(function): \(what) must be in the range [0, \(Int(scale))], got \(x)")
  }
}

/// The quantiles `qs` (each in [0, 1]) of `values` by `method`; all NaN if a
/// value is NaN. Stops on empty data, which NumPy refuses too.
///
/// `integralQ` is NumPy's integer-`q` path: `np.quantile(v, 0)` with the
/// `linear` method takes the element at the whole-number index `(n − 1)·q`
/// instead of interpolating (which matters next to an infinity or a −0.0).
func quantileValues(
  _ values: [Double], _ qs: [Double], _ method: QuantileMethod, _ function: String, integralQ: Bool = false
) -> [Double] {
  if values.isEmpty {
    failure("\(function): cannot take a \(function) of an empty Vector (NumPy: index -1 is out of bounds)")
  }
  if values.contains(where: \.isNaN) { return qs.map { _ in .nan } }
  let n = values.count
  let positions = qs.map { quantilePosition($0, count: n, method, integralQ: integralQ) }
  let statistics = orderStatistics(values, positions.flatMap { [$0.previous, $0.next] })
  return positions.map { p in
    // Every rank asked for is in `statistics` (orderStatistics was given them all).
    let (a, b) = (statistics[p.previous, default: .nan], statistics[p.next, default: .nan])
    return unsignedNaN(p.gamma.map { lerp(a, b, $0) } ?? a)
  }
}

/// Where quantile `q` falls among `count` sorted values, by NumPy's rules for
/// `method` (`numpy/lib/_function_base_impl.py`, `_quantile`): the two
/// neighbouring indices and the interpolation weight, or `gamma == nil` for the
/// methods that take one element as it is.
///
/// The weight is NumPy's to the last detail, because it decides the printed
/// result next to infinities and signed zeros: it is measured from the
/// neighbour index *after* clipping (−1 standing for the last element past
/// the top, 0 below the bottom), and `_lerp` then interpolates from whichever
/// end the weight is nearer.
func quantilePosition(_ q: Double, count n: Int, _ method: QuantileMethod, integralQ: Bool = false)
  -> (previous: Int, next: Int, gamma: Double?)
{
  let size = Double(n)
  func discrete(_ index: Double, takePrevious: (Double, Double) -> Bool) -> (Int, Int, Double?) {
    // `_discrete_interpolation_to_boundaries`: negative indices become 0.
    let previous = index.rounded(.down)
    let chosen = takePrevious(index - previous, previous) ? previous : previous + 1
    let k = Swift.min(Swift.max(Int(chosen), 0), n - 1)
    return (k, k, nil)
  }
  func element(_ index: Double) -> (Int, Int, Double?) {
    let k = Int(index)
    return (k, k, nil)
  }
  func continuous(_ virtual: Double, fixGamma: (Double) -> Double = { $0 }) -> (Int, Int, Double?) {
    // `_get_indexes`, then `_get_gamma` from the clipped lower index.
    var (previous, next) = (virtual.rounded(.down), virtual.rounded(.down) + 1)
    if virtual >= size - 1 { (previous, next) = (-1, -1) }
    if virtual < 0 { (previous, next) = (0, 0) }
    let gamma = fixGamma(virtual - previous)
    func index(_ i: Double) -> Int { i < 0 ? n - 1 : Int(i) }
    return (index(previous), index(next), gamma)
  }
  func hyndmanFan(_ alpha: Double, _ beta: Double) -> Double {
    size * q + (alpha + q * (1 - alpha - beta)) - 1
  }
  let linear = (size - 1) * q
  switch method {
  case .invertedCDF:
    return discrete(size * q - 1) { gamma, _ in gamma == 0 }
  case .closestObservation:
    return discrete(size * q - 1 - 0.5) { gamma, previous in
      gamma == 0 && previous.truncatingRemainder(dividingBy: 2).magnitude == 1
    }
  case .averagedInvertedCDF: return continuous(size * q - 1) { $0 == 0 ? 0.5 : 1 }
  case .interpolatedInvertedCDF: return continuous(hyndmanFan(0, 1))
  case .hazen: return continuous(hyndmanFan(0.5, 0.5))
  case .weibull: return continuous(hyndmanFan(0, 0))
  case .linear: return integralQ ? element(linear) : continuous(linear)
  case .medianUnbiased: return continuous(hyndmanFan(1 / 3.0, 1 / 3.0))
  case .normalUnbiased: return continuous(hyndmanFan(3 / 8.0, 3 / 8.0))
  case .lower: return element(linear.rounded(.down))
  case .higher: return element(linear.rounded(.up))
  case .nearest: return element(linear.rounded(.toNearestOrEven))
  case .midpoint:
    let virtual = 0.5 * (linear.rounded(.down) + linear.rounded(.up))
    return continuous(virtual) { _ in virtual.truncatingRemainder(dividingBy: 1) == 0 ? 0 : 0.5 }
  }
}

/// NumPy's `_lerp` and PyTorch's `torch.lerp` (the same two-sided formula): from the lower value
/// for weights under ½, from the upper one otherwise, so both ends are exact.
func lerp(_ a: Double, _ b: Double, _ gamma: Double) -> Double {
  let difference = b - a
  return gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma
}

/// The order statistics at `ranks` (0-based) of NaN-free `values`, keyed by
/// rank: by selection (O(n) each) for a few ranks, by one sort for many.
func orderStatistics(_ values: [Double], _ ranks: [Int]) -> [Int: Double] {
  let wanted = Set(ranks).sorted()
  var result: [Int: Double] = [:]
  if wanted.count > 4 {
    let sorted = sortedWithNaNLast(values)
    for k in wanted { result[k] = sorted[k] }
    return result
  }
  var work = values
  work.withUnsafeMutableBufferPointer { a in
    for k in wanted {
      selectElement(a, k)
      result[k] = a[k]
    }
  }
  return result
}

/// SciPy's `scipy.stats.quantile(…, method='linear')` of sorted, NaN-free,
/// nonempty data: `j = ⌊pn + 1 − p⌋ − 1`, `g = frac(pn + 1 − p)`, and the
/// weighted sum `(1 − g)·y[j] + g·y[j+1]` with both indices clipped.
func scipyLinearQuantile(_ y: [Double], _ p: Double) -> Double {
  let n = Double(y.count)
  let jg = p * n + (1 - p)
  let jp1 = jg.rounded(.down)
  let j = jp1 - 1
  var g = jg.truncatingRemainder(dividingBy: 1)
  if j < 0 { g = 0 }
  let lower = y[Int(Swift.min(Swift.max(j, 0), n - 1))]
  let upper = y[Int(Swift.min(Swift.max(jp1, 0), n - 1))]
  return (1 - g) * lower + g * upper
}
