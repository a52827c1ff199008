// Order statistics: median, quantiles and percentiles (NumPy's default
// 'linear' method), the interquartile range, and the mode.

/// The median: the middle value, or the mean of the two middle values
/// (NumPy's `np.median(v)`). NaN if any element is NaN.
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
/// The median of each column (`axis: 0`) or row (`axis: 1`) (NumPy's `np.median(m, axis)`).
public func median(_ m: Matrix, axis: Int) -> Vector {
  Vector(m.lines(axis).map { median(Vector($0)) })
}

/// The `q`-th quantile, `0 ≤ q ≤ 1`, by linear interpolation between the
/// closest ranks (NumPy's `np.quantile(v, q)` with its default `method="linear"`).
/// NaN if any element is NaN.
public func quantile(_ v: Vector, _ q: Double) -> Double {
  quantileValues(v, [q])[0]
}

/// The quantiles at each of `q` (NumPy's `np.quantile(v, [q₁, q₂, …])`).
public func quantile(_ v: Vector, _ q: Vector) -> Vector {
  Vector(quantileValues(v, q.elements))
}

/// The quantile `q` of each column (`axis: 0`) or row (`axis: 1`) (NumPy's `np.quantile(m, q, axis)`).
public func quantile(_ m: Matrix, _ q: Double, axis: Int) -> Vector {
  Vector(m.lines(axis).map { quantile(Vector($0), q) })
}

/// The `p`-th percentile, `0 ≤ p ≤ 100` (NumPy's `np.percentile(v, p)`).
public func percentile(_ v: Vector, _ p: Double) -> Double {
  checkPercentile(p)
  return quantile(v, p / 100)
}

/// The percentiles at each of `p` (NumPy's `np.percentile(v, [p₁, p₂, …])`).
public func percentile(_ v: Vector, _ p: Vector) -> Vector {
  p.elements.forEach(checkPercentile)
  return quantile(v, p / 100)
}

/// The interquartile range, 75th minus 25th percentile (SciPy's `scipy.stats.iqr(v)`).
public func iqr(_ v: Vector) -> Double {
  let q = quantileValues(v, [0.75, 0.25])
  return q[0] - q[1]
}

/// The most frequent value; the smallest of them on a tie (SciPy's `scipy.stats.mode(v).mode`).
///
/// NaN for an empty vector.
public func mode(_ v: Vector) -> Double {
  let s = v.elements.filter { !$0.isNaN }.sorted()
  guard var best = s.first else { return .nan }
  var bestCount = 0
  var i = 0
  while i < s.count {
    var j = i
    while j < s.count && s[j] == s[i] { j += 1 }
    if j - i > bestCount {
      best = s[i]
      bestCount = j - i
    }
    i = j
  }
  return best
}

/// Quantiles by selection for a few of them, by sorting for many; NaN if `v` has a NaN.
func quantileValues(_ v: Vector, _ qs: [Double]) -> [Double] {
  if v.elements.contains(where: \.isNaN) {
    qs.forEach(checkQuantile)
    return qs.map { _ in .nan }
  }
  return qs.count <= 4 ? selectedQuantiles(v.elements, qs) : quantiles(sortedOrNil(v), qs)
}

/// The sorted elements, or `nil` when a NaN makes every quantile NaN.
func sortedOrNil(_ v: Vector) -> [Double]? {
  v.elements.contains(where: \.isNaN) ? nil : sortedWithNaNLast(v.elements)
}

/// NumPy's 'linear' quantiles of sorted data: virtual index `(n − 1)q`, then
/// `_lerp` between its neighbours (computed from the upper neighbour when the
/// fraction is ≥ 0.5, as NumPy does, for symmetry).
func quantiles(_ sorted: [Double]?, _ qs: [Double]) -> [Double] {
  qs.map { q in
    checkQuantile(q)
    guard let s = sorted, !s.isEmpty else { return .nan }
    let (i, gamma) = quantilePosition(q, count: s.count)
    return interpolate(s[i], s[Swift.min(i + 1, s.count - 1)], gamma)
  }
}

/// The linear-method quantiles of NaN-free `values` by selection instead of a
/// full sort: O(n) for each quantile.
func selectedQuantiles(_ values: [Double], _ qs: [Double]) -> [Double] {
  var work = values
  return work.withUnsafeMutableBufferPointer { a in
    qs.map { q in
      checkQuantile(q)
      guard a.count > 0 else { return .nan }
      let (i, gamma) = quantilePosition(q, count: a.count)
      selectElement(a, i)
      var next = a[i]
      if i + 1 < a.count {
        // Everything after `i` is ≥ a[i]; its smallest is the next order statistic.
        next = a[i + 1]
        for k in i + 2..<a.count where a[k] < next { next = a[k] }
      }
      return interpolate(a[i], next, gamma)
    }
  }
}

func checkQuantile(_ q: Double) {
  if q < 0 || q > 1 || q.isNaN { failure("quantile: quantiles must be in the range [0, 1], got \(q)") }
}

func checkPercentile(_ p: Double) {
  if p < 0 || p > 100 || p.isNaN {
    failure("percentile: percentiles must be in the range [0, 100], got \(p)")
  }
}

/// The lower neighbour's index and the interpolation fraction for quantile `q`.
func quantilePosition(_ q: Double, count: Int) -> (Int, Double) {
  let index = Double(count - 1) * q
  let below = index.rounded(.down)
  return (Swift.min(Swift.max(Int(below), 0), count - 1), index - below)
}

/// NumPy's `_lerp`: from the lower value for fractions under ½, from the upper one otherwise.
func interpolate(_ a: Double, _ b: Double, _ gamma: Double) -> Double {
  let difference = b - a
  return gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma
}

/// The percentile `p` of each column (`axis: 0`) or row (`axis: 1`) (NumPy's `np.percentile(m, p, axis)`).
public func percentile(_ m: Matrix, _ p: Double, axis: Int) -> Vector {
  checkPercentile(p)
  return quantile(m, p / 100, axis: axis)
}

/// The interquartile range of each column (`axis: 0`) or row (`axis: 1`) (SciPy's `scipy.stats.iqr(m, axis)`).
public func iqr(_ m: Matrix, axis: Int) -> Vector {
  Vector(m.lines(axis).map { iqr(Vector($0)) })
}

/// The most frequent value of each column (`axis: 0`, SciPy's default) or row (`axis: 1`)
/// (SciPy's `scipy.stats.mode(m, axis).mode`).
public func mode(_ m: Matrix, axis: Int = 0) -> Vector {
  Vector(m.lines(axis).map { mode(Vector($0)) })
}
