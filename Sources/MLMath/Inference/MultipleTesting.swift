#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A correction for testing many hypotheses at once (statsmodels' `method` of `multipletests`).
///
/// The first six control the family-wise error rate (the chance of any false rejection), the
/// last two the false discovery rate (the expected share of false rejections among them).
public enum MultipleTestMethod: String, Sendable, Hashable, CaseIterable {
  /// Bonferroni: reject where m·p ≤ α (`'bonferroni'`).
  case bonferroni
  /// Šidák: 1 − (1 − p)^m ≤ α, exact for independent tests (`'sidak'`).
  case sidak
  /// Holm's step-down Šidák (`'holm-sidak'`, statsmodels' default).
  case holmSidak = "holm-sidak"
  /// Holm's step-down Bonferroni: the i-th smallest p-value times m − i + 1, made monotone (`'holm'`).
  case holm
  /// Hochberg's step-up (Simes): valid for independent or positively dependent tests (`'simes-hochberg'`).
  case simesHochberg = "simes-hochberg"
  /// Hommel's closed Simes procedure (`'hommel'`).
  case hommel
  /// Benjamini–Hochberg: the i-th smallest p-value times m/i, made monotone from the top
  /// (`'fdr_bh'`, SciPy's `false_discovery_control(ps, method='bh')`).
  case benjaminiHochberg = "fdr_bh"
  /// Benjamini–Yekutieli: Benjamini–Hochberg times Σ 1/i, valid under any dependence (`'fdr_by'`).
  case benjaminiYekutieli = "fdr_by"
}

/// What ``multipletests(_:alpha:method:)`` returns (statsmodels' tuple
/// `reject, pvals_corrected, alphacSidak, alphacBonf`).
public struct MultipleTestsResult: Sendable, CustomStringConvertible {
  /// Whether each hypothesis is rejected at the family level `alpha`, in the input's order.
  public let reject: Mask
  /// The adjusted p-values, in the input's order, capped at 1: reject where adjusted ≤ alpha.
  public let pvalsCorrected: Vector
  /// The per-test level of Šidák's correction, 1 − (1 − α)^(1/m).
  public let alphacSidak: Double
  /// The per-test level of Bonferroni's correction, α/m.
  public let alphacBonf: Double
  /// The correction used.
  public let method: MultipleTestMethod
  /// The family-wise error rate or false discovery rate asked for.
  public let alpha: Double
  /// The raw p-values, in the input's order.
  public let pvalues: Vector

  /// A header and one line per hypothesis:
  ///
  /// ```text
  /// Holm correction, alpha = 0.05: 2 of 4 rejected
  ///   p-value  adjusted  reject
  ///      0.01      0.03    true
  ///      0.04      0.06   false
  /// ```
  public var description: String {
    var lines = [
      "\(methodName) correction, alpha = \(reportNumber(alpha)): \(reject.trueCount) of \(reject.count) rejected"
    ]
    let raw = pvalues.elements.map(reportNumber)
    let adjusted = pvalsCorrected.elements.map(reportNumber)
    let widths = [max(7, raw.map(\.count).max() ?? 0), max(8, adjusted.map(\.count).max() ?? 0), 6]
    func row(_ cells: [String]) -> String {
      "  " + zip(cells, widths).map { $0.padded(to: $1) }.joined(separator: "  ")
    }
    lines.append(row(["p-value", "adjusted", "reject"]))
    for i in 0..<pvalues.count { lines.append(row([raw[i], adjusted[i], reject.elements[i] ? "true" : "false"])) }
    return lines.joined(separator: "\n")
  }

  private var methodName: String {
    switch method {
    case .bonferroni: "Bonferroni"
    case .sidak: "Šidák"
    case .holmSidak: "Holm–Šidák"
    case .holm: "Holm"
    case .simesHochberg: "Simes–Hochberg"
    case .hommel: "Hommel"
    case .benjaminiHochberg: "Benjamini–Hochberg (FDR)"
    case .benjaminiYekutieli: "Benjamini–Yekutieli (FDR)"
    }
  }
}

