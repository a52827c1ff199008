#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The Weibull distribution with shape k = `shape` and scale λ = `scale` (SciPy's
/// `scipy.stats.weibull_min(c=shape, scale=scale)`).
///
/// Survival function S(x) = e^(−(x/λ)ᵏ) for x ≥ 0: lifetimes whose hazard rate grows (k > 1),
/// stays constant (k = 1, the exponential distribution) or falls (k < 1) with age.
///
/// ```swift
/// let life = try Weibull(shape: 1.5, scale: 1000)
/// print(life.sf(500))     // 0.7021885013265595
/// print(life.mean)        // 902.7452929509335
/// ```
///
/// - Accuracy: closed forms in t = (x/λ)ᵏ: cdf = −expm1(−t), sf = e^(−t), logsf = −t,
///   logcdf = log(1 − e^(−t)) without cancellation (k·log(x/λ) where t underflows), `ppf` =
///   λ(−log1p(−q))^(1/k), `isf` = λ(−log q)^(1/k). Where t underflows SciPy's `logcdf` is −∞;
///   those points are checked against mpmath. The variance λ²(Γ(1 + 2/k) − Γ(1 + 1/k)²)
///   is formed as Γ(1 + 1/k)²·expm1(log Γ(1 + 2/k) − 2 log Γ(1 + 1/k)) for k > 2, where the
///   difference cancels.
/// - Sampling: `sample` draws `scale * np.random.weibull(shape)` from NumPy's legacy generator,
///   bit for bit (SciPy's `weibull_min.rvs` inverts the cdf of a uniform draw instead).
public struct Weibull: ContinuousDistribution, Hashable {
  /// The shape k > 0.
  public let shape: Double
  /// The scale λ > 0.
  public let scale: Double

  /// The Weibull distribution with shape `shape` and scale `scale`.
  ///
  /// - Throws: ``DistributionError`` unless `shape` and `scale` are positive and finite.
  public init(shape: Double, scale: Double = 1) throws {
    try requirePositive(shape, "shape", of: "Weibull")
    try requirePositive(scale, "scale", of: "Weibull")
    self.shape = shape
    self.scale = scale
  }

  public func pdf(_ x: Double) -> Double {
    let z = x / scale
    if z.isNaN { return .nan }
    if z < 0 || z == .infinity { return 0 }
    return shape * pow(z, shape - 1) * exp(-pow(z, shape)) / scale
  }

  public func logpdf(_ x: Double) -> Double {
    let z = x / scale
    if z.isNaN { return .nan }
    if z < 0 || z == .infinity { return -.infinity }
    return log(shape) + xlogy(shape - 1, z) - pow(z, shape) - log(scale)
  }

  public func cdf(_ x: Double) -> Double {
    let z = x / scale
    if z.isNaN { return .nan }
    return z <= 0 ? 0 : -expm1(-pow(z, shape))
  }

  public func sf(_ x: Double) -> Double {
    let z = x / scale
    if z.isNaN { return .nan }
    return z <= 0 ? 1 : exp(-pow(z, shape))
  }

  public func logcdf(_ x: Double) -> Double {
    let z = x / scale
    if z.isNaN { return .nan }
    if z <= 0 { return -.infinity }
    if z == .infinity { return 0 }
    let t = pow(z, shape)
    // log(1 − e^(−t)) = log t − t/2 + …: where t is below the normal range, k·log z itself.
    if t < 1e-300 { return shape * log(z) }
    return log1mexp(-t)
  }

  public func logsf(_ x: Double) -> Double {
    let z = x / scale
    if z.isNaN { return .nan }
    return z <= 0 ? 0 : -pow(z, shape)
  }

  public func ppf(_ q: Double) -> Double {
    guard q >= 0, q <= 1 else { return .nan }
    return q == 0 ? 0 : pow(-log1p(-q), 1 / shape) * scale
  }

  public func isf(_ q: Double) -> Double {
    guard q >= 0, q <= 1 else { return .nan }
    return q == 1 ? 0 : pow(-log(q), 1 / shape) * scale  // −log 1 = −0, and pow(−0, 1) is −0
  }

  /// λ·Γ(1 + 1/k).
  public var mean: Double { tgamma(1 + 1 / shape) * scale }

  /// λ²(Γ(1 + 2/k) − Γ(1 + 1/k)²).
  public var variance: Double {
    let g1 = tgamma(1 + 1 / shape)
    // Γ(1 + 2/k) overflows for k below about 0.012: so does the variance.
    if !tgamma(1 + 2 / shape).isFinite { return .infinity }
    let difference: Double
    if shape > 2 {
      // Both Γ values are near 1 and their difference is O(1/k²): take it in logarithms,
      // where log Γ(1 + a) is accurate for small a.
      let logRatio = logGammaOnePlus(2 / shape) - 2 * logGammaOnePlus(1 / shape)
      difference = g1 * g1 * expm1(logRatio)
    } else {
      difference = tgamma(1 + 2 / shape) - g1 * g1
    }
    return difference * scale * scale
  }

  /// λ(log 2)^(1/k).
  public var median: Double { pow(M_LN2, 1 / shape) * scale }

  /// γ(1 − 1/k) − log k + 1 + log λ nats (γ Euler's constant).
  public var entropy: Double { -eulerGamma / shape - log(shape) + eulerGamma + 1 + log(scale) }

  public var support: (lower: Double, upper: Double) { (0, .infinity) }

  public func sample(using generator: inout RandomState) -> Double {
    scale * generator.weibull(shape)
  }

  public func sample(_ count: Int, using generator: inout RandomState) -> Vector {
    var draws = generator.weibull(shape, size: count)
    draws.elements.withUnsafeMutableBufferPointer { buffer in
      for i in buffer.indices { buffer[i] = scale * buffer[i] }
    }
    return draws
  }

  /// `Weibull(shape: 1.5, scale: 1000.0)`.
  public var description: String { "Weibull(shape: \(shape), scale: \(scale))" }
}
