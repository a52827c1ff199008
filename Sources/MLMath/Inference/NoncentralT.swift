#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The noncentral t distribution with `df` = ν > 0 degrees of freedom and noncentrality `nc` = δ:
/// the law of (Z + δ)/√(V/ν) for a standard normal Z and an independent V ~ χ²(ν) — the
/// distribution of a t statistic when the null hypothesis is false, and so of power.
///
/// For ν ≥ 1 each tail is an integral over S = √(V/ν) of a positive integrand,
/// P(T > t) = E[Φ(δ − tS)] and P(T ≤ t) = E[Φ(tS − δ)], taken by adaptive Gauss–Kronrod quadrature
/// around the integrand's single peak; there is no cancellation, so both tails keep their relative
/// accuracy however small, and the cost does not grow with ν or δ (SciPy's Boost series, which
/// does cancel, is off by up to 10⁴⁶ in the far tails of one sign, or NaN).
///
/// For ν < 1 (where the density of S is unbounded at 0) Lenth's series is summed instead: for
/// t ≥ 0, with x = t²/(ν + t²), λ = δ²/2, Pⱼ = e^(−λ) λʲ/j! and Qⱼ = e^(−λ) λʲ/Γ(j + 3/2)
/// (R. V. Lenth, "Algorithm AS 243", Applied Statistics 38, 1989),
///
///   F(t) = Φ(−δ) + ½ Σⱼ [Pⱼ I_x(j + ½, ν/2) + (δ/√2) Qⱼ I_x(j + 1, ν/2)],
///   1 − F(t) = ½ Σⱼ [Pⱼ (1 − I_x(j + ½, ν/2)) + (δ/√2) Qⱼ (1 − I_x(j + 1, ν/2))],
///
/// from the largest weight outwards until the rest is below 1e-17 of the sum (D. Benton and
/// K. Krishnamoorthy, Computational Statistics & Data Analysis 43, 2003); t < 0 reflects,
/// F(t; δ) = 1 − F(−t; −δ).
///
/// Accuracy: within 4e-14 relative of mpmath (Lenth's series at up to 150 digits) over df 0.5 to 1e5,
/// δ from −6 to 12, t from −8 to 20, values down to 1e-85, both tails.
struct NoncentralT {
  let df: Double
  let nc: Double

  /// P(T ≤ t).
  func cdf(_ t: Double) -> Double {
    if t.isNaN || df.isNaN || nc.isNaN { return .nan }
    if t == .infinity { return 1 }
    if t == -.infinity { return 0 }
    if nc == 0, let central = try? StudentT(df: df) { return central.cdf(t) }
    if t == 0 { return standardNormalCDF(-nc) }
    if df >= 1 { return NoncentralT.tail(-t, df, -nc) }
    return t > 0 ? NoncentralT.tails(t, df, nc).lower : NoncentralT.tails(-t, df, -nc).upper
  }

  /// P(T > t).
  func sf(_ t: Double) -> Double {
    if t.isNaN || df.isNaN || nc.isNaN { return .nan }
    if t == .infinity { return 0 }
    if t == -.infinity { return 1 }
    if nc == 0, let central = try? StudentT(df: df) { return central.sf(t) }
    if t == 0 { return standardNormalCDF(nc) }
    if df >= 1 { return NoncentralT.tail(t, df, nc) }
    return t > 0 ? NoncentralT.tails(t, df, nc).upper : NoncentralT.tails(-t, df, -nc).lower
  }

  /// P(T > t) for ν ≥ 1: the integral, or 1 minus the other tail's when above ½ (so that a tail
  /// near 1 is as close to 1 as the other is accurate near 0).
  static func tail(_ t: Double, _ df: Double, _ nc: Double) -> Double {
    let upper = upperTailIntegral(t, df, nc)
    return upper > 0.5 ? max(1 - upperTailIntegral(-t, df, -nc), 0) : upper
  }

  /// (P(T ≤ t), P(T > t)) for t > 0 and ν < 1: by Lenth's series for δ ≥ 0 (the larger tail as 1
  /// minus the smaller), and for δ < 0, where the series of the upper tail alternates in sign, by
  /// the integral ``smallDFUpperTail(_:_:_:)``.
  static func tails(_ t: Double, _ df: Double, _ nc: Double) -> (lower: Double, upper: Double) {
    if nc < 0 {
      let upper = smallDFUpperTail(t, df, nc)
      return (1 - upper, upper)
    }
    let (lower, upper) = series(t, df, nc)
    return lower < upper ? (lower, 1 - lower) : (1 - upper, upper)
  }