/// Adjusts p-values for testing many hypotheses at once and says which to reject (statsmodels'
/// `statsmodels.stats.multitest.multipletests(pvals, alpha, method)`).
///
/// ```swift
/// let p: Vector = [0.01, 0.04, 0.03, 0.005, 0.2]
/// let result = try multipletests(p, method: .benjaminiHochberg)
/// print(result.reject)           // [ True  True  True  True False]
/// print(result.pvalsCorrected)
/// ```
///
/// - Parameters:
///   - pvalues: the p-values, each in [0, 1] (statsmodels does not check; SciPy's
///     `false_discovery_control` does).
///   - alpha: the family-wise error rate or false discovery rate, 0.05 by default.
///   - method: the correction; `.holmSidak` by default, as statsmodels.
/// - Returns: a ``MultipleTestsResult``: the rejections, the adjusted p-values (both in the
///   input's order), and the Šidák and Bonferroni per-test levels. No p-values give empty
///   results and NaN levels.
/// - Throws: ``InferenceError`` for a p-value outside [0, 1] or NaN, or `alpha` outside (0, 1).
public func multipletests(_ pvalues: Vector, alpha: Double = 0.05, method: MultipleTestMethod = .holmSidak)
  throws(InferenceError) -> MultipleTestsResult
{
  try requirePValues(pvalues, in: "multipletests")
  try requireSignificanceLevel(alpha, in: "multipletests")
  let m = pvalues.count
  let order = stableArgsort(pvalues.elements, by: <)
  let sorted = order.map { pvalues.elements[$0] }
  let tests = Double(m)
  let (reject, corrected) = adjust(sorted, alpha: alpha, method: method)
  var rejectInOrder = [Bool](repeating: false, count: m)
  var correctedInOrder = [Double](repeating: 0, count: m)
  for (rank, index) in order.enumerated() {
    rejectInOrder[index] = reject[rank]
    correctedInOrder[index] = min(corrected[rank], 1)
  }
  return MultipleTestsResult(
    reject: Mask(rejectInOrder), pvalsCorrected: Vector(correctedInOrder),
    alphacSidak: m > 0 ? 1 - pow(1 - alpha, 1 / tests) : .nan, alphacBonf: m > 0 ? alpha / tests : .nan,
    method: method, alpha: alpha, pvalues: pvalues)
}

/// The false-discovery-rate adjustment (SciPy's `scipy.stats.false_discovery_control`).
public enum FalseDiscoveryMethod: String, Sendable, Hashable, CaseIterable {
  /// Benjamini–Hochberg (`'bh'`), for independent or positively dependent tests.
  case bh
  /// Benjamini–Yekutieli (`'by'`), for any dependence.
  case by
}

/// The p-values adjusted to control the false discovery rate (SciPy's
/// `scipy.stats.false_discovery_control(ps, method='bh')`): reject the hypotheses whose adjusted
/// p-value is at most the rate q you accept.
///
/// The same numbers as `multipletests(ps, method: .benjaminiHochberg).pvalsCorrected` (or
/// `.benjaminiYekutieli` for `.by`).
///
/// - Throws: ``InferenceError`` for a p-value outside [0, 1] or NaN (SciPy's `ValueError`).
public func falseDiscoveryControl(_ pvalues: Vector, method: FalseDiscoveryMethod = .bh) throws(InferenceError)
  -> Vector
{
  try requirePValues(pvalues, in: "falseDiscoveryControl")
  if pvalues.count <= 1 { return pvalues }
  let order = stableArgsort(pvalues.elements, by: <)
  let m = Double(pvalues.count)
  var adjusted = order.enumerated().map { rank, index in pvalues.elements[index] * (m / Double(rank + 1)) }
  if method == .by {
    let harmonic = pairwiseSum((1...pvalues.count).map { 1 / Double($0) })
    adjusted = adjusted.map { $0 * harmonic }
  }
  for i in stride(from: adjusted.count - 2, through: 0, by: -1) { adjusted[i] = min(adjusted[i], adjusted[i + 1]) }
  var result = [Double](repeating: 0, count: adjusted.count)
  for (rank, index) in order.enumerated() { result[index] = min(adjusted[rank], 1) }
  return Vector(result)
}

