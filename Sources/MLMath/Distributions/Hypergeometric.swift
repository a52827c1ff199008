#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The hypergeometric distribution: the number of good items among `nsample` drawn without
/// replacement from an urn of `ngood` good and `nbad` bad ones (SciPy's
/// `scipy.stats.hypergeom(M, n, N)` with M = ngood + nbad, n = ngood, N = nsample; NumPy's
/// `np.random.hypergeometric(ngood, nbad, nsample)`).
///
/// P(X = k) = C(ngood, k) C(nbad, nsample − k) / C(ngood + nbad, nsample), for
/// max(0, nsample − nbad) ≤ k ≤ min(nsample, ngood).
///
/// ```swift
/// let hand = try Hypergeometric(ngood: 4, nbad: 48, nsample: 5)   // aces in a poker hand
/// print(hand.pmf(0))    // 0.6588419983377968
/// print(hand.mean)      // 0.38461538461538464
/// ```
///
/// - Accuracy: `pmf`/`logpmf` as a ratio of three of Loader's saddle-point binomial
///   probabilities (R's `dhyper`), full relative accuracy for populations of any size;
///   `cdf`/`sf` sum the probabilities outward from k by their ratios, on whichever side of
///   the mean k lies (R's `phyper`), so each keeps its accuracy in its own tail and
///   `logcdf`/`logsf` stay finite where they underflow. Near the mean the sum takes about
///   8.5 standard deviations' worth of terms.
/// - Sampling: `sample` draws NumPy's legacy `np.random.hypergeometric(ngood, nbad, nsample)`,
///   bit for bit. NumPy refuses `nsample` = 0; here that draw is 0 and consumes nothing.
public struct Hypergeometric: DiscreteDistribution, Hashable {
  /// The number of good items in the urn, ≥ 0 (SciPy's `n`).
  public let ngood: Int
  /// The number of bad items in the urn, ≥ 0 (SciPy's `M − n`).
  public let nbad: Int
  /// The number of items drawn, 0 ≤ nsample ≤ ngood + nbad (SciPy's `N`).
  public let nsample: Int

  /// Hypergeometric(ngood, nbad, nsample).
  ///
  /// - Throws: ``DistributionError`` if a count is negative, the urn is empty, or more items
  ///   are drawn than it holds.
  public init(ngood: Int, nbad: Int, nsample: Int) throws {
    for (name, value) in [("ngood", ngood), ("nbad", nbad), ("nsample", nsample)] where value < 0 {
      throw DistributionError(
        distribution: "Hypergeometric", parameter: name, value: Double(value), requirement: "must be ≥ 0")
    }
    let (population, overflow) = ngood.addingReportingOverflow(nbad)
    if overflow || population == 0 {
      throw DistributionError(
        distribution: "Hypergeometric", parameter: "ngood + nbad", value: Double(ngood) + Double(nbad),
        requirement: "must be between 1 and Int.max")
    }
    if nsample > population {
      throw DistributionError(
        distribution: "Hypergeometric", parameter: "nsample", value: Double(nsample),
        requirement: "must be ≤ ngood + nbad = \(population)")
    }
    self.ngood = ngood
    self.nbad = nbad
    self.nsample = nsample
  }

  var good: Double { Double(ngood) }
  var bad: Double { Double(nbad) }
  var drawn: Double { Double(nsample) }
  var population: Double { Double(ngood + nbad) }
  var lattice: LatticeSupport {
    LatticeSupport(lower: Double(max(0, nsample - nbad)), upper: Double(min(nsample, ngood)))
  }

  /// log P(X = k) for a real k in the support, by R's `dhyper`: with p = nsample/(ngood + nbad),
  /// Bin(ngood, p)(k) · Bin(nbad, p)(nsample − k) / Bin(ngood + nbad, p)(nsample).
  func logProbability(_ k: Double) -> Double {
    Self.logProbability(k, good: good, bad: bad, drawn: drawn)
  }

  static func logProbability(_ k: Double, good: Double, bad: Double, drawn: Double) -> Double {
    let total = good + bad
    let p = drawn / total
    let q = (total - drawn) / total
    return logBinomialProbability(k, good, p, q) + logBinomialProbability(drawn - k, bad, p, q)
      - logBinomialProbability(drawn, total, p, q)
  }

  public func pmf(_ k: Int) -> Double {
    let x = Double(k)
    guard lattice.contains(x) else { return 0 }
    return exp(logProbability(x))
  }

  public func logpmf(_ k: Int) -> Double {
    let x = Double(k)
    guard lattice.contains(x) else { return -.infinity }
    return logProbability(x)
  }