  /// Lenth's two series for t > 0, summed from the largest Poisson weight outwards.
  static func series(_ t: Double, _ df: Double, _ nc: Double) -> (lower: Double, upper: Double) {
    let t2 = t * t
    let x = t2 / (df + t2)
    let y = df / (df + t2)
    let lambda = nc * nc / 2
    let kappa = nc / rootTwo
    let halfDF = df / 2
    let start = Int(min(lambda, 1e9).rounded(.down))
    let pStart = poissonProbability(start, lambda)
    let qStart = pStart * exp(-logGammaIncrement(Double(start) + 1, 0.5))
    var lowerSum = 0.0  // Σ Pⱼ Iⱼ + κ Qⱼ I'ⱼ
    var upperSum = 0.0  // Σ Pⱼ (1 − Iⱼ) + κ Qⱼ (1 − I'ⱼ)
    let base = standardNormalCDF(-nc)
    func term(_ j: Int, _ p: Double, _ q: Double) -> (i: Double, c: Double, iq: Double, cq: Double) {
      let half = incompleteBetaPair(Double(j) + 0.5, halfDF, x, y)
      let whole = incompleteBetaPair(Double(j) + 1, halfDF, x, y)
      lowerSum += p * half.i + kappa * q * whole.i
      upperSum += p * half.ic + kappa * q * whole.ic
      return (half.i, half.ic, whole.i, whole.ic)
    }
    // Upwards from the largest weight: I decreases and 1 − I increases with j.
    var p = pStart
    var q = qStart
    var j = start
    while true {
      let (i, _, iq, _) = term(j, p, q)
      let ratioP = lambda / Double(j + 2)
      let ratioQ = lambda / (Double(j) + 2.5)
      if ratioP < 1 && ratioQ < 1 {
        // The next weight is λ/(j + 1) (λ/(j + 3/2)) times this one, the later ratios smaller.
        let tailP = p * (lambda / Double(j + 1)) / (1 - ratioP)
        let tailQ = abs(kappa) * q * (lambda / (Double(j) + 1.5)) / (1 - ratioQ)
        let lowerTail = tailP * i + tailQ * iq
        let upperTail = tailP + tailQ
        let lowerDone = lowerTail <= 1e-17 * abs(base + 0.5 * lowerSum) || lowerTail == 0
        let upperDone = upperTail <= 1e-17 * abs(upperSum) || upperTail == 0
        if lowerDone && upperDone { break }
      }
      if j - start > 100_000 { break }
      p *= lambda / Double(j + 1)
      q *= lambda / (Double(j) + 1.5)
      j += 1
    }
    // Downwards: I increases and 1 − I decreases as j falls.
    p = pStart
    q = qStart
    j = start
    while j > 0 {
      p *= Double(j) / lambda
      q *= (Double(j) + 0.5) / lambda
      j -= 1
      let (_, c, _, cq) = term(j, p, q)
      let ratioP = Double(j) / lambda
      let ratioQ = (Double(j) + 0.5) / lambda
      if ratioP < 1 && ratioQ < 1 {
        let tailP = p * ratioP / (1 - ratioP)
        let tailQ = abs(kappa) * q * ratioQ / (1 - ratioQ)
        let lowerTail = tailP + tailQ
        let upperTail = tailP * c + tailQ * cq
        let lowerDone = lowerTail <= 1e-17 * abs(base + 0.5 * lowerSum) || lowerTail == 0
        let upperDone = upperTail <= 1e-17 * abs(upperSum) || upperTail == 0
        if lowerDone && upperDone { break }
      }
    }
    return (min(base + 0.5 * lowerSum, 1), 0.5 * upperSum)
  }

