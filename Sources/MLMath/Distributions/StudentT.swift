#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Student's t distribution with `df` = ν > 0 degrees of freedom, optionally shifted
/// and scaled (SciPy's `scipy.stats.t(df, loc, scale)`): the distribution of
/// Z / √(V/ν) for a standard normal Z and an independent V ~ χ²(ν).
///
/// Density f(t) = (1 + t²/ν)^(−(ν+1)/2) / (√ν B(ν/2, ½)) of the standardised
/// t = (x − loc)/scale, divided by `scale`. As ν → ∞ it tends to the normal distribution.
///
/// ```swift
/// let t = try StudentT(df: 9)
/// print(t.isf(0.025))   // 2.2621571627982053, the two-sided 5 % critical value
/// ```
///
/// - Accuracy: tails through the regularised incomplete beta function,
///   P(T > t) = ½ I_{ν/(ν+t²)}(ν/2, ½), and the centre through
///   P(|T| < t) = I_{t²/(ν+t²)}(½, ν/2), so both keep full relative accuracy; `ppf`/`isf`
///   start from `betaincinv` and are refined by Newton's method on the log tail. Within
///   1e-12 relative of SciPy's `stdtr`/`stdtrit` down to 1e-300.
/// - Sampling: `loc + scale ·` NumPy's legacy `np.random.standard_t(df)`, bit for bit.
public struct StudentT: ContinuousDistribution, Hashable {
  /// The degrees of freedom ν > 0 (need not be an integer).
  public let df: Double
  /// The location (the median; the mean when ν > 1).
  public let loc: Double
  /// The scale > 0.
  public let scale: Double
  /// B(ν/2, ½) and its logarithm, for the tail I_x(ν/2, ½) (nil if ν/2 underflows to 0).
  let tailNormalization: BetaNormalization?

  /// t(df), shifted by `loc` and stretched by `scale`.
  ///
  /// - Throws: ``DistributionError`` unless `df` is positive and finite, `loc` finite and
  ///   `scale` positive and finite.
  public init(df: Double, loc: Double = 0, scale: Double = 1) throws {
    try requirePositive(df, "df", of: "StudentT")
    try requireFinite(loc, "loc", of: "StudentT")
    try requirePositive(scale, "scale", of: "StudentT")
    self.df = df
    self.loc = loc
    self.scale = scale
    tailNormalization = BetaNormalization(df / 2, 0.5)
  }

  /// P(T > t) for the standard t distribution and t ≥ 0: ½ I_x(ν/2, ½) with
  /// x = ν/(ν + t²) and 1 − x = t²/(ν + t²) both formed without cancellation, so the
  /// tail keeps its relative accuracy near t = 0 (x → 1) and far out (x → 0).
  func upperTail(_ t: Double) -> Double {
    if t == 0 { return 0.5 }
    if t == .infinity { return 0 }
    if t > 1e150 { return exp(logUpperTail(t)) }
    let t2 = t * t
    let x = df / (df + t2)
    let y = t2 / (df + t2)
    if x == 0 { return exp(logUpperTail(t)) }
    return 0.5 * incompleteBetaPair(df / 2, 0.5, x, y, normalization: tailNormalization, complement: false).i
  }

  /// log P(T > t) for t ≥ 0. Where the tail underflows it is still finite past x = ν/t² < 1e-20
  /// (between the underflow and that point it is −∞, as in SciPy): there the
  /// leading term of I_x(ν/2, ½) = x^(ν/2) / ((ν/2) B(ν/2, ½)) · (1 + O(x)) is exact to
  /// double precision (the next term is x·ν/(2ν + 4) relative).
  func logUpperTail(_ t: Double) -> Double {
    if t == .infinity { return -.infinity }
    let logX = log(df) - 2 * log(t)
    if logX > -46 { return log(upperTail(t)) }
    return df / 2 * logX - log(df / 2) - betaln(df / 2, 0.5) - log(2)
  }

  /// The standard density at t.
  func standardDensity(_ t: Double) -> Double { exp(standardLogDensity(t)) }

  func standardLogDensity(_ t: Double) -> Double {
    -betaln(df / 2, 0.5) - 0.5 * log(df) - (df + 1) / 2 * log1p(t * t / df)
  }

