// The two-sample permutation test: under the null hypothesis the group labels are
// exchangeable, so the statistic's null distribution comes from relabelling the pooled
// data — every relabelling when there are few, random ones otherwise (SciPy's
// `scipy.stats.permutation_test(..., permutation_type='independent')`).

/// What `permutationTest` returns (SciPy's `PermutationTestResult`).
///
/// ```text
/// Permutation test (two-sided)
///   statistic = 1.385, p-value = 0.03175
///   exact: all 126 relabellings
/// ```
public struct PermutationTestResult: Sendable, CustomStringConvertible {
  /// The statistic of the observed samples.
  public let statistic: Double
  /// The p-value: the share of the null distribution at least as extreme as the statistic
  /// (randomized: (count + 1)/(nResamples + 1)).
  public let pValue: Double
  /// The statistic of every relabelling, in the order generated (SciPy's `null_distribution`).
  public let nullDistribution: Vector
  /// The alternative hypothesis the p-value is for.
  public let alternative: Alternative
  /// Whether the null distribution holds every distinct relabelling (an exact test) or a
  /// random sample of them.
  public let exact: Bool

  /// Whether the p-value is below `alpha`.
  public func rejects(at alpha: Double = 0.05) -> Bool { pValue < alpha }

  public var description: String {
    let count = nullDistribution.count
    return """
      Permutation test (\(alternative.rawValue))
        statistic = \(reportNumber(statistic)), p-value = \(reportNumber(pValue))
        \(exact ? "exact: all \(count) relabellings" : "randomized: \(count) random relabellings")
      """
  }
}

/// A permutation test of two independent samples with the statistic `statistic(x, y)`
/// (SciPy's `scipy.stats.permutation_test((x, y), statistic,
/// permutation_type='independent', n_resamples=, alternative=, random_state=generator)`).
///
/// ```swift
/// let treated = Vector([5.1, 6.3, 7.2, 5.9, 6.8])
/// let control = Vector([4.2, 5.0, 4.8, 5.5])
/// var rng = RandomState(seed: 0)
/// let result = try permutationTest(treated, control, statistic: { $0.mean() - $1.mean() }, using: &rng)
/// print(result.pValue)   // 0.031746031746031744 = 2 × 2/126: 2 of the 126 splits are as large
/// ```
///
/// - Parameters:
///   - x, y: the samples, each with at least 2 observations.
///   - statistic: the test statistic of two samples, large when x tends to be larger.
///   - nResamples: the number of random relabellings. When the number of distinct ways to
///     split the pooled m + n values into groups of m and n, C(m + n, m), is at most this,
///     the test is exact instead: every split, in SciPy's order (the lexicographic order of
///     the indices drawn for `x`, each group listed in the order of the Python sets SciPy
///     builds, so that sums inside the statistic round as SciPy's do), and the p-value is
///     the share of them.
///   - alternative: `.greater` counts null values ≥ the statistic, `.less` those ≤ it,
///     `.twoSided` doubles the smaller of the two shares (capped at 1). Values within 100 ulps
///     of the statistic count as equal, as SciPy.
///   - generator: the legacy NumPy stream. Relabelling i pools `x` then `y` and takes
///     `generator.permutation(m + n)` of it — the draw SciPy 1.17 makes on a
///     `np.random.RandomState` — so with the same seed the null distribution and the
///     randomized p-value, (count + 1)/(nResamples + 1), are SciPy's.
/// - Throws: `InferenceError` when a sample has fewer than 2 observations or `nResamples` < 1;
///   rethrows what `statistic` throws.
public func permutationTest(
  _ x: Vector, _ y: Vector, statistic: (Vector, Vector) throws -> Double, nResamples: Int = 9999,
  alternative: Alternative = .twoSided, using generator: inout RandomState
) throws -> PermutationTestResult {
  try checkPermutationArguments(x, y, nResamples)
  let total = x.count + y.count
  return try permutationCore(
    x, y, statistic, nResamples, alternative,
    drawPermutations: { count in
      (0..<count).map { _ in generator.permutation(total).elements }
    })
}

/// A permutation test on the process-wide stream that `Random.seed` seeds (SciPy's
/// `permutation_test` with `random_state=None`, which draws from `np.random`'s global generator).
public func permutationTest(
  _ x: Vector, _ y: Vector, statistic: (Vector, Vector) throws -> Double, nResamples: Int = 9999,
  alternative: Alternative = .twoSided
) throws -> PermutationTestResult {
  try checkPermutationArguments(x, y, nResamples)
  let total = x.count + y.count
  // Permutations are drawn under the shared generator's lock, the statistic evaluated outside it.
  return try permutationCore(
    x, y, statistic, nResamples, alternative,
    drawPermutations: { count in
      Random.draw { generator in (0..<count).map { _ in generator.permutation(total).elements } }
    })
}

private func checkPermutationArguments(_ x: Vector, _ y: Vector, _ nResamples: Int) throws {
  if x.count < 2 { throw tooFewObservations("permutationTest", "x", needs: 2, got: x.count) }
  if y.count < 2 { throw tooFewObservations("permutationTest", "y", needs: 2, got: y.count) }
  if nResamples < 1 {
    throw InferenceError("permutationTest", "nResamples must be a positive integer, got \(nResamples)")
  }
}

