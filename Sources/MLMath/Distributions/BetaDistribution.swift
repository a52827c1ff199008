#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The beta distribution with shapes α = `a` and β = `b` on [0, 1] (SciPy's `scipy.stats.beta(a, b)`).
///
/// Density f(x) = x^(α−1) (1 − x)^(β−1) / B(α, β) for 0 ≤ x ≤ 1; the distribution of a
/// probability after α − 1 successes and β − 1 failures under a uniform prior. Mean α/(α + β).
///
/// ```swift
/// let p = try Beta(a: 2, b: 5)
/// print(p.mean)        // 0.2857142857142857
/// print(p.cdf(0.5))    // 0.890625
/// ```
///
/// - Accuracy: `cdf` is `betainc(a, b, x)` and `sf` the complementary ratio computed directly
///   (not 1 − cdf), so both tails keep their relative accuracy; `ppf` is `betaincinv` and `isf`
///   solves the upper tail (as 1 − `betaincinv(b, a, q)` for q < ½, refined by Newton's method on
///   log sf in log x where that leaves a value below ½, and as `betaincinv(a, b, 1 − q)` for
///   q ≥ ½).
///   SciPy's Boost `ibeta_inv` fails for some far-tail quantiles (Beta(2, 5).ppf(1e-300) =
///   4.1e-51 where the answer is 2.6e-151, `isf(1e-300)` NaN); those points are checked against
///   mpmath, as are `sf` of Beta(½, ½) near 0, where Boost's `betaincc` rounds 1 − 6.4e-11 to 1.
///   A quantile near 0 moves with the cdf's relative error divided by α (near 1, by β), so for
///   shapes below 0.01 `ppf`/`isf` keep about 1e-14/α relative accuracy (3e-12 at α = 0.002).
///   `logcdf` and `logsf` stay finite where a tail underflows near 0 or 1 (SciPy's log of the
///   underflowed tail is −∞; checked against mpmath).
/// - Sampling: `sample` draws NumPy's legacy `np.random.beta(a, b)`, bit for bit.
public struct Beta: ContinuousDistribution, Hashable {
  /// The first shape α > 0 (the exponent of x).
  public let a: Double
  /// The second shape β > 0 (the exponent of 1 − x).
  public let b: Double
  /// B(α, β) and its logarithm, computed once (nil if they cannot be).
  let normalization: BetaNormalization?

  /// The beta distribution with shapes α = `a` and β = `b`.
  ///
  /// - Throws: ``DistributionError`` unless `a` and `b` are positive and finite.
  public init(a: Double, b: Double) throws {
    try requirePositive(a, "a", of: "Beta")
    try requirePositive(b, "b", of: "Beta")
    self.a = a
    self.b = b
    normalization = BetaNormalization(a, b)
  }

  /// The density at an end of [0, 1] where the exponent of that end is `own`:
  /// ∞ below 1, 1/B(α, β) at 1, 0 above.
  private func endDensity(_ own: Double) -> Double {
    own < 1 ? .infinity : own == 1 ? exp(-betaln(a, b)) : 0
  }

