// Histograms with NumPy's semantics.

/// Counts of `v` in `bins` equal-width bins, and the `bins + 1` bin edges (NumPy's `np.histogram`).
///
/// The bins span `range` (default: the data's minimum to maximum; a constant
/// sample gets `x − 0.5 … x + 0.5`). Every bin is half-open `[a, b)` except the
/// last, which also includes its right edge; values outside `range` are not
/// counted. With `density: true` the counts are scaled so the histogram
/// integrates to 1.
///
/// ```swift
/// let (counts, edges) = histogram(x, bins: 10)
/// ```
public func histogram(
  _ v: Vector, bins: Int = 10, range: ClosedRange<Double>? = nil, density: Bool = false
) -> (counts: Vector, edges: Vector) {
  checkBinCount(bins, in: "histogram")
  var (first, last): (Double, Double)
  if let range {
    (first, last) = (range.lowerBound, range.upperBound)
  } else if v.count == 0 {
    (first, last) = (0, 1)
  } else {
    (first, last) = (v.min(), v.max())
  }
  if !first.isFinite || !last.isFinite {
    failure(
      "histogram: \(range == nil ? "autodetected range" : "range") of [\(first), \(last)] is not finite"
        + (range == nil ? " (drop NaN and infinite values first, e.g. v[v.mask(\\.isFinite)])" : ""))
  }
  if first == last {
    first -= 0.5
    last += 0.5
  }
  if !(last - first).isFinite || (last - first) / Double(bins) == 0 {
    failure(
      "histogram: too many bins for the data range [\(first), \(last)]: cannot create \(bins) finite-sized bins"
    )
  }
  let edges = linspace(first, last, bins + 1)
  var counts = [Double](repeating: 0, count: bins)
  let width = last - first
  for x in v.elements where x >= first && x <= last {
    var i = Int((x - first) / width * Double(bins))
    if i == bins { i -= 1 }
    // Correct the ~1 ulp disagreements between the arithmetic and the edges.
    if x < edges.elements[i] && i > 0 { i -= 1 }
    if x >= edges.elements[i + 1] && i != bins - 1 { i += 1 }
    counts[i] += 1
  }
  return (densityScaled(counts, edges, density), edges)
}

/// Counts of `v` in the bins between consecutive `edges` (NumPy's `np.histogram(v, bins=edges)`).
///
/// `edges` must be increasing; one edge gives no bins. Bins are half-open `[a, b)` except the last, which is closed.
public func histogram(_ v: Vector, edges: Vector, density: Bool = false) -> (
  counts: Vector, edges: Vector
) {
  if edges.count == 0 { failure("histogram: edges needs at least 1 value (NumPy: `bins` must have at least 1 edge)") }
  for k in 1..<edges.count where !(edges[k - 1] <= edges[k]) {
    failure(
      "histogram: edges must increase monotonically, but edges[\(k - 1)] = \(edges[k - 1]) and edges[\(k)] = \(edges[k])"
    )
  }
  let e = edges.elements
  var counts = [Double](repeating: 0, count: e.count - 1)
  // A single edge makes no bins: empty counts, as in NumPy.
  for x in v.elements where e.count > 1 && x >= e[0] && x <= e[e.count - 1] {
    // The last edge k < e.count - 1 with e[k] <= x, so the right end falls in the last bin.
    var low = 0
    var high = e.count - 1
    while high - low > 1 {
      let mid = (low + high) / 2
      if e[mid] <= x { low = mid } else { high = mid }
    }
    counts[low] += 1
  }
  return (densityScaled(counts, edges, density), edges)
}

/// Stops unless `bins` is a usable number of bins (NumPy: "`bins` must be positive").
func checkBinCount(_ bins: Int, in function: String) {
  if bins < 1 { failure("\(function): bins must be positive, got \(bins)") }
  if bins > 1 << 40 { failure("\(function): \(bins) bins are too many to allocate") }
}

func densityScaled(_ counts: [Double], _ edges: Vector, _ density: Bool) -> Vector {
  guard density else { return Vector(counts) }
  let total = counts.reduce(0, +)
  return Vector(counts) / diff(edges) / total
}
