// Ranks of a sample, the input of every rank test (Mann–Whitney, Wilcoxon,
// Spearman): SciPy's `scipy.stats.rankdata` and the tie counts its tests use.

/// How `rankdata` ranks tied values (SciPy's `method=`).
public enum RankMethod: String, Sendable, Hashable, CaseIterable {
  /// Tied values share the mean of the ranks they occupy: `[10, 20, 20, 30]` → `[1, 2.5, 2.5, 4]`.
  case average
  /// Tied values share the lowest of their ranks: `[1, 2, 2, 4]`.
  case min
  /// Tied values share the highest of their ranks: `[1, 3, 3, 4]`.
  case max
  /// Tied values share a rank and the next value takes the next integer: `[1, 2, 2, 3]`.
  case dense
  /// Every value gets its own rank, ties in order of appearance: `[1, 2, 3, 4]`.
  case ordinal
}

/// The ranks 1…n of the elements of `a`, ties resolved by `method`
/// (SciPy's `scipy.stats.rankdata(a, method)`).
///
/// ```swift
/// print(rankdata(Vector([40, 10, 30, 10])))               // [4.  1.5 3.  1.5]
/// print(rankdata(Vector([40, 10, 30, 10]), method: .min)) // [4. 1. 3. 1.]
/// ```
///
/// - Parameters:
///   - a: the sample, any length (an empty vector gives an empty vector).
///   - method: how ties share ranks; `.average` (the default) is what rank tests use.
/// - Returns: a vector the shape of `a`. SciPy returns integers for every method but
///   `.average`; MLMath returns the same values as `Double`s. If `a` holds a NaN, every
///   rank is NaN (SciPy's `nan_policy='propagate'`).
public func rankdata(_ a: Vector, method: RankMethod = .average) -> Vector {
  if a.elements.contains(where: \.isNaN) { return Vector([Double](repeating: .nan, count: a.count)) }
  return Vector(rankedWithTies(a.elements, method: method).ranks)
}

/// The ranks of `values` (NaN-free or not: NaNs sort last, each its own group) and the
/// size of every group of equal values, in sorted order — SciPy's private
/// `_rankdata(x, method, return_ties=True)`, whose `t` the tie corrections sum over.
func rankedWithTies(_ values: [Double], method: RankMethod = .average) -> (
  ranks: [Double], tieCounts: [Int]
) {
  let order = stableArgsort(values, by: sortsBefore)
  var ranks = [Double](repeating: 0, count: values.count)
  var tieCounts: [Int] = []
  var start = 0
  var dense = 0.0
  while start < order.count {
    // NaN != NaN, so each NaN is a group of one, as in SciPy.
    var end = start + 1
    while end < order.count, values[order[end]] == values[order[start]] { end += 1 }
    dense += 1
    let count = end - start
    tieCounts.append(count)
    for position in start..<end {
      let rank: Double
      switch method {
      case .average: rank = Double(start + 1) + Double(count - 1) / 2
      case .min: rank = Double(start + 1)
      case .max: rank = Double(end)
      case .dense: rank = dense
      case .ordinal: rank = Double(position + 1)
      }
      ranks[order[position]] = rank
    }
    start = end
  }
  return (ranks, tieCounts)
}