  public func pdf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    if x < 0 || x > 1 { return 0 }
    if x == 0 { return endDensity(a) }
    if x == 1 { return endDensity(b) }
    let y = 1 - x
    // xᵃyᵇ/B(a, b), whose large terms cancel in Stirling's form for a, b ≥ 10.
    let density = betaPrefactor(a, b, x, y, normalization: normalization) / (x * y)
    if density.isNormal { return density }
    return exp(logpdf(x))
  }

  public func logpdf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    if x < 0 || x > 1 { return -.infinity }
    if x == 0 { return log(endDensity(a)) }
    if x == 1 { return log(endDensity(b)) }
    return xlog1py(b - 1, -x) + xlogy(a - 1, x) - betaln(a, b)
  }

  public func cdf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    if x <= 0 { return 0 }
    if x >= 1 { return 1 }
    return incompleteBetaPair(a, b, x, 1 - x, normalization: normalization, complement: false).i
  }

  public func sf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    if x <= 0 { return 1 }
    if x >= 1 { return 0 }
    return incompleteBetaPair(a, b, x, 1 - x, normalization: normalization).ic
  }

  /// log I_x(p, q) for a tail I that underflows at x near 0: the logarithm of
  /// xᵖ(1 − x)^q / (p B(p, q)) / (continued fraction DLMF 8.17.22), with y = 1 − x given exactly.
  private func logSmallTail(_ p: Double, _ q: Double, _ x: Double, _ y: Double) -> Double {
    let logX = x <= 0.5 ? log(x) : log1p(-y)
    let logY = y <= 0.5 ? log(y) : log1p(-x)
    return p * logX + q * logY - betaln(p, q) - log(p) - log(incompleteBetaFraction(p, q, x).value)
  }

  public func logcdf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    if x <= 0 { return -.infinity }
    if x >= 1 { return 0 }
    let y = 1 - x
    let (i, ic) = incompleteBetaPair(a, b, x, y, normalization: normalization)
    if i > 0.5 { return log1p(-ic) }
    if i.isNormal { return log(i) }
    return logSmallTail(a, b, x, y)
  }

  public func logsf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    if x <= 0 { return 0 }
    if x >= 1 { return -.infinity }
    let y = 1 - x
    let (i, ic) = incompleteBetaPair(a, b, x, y, normalization: normalization)
    if ic > 0.5 { return log1p(-i) }
    if ic.isNormal { return log(ic) }
    return logSmallTail(b, a, y, x)
  }

  public func ppf(_ q: Double) -> Double { unsignedNaN(betaincinv(a, b, q)) }

  public func isf(_ q: Double) -> Double {
    guard q >= 0, q <= 1 else { return .nan }
    if q == 0 { return 1 }
    if q == 1 { return 0 }
    // For q ≥ ½, 1 − q is exact and the lower quantile is the answer.
    if q >= 0.5 { return betaincinv(a, b, 1 - q) }
    // 1 − x solves the lower tail of Beta(b, a) at q: exact to the last bit of x when x ≥ ½.
    let complement = betaincinv(b, a, q)
    if complement <= 0.5 { return 1 - complement }
    // x < ½ although the upper tail is below ½: a strongly skewed distribution, where
    // 1 − complement has lost x's low digits. Start from whichever of it and the lower
    // quantile at 1 − q is closer in log sf, then Newton's method on log sf(x) = log q in
    // log x, with sf computed directly, restores full precision.
    let logQ = log(q)
    func miss(_ x: Double) -> Double {
      let upper = sf(x)
      return x > 0 && x < 1 && upper > 0 ? abs(log(upper) - logQ) : .infinity
    }
    let fromComplement = 1 - complement
    let fromLower = betaincinv(a, b, 1 - q)
    var x = miss(fromLower) < miss(fromComplement) ? fromLower : fromComplement
    for _ in 0..<50 {
      let upper = sf(x)
      let density = pdf(x)
      guard upper > 0, density > 0, density.isFinite else { break }
      // d log sf / d log x = −x f(x)/sf(x); steps limited to a factor e² either way.
      let step = max(min((log(upper) - logQ) * upper / (x * density), 2), -2)
      let next = x * exp(step)
      guard next > 0 && next < 1 else { break }
      x = next
      if step.magnitude <= 4e-16 { break }
    }
    return x
  }

  /// α/(α + β).
  public var mean: Double { a / (a + b) }
  /// αβ / ((α + β)²(α + β + 1)), as (α/(α + β))(β/(α + β))/(α + β + 1) so that tiny shapes do
  /// not underflow.
  public var variance: Double {
    let total = a + b
    return (a / total) * (b / total) / (total + 1)
  }

  /// log B(α, β) − (α − 1)ψ(α) − (β − 1)ψ(β) + (α + β − 2)ψ(α + β) nats, arranged for shapes
  /// of 10 and more so that the large terms cancel analytically.
  public var entropy: Double { betaEntropy(a, b) }

  public var support: (lower: Double, upper: Double) { (0, 1) }

  public func sample(using generator: inout RandomState) -> Double {
    generator.beta(a, b)
  }

  public func sample(_ count: Int, using generator: inout RandomState) -> Vector {
    generator.beta(a, b, size: count)
  }

  /// `Beta(a: 2.0, b: 5.0)`.
  public var description: String { "Beta(a: \(a), b: \(b))" }
}

/// The differential entropy of Beta(a, b) in nats.
///
/// Below 10 for both shapes, the definition log B(a, b) − (a − 1)ψ(a) − (b − 1)ψ(b) + (a + b − 2)ψ(a + b).
/// Above, Stirling's series for log Γ and ψ(x) = log x + r(x) cancel the large terms analytically
/// (SciPy switches to asymptotic expansions only past a, b ≈ 5·10⁶, and loses digits before).
func betaEntropy(_ a: Double, _ b: Double) -> Double {
  if a < 10 && b < 10 {
    return betaln(a, b) - (a - 1) * digamma(a) - (b - 1) * digamma(b) + (a + b - 2) * digamma(a + b)
  }
  let s = a + b
  if a >= 10 && b >= 10 {
    // ½ log 2π + ½ log a + ½ log b − 3/2 log s + Δ(a) + Δ(b) − Δ(s) − (a − 1)r(a) − (b − 1)r(b) + (s − 2)r(s)
    return halfLogTwoPi + 0.5 * log(a) + 0.5 * log(b) - 1.5 * log(s)
      + (stirlingRemainder(a) + stirlingRemainder(b) - stirlingRemainder(s))
      - (a - 1) * digammaMinusLog(a) - (b - 1) * digammaMinusLog(b) + (s - 2) * digammaMinusLog(s)
  }
  // One shape p < 10, the other q ≥ 10: log B = log Γ(p) − [log Γ(q + p) − log Γ(q)], and
  // ψ(s) − ψ(q) = log1p(p/q) + r(s) − r(q).
  let (p, q) = a < b ? (a, b) : (b, a)
  return logAbsGamma(p) - logGammaIncrement(q, p) - (p - 1) * digamma(p) + (p - 1) * digamma(s)
    + (q - 1) * (log1p(p / q) + digammaMinusLog(s) - digammaMinusLog(q))
}
