#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The Bernoulli distribution: 1 with probability `p`, 0 with probability 1 − p — one
/// coin flip (SciPy's `scipy.stats.bernoulli(p)`).
///
/// ```swift
/// let flip = try Bernoulli(p: 0.3)
/// print(flip.pmf(1), flip.mean, flip.variance)   // 0.3 0.3 0.21
/// ```
///
/// - Accuracy: exact probabilities; `logpmf(0)` and `logcdf(0)` are log1p(−p), accurate for
///   small p; the entropy is −p log p − (1 − p) log(1 − p).
/// - Sampling: `sample` draws `np.random.binomial(1, p)`, which is what SciPy's `rvs` does,
///   bit for bit (NumPy's legacy generator has no Bernoulli sampler of its own).
public struct Bernoulli: DiscreteDistribution, Hashable {
  /// The probability of a 1, 0 ≤ p ≤ 1.
  public let p: Double

  /// Bernoulli(p).
  ///
  /// - Throws: ``DistributionError`` unless 0 ≤ p ≤ 1.
  public init(p: Double) throws {
    try requireProbability(p, "p", of: "Bernoulli")
    self.p = p
  }

  var lattice: LatticeSupport { LatticeSupport(lower: 0, upper: 1) }

  public func pmf(_ k: Int) -> Double {
    switch k {
    case 0: 1 - p
    case 1: p
    default: 0
    }
  }

  public func logpmf(_ k: Int) -> Double {
    switch k {
    case 0: log1pOfNegated(p)
    case 1: log(p)
    default: -.infinity
    }
  }

  // Inside the support below its top there is only k = 0.
  public func cdf(_ x: Double) -> Double { lattice.cdf(x) { _ in 1 - p } }
  public func sf(_ x: Double) -> Double { lattice.sf(x) { _ in p } }
  public func logcdf(_ x: Double) -> Double { lattice.logcdf(x) { _ in log1pOfNegated(p) } }
  public func logsf(_ x: Double) -> Double { lattice.logsf(x) { _ in log(p) } }
  public func ppf(_ q: Double) -> Double { lattice.ppf(q, guess: 0) { _ in 1 - p } }
  public func isf(_ q: Double) -> Double { lattice.isf(q, guess: 0) { _ in p } }

  /// p.
  public var mean: Double { p }
  /// p(1 − p).
  public var variance: Double { p * (1 - p) }
  public var median: Double { ppf(0.5) }
  /// −p log p − (1 − p) log(1 − p) nats (0 for p = 0 or 1).
  public var entropy: Double { -xlogy(p, p) - xlog1py(1 - p, -p) }
  /// [0, 1].
  public var support: (lower: Double, upper: Double) { (0, 1) }

  public func sample(using generator: inout RandomState) -> Int { generator.binomial(1, p) }

  public func sample(_ count: Int, using generator: inout RandomState) -> IntVector {
    generator.binomial(1, p, size: count)
  }

  /// `Bernoulli(p: 0.3)`.
  public var description: String { "Bernoulli(p: \(p))" }
}