/// The test after the checks; `drawPermutations(k)` returns the next k permutations of the
/// pooled indices.
private func permutationCore(
  _ x: Vector, _ y: Vector, _ statistic: (Vector, Vector) throws -> Double, _ nResamples: Int,
  _ alternative: Alternative, drawPermutations: (Int) -> [[Int]]
) throws -> PermutationTestResult {
  let (m, n) = (x.count, y.count)
  let pooled = x.elements + y.elements
  let observed = try statistic(x, y)
  // C(m + n, m), or nil when it exceeds Int (more than any count of resamples one could ask for).
  var splits: Int? = 1
  for i in 0..<Swift.min(m, n) {
    guard let current = splits else { break }
    let (product, overflow) = current.multipliedReportingOverflow(by: m + n - i)
    splits = overflow ? nil : product / (i + 1)
  }
  let exact = splits.map { nResamples >= $0 } ?? false
  var null: [Double] = []
  func evaluate(_ indices: [Int]) throws {
    let first = Vector(indices[0..<m].map { pooled[$0] })
    let second = Vector(indices[m...].map { pooled[$0] })
    null.append(try statistic(first, second))
  }
  if exact, let count = splits {
    null.reserveCapacity(count)
    try forEachRelabelling(m, n) { try evaluate($0) }
  } else {
    null.reserveCapacity(nResamples)
    let batch = Swift.max(1, Swift.min(nResamples, (1 << 20) / (m + n)))
    var done = 0
    while done < nResamples {
      let size = Swift.min(batch, nResamples - done)
      for permutation in drawPermutations(size) { try evaluate(permutation) }
      done += size
    }
  }
  let adjustment = exact ? 0 : 1
  let gamma = Swift.abs(Double.ulpOfOne * 100 * observed)
  let denominator = Double(null.count + adjustment)
  let less = Double(null.filter { $0 <= observed + gamma }.count + adjustment) / denominator
  let greater = Double(null.filter { $0 >= observed - gamma }.count + adjustment) / denominator
  var p: Double
  switch alternative {
  case .less: p = less
  case .greater: p = greater
  case .twoSided: p = Swift.min(less, greater) * 2
  }
  p = Swift.min(Swift.max(p, 0), 1)
  return PermutationTestResult(
    statistic: unsignedNaN(observed), pValue: unsignedNaN(p), nullDistribution: Vector(null),
    alternative: alternative, exact: exact)
}

/// Calls `body` with every split of the pooled indices 0..<m + n into m for x and n for y,
/// in SciPy's order (`_all_partitions_concatenated`): x's indices run through the
/// combinations in lexicographic order, and each group is listed as Python lists a set of
/// them — `list(set(c))` for x, `list(set(pooled − set(c)))` for y — not sorted.
///
/// A set of small non-negative integers whose hash table has more slots than its largest
/// member holds each member in its own slot, so it lists them in ascending order. `set(range(m +
/// n))` always does; when the tables of m and of n members do too, every split is listed as
/// the combination and then the rest, both ascending, and is written out directly (about ten
/// times faster than replaying the tables, which ``forEachRelabellingReplayingSets(_:_:_:)`` does
/// in every case).
func forEachRelabelling(_ m: Int, _ n: Int, _ body: ([Int]) throws -> Void) rethrows {
  let total = m + n
  guard PythonIntSet.tableSize(afterAdding: m) >= total, PythonIntSet.tableSize(afterAdding: n) >= total else {
    return try forEachRelabellingReplayingSets(m, n, body)
  }
  var chosen = Array(0..<m)
  var listing = [Int](repeating: 0, count: total)
  while true {
    var (inFirst, inSecond) = (0, m)
    for index in 0..<total {
      if inFirst < m && chosen[inFirst] == index {
        listing[inFirst] = index
        inFirst += 1
      } else {
        listing[inSecond] = index
        inSecond += 1
      }
    }
    try body(listing)
    var position = m - 1
    while position >= 0 && chosen[position] == position + n { position -= 1 }
    if position < 0 { return }
    chosen[position] += 1
    for later in (position + 1)..<m { chosen[later] = chosen[later - 1] + 1 }
  }
}

/// ``forEachRelabelling(_:_:_:)`` with each group's set built and listed as CPython does.
func forEachRelabellingReplayingSets(_ m: Int, _ n: Int, _ body: ([Int]) throws -> Void) rethrows {
  let everything = PythonIntSet(0..<(m + n))
  let order = everything.elements
  var chosen = Array(0..<m)
  while true {
    let first = PythonIntSet(chosen.map { order[$0] })
    let second = PythonIntSet(PythonIntSet.difference(everything, first).elements)
    try body(first.elements + second.elements)
    var position = m - 1
    while position >= 0 && chosen[position] == position + n { position -= 1 }
    if position < 0 { return }
    chosen[position] += 1
    for later in (position + 1)..<m { chosen[later] = chosen[later - 1] + 1 }
  }
}
