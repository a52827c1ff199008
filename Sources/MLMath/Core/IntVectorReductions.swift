// Reductions, statistics, sorting and set routines on integer vectors.
//
// Statistics (`mean`, `variance`, `median`, `quantile`, `histogram`) are
// computed in float64 on the converted values, as NumPy computes them for an
// `int64` array. Integer results (`sum`, `cumsum`, `cumprod`, `diff`) stay
// integers and stop on overflow where NumPy would wrap around.

extension IntVector {
  /// The sum of the elements; 0 for an empty vector; stops on overflow (NumPy's `v.sum()`).
  public func sum() -> Int { checkedSum(elements, in: "sum") }

  /// The product of the elements; 1 for an empty vector; stops on overflow (NumPy's `v.prod()`).
  public func prod() -> Int {
    elements.reduce(1) { checkedIntOperation($0, $1, "*", $0.multipliedReportingOverflow, "prod") }
  }

  /// The arithmetic mean, as a float; NaN for an empty vector (NumPy's `v.mean()`).
  public func mean() -> Double { Vector(self).mean() }

  /// The variance, `Σ(x − mean)² / (n − ddof)`, in float64 (NumPy's `v.var(ddof=…)`).
  public func variance(ddof: Double = 0) -> Double { Vector(self).variance(ddof: ddof) }

  /// The standard deviation (NumPy's `v.std(ddof=…)`).
  public func std(ddof: Double = 0) -> Double { Vector(self).std(ddof: ddof) }

  /// The smallest element (NumPy's `v.min()`).
  public func min() -> Int {
    guard let smallest = elements.min() else { emptyFailure("min") }
    return smallest
  }

  /// The largest element (NumPy's `v.max()`).
  public func max() -> Int {
    guard let largest = elements.max() else { emptyFailure("max") }
    return largest
  }

  /// The index of the first smallest element (NumPy's `v.argmin()`).
  public func argmin() -> Int {
    guard let first = elements.indices.min(by: { elements[$0] < elements[$1] }) else { emptyFailure("argmin") }
    return first  // `min(by:)` keeps the first of equal elements, as NumPy's argmin
  }

  /// The index of the first largest element (NumPy's `v.argmax()`).
  public func argmax() -> Int {
    // The first of equal largest elements, as NumPy's argmax (`max(by:)` would keep the last).
    guard var best = elements.indices.first else { emptyFailure("argmax") }
    for i in elements.indices where elements[i] > elements[best] { best = i }
    return best
  }

  /// A sorted copy, ascending (NumPy's `np.sort(v)`).
  public func sorted() -> IntVector { IntVector(elements.sorted()) }

  /// Sorts the vector in place, ascending (NumPy's `v.sort()`).
  public mutating func sort() { elements.sort() }

  func emptyFailure(_ name: String) -> Never {
    failure("\(name): the IntVector is empty, and an empty IntVector has no \(name) (NumPy: zero-size array)")
  }
}

/// The sum of the elements; stops on overflow (NumPy's `np.sum(v)` on `int64`).
public func sum(_ v: IntVector) -> Int { v.sum() }
/// The mean of the elements, as a float (NumPy's `np.mean(v)`).
public func mean(_ v: IntVector) -> Double { v.mean() }
/// The variance, in float64 (NumPy's `np.var(v, ddof=…)`).
public func variance(_ v: IntVector, ddof: Double = 0) -> Double { v.variance(ddof: ddof) }
/// The standard deviation, in float64 (NumPy's `np.std(v, ddof=…)`).
public func std(_ v: IntVector, ddof: Double = 0) -> Double { v.std(ddof: ddof) }
/// The median, as a float (NumPy's `np.median(v)`).
public func median(_ v: IntVector) -> Double { median(Vector(v)) }
/// The `q`-th quantile, as a float (NumPy's `np.quantile(v, q)`).
public func quantile(_ v: IntVector, _ q: Double, method: QuantileMethod = .linear) -> Double {
  quantile(Vector(v), q, method: method)
}
/// The quantiles at each of `q` (NumPy's `np.quantile(v, q)`).
public func quantile(_ v: IntVector, _ q: Vector, method: QuantileMethod = .linear) -> Vector {
  quantile(Vector(v), q, method: method)
}
/// The `p`-th percentile, as a float (NumPy's `np.percentile(v, p)`).
public func percentile(_ v: IntVector, _ p: Double, method: QuantileMethod = .linear) -> Double {
  percentile(Vector(v), p, method: method)
}
/// Counts in `bins` equal-width bins and the bin edges (NumPy's `np.histogram` of an integer array).
public func histogram(
  _ v: IntVector, bins: Int = 10, range: ClosedRange<Double>? = nil, density: Bool = false
) -> (counts: Vector, edges: Vector) {
  histogram(Vector(v), bins: bins, range: range, density: density)
}
/// Counts in the bins between consecutive `edges` (NumPy's `np.histogram(v, bins=edges)`).
public func histogram(_ v: IntVector, edges: Vector, density: Bool = false) -> (
  counts: Vector, edges: Vector
) {
  histogram(Vector(v), edges: edges, density: density)
}
/// The index of the first smallest element (NumPy's `np.argmin(v)`).
public func argmin(_ v: IntVector) -> Int { v.argmin() }
/// The index of the first largest element (NumPy's `np.argmax(v)`).
public func argmax(_ v: IntVector) -> Int { v.argmax() }
/// A sorted copy (NumPy's `np.sort(v)`).
public func sort(_ v: IntVector) -> IntVector { v.sorted() }

