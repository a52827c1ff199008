#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Adaptive Gauss–Legendre quadrature for the smooth one-dimensional integrals inside the
// distributions (the tails of lattice sums, the bivariate normal cdf): a 20-point rule
// whose panels are halved until the two halves agree with the whole.

/// ∫ f over [a, b] by 20-point Gauss–Legendre, halving any panel whose two halves disagree
/// with it by more than 1e-17 of `scale` (the size of the sum the result joins) and 1e-14 of
/// the panel's own value. The 20-point rule converges so fast that two agreeing estimates
/// mean the finer one is good to the last digits; the relative floor stops the halving where
/// only rounding is left to disagree (an integrand at x ≈ 10⁹ sees its nodes rounded to
/// 1e-7, which alone moves a panel by 1e-13).
func adaptiveGaussLegendre(
  _ f: (Double) -> Double, _ a: Double, _ b: Double, scale: Double, depth: Int = 0
) -> Double {
  let whole = gaussLegendre20(f, a, b)
  let middle = a + (b - a) / 2
  let left = gaussLegendre20(f, a, middle)
  let right = gaussLegendre20(f, middle, b)
  let halves = left + right
  let tolerance = max(1e-17 * scale.magnitude, 1e-14 * halves.magnitude)
  if !halves.isFinite || (halves - whole).magnitude <= tolerance || depth >= 30 || middle <= a
    || middle >= b
  {
    return halves
  }
  return adaptiveGaussLegendre(f, a, middle, scale: scale, depth: depth + 1)
    + adaptiveGaussLegendre(f, middle, b, scale: scale, depth: depth + 1)
}

/// The 20-point Gauss–Legendre rule on [a, b] (nodes and weights from mpmath).
private func gaussLegendre20(_ f: (Double) -> Double, _ a: Double, _ b: Double) -> Double {
  let half = (b - a) / 2
  let centre = a + half
  var sum = 0.0
  for i in 0..<10 {
    let offset = half * gaussLegendreNodes[i]
    sum += gaussLegendreWeights[i] * (f(centre - offset) + f(centre + offset))
  }
  return sum * half
}

private let gaussLegendreNodes: [Double] = [
  0.07652652113349734, 0.22778585114164507, 0.37370608871541955, 0.5108670019508271,
  0.636053680726515, 0.7463319064601508, 0.8391169718222188, 0.912234428251326,
  0.9639719272779138, 0.9931285991850949,
]

private let gaussLegendreWeights: [Double] = [
  0.15275338713072584, 0.14917298647260374, 0.14209610931838204, 0.13168863844917664,
  0.11819453196151841, 0.10193011981724044, 0.08327674157670475, 0.06267204833410907,
  0.04060142980038694, 0.017614007139152118,
]
