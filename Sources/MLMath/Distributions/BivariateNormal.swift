#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// P(X ≤ h, Y ≤ k) for standard normal X, Y with correlation ρ, |ρ| < 1, to full relative
/// accuracy down to 1e-300.
///
/// Drezner and Wesolowsky's representation ("On the computation of the bivariate normal
/// integral", J. Statist. Comput. Simul. 35, 1990): the cdf grows with ρ at the rate of the
/// bivariate density, so L(ρ) = L(ρ₀) + (1/2π) ∫ exp(E(θ)) dθ over θ from asin ρ₀ to asin ρ,
/// E(θ) = −(h² − 2hk sin θ + k²)/(2 cos² θ). Starting from ρ₀ = 0 (L = Φ(h)Φ(k)) for ρ > 0
/// and from ρ₀ = −1 (L = max(0, Φ(h) + Φ(k) − 1)) for ρ < 0 makes every piece positive, so
/// nothing cancels even where the answer is far below Φ(h)Φ(k) — where Genz's `BVND`,
/// which always starts from 0 or ±1 with a fixed rule, keeps only absolute accuracy. The
/// integral is adaptive 20-point Gauss–Legendre; E is written with 1 ∓ sin θ =
/// 2 sin²(π/4 ∓ θ/2), so the ends θ → ±π/2 lose nothing.
func bivariateNormalCDF(_ h: Double, _ k: Double, _ rho: Double) -> Double {
  if h.isNaN || k.isNaN || rho.isNaN { return .nan }
  if h == -.infinity || k == -.infinity { return 0 }
  if h == .infinity { return standardNormalCDF(k) }
  if k == .infinity { return standardNormalCDF(h) }
  if rho == 0 { return standardNormalCDF(h) * standardNormalCDF(k) }
  let start: Double
  let from: Double
  if rho > 0 {
    start = standardNormalCDF(h) * standardNormalCDF(k)
    from = 0
  } else {
    start = normalIntervalProbability(-k, h)
    from = -Double.pi / 2
  }
  let hk = h * k
  func density(_ theta: Double) -> Double {
    let oneMinusSin = 2 * square(sin(Double.pi / 4 - theta / 2))
    let onePlusSin = 2 * square(sin(Double.pi / 4 + theta / 2))
    let exponent =
      theta >= 0
      ? -square(h - k) / (2 * oneMinusSin * onePlusSin) - hk / onePlusSin
      : -square(h + k) / (2 * oneMinusSin * onePlusSin) + hk / oneMinusSin
    return exp(exponent) / (2 * Double.pi)
  }
  let integral = adaptiveGaussLegendre(density, from, asin(rho), scale: start)
  return min(start + integral, 1)
}

@inline(__always)
private func square(_ x: Double) -> Double { x * x }

/// P(a < Z ≤ b) for a standard normal Z, from whichever tails keep the digits.
func normalIntervalProbability(_ a: Double, _ b: Double) -> Double {
  if !(a < b) { return 0 }
  if a >= 0 { return standardNormalCDF(-a) - standardNormalCDF(-b) }
  if b <= 0 { return standardNormalCDF(b) - standardNormalCDF(a) }
  return 1 - standardNormalCDF(a) - standardNormalCDF(-b)
}