/// The indices that sort `v`, stable (NumPy's `np.argsort(v, kind="stable")`).
public func argsort(_ v: IntVector) -> IntVector {
  IntVector(stableArgsort(v.elements, by: <))
}

/// The running sums; stops on overflow (NumPy's `np.cumsum(v)`).
public func cumsum(_ v: IntVector) -> IntVector {
  IntVector(runningIntTotal(v.elements, "cumsum", "+") { $0.addingReportingOverflow($1) })
}

/// The running products; stops on overflow (NumPy's `np.cumprod(v)`).
public func cumprod(_ v: IntVector) -> IntVector {
  IntVector(runningIntTotal(v.elements, "cumprod", "*") { $0.multipliedReportingOverflow(by: $1) })
}

/// The differences between neighbours; stops on overflow (NumPy's `np.diff(v)`).
public func diff(_ v: IntVector) -> IntVector {
  guard v.count > 1 else { return [] }
  let e = v.elements
  return IntVector(
    (1..<e.count).map { checkedIntOperation(e[$0], e[$0 - 1], "-", e[$0].subtractingReportingOverflow, "diff") })
}

func runningIntTotal(
  _ a: [Int], _ function: String, _ operation: String, _ combine: (Int, Int) -> (Int, Bool)
) -> [Int] {
  var out = a
  for i in out.indices.dropFirst() {
    let (value, overflow) = combine(out[i - 1], out[i])
    if overflow { intOverflowFailure(out[i - 1], out[i], operation, function) }
    out[i] = value
  }
  return out
}

// MARK: - Unique values and counts

/// The distinct elements, sorted (NumPy's `np.unique(v)`).
public func unique(_ v: IntVector) -> IntVector { uniqueAll(v).values }

/// The distinct elements and how often each occurs (NumPy's `np.unique(v, return_counts=True)`).
public func uniqueCounts(_ v: IntVector) -> (values: IntVector, counts: IntVector) {
  let u = uniqueAll(v)
  return (u.values, u.counts)
}

/// The distinct elements and each element's position among them (NumPy's `np.unique(v, return_inverse=True)`).
public func uniqueInverse(_ v: IntVector) -> (values: IntVector, inverseIndices: IntVector) {
  let u = uniqueAll(v)
  return (u.values, u.inverseIndices)
}

/// The distinct elements, first indices, inverse indices and counts (NumPy's `np.unique_all(v)`).
public func uniqueAll(_ v: IntVector) -> (
  values: IntVector, indices: IntVector, inverseIndices: IntVector, counts: IntVector
) {
  let u = uniqueRuns(v.elements, order: argsort(v).elements, same: ==)
  return (IntVector(u.values), IntVector(u.indices), IntVector(u.inverse), IntVector(u.counts))
}

/// How often each of `0...v.max()` occurs in `v`, at least `minlength` counts
/// (NumPy's `np.bincount(v, minlength=…)`); `v` must not hold negative values.
public func bincount(_ v: IntVector, minlength: Int = 0) -> IntVector {
  var counts = [Int](repeating: 0, count: binCountLength(v, minlength))
  for x in v.elements { counts[x] += 1 }
  return IntVector(counts)
}

/// The sum of `weights` falling on each of `0...v.max()` (NumPy's `np.bincount(v, weights=w, minlength=…)`).
public func bincount(_ v: IntVector, weights: Vector, minlength: Int = 0) -> Vector {
  if weights.count != v.count {
    failure("bincount: the weights and the list don't have the same length (\(weights.count) and \(v.count))")
  }
  var sums = [Double](repeating: 0, count: binCountLength(v, minlength))
  for (x, w) in zip(v.elements, weights.elements) { sums[x] += w }
  return Vector(sums)
}

func binCountLength(_ v: IntVector, _ minlength: Int) -> Int {
  if minlength < 0 { failure("bincount: minlength must be non-negative, got \(minlength)") }
  if let k = v.elements.firstIndex(where: { $0 < 0 }) {
    failure("bincount: the input must have no negative elements, but element \(k) is \(v.elements[k])")
  }
  let largest = v.elements.max() ?? -1
  let (top, overflow) = largest.addingReportingOverflow(1)
  if overflow { failure("bincount: element \(largest) is too large to count (it needs \(largest) + 1 bins)") }
  return checkedCount(Swift.max(top, minlength), in: "bincount")
}
