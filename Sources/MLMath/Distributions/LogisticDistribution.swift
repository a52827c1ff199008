#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The logistic distribution with location `loc` = μ and scale `scale` = s (SciPy's
/// `scipy.stats.logistic(loc, scale)`).
///
/// Its cdf is the logistic sigmoid, F(x) = expit((x − μ)/s) = 1/(1 + e^(−(x − μ)/s)), and its
/// quantile the logit: the latent-noise model behind logistic regression. Mean μ, variance π²s²/3.
///
/// ```swift
/// let d = try Logistic(loc: 0, scale: 1)
/// print(d.cdf(2))      // 0.8807970779778823
/// print(d.ppf(0.9))    // 2.1972245773362196
/// ```
///
/// - Accuracy: `cdf`/`sf` are `expit(±z)`, `logcdf`/`logsf` are −softplus(∓z) (SciPy's
///   `log_expit`), `ppf`/`isf` are μ ± s·logit(q); all keep full relative accuracy in both tails.
/// - Sampling: `sample` draws NumPy's legacy `np.random.logistic(loc, scale)`, bit for bit.
public struct Logistic: ContinuousDistribution, Hashable {
  /// The location (mean and median) μ.
  public let loc: Double
  /// The scale s > 0.
  public let scale: Double

  /// The logistic distribution centred at `loc` with scale `scale`.
  ///
  /// - Throws: ``DistributionError`` unless `loc` is finite and `scale` is positive and finite.
  public init(loc: Double = 0, scale: Double = 1) throws {
    try requireFinite(loc, "loc", of: "Logistic")
    try requirePositive(scale, "scale", of: "Logistic")
    self.loc = loc
    self.scale = scale
  }

  @inline(__always)
  private func standardized(_ x: Double) -> Double { (x - loc) / scale }

  public func pdf(_ x: Double) -> Double {
    let z = standardized(x)
    if z.isNaN { return .nan }
    // e^(−|z|)/(1 + e^(−|z|))², symmetric, with the exponential never overflowing.
    let e = exp(-z.magnitude)
    let denominator = 1 + e
    return e / (denominator * denominator) / scale
  }

  /// −|z| − 2 log1p(e^(−|z|)) − log s (SciPy's `logistic._logpdf`).
  public func logpdf(_ x: Double) -> Double {
    let z = standardized(x)
    if z.isNaN { return .nan }
    let y = -z.magnitude
    return y - 2 * log1p(exp(y)) - log(scale)
  }

  public func cdf(_ x: Double) -> Double { expit(standardized(x)) }
  public func sf(_ x: Double) -> Double { expit(-standardized(x)) }
  // ±∞ answer exactly 0 on the saturated side, as SciPy's edge rule does (−softplus gives −0).
  public func logcdf(_ x: Double) -> Double {
    let z = standardized(x)
    return z == .infinity ? 0 : unsignedNaN(-softplus(-z))
  }

  public func logsf(_ x: Double) -> Double {
    let z = standardized(x)
    return z == -.infinity ? 0 : unsignedNaN(-softplus(z))
  }

  public func ppf(_ q: Double) -> Double { unsignedNaN(logit(q) * scale + loc) }
  public func isf(_ q: Double) -> Double { unsignedNaN(-logit(q) * scale + loc) }

  public var mean: Double { loc }
  /// π²s²/3.
  public var variance: Double { .pi * .pi / 3 * scale * scale }
  public var median: Double { loc }
  /// 2 + log s nats.
  public var entropy: Double { 2 + log(scale) }
  public var support: (lower: Double, upper: Double) { (-.infinity, .infinity) }

  public func sample(using generator: inout RandomState) -> Double {
    generator.logistic(loc, scale)
  }

  public func sample(_ count: Int, using generator: inout RandomState) -> Vector {
    generator.logistic(loc, scale, size: count)
  }

  /// `Logistic(loc: 0.0, scale: 1.0)`.
  public var description: String { "Logistic(loc: \(loc), scale: \(scale))" }
}