  /// log P(X ≤ k) for k at or below the mean, as log P(X = k) + log(1 + Σ_{j<k} P(j)/P(k))
  /// (R's `pdhyper`), for an urn of `good` and `bad` items.
  static func logLowerTail(_ k: Double, good: Double, bad: Double, drawn: Double) -> Double {
    let logD = logProbability(k, good: good, bad: bad, drawn: drawn)
    var sum = NeumaierSum()
    sum.add(1)
    var term = 1.0
    var x = k
    while x > 0 {
      term *= x * (bad - drawn + x) / ((drawn + 1 - x) * (good + 1 - x))
      if !(term > 0) { break }
      sum.add(term)
      if term < 1e-17 * sum.value { break }
      x -= 1
    }
    return logD + log(sum.value)
  }

  /// (log P(X ≤ k), log P(X > k)) for k in the support below its top: the tail on k's side
  /// of the mean summed, the other its complement.
  func logTails(_ k: Double) -> (cdf: Double, sf: Double) {
    if k * population <= drawn * good {
      let lower = Self.logLowerTail(k, good: good, bad: bad, drawn: drawn)
      return (lower, log1mexpOrZero(lower))
    }
    // P(X > k) = P(X′ ≤ nsample − k − 1) for X′ = nsample − X, the bad items drawn.
    let upper = Self.logLowerTail(drawn - k - 1, good: bad, bad: good, drawn: drawn)
    return (log1mexpOrZero(upper), upper)
  }

  public func cdf(_ x: Double) -> Double { lattice.cdf(x) { exp(logTails($0).cdf) } }
  public func sf(_ x: Double) -> Double { lattice.sf(x) { exp(logTails($0).sf) } }
  public func logcdf(_ x: Double) -> Double { lattice.logcdf(x) { logTails($0).cdf } }
  public func logsf(_ x: Double) -> Double { lattice.logsf(x) { logTails($0).sf } }

  /// γ₁ = (N − 2K)(N − 2n)√(N − 1) / ((N − 2)√(nK(N − K)(N − n))), N the population, K good, n drawn.
  var skewness: Double {
    (bad - good) * (population - 2 * drawn) * (population - 1).squareRoot()
      / ((population - 2) * (drawn * good * bad * (population - drawn)).squareRoot())
  }

  /// The excess kurtosis, as SciPy's `hypergeom._stats`.
  var excessKurtosis: Double {
    let (m, n, k, b) = (population, good, drawn, bad)
    var g2 = m * (m + 1) - 6 * k * (m - k) - 6 * n * b
    g2 *= (m - 1) * m * m
    g2 += 6 * n * k * (m - k) * b * (5 * m - 6)
    return g2 / (n * k * (m - k) * b * (m - 2) * (m - 3))
  }

  func guess(_ q: Double) -> Double {
    let gamma = skewness
    return cornishFisherGuess(q, mean: mean, std: std, skewness: gamma.isFinite ? gamma : 0)
  }

  public func ppf(_ q: Double) -> Double {
    lattice.ppf(q, guess: guess(q)) { exp(logTails($0).cdf) }
  }

  public func isf(_ q: Double) -> Double {
    lattice.isf(q, guess: guess(1 - q)) { exp(logTails($0).sf) }
  }

  /// nsample · ngood / (ngood + nbad).
  public var mean: Double { drawn * good / population }

  /// nsample · (ngood/N)(nbad/N)(N − nsample)/(N − 1), N = ngood + nbad (0 when N = 1).
  public var variance: Double {
    if population == 1 { return 0 }
    return drawn * (good / population) * (bad / population) * (population - drawn) / (population - 1)
  }

  public var median: Double { ppf(0.5) }

  /// −Σ P(k) log P(k) in nats over the support.
  public var entropy: Double {
    let (lower, upper) = support
    if lower == upper { return 0 }
    if let h = nearNormalEntropy(variance: variance, skewness: skewness, excessKurtosis: excessKurtosis) {
      return h
    }
    let mode = ((drawn + 1) * (good + 1) / (population + 2)).rounded(.down)
    return latticeEntropy(lower: lower, upper: upper, mode: mode) { logProbability($0) }
  }

  /// [max(0, nsample − nbad), min(nsample, ngood)].
  public var support: (lower: Double, upper: Double) { (lattice.lower, lattice.upper) }

  public func sample(using generator: inout RandomState) -> Int {
    nsample == 0 ? 0 : generator.hypergeometric(ngood, nbad, nsample)
  }

  public func sample(_ count: Int, using generator: inout RandomState) -> IntVector {
    if nsample == 0 { return IntVector(repeating: 0, count: checkedCount(count, in: "sample")) }
    return generator.hypergeometric(ngood, nbad, nsample, size: count)
  }

  /// `Hypergeometric(ngood: 4, nbad: 48, nsample: 5)`.
  public var description: String { "Hypergeometric(ngood: \(ngood), nbad: \(nbad), nsample: \(nsample))" }
}

/// log(1 − eˣ) for x ≤ 0, 0 where eˣ is negligible.
@inline(__always)
func log1mexpOrZero(_ x: Double) -> Double {
  x > -log(2.0) ? log(-expm1(x)) : log1pOfNegated(exp(x))
}
