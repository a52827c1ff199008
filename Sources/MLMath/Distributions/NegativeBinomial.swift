#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The negative binomial distribution: the number of failures before the `n`-th success,
/// each trial succeeding with probability `p` (SciPy's `scipy.stats.nbinom(n, p)`, NumPy's
/// `np.random.negative_binomial(n, p)`; support 0, 1, 2, …).
///
/// P(X = k) = Γ(n + k)/(Γ(n) k!) pⁿ (1 − p)ᵏ; n may be any positive real number, which
/// makes this the gamma–Poisson mixture used for over-dispersed counts
/// (mean μ = n(1 − p)/p, variance μ + μ²/n).
///
/// ```swift
/// let failures = try NegativeBinomial(n: 3, p: 0.5)
/// print(failures.pmf(2))   // 0.18749999999999994
/// print(failures.mean)     // 3.0
/// ```
///
/// - Accuracy: `pmf`/`logpmf` as n/(n + k) times Loader's saddle-point binomial
///   probability of n successes in n + k trials (R's `dnbinom`), full relative accuracy;
///   `cdf` = I_p(n, k + 1) and `sf` = 1 − I_p(n, k + 1) from the incomplete beta function,
///   each accurate in its own tail; `logcdf`/`logsf` stay finite where they underflow.
///   `ppf`/`isf` search the integers from a Cornish–Fisher start. The entropy sums every
///   term that counts (SciPy's stops after about a thousand terms).
/// - Sampling: `sample` draws NumPy's legacy `np.random.negative_binomial(n, p)` — a Poisson
///   deviate whose mean is a gamma deviate — bit for bit.
public struct NegativeBinomial: DiscreteDistribution, Hashable {
  /// The number of successes n > 0 (any positive real).
  public let n: Double
  /// The probability of success in each trial, 0 < p ≤ 1.
  public let p: Double

  /// NegativeBinomial(n, p).
  ///
  /// - Throws: ``DistributionError`` unless n is positive and finite and 0 < p ≤ 1.
  public init(n: Double, p: Double) throws {
    try requirePositive(n, "n", of: "NegativeBinomial")
    if !(p > 0 && p <= 1) {
      throw DistributionError(
        distribution: "NegativeBinomial", parameter: "p", value: p, requirement: "must be in (0, 1]")
    }
    self.n = n
    self.p = p
  }

  /// 1 − p (exact for p ≥ ½).
  var q: Double { 1 - p }
  var lattice: LatticeSupport { LatticeSupport(lower: 0, upper: .infinity) }

  /// log P(X = k) for a real k ≥ 0: log(n/(n + k)) + log Binomial(n + k, p) at n.
  func logProbability(_ k: Double) -> Double {
    if k < 0 { return -.infinity }
    return log(n / (n + k)) + logBinomialProbability(n, n + k, p, q)
  }

  public func pmf(_ k: Int) -> Double { k < 0 ? 0 : exp(logProbability(Double(k))) }
  public func logpmf(_ k: Int) -> Double { k < 0 ? -.infinity : logProbability(Double(k)) }

  /// (P(X ≤ k), P(X > k)) for k ≥ 0: (I_p(n, k + 1), 1 − I_p(n, k + 1)).
  func tails(_ k: Double) -> (cdf: Double, sf: Double) {
    if p == 1 { return (1, 0) }
    let pair = incompleteBetaPair(n, k + 1, p, q)
    return (pair.i, pair.ic)
  }

  public func cdf(_ x: Double) -> Double { lattice.cdf(x) { tails($0).cdf } }
  public func sf(_ x: Double) -> Double { lattice.sf(x) { tails($0).sf } }

  public func logcdf(_ x: Double) -> Double {
    lattice.logcdf(x) { k in
      latticeLogCDF(k, cdf: { tails($0).cdf }, sf: { tails($0).sf }) { k in
        latticeTailLogSum(from: k, step: -1, end: 0, logpmf: logProbability) { j in j / ((n + j - 1) * q) }
      }
    }
  }

  public func logsf(_ x: Double) -> Double {
    lattice.logsf(x) { k in
      latticeLogSF(k, cdf: { tails($0).cdf }, sf: { tails($0).sf }) { k in
        latticeTailLogSum(from: k + 1, step: 1, end: .infinity, logpmf: logProbability) { j in
          (n + j) * q / (j + 1)
        }
      }
    }
  }

  func guess(_ probability: Double) -> Double {
    cornishFisherGuess(probability, mean: mean, std: std, skewness: (2 - p) / (n * q).squareRoot())
  }

  public func ppf(_ q: Double) -> Double { lattice.ppf(q, guess: guess(q)) { tails($0).cdf } }
  public func isf(_ q: Double) -> Double { lattice.isf(q, guess: guess(1 - q)) { tails($0).sf } }

  /// n(1 − p)/p.
  public var mean: Double { n * q / p }
  /// n(1 − p)/p².
  public var variance: Double { n * q / (p * p) }
  public var median: Double { ppf(0.5) }

  /// −Σ P(k) log P(k) in nats, summed over every k whose term reaches the last digit.
  public var entropy: Double {
    if p == 1 { return 0 }
    if let h = nearNormalEntropy(
      variance: variance, skewness: (2 - p) / (n * q).squareRoot(), excessKurtosis: 6 / n + p * p / (n * q))
    {
      return h
    }
    let mode = n > 1 ? ((n - 1) * q / p).rounded(.down) : 0
    return latticeEntropy(lower: 0, upper: .infinity, mode: mode) { logProbability($0) }
  }

  /// [0, ∞).
  public var support: (lower: Double, upper: Double) { (0, .infinity) }

  /// One draw, NumPy's legacy `np.random.negative_binomial(n, p)`; stops (as NumPy's
  /// `Generator` does) where the Poisson means could exceed 9.2e18 and the draws overflow.
  public func sample(using generator: inout RandomState) -> Int {
    generator.negativeBinomial(n, p)
  }

  public func sample(_ count: Int, using generator: inout RandomState) -> IntVector {
    generator.negativeBinomial(n, p, size: count)
  }

  /// `NegativeBinomial(n: 3.0, p: 0.5)`.
  public var description: String { "NegativeBinomial(n: \(n), p: \(p))" }
}
