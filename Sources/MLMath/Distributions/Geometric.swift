#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The geometric distribution: the number of trials up to and including the first
/// success, each trial succeeding with probability `p` (SciPy's `scipy.stats.geom(p)`,
/// NumPy's `np.random.geometric(p)`; support 1, 2, 3, …).
///
/// P(X = k) = (1 − p)ᵏ⁻¹ p, P(X > k) = (1 − p)ᵏ.
///
/// ```swift
/// let firstSix = try Geometric(p: 1.0 / 6)
/// print(firstSix.mean)     // 6.0
/// print(firstSix.sf(10))   // 0.1615055828898457
/// ```
///
/// For the number of failures before the first success (support 0, 1, 2, …), use
/// `NegativeBinomial(n: 1, p: p)`.
///
/// - Accuracy: closed forms through `log1p` and `expm1` — (k − 1) log1p(−p) + log p for
///   `logpmf`, −expm1(k log1p(−p)) for `cdf`, exp(k log1p(−p)) for `sf` — as SciPy's, so
///   every method keeps full relative accuracy, `logsf` = k log1p(−p) at any k. `isf` is
///   searched on the survival function, so small q keep their digits (SciPy's isf is
///   ppf(1 − q), which is ∞ for q below 1e-16).
/// - Sampling: `sample` draws NumPy's legacy `np.random.geometric(p)`, bit for bit.
public struct Geometric: DiscreteDistribution, Hashable {
  /// The probability of success in each trial, 0 < p ≤ 1.
  public let p: Double

  /// Geometric(p).
  ///
  /// - Throws: ``DistributionError`` unless 0 < p ≤ 1.
  public init(p: Double) throws {
    if !(p > 0 && p <= 1) {
      throw DistributionError(
        distribution: "Geometric", parameter: "p", value: p, requirement: "must be in (0, 1]")
    }
    self.p = p
  }

  var lattice: LatticeSupport { LatticeSupport(lower: 1, upper: .infinity) }
  /// log(1 − p).
  var logQ: Double { log1p(-p) }

  public func pmf(_ k: Int) -> Double {
    guard k >= 1 else { return 0 }
    if p == 1 { return k == 1 ? 1 : 0 }
    return exp(Double(k - 1) * logQ) * p
  }

  public func logpmf(_ k: Int) -> Double {
    guard k >= 1 else { return -.infinity }
    return xlog1py(Double(k - 1), -p) + log(p)
  }

  public func cdf(_ x: Double) -> Double { lattice.cdf(x) { -expm1($0 * logQ) } }
  public func sf(_ x: Double) -> Double { lattice.sf(x) { exp($0 * logQ) } }
  public func logsf(_ x: Double) -> Double { lattice.logsf(x) { $0 * logQ } }

  public func logcdf(_ x: Double) -> Double {
    lattice.logcdf(x) { k in
      let logSF = k * logQ
      return logSF > -log(2.0) ? log(-expm1(logSF)) : log1pOfNegated(exp(logSF))
    }
  }

  /// SciPy's closed form ⌈log(1 − q)/log(1 − p)⌉, checked against the cdf.
  public func ppf(_ q: Double) -> Double {
    lattice.ppf(q, guess: (log1p(-q) / logQ).rounded(.up) - 1) { -expm1($0 * logQ) }
  }

  /// The smallest k with (1 − p)ᵏ ≤ q: ⌈log q / log(1 − p)⌉, checked against the sf.
  public func isf(_ q: Double) -> Double {
    lattice.isf(q, guess: (log(q) / logQ).rounded(.up) - 1) { exp($0 * logQ) }
  }

  /// 1/p.
  public var mean: Double { 1 / p }
  /// (1 − p)/p².
  public var variance: Double { (1 - p) / p / p }
  public var median: Double { ppf(0.5) }
  /// (−(1 − p) log(1 − p) − p log p)/p nats (0 for p = 1, where SciPy gives NaN).
  public var entropy: Double {
    if p == 1 { return 0 }
    return -log(p) - logQ * (1 - p) / p
  }
  /// [1, ∞).
  public var support: (lower: Double, upper: Double) { (1, .infinity) }

  public func sample(using generator: inout RandomState) -> Int { generator.geometric(p) }

  public func sample(_ count: Int, using generator: inout RandomState) -> IntVector {
    generator.geometric(p, size: count)
  }

  /// `Geometric(p: 0.25)`.
  public var description: String { "Geometric(p: \(p))" }
}
