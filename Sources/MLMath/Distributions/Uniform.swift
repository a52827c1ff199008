#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The continuous uniform distribution on [low, high] (SciPy's
/// `scipy.stats.uniform(loc=low, scale=high - low)`).
///
/// Density f(x) = 1/(high − low) on the closed interval [low, high], 0 elsewhere.
///
/// ```swift
/// let u = try Uniform(low: 2, high: 6)
/// print(u.cdf(3))      // 0.25
/// print(u.variance)    // 1.3333333333333333
/// ```
///
/// - Accuracy: `cdf` is (x − low)/(high − low) and `sf` (high − x)/(high − low), so both keep
///   full relative accuracy at their small end, and `logcdf`/`logsf` use log1p of the other
///   tail where theirs is close to 1; `isf(q)` is high − (high − low)·q. SciPy forms `sf` as
///   1 − cdf, which loses the relative accuracy of values below about 1e-8 near `high` (there
///   MLMath is checked against mpmath instead).
/// - Sampling: `sample` draws NumPy's legacy `np.random.uniform(low, high)`, bit for bit.
public struct Uniform: ContinuousDistribution, Hashable {
  /// The lower end of the support.
  public let low: Double
  /// The upper end of the support.
  public let high: Double
  /// The width high − low (SciPy's `scale`).
  public let scale: Double

  /// The uniform distribution on [low, high].
  ///
  /// - Throws: ``DistributionError`` unless `low` and `high` are finite, `low < high`, and
  ///   `high − low` is finite.
  public init(low: Double = 0, high: Double = 1) throws {
    try requireFinite(low, "low", of: "Uniform")
    try requireFinite(high, "high", of: "Uniform")
    guard high > low else {
      throw DistributionError(
        distribution: "Uniform", parameter: "high", value: high, requirement: "must be greater than low = \(low)")
    }
    guard (high - low).isFinite else {
      throw DistributionError(
        distribution: "Uniform", parameter: "high", value: high,
        requirement: "must be within Double's range of low = \(low) (high - low overflows)")
    }
    self.low = low
    self.high = high
    self.scale = high - low
  }

  public func pdf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    return x >= low && x <= high ? 1 / scale : 0
  }

  public func logpdf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    return x >= low && x <= high ? 0 - log(scale) : -.infinity  // 0 − log 1 is +0, as SciPy prints it
  }

  public func cdf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    if x <= low { return 0 }
    if x >= high { return 1 }
    return min((x - low) / scale, 1)
  }

  public func sf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    if x <= low { return 1 }
    if x >= high { return 0 }
    return min((high - x) / scale, 1)
  }

  /// log cdf, as log1p(−sf) where the cdf is close to 1.
  public func logcdf(_ x: Double) -> Double {
    if x >= high { return 0 }
    let upper = sf(x)
    return unsignedNaN(upper < 0.5 ? log1p(-upper) : log(cdf(x)))
  }

  /// log sf, as log1p(−cdf) where the sf is close to 1.
  public func logsf(_ x: Double) -> Double {
    if x <= low { return 0 }
    let lower = cdf(x)
    return unsignedNaN(lower < 0.5 ? log1p(-lower) : log(sf(x)))
  }

  public func ppf(_ q: Double) -> Double {
    guard q >= 0, q <= 1 else { return .nan }
    if q == 1 { return high }
    return low + scale * q
  }

  public func isf(_ q: Double) -> Double {
    guard q >= 0, q <= 1 else { return .nan }
    if q == 1 { return low }
    return high - scale * q
  }

  /// (low + high)/2, formed as low + ½(high − low) like SciPy.
  public var mean: Double { 0.5 * scale + low }
  /// (high − low)²/12.
  public var variance: Double { scale * scale / 12 }
  public var median: Double { 0.5 * scale + low }
  /// log(high − low) nats.
  public var entropy: Double { log(scale) }
  public var support: (lower: Double, upper: Double) { (low, high) }

  public func sample(using generator: inout RandomState) -> Double {
    generator.uniform(low, high)
  }

  public func sample(_ count: Int, using generator: inout RandomState) -> Vector {
    generator.uniform(low, high, size: count)
  }

  /// `Uniform(low: 0.0, high: 1.0)`.
  public var description: String { "Uniform(low: \(low), high: \(high))" }
}
