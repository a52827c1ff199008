#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The binomial distribution: the number of successes in `n` independent trials that
/// each succeed with probability `p` (SciPy's `scipy.stats.binom(n, p)`).
///
/// P(X = k) = C(n, k) pᵏ (1 − p)ⁿ⁻ᵏ for k = 0, 1, …, n.
///
/// ```swift
/// let heads = try Binomial(n: 10, p: 0.5)
/// print(heads.pmf(5))     // 0.24609375000000003
/// print(heads.cdf(3))     // 0.17187499999999994
/// print(heads.ppf(0.9))   // 7.0
/// ```
///
/// - Accuracy: `pmf`/`logpmf` by Loader's saddle-point method (C. Loader, "Fast and accurate
///   computation of binomial probabilities", 2000), full relative accuracy at any n, where
///   the log-gamma sum of SciPy's `logpmf` loses digits (seven at n = 10⁹); `cdf`/`sf` from
///   the incomplete beta function, 1 − I_p(k + 1, n − k) and I_p(k + 1, n − k), up to
///   n = 10⁵ (the range `betainc` is tested over), and beyond by summing the saddle-point
///   probabilities of the tail k lies in, about nine standard deviations' worth of terms next
///   to the mean (SciPy's Boost-based cdf is off by up to 1e-12 at n = 10⁶); each is accurate
///   in its own tail down to 1e-300, and `logcdf`/`logsf` stay finite beyond, by summing the
///   ratios of neighbouring probabilities. `ppf` is the smallest k with
///   F(k) ≥ q and `isf` the smallest k with 1 − F(k) ≤ q, found by bracketing and bisection
///   from a Cornish–Fisher start. The entropy sums every term that counts (see `entropy`).
/// - Sampling: `sample` draws NumPy's legacy `np.random.binomial(n, p)`, bit for bit.
public struct Binomial: DiscreteDistribution, Hashable {
  /// The number of trials n ≥ 0.
  public let n: Int
  /// The probability of success in each trial, 0 ≤ p ≤ 1.
  public let p: Double

  /// Binomial(n, p).
  ///
  /// - Throws: ``DistributionError`` if `n` is negative or `p` is not in [0, 1].
  public init(n: Int, p: Double) throws {
    if n < 0 {
      throw DistributionError(
        distribution: "Binomial", parameter: "n", value: Double(n), requirement: "must be ≥ 0")
    }
    try requireProbability(p, "p", of: "Binomial")
    self.n = n
    self.p = p
  }

  /// 1 − p (exact for p ≥ ½).
  var q: Double { 1 - p }
  var trials: Double { Double(n) }
  var lattice: LatticeSupport { LatticeSupport(lower: 0, upper: trials) }

  /// log P(X = k) for a real k in [0, n].
  func logProbability(_ k: Double) -> Double { logBinomialProbability(k, trials, p, q) }

  public func pmf(_ k: Int) -> Double {
    guard k >= 0, k <= n else { return 0 }
    return exp(logProbability(Double(k)))
  }

  public func logpmf(_ k: Int) -> Double {
    guard k >= 0, k <= n else { return -.infinity }
    return logProbability(Double(k))
  }

  /// (P(X ≤ k), P(X > k)) for 0 ≤ k < n: from the incomplete beta function up to n = 10⁵
  /// (its tested range), beyond by summing the probabilities of k's tail of the mean.
  func tails(_ k: Double) -> (cdf: Double, sf: Double) {
    if p == 0 { return (1, 0) }
    if p == 1 { return (0, 1) }
    if n <= 100_000 {
      let pair = incompleteBetaPair(k + 1, trials - k, p, q)
      return (pair.ic, pair.i)
    }
    if k <= mean {
      let lower = exp(lowerTail(k))
      return (lower, 1 - lower)
    }
    let upper = exp(upperTail(k))
    return (1 - upper, upper)
  }

  /// log P(X ≤ k), summed down from k.
  func lowerTail(_ k: Double) -> Double {
    latticeTailLogSum(from: k, step: -1, end: 0, logpmf: logProbability) { j in j * q / ((trials - j + 1) * p) }
  }

  /// log P(X > k), summed up from k + 1.
  func upperTail(_ k: Double) -> Double {
    latticeTailLogSum(from: k + 1, step: 1, end: trials, logpmf: logProbability) { j in
      (trials - j) * p / ((j + 1) * q)
    }
  }

  public func cdf(_ x: Double) -> Double { lattice.cdf(x) { tails($0).cdf } }
  public func sf(_ x: Double) -> Double { lattice.sf(x) { tails($0).sf } }

  public func logcdf(_ x: Double) -> Double {
    lattice.logcdf(x) { k in
      latticeLogCDF(k, cdf: { tails($0).cdf }, sf: { tails($0).sf }) { lowerTail($0) }
    }
  }

  public func logsf(_ x: Double) -> Double {
    lattice.logsf(x) { k in
      latticeLogSF(k, cdf: { tails($0).cdf }, sf: { tails($0).sf }) { upperTail($0) }
    }
  }

  var guess: (Double) -> Double {
    { cornishFisherGuess($0, mean: mean, std: std, skewness: (q - p) / std) }
  }

  public func ppf(_ q: Double) -> Double { lattice.ppf(q, guess: guess(q)) { tails($0).cdf } }
  public func isf(_ q: Double) -> Double { lattice.isf(q, guess: guess(1 - q)) { tails($0).sf } }

  /// np.
  public var mean: Double { trials * p }
  /// np(1 − p).
  public var variance: Double { trials * p * q }
  public var median: Double { ppf(0.5) }

  /// −Σ P(k) log P(k) in nats, over every k whose term reaches the last digit (SciPy sums
  /// over all n + 1 values, which exhausts memory for n in the billions).
  public var entropy: Double {
    if p == 0 || p == 1 { return 0 }
    let npq = trials * p * q
    if let h = nearNormalEntropy(
      variance: npq, skewness: (q - p) / npq.squareRoot(), excessKurtosis: (1 - 6 * p * q) / npq)
    {
      return h
    }
    return latticeEntropy(lower: 0, upper: trials, mode: ((trials + 1) * p).rounded(.down)) {
      logProbability($0)
    }
  }

  /// [0, n].
  public var support: (lower: Double, upper: Double) { (0, trials) }

  public func sample(using generator: inout RandomState) -> Int { generator.binomial(n, p) }

  public func sample(_ count: Int, using generator: inout RandomState) -> IntVector {
    generator.binomial(n, p, size: count)
  }

  /// `Binomial(n: 10, p: 0.5)`.
  public var description: String { "Binomial(n: \(n), p: \(p))" }
}
