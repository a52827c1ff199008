#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The Cauchy (Lorentz) distribution with location `loc` = x₀ and scale `scale` = γ
/// (SciPy's `scipy.stats.cauchy(loc, scale)`).
///
/// Density f(x) = 1 / (πγ(1 + ((x − x₀)/γ)²)) on the whole real line: the ratio of two
/// independent standard normals, and a Student t with one degree of freedom. Its tails are so
/// heavy that the mean and variance do not exist (`mean` and `variance` are NaN, as in SciPy);
/// the median is x₀ and the quartiles are x₀ ± γ.
///
/// ```swift
/// let c = try Cauchy(loc: 0, scale: 1)
/// print(c.cdf(1))         // 0.75
/// print(c.mean)           // nan
/// ```
///
/// - Accuracy: cdf = atan2(1, −z)/π and sf = atan2(1, z)/π keep their relative accuracy in
///   both tails; `logcdf`/`logsf` use log1p(−(other tail)) where the tail is close to 1; `ppf`/`isf`
///   use −1/tan(πq) for small q, so q = 1e-300 gives −3.2e299 to full precision.
/// - Sampling: `sample` draws `loc + scale * np.random.standard_cauchy()` from NumPy's legacy
///   generator, bit for bit (SciPy's `cauchy.rvs` inverts the cdf of a uniform draw instead).
public struct Cauchy: ContinuousDistribution, Hashable {
  /// The location (median) x₀.
  public let loc: Double
  /// The scale (half the interquartile range) γ > 0.
  public let scale: Double

  /// The Cauchy distribution centred at `loc` with half-width `scale`.
  ///
  /// - Throws: ``DistributionError`` unless `loc` is finite and `scale` is positive and finite.
  public init(loc: Double = 0, scale: Double = 1) throws {
    try requireFinite(loc, "loc", of: "Cauchy")
    try requirePositive(scale, "scale", of: "Cauchy")
    self.loc = loc
    self.scale = scale
  }

  @inline(__always)
  private func standardized(_ x: Double) -> Double { (x - loc) / scale }

  public func pdf(_ x: Double) -> Double {
    let z = standardized(x)
    return unsignedNaN(1.0 / .pi / (1.0 + z * z) / scale)
  }

  /// −log π − log(1 + z²), with log(1 + z²) = 2 log|z| + log1p(1/z²) for |z| ≥ 1 so that z²
  /// never overflows (SciPy's `cauchy._logpdf`).
  public func logpdf(_ x: Double) -> Double {
    let z = standardized(x).magnitude
    let logPi = 1.1447298858494002
    let value = z < 1 ? -logPi - log1p(z * z) : -logPi - (2 * log(z) + log1p((1 / z) * (1 / z)))
    return unsignedNaN(value - log(scale))
  }

  public func cdf(_ x: Double) -> Double { unsignedNaN(atan2(1, -standardized(x)) / .pi) }
  public func sf(_ x: Double) -> Double { unsignedNaN(atan2(1, standardized(x)) / .pi) }

  public func logcdf(_ x: Double) -> Double {
    let z = standardized(x)
    if z.isNaN { return .nan }
    if z == .infinity { return 0 }
    return z > 0 ? log1p(-atan2(1, z) / .pi) : log(atan2(1, -z) / .pi)
  }

  public func logsf(_ x: Double) -> Double {
    let z = standardized(x)
    if z.isNaN { return .nan }
    if z == -.infinity { return 0 }
    return z < 0 ? log1p(-atan2(1, -z) / .pi) : log(atan2(1, z) / .pi)
  }

  /// tan(π(q − ½)) for the standard Cauchy, as −1/tan(πq) and 1/tan(π(1 − q)) in the tails,
  /// where q and 1 − q are exact and small.
  private static func standardQuantile(_ q: Double) -> Double {
    if q == 0 { return -.infinity }
    if q == 1 { return .infinity }
    if q < 0.25 { return -1 / tan(.pi * q) }
    if q > 0.75 { return 1 / tan(.pi * (1 - q)) }
    return tan(.pi * (q - 0.5))
  }

  public func ppf(_ q: Double) -> Double {
    guard q >= 0, q <= 1 else { return .nan }
    return Self.standardQuantile(q) * scale + loc
  }

  public func isf(_ q: Double) -> Double {
    guard q >= 0, q <= 1 else { return .nan }
    return -Self.standardQuantile(q) * scale + loc
  }

  /// Undefined: NaN (SciPy's `cauchy.mean()`).
  public var mean: Double { .nan }
  /// Undefined: NaN (SciPy's `cauchy.var()`).
  public var variance: Double { .nan }
  public var median: Double { loc }
  /// log(4πγ) nats.
  public var entropy: Double { log(4 * .pi) + log(scale) }
  public var support: (lower: Double, upper: Double) { (-.infinity, .infinity) }

  public func sample(using generator: inout RandomState) -> Double {
    loc + scale * generator.standardCauchy()
  }

  public func sample(_ count: Int, using generator: inout RandomState) -> Vector {
    var draws = generator.standardCauchy(size: count)
    draws.elements.withUnsafeMutableBufferPointer { buffer in
      for i in buffer.indices { buffer[i] = loc + scale * buffer[i] }
    }
    return draws
  }

  /// `Cauchy(loc: 0.0, scale: 1.0)`.
  public var description: String { "Cauchy(loc: \(loc), scale: \(scale))" }
}