  /// The t with P(T > t) = p, for 0 < p ≤ ½ (so t ≥ 0).
  func upperQuantile(_ p: Double) -> Double {
    if p == 0.5 { return 0 }
    let x = betaincinv(df / 2, 0.5, 2 * p)
    if x < 1e-280 {
      // Far tail: invert the leading term of `logUpperTail`, exact to double precision there.
      let logT = (df / 2 * log(df) - log(df / 2) - betaln(df / 2, 0.5) - log(2) - log(p)) / df
      return exp(logT)
    }
    let start = (df * (1 - x) / x).squareRoot()
    return polishQuantile(
      start, tail: p, upper: true, tailProbability: upperTail, density: standardDensity)
  }

  public func pdf(_ x: Double) -> Double {
    unsignedNaN(standardDensity((x - loc) / scale) / scale)
  }

  public func logpdf(_ x: Double) -> Double {
    unsignedNaN(standardLogDensity((x - loc) / scale) - log(scale))
  }

  public func cdf(_ x: Double) -> Double {
    let t = (x - loc) / scale
    if t.isNaN { return .nan }
    return t < 0 ? upperTail(-t) : 1 - upperTail(t)
  }

  public func sf(_ x: Double) -> Double {
    let t = (x - loc) / scale
    if t.isNaN { return .nan }
    return t > 0 ? upperTail(t) : 1 - upperTail(-t)
  }

  public func logcdf(_ x: Double) -> Double {
    let t = (x - loc) / scale
    if t.isNaN { return .nan }
    return unsignedNaN(t < 0 ? logUpperTail(-t) : log1p(-upperTail(t)))
  }

  public func logsf(_ x: Double) -> Double {
    let t = (x - loc) / scale
    if t.isNaN { return .nan }
    return unsignedNaN(t > 0 ? logUpperTail(t) : log1p(-upperTail(-t)))
  }

  public func ppf(_ q: Double) -> Double {
    guard q >= 0, q <= 1 else { return .nan }
    if q == 0 { return -.infinity }
    if q == 1 { return .infinity }
    let t = q < 0.5 ? -upperQuantile(q) : upperQuantile(1 - q)
    return unsignedNaN(loc + scale * t)
  }

  public func isf(_ q: Double) -> Double {
    guard q >= 0, q <= 1 else { return .nan }
    if q == 0 { return .infinity }
    if q == 1 { return -.infinity }
    let t = q <= 0.5 ? upperQuantile(q) : -upperQuantile(1 - q)
    return unsignedNaN(loc + scale * t)
  }

  /// `loc` when ν > 1, otherwise undefined: NaN (SciPy returns inf, but the integral has no value).
  public var mean: Double { df > 1 ? loc : .nan }

  /// scale² ν/(ν − 2) when ν > 2, ∞ when 1 < ν ≤ 2, otherwise undefined (NaN).
  public var variance: Double {
    if df > 2 { return scale * scale * df / (df - 2) }
    return df > 1 ? .infinity : .nan
  }

  public var median: Double { loc }

  /// ((ν+1)/2)(ψ((ν+1)/2) − ψ(ν/2)) + log(√ν B(ν/2, ½)) + log(scale) nats; an
  /// asymptotic series in 1/ν from ν = 100, where the exact terms cancel (as SciPy).
  public var entropy: Double {
    let standard: Double
    if df >= 100 {
      let normal = 0.5 + logRootTwoPi
      standard =
        normal + 1 / df + pow(df, -2) / 4 - pow(df, -3) / 6 - pow(df, -4) / 8 + 0.3 * pow(df, -5)
        + pow(df, -6) / 4
    } else {
      let half = df / 2
      let half1 = (df + 1) / 2
      standard = half1 * (digamma(half1) - digamma(half)) + log(df.squareRoot() * beta(half, 0.5))
    }
    return standard + log(scale)
  }

  public var support: (lower: Double, upper: Double) { (-.infinity, .infinity) }

  public func sample(using generator: inout RandomState) -> Double {
    loc + scale * generator.standardT(df)
  }

  public func sample(_ count: Int, using generator: inout RandomState) -> Vector {
    let standard = generator.standardT(df, size: count)
    return loc == 0 && scale == 1 ? standard : loc + scale * standard
  }

  /// `StudentT(df: 9.0)`, with `loc` and `scale` when they are not 0 and 1.
  public var description: String {
    loc == 0 && scale == 1
      ? "StudentT(df: \(df))" : "StudentT(df: \(df), loc: \(loc), scale: \(scale))"
  }
}