/// Throws unless every p-value is in [0, 1].
private func requirePValues(_ pvalues: Vector, in function: String) throws(InferenceError) {
  if let bad = pvalues.elements.first(where: { !($0 >= 0 && $0 <= 1) }) {
    throw InferenceError(function, "p-values must be numbers between 0 and 1, got \(bad)")
  }
}

/// Rejections and adjusted p-values for p-values sorted ascending (statsmodels' branches of
/// `multipletests`, with `is_sorted=True`); adjusted values may exceed 1 here.
private func adjust(_ p: [Double], alpha: Double, method: MultipleTestMethod) -> (reject: [Bool], corrected: [Double]) {
  let m = p.count
  let tests = Double(m)
  // The number of hypotheses left at step i (0-based): m, m − 1, …, 1.
  let remaining = (0..<m).map { Double(m - $0) }
  /// Step-down: reject up to the first p-value above its threshold.
  func stepDown(_ threshold: [Double]) -> [Bool] {
    let first = (0..<m).first { p[$0] > threshold[$0] } ?? m
    return (0..<m).map { $0 < first }
  }
  /// Step-up: reject everything up to the last p-value at or below its threshold.
  func stepUp(_ threshold: [Double]) -> [Bool] {
    guard let last = (0..<m).last(where: { p[$0] <= threshold[$0] }) else { return Array(repeating: false, count: m) }
    return (0..<m).map { $0 <= last }
  }
  func cumulativeMaximum(_ values: [Double]) -> [Double] {
    var out = values
    for i in out.indices.dropFirst() { out[i] = max(out[i], out[i - 1]) }
    return out
  }
  func reverseCumulativeMinimum(_ values: [Double]) -> [Double] {
    var out = values
    for i in stride(from: out.count - 2, through: 0, by: -1) { out[i] = min(out[i], out[i + 1]) }
    return out
  }
  switch method {
  case .bonferroni:
    return (p.map { $0 <= alpha / tests }, p.map { $0 * tests })
  case .sidak:
    let level = 1 - pow(1 - alpha, 1 / tests)
    return (p.map { $0 <= level }, p.map { -expm1(tests * log1p(-$0)) })
  case .holmSidak:
    let reject = stepDown(remaining.map { 1 - pow(1 - alpha, 1 / $0) })
    return (reject, cumulativeMaximum((0..<m).map { -expm1(remaining[$0] * log1p(-p[$0])) }))
  case .holm:
    let reject = stepDown(remaining.map { alpha / $0 })
    return (reject, cumulativeMaximum((0..<m).map { p[$0] * remaining[$0] }))
  case .simesHochberg:
    let reject = stepUp(remaining.map { alpha / $0 })
    return (reject, reverseCumulativeMinimum((0..<m).map { remaining[$0] * p[$0] }))
  case .hommel:
    var a = p
    if m >= 2 {
      for size in stride(from: m, through: 2, by: -1) {
        let tail = m - size
        var smallest = Double.infinity
        for j in 0..<size { smallest = min(smallest, Double(size) * p[tail + j] / Double(j + 1)) }
        for i in tail..<m { a[i] = max(a[i], smallest) }
        for i in 0..<tail { a[i] = max(a[i], min(Double(size) * p[i], smallest)) }
      }
    }
    return (a.map { $0 <= alpha }, a)
  case .benjaminiHochberg, .benjaminiYekutieli:
    var factor = (0..<m).map { Double($0 + 1) / tests }
    if method == .benjaminiYekutieli {
      let harmonic = pairwiseSum((0..<m).map { 1 / Double($0 + 1) })
      factor = factor.map { $0 / harmonic }
    }
    let reject = stepUp(factor.map { $0 * alpha })
    return (reject, reverseCumulativeMinimum((0..<m).map { p[$0] / factor[$0] }))
  }
}
