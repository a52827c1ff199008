#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Fisher's exact test of independence for a 2 × 2 table of counts (SciPy's
/// `scipy.stats.fisher_exact(table, alternative=…)`).
///
/// With the margins fixed, the top-left count follows the hypergeometric distribution
/// Hypergeometric(N = n, K = first row total, n = first column total); the p-value is exact:
/// - `.less`: P(X ≤ a), evidence for an odds ratio below 1;
/// - `.greater`: P(X ≥ a), an odds ratio above 1;
/// - `.twoSided`: the probability of all tables no more likely than the observed one, where
///   "no more likely" allows a relative 1e-14, as SciPy does so that tables equally likely in
///   exact arithmetic count whatever the rounding.
///
/// ```swift
/// // Lady tasting tea: 3 of 4 milk-first cups identified.
/// print(try fisherExact([[3, 1], [1, 3]]))
/// ```
///
/// - Parameter table: the counts [[a, b], [c, d]], each ≥ 0.
/// - Returns: a ``TestResult`` whose statistic is the sample odds ratio ad/(bc) (∞ when bc = 0)
///   and its exact p-value. A table with a zero row or column gives odds ratio NaN and p = 1,
///   as SciPy.
/// - Throws: ``InferenceError`` for a table that is not 2 × 2 (SciPy's r × c Monte Carlo
///   version is not provided) or holds negative counts.
public func fisherExact(_ table: IntMatrix, alternative: Alternative = .twoSided) throws(InferenceError)
  -> TestResult
{
  guard table.rows == 2 && table.columns == 2 else {
    throw InferenceError(
      "fisherExact", "the table must be 2 × 2, got shape (\(table.rows), \(table.columns))")
  }
  if table.elements.contains(where: { $0 < 0 }) {
    throw InferenceError("fisherExact", "all values in the table must be nonnegative")
  }
  let (a, b, c, d) = (table.elements[0], table.elements[1], table.elements[2], table.elements[3])
  func result(_ oddsRatio: Double, _ pValue: Double) -> TestResult {
    TestResult(
      test: "Fisher's exact test", statisticName: "odds ratio", statistic: oddsRatio, pValue: min(pValue, 1),
      alternative: alternative)
  }
  if a + b == 0 || c + d == 0 || a + c == 0 || b + d == 0 { return result(.nan, 1) }
  let oddsRatio = c > 0 && b > 0 ? product(a, d) / product(c, b) : .infinity
  let n1 = a + b
  let n2 = c + d
  let n = a + c
  let null = FisherHypergeometric(total: n1 + n2, successes: n1, draws: n)
  switch alternative {
  case .less:
    return result(oddsRatio, null.cdf(a))
  case .greater:
    // The same lower tail, for the second column.
    return result(oddsRatio, FisherHypergeometric(total: n1 + n2, successes: n1, draws: b + d).cdf(b))
  case .twoSided:
    let mode = null.mode
    let exact = null.pmf(a)
    let atMode = null.pmf(mode)
    let epsilon = 1e-14
    let gamma = 1 + epsilon
    if abs(exact - atMode) / max(exact, atMode) <= epsilon { return result(oddsRatio, 1) }
    if a < mode {
      let lower = null.cdf(a)
      if null.pmf(n) > exact * gamma { return result(oddsRatio, lower) }
      let guess = binarySearch({ -null.pmf($0) }, -exact * gamma, mode, n)
      return result(oddsRatio, lower + null.sf(guess))
    }
    let upper = null.sf(a - 1)
    if null.pmf(0) > exact * gamma { return result(oddsRatio, upper) }
    let guess = binarySearch(null.pmf, exact * gamma, 0, mode)
    return result(oddsRatio, upper + null.cdf(guess))
  }
}

/// Fisher's exact test of a 2 × 2 table written as rows, `fisherExact([[8, 2], [1, 5]])`; see
/// `fisherExact(_:alternative:)` of an `IntMatrix`.
public func fisherExact(_ table: [[Int]], alternative: Alternative = .twoSided) throws(InferenceError)
  -> TestResult
{
  guard table.count == 2 && table.allSatisfy({ $0.count == 2 }) else {
    throw InferenceError(
      "fisherExact", "the table must be 2 × 2, got rows of lengths \(table.map(\.count))")
  }
  return try fisherExact(IntMatrix(table), alternative: alternative)
}

/// x · y as a `Double`: exact while the product fits an `Int`, as NumPy's int64 product.
private func product(_ x: Int, _ y: Int) -> Double {
  let (value, overflow) = x.multipliedReportingOverflow(by: y)
  return overflow ? Double(x) * Double(y) : Double(value)
}

/// The i in lo...hi with f(i) ≤ target < f(i + 1) for f increasing on the range (SciPy's
/// `_binary_search_for_binom_tst`, which `fisher_exact` uses to find the other tail).
func binarySearch(_ f: (Int) -> Double, _ target: Double, _ lo: Int, _ hi: Int) -> Int {
  var lo = lo
  var hi = hi
  while lo < hi {
    let mid = lo + (hi - lo) / 2
    let value = f(mid)
    if value < target {
      lo = mid + 1
    } else if value > target {
      hi = mid - 1
    } else {
      return mid
    }
  }
  return f(lo) <= target ? lo : lo - 1
}
