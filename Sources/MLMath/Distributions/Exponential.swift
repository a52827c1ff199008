#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The exponential distribution with mean `scale` = 1/λ (SciPy's `scipy.stats.expon(scale=scale)`).
///
/// Density f(x) = e^(−x/scale)/scale for x ≥ 0: the waiting time between events of a
/// Poisson process with rate λ = 1/scale.
///
/// ```swift
/// let wait = try Exponential(rate: 0.5)   // mean 2
/// print(wait.sf(4))                        // 0.1353352832366127
/// print(wait.ppf(0.5))                     // 1.3862943611198906
/// ```
///
/// - Accuracy: every method is a closed form with full relative accuracy: `cdf` = −expm1(−x/scale),
///   `sf` = exp(−x/scale), `logsf` = −x/scale, `logcdf` = log(1 − e^(−x/scale)) without cancellation
///   (`log1mexp`), `ppf` = −scale·log1p(−q), `isf` = −scale·log(q); within 1e-12 of SciPy and of
///   mpmath over the fixture.
/// - Sampling: `sample` draws NumPy's legacy `np.random.exponential(scale)`, bit for bit.
public struct Exponential: ContinuousDistribution, Hashable {
  /// The mean 1/λ.
  public let scale: Double

  /// The exponential distribution with mean `scale`.
  ///
  /// - Throws: ``DistributionError`` unless `scale` is positive and finite.
  public init(scale: Double = 1) throws {
    try requirePositive(scale, "scale", of: "Exponential")
    self.scale = scale
  }

  /// The exponential distribution with rate λ = `rate` (mean 1/λ).
  ///
  /// - Throws: ``DistributionError`` unless `rate` is positive and finite and 1/rate is finite.
  public init(rate: Double) throws {
    try requirePositive(rate, "rate", of: "Exponential")
    guard (1 / rate).isFinite else {
      throw DistributionError(
        distribution: "Exponential", parameter: "rate", value: rate, requirement: "must have a finite 1/rate")
    }
    self.scale = 1 / rate
  }

  /// The rate λ = 1/scale.
  public var rate: Double { 1 / scale }

  public func pdf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    return x < 0 ? 0 : exp(-x / scale) / scale
  }

  public func logpdf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    return x < 0 ? -.infinity : -x / scale - log(scale)
  }

  public func cdf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    return x <= 0 ? 0 : -expm1(-x / scale)
  }

  public func sf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    return x <= 0 ? 1 : exp(-x / scale)
  }

  public func logcdf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    if x == .infinity { return 0 }
    return x <= 0 ? -.infinity : log1mexp(-x / scale)
  }

  public func logsf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    return x <= 0 ? 0 : -x / scale
  }

  public func ppf(_ q: Double) -> Double {
    guard q >= 0, q <= 1 else { return .nan }
    return -scale * log1p(-q) + 0  // + 0 turns −0 into 0 at q = 0
  }

  public func isf(_ q: Double) -> Double {
    guard q >= 0, q <= 1 else { return .nan }
    return -scale * log(q) + 0
  }

  public var mean: Double { scale }
  public var variance: Double { scale * scale }
  /// scale · log 2.
  public var median: Double { scale * M_LN2 }
  /// 1 + log(scale) nats.
  public var entropy: Double { 1 + log(scale) }
  public var support: (lower: Double, upper: Double) { (0, .infinity) }

  public func sample(using generator: inout RandomState) -> Double {
    generator.exponential(scale)
  }

  public func sample(_ count: Int, using generator: inout RandomState) -> Vector {
    generator.exponential(scale, size: count)
  }

  /// `Exponential(scale: 2.0)`.
  public var description: String { "Exponential(scale: \(scale))" }
}
