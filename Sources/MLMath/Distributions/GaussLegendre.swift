#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Adaptive Gauss–Legendre quadrature for the smooth one-dimensional integrals inside the
// distributions (the tails of lattice sums, the bivariate normal cdf): a 20-point rule on
// panels, the panel with the largest error estimate split in two until the estimates agree.

/// ∫ f over [a, b] by 20-point Gauss–Legendre on adaptively split panels, QUADPACK's global
/// strategy: each panel's error is estimated by |its two halves − the whole panel|, and the
/// panel with the largest estimate is halved until the estimates add up to at most 1e-17 of
/// `scale` (the size of the sum the result joins) or 1e-14 of the integral. The 20-point rule
/// converges so fast that two agreeing estimates mean the finer one is good to the last
/// digits. Where the integrand carries rounding noise above that floor (exp of an exponent
/// near −700 is only good to about 1e-13), no split can meet it; a budget of 1000 panels
/// stops the splitting there, at the noise level, instead of halving for ever.
func adaptiveGaussLegendre(
  _ f: (Double) -> Double, _ a: Double, _ b: Double, scale: Double
) -> Double {
  struct Panel {
    var a: Double
    var b: Double
    var value: Double
    var error: Double
  }
  func panel(_ a: Double, _ b: Double) -> Panel {
    let whole = gaussLegendre20(f, a, b)
    let middle = a + (b - a) / 2
    let halves = gaussLegendre20(f, a, middle) + gaussLegendre20(f, middle, b)
    return Panel(a: a, b: b, value: halves, error: (halves - whole).magnitude)
  }
  var panels = [panel(a, b)]
  while panels.count < 1000 {
    let total = panels.reduce(0) { $0 + $1.value }
    let error = panels.reduce(0) { $0 + $1.error }
    if !total.isFinite || !error.isFinite || error <= max(1e-17 * scale.magnitude, 1e-14 * total.magnitude) {
      break
    }
    var worst = 0
    for i in panels.indices where panels[i].error > panels[worst].error { worst = i }
    let split = panels[worst]
    let middle = split.a + (split.b - split.a) / 2
    if middle <= split.a || middle >= split.b {
      panels[worst].error = 0  // no room left to split: the panel is as good as doubles allow
      continue
    }
    panels[worst] = panel(split.a, middle)
    panels.append(panel(middle, split.b))
  }
  // Summed from the smallest up, so that small panels are not lost against large ones.
  return panels.map(\.value).sorted { $0.magnitude < $1.magnitude }.reduce(0, +)
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
