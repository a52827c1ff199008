#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The log-normal distribution: X = e^Y with Y ~ N(μ, σ²), where `mu` = μ and `sigma` = σ are
/// the mean and standard deviation of the underlying normal Y, as in NumPy's
/// `np.random.lognormal(mean, sigma)` (SciPy's `scipy.stats.lognorm(s=sigma, scale=exp(mu))`).
///
/// Density f(x) = exp(−(log x − μ)²/(2σ²)) / (xσ√(2π)) for x > 0. Median e^μ,
/// mean e^(μ + σ²/2).
///
/// ```swift
/// let incomes = try LogNormal(mu: 10, sigma: 0.5)
/// print(incomes.median)   // 22026.465794806718
/// print(incomes.cdf(30_000))   // 0.7316811244574998
/// ```
///
/// - Accuracy: through the normal distribution of log x: `cdf`/`sf` from `erfc` (relative
///   accuracy down to 1e-308), `logcdf`/`logsf` finite beyond that, `ppf`/`isf` as
///   exp(μ ± σ·Φ⁻¹(q)) for q down to 1e-300. The variance uses expm1(σ²), accurate for small σ
///   where SciPy's e^(σ²)(e^(σ²) − 1) cancels. The standard variable z = log(x/e^μ)/σ carries
///   an absolute error of a few ε/σ (e^μ itself is rounded), so for σ below about 0.01 the far
///   tails keep about |z|·ε/σ relative accuracy (1e-11 at σ = 3e-4, z = 32), as in SciPy.
/// - Sampling: `sample` draws NumPy's legacy `np.random.lognormal(mu, sigma)`, bit for bit
///   (SciPy's `lognorm.rvs` rounds differently: it draws e^(σZ)·e^μ).
public struct LogNormal: ContinuousDistribution, Hashable {
  /// The mean μ of log X.
  public let mu: Double
  /// The standard deviation σ > 0 of log X.
  public let sigma: Double
  /// e^μ, the median (SciPy's `scale`).
  private let expMu: Double

  /// The distribution of e^Y for Y ~ N(mu, sigma²).
  ///
  /// - Throws: ``DistributionError`` unless `mu` is finite and `sigma` is positive and finite.
  public init(mu: Double = 0, sigma: Double = 1) throws {
    try requireFinite(mu, "mu", of: "LogNormal")
    try requirePositive(sigma, "sigma", of: "LogNormal")
    self.mu = mu
    self.sigma = sigma
    self.expMu = exp(mu)
  }

  /// log x − μ, as log(x/e^μ) where both are normal numbers: near the median that keeps the
  /// absolute error at a few ε instead of ε·|log x| (SciPy's `log(x/scale)`).
  @inline(__always)
  private func logRatio(_ x: Double) -> Double {
    let ratio = x / expMu
    if expMu.isNormal && ratio.isNormal { return log(ratio) }
    return log(x) - mu
  }

  /// (log x − μ)/σ, the standard normal variable; −∞ at x = 0.
  @inline(__always)
  private func standardized(_ x: Double) -> Double { logRatio(x) / sigma }

  public func pdf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    if x <= 0 || x == .infinity { return 0 }
    return exp(logpdf(x))
  }

  public func logpdf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    if x <= 0 || x == .infinity { return -.infinity }
    let z = standardized(x)
    return -0.5 * z * z - log(x) - log(sigma) - logRootTwoPi
  }

  public func cdf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    return x <= 0 ? 0 : standardNormalCDF(standardized(x))
  }

  public func sf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    return x <= 0 ? 1 : standardNormalCDF(-standardized(x))
  }

  public func logcdf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    return x <= 0 ? -.infinity : logStandardNormalCDF(standardized(x))
  }

  public func logsf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    return x <= 0 ? 0 : logStandardNormalCDF(-standardized(x))
  }

  public func ppf(_ q: Double) -> Double {
    guard q >= 0, q <= 1 else { return .nan }
    return exp(mu + sigma * standardNormalQuantile(q))
  }

  public func isf(_ q: Double) -> Double {
    guard q >= 0, q <= 1 else { return .nan }
    return exp(mu - sigma * standardNormalQuantile(q))
  }

  /// e^(μ + σ²/2).
  public var mean: Double { exp(mu + 0.5 * sigma * sigma) }
  /// (e^(σ²) − 1) e^(2μ + σ²).
  public var variance: Double { expm1(sigma * sigma) * exp(2 * mu + sigma * sigma) }
  /// e^μ.
  public var median: Double { expMu }
  /// μ + ½ + log(σ√(2π)) nats.
  public var entropy: Double { mu + 0.5 + logRootTwoPi + log(sigma) }
  public var support: (lower: Double, upper: Double) { (0, .infinity) }

  public func sample(using generator: inout RandomState) -> Double {
    generator.lognormal(mu, sigma)
  }

  public func sample(_ count: Int, using generator: inout RandomState) -> Vector {
    generator.lognormal(mu, sigma, size: count)
  }

  /// `LogNormal(mu: 0.0, sigma: 1.0)`.
  public var description: String { "LogNormal(mu: \(mu), sigma: \(sigma))" }
}
