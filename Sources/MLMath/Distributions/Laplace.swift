#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The Laplace (double exponential) distribution with location `loc` = μ and scale `scale` = b
/// (SciPy's `scipy.stats.laplace(loc, scale)`).
///
/// Density f(x) = e^(−|x − μ|/b) / (2b) on the whole real line: the difference of two
/// exponential variables, and the noise model behind least absolute deviations (L1).
///
/// ```swift
/// let noise = try Laplace(loc: 0, scale: 1)
/// print(noise.cdf(-1))    // 0.18393972058572117
/// print(noise.variance)   // 2.0
/// ```
///
/// - Accuracy: closed forms in each half: cdf = ½e^z below μ and 1 − ½e^(−z) above
///   (z = (x − μ)/b), sf by symmetry, `logpdf`, `logcdf` and `logsf` exact and linear in the far
///   tails (log ½ − |z|) where SciPy's log of an underflowed value gives −∞ (those points are
///   checked against mpmath); `ppf`/`isf` as μ ± b·log(2q) for q below ½.
/// - Sampling: `sample` draws NumPy's legacy `np.random.laplace(loc, scale)`, bit for bit.
public struct Laplace: ContinuousDistribution, Hashable {
  /// The location (mean and median) μ.
  public let loc: Double
  /// The scale b > 0.
  public let scale: Double

  /// The Laplace distribution centred at `loc` with scale `scale`.
  ///
  /// - Throws: ``DistributionError`` unless `loc` is finite and `scale` is positive and finite.
  public init(loc: Double = 0, scale: Double = 1) throws {
    try requireFinite(loc, "loc", of: "Laplace")
    try requirePositive(scale, "scale", of: "Laplace")
    self.loc = loc
    self.scale = scale
  }

  @inline(__always)
  private func standardized(_ x: Double) -> Double { (x - loc) / scale }

  /// The standard cdf ½e^z for z ≤ 0, 1 − ½e^(−z) above.
  private static func standardCDF(_ z: Double) -> Double {
    z > 0 ? 1 - 0.5 * exp(-z) : 0.5 * exp(z)
  }

  /// log of the standard cdf: z − log 2 for z ≤ 0, log1p(−½e^(−z)) above (and +0 at z = +∞,
  /// where SciPy's edge rule answers exactly 0).
  private static func standardLogCDF(_ z: Double) -> Double {
    if z == .infinity { return 0 }
    return z > 0 ? log1p(-0.5 * exp(-z)) : z - M_LN2
  }

  public func pdf(_ x: Double) -> Double {
    let z = standardized(x)
    return unsignedNaN(0.5 * exp(-z.magnitude) / scale)
  }

  public func logpdf(_ x: Double) -> Double {
    let z = standardized(x)
    return unsignedNaN(-z.magnitude - M_LN2 - log(scale))
  }

  public func cdf(_ x: Double) -> Double { unsignedNaN(Self.standardCDF(standardized(x))) }
  public func sf(_ x: Double) -> Double { unsignedNaN(Self.standardCDF(-standardized(x))) }
  public func logcdf(_ x: Double) -> Double { unsignedNaN(Self.standardLogCDF(standardized(x))) }
  public func logsf(_ x: Double) -> Double { unsignedNaN(Self.standardLogCDF(-standardized(x))) }

  /// The standard quantile: log(2q) for q ≤ ½, −log(2(1 − q)) above.
  private static func standardQuantile(_ q: Double) -> Double {
    q > 0.5 ? -log(2 * (1 - q)) : log(2 * q)
  }

  public func ppf(_ q: Double) -> Double {
    guard q >= 0, q <= 1 else { return .nan }
    return Self.standardQuantile(q) * scale + loc
  }

  public func isf(_ q: Double) -> Double {
    guard q >= 0, q <= 1 else { return .nan }
    return -Self.standardQuantile(q) * scale + loc
  }

  public var mean: Double { loc }
  /// 2b².
  public var variance: Double { 2 * scale * scale }
  public var median: Double { loc }
  /// 1 + log(2b) nats.
  public var entropy: Double { M_LN2 + 1 + log(scale) }
  public var support: (lower: Double, upper: Double) { (-.infinity, .infinity) }

  public func sample(using generator: inout RandomState) -> Double {
    generator.laplace(loc, scale)
  }

  public func sample(_ count: Int, using generator: inout RandomState) -> Vector {
    generator.laplace(loc, scale, size: count)
  }

  /// `Laplace(loc: 0.0, scale: 1.0)`.
  public var description: String { "Laplace(loc: \(loc), scale: \(scale))" }
}