  /// P(T > t) = E[Φ(δ − tS)], S = √(V/ν), for ν ≥ 1, integrated where the integrand lives: around
  /// its peak, ±40 widths (from its curvature there). The integrand is positive and log-concave
  /// (log Φ and the log density of S are both concave for ν ≥ 1), so one peak holds all of it,
  /// whatever the size of the tail. (P(T ≤ t) is the same with −t and −δ.)
  static func upperTailIntegral(_ t: Double, _ df: Double, _ nc: Double) -> Double {
    // The log density of S is log 2 + h log h − log Γ(h) + (ν − 1) log s − h s², h = ν/2. For h ≥ 10
    // S is near 1, and the variable is u = s − 1: Stirling's formula cancels h log h − log Γ(h) − h
    // analytically and (ν − 1) log s − h s² + h = 2h (log(1 + u) − u) − log(1 + u) − h u², so nothing
    // of size h is lost (and u keeps its digits, which s = 1 + u would round away).
    let h = df / 2
    let shifted = h >= 10
    let constant =
      shifted
      ? log(2.0) + 0.5 * log(h) - 0.5 * log(2 * Double.pi) - stirlingRemainder(h)
      : log(2.0) + h * log(h) - gammaln(h)
    let origin = shifted ? 1.0 : 0.0  // s = origin + v
    func logIntegrand(_ v: Double) -> Double {
      if !(v > -origin) { return -.infinity }
      let density =
        shifted ? 2 * h * log1pmx(v) - log1p(v) - h * v * v : (df - 1) * log(v) - h * v * v
      return constant + density + logStandardNormalCDF((nc - t * origin) - t * v)
    }
    // The peak, by Newton's method on the first and second derivatives of the log integrand,
    // d/ds = (ν − 1)/s − ν s − t φ/Φ(δ − ts) (for s = 1 + u: −(1 + 2h u (2 + u))/(1 + u) − …).
    func slope(_ v: Double) -> (first: Double, second: Double) {
      let s = origin + v
      let z = (nc - t * origin) - t * v
      let ratio = exp(-0.5 * z * z - logRootTwoPi - logStandardNormalCDF(z))  // φ(z)/Φ(z)
      let density = shifted ? -(1 + 2 * h * v * (2 + v)) / s : (df - 1) / s - df * s
      let first = density - t * ratio
      // d/dz [φ/Φ] = −ratio (z + ratio), and dz/ds = −t.
      let second = -(df - 1) / (s * s) - df - t * t * ratio * (z + ratio)
      return (first, second)
    }
    var v = shifted ? 0.0 : 1.0
    for _ in 0..<200 {
      let (g, curvature) = slope(v)
      var step = -g / curvature
      if !(curvature < 0) || !step.isFinite { step = g > 0 ? origin + v : -(origin + v) / 2 }
      var next = v + step
      if next <= -origin { next = (v - origin) / 2 }  // stay at s > 0: halfway to 0
      if abs(next - v) <= 1e-15 * (origin + abs(v)) {
        v = next
        break
      }
      v = next
    }
    let width = 1 / (-slope(v).second).squareRoot()
    let peak = logIntegrand(v)
    if peak == -.infinity { return 0 }
    let integral = quadCore(
      { exp(logIntegrand($0) - peak) }, max(-origin, v - 40 * width), v + 40 * width, epsabs: 0, epsrel: 1e-13,
      limit: 200
    ).value
    return integral * exp(peak)
  }
}

extension NoncentralT {
  /// P(T > t) = E[Φ(δ − tS)] for t > 0 and ν < 1, in the variable w = s^ν: the density of S,
  /// 2hʰ/Γ(h) s^(ν−1) e^(−hs²) (h = ν/2), is unbounded at s = 0, but s^(ν−1) ds = dw/ν, so the
  /// integrand 2hʰ/(νΓ(h)) e^(−h s²) Φ(δ − ts) is smooth in w, and decreasing from w = 0: integrated
  /// from 0 to where it has fallen by e⁻⁴⁵.
  static func smallDFUpperTail(_ t: Double, _ df: Double, _ nc: Double) -> Double {
    let h = df / 2
    let exponent = 1 / df
    let constant = log(2.0) + h * log(h) - gammaln(h) - log(df)
    func logIntegrand(_ w: Double) -> Double {
      let s = pow(w, exponent)
      return -h * s * s + logStandardNormalCDF(nc - t * s)
    }
    let top = logIntegrand(0)
    var end = 1.0
    while logIntegrand(end) < top - 45 && end > 1e-300 { end /= 2 }
    while logIntegrand(end) > top - 45 && end < 1e300 { end *= 2 }
    let integral = quadCore({ exp(logIntegrand($0) - top) }, 0, end, epsabs: 0, epsrel: 1e-13, limit: 200).value
    return integral * exp(top + constant)
  }
}
