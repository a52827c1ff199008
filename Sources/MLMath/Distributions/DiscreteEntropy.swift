#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The entropy −Σ P(k) log P(k) of a unimodal distribution on the integers, at any spread.
// SciPy sums at most about a thousand terms around the median (`rv_discrete._entropy`), so
// its Poisson(10⁶) entropy is off by two thirds. MLMath uses the Edgeworth expansion where
// the distribution is close to normal (`nearNormalEntropy`), and otherwise sums term by term
// outward from the mode until the rest is below 1e-17 of the total; where that would take
// more than `latticeEntropyBudget` terms per side (a skewed distribution spread over millions
// of integers, as a negative binomial with small n and p), it sums the smooth remainder by
// the Euler–Maclaurin formula: the integral of g(x) = −P(x) log P(x), P continued to real x
// (Loader's saddle-point forms take real arguments), by adaptive Gauss–Legendre quadrature,
// plus the end corrections (g(a) + g(b))/2 + (g′(b) − g′(a))/12. Beyond the budget, P changes
// by a factor within 1e-4 of 1 from one integer to the next, so the next correction, g‴/720,
// is far below the last digit.

/// The entropy of a lattice distribution close to normal, from its variance σ², skewness γ₁
/// and excess kurtosis γ₂: ½ log(2πeσ²) − (γ₁²/12 + γ₂²/48 + 7γ₁⁴/48 − γ₁²γ₂/8), the Edgeworth
/// expansion of the negentropy (P. Comon, "Independent component analysis, a new concept?",
/// Signal Processing 36, 1994) — for a lattice with span 1 the sum −Σ P log P differs from
/// that integral by terms like exp(−2π²σ²). The omitted terms are of order σ⁻⁶ when γ₁² and
/// γ₂ are of order σ⁻²; nil unless σ² ≥ 10⁵ and γ₁², |γ₂| ≤ 10⁻⁵, where they stay below 1e-16
/// (for Poisson(10⁵) the next term is 19/(360λ³) = 5e-17).
func nearNormalEntropy(variance: Double, skewness: Double, excessKurtosis: Double) -> Double? {
  let g1Squared = skewness * skewness
  guard variance >= 1e5, g1Squared <= 1e-5, excessKurtosis.magnitude <= 1e-5 else { return nil }
  let negentropy =
    g1Squared / 12 + excessKurtosis * excessKurtosis / 48 + 7 * g1Squared * g1Squared / 48
    - g1Squared * excessKurtosis / 8
  return 0.5 * (log(2 * Double.pi) + 1 + log(variance)) - negentropy
}

/// Terms summed one by one on each side of the mode before the tail is integrated.
let latticeEntropyBudget = 30_000

/// Terms summed one by one next to a finite end of the support that the integral reaches.
private let boundaryStrip = 1_000.0

/// −Σ P(k) log P(k) over the integers of [lower, upper] (`upper` may be ∞), for a
/// distribution whose log-pmf `logpmf` (defined for real arguments in the support) rises
/// to its maximum near `mode` and falls beyond.
func latticeEntropy(
  lower: Double, upper: Double, mode: Double, budget: Int = latticeEntropyBudget,
  logpmf: (Double) -> Double
) -> Double {
  latticeExpectation(lower: lower, upper: upper, mode: mode, budget: budget, logpmf: logpmf) {
    _, logP in -logP
  }
}

/// Σ P(k) w(k) over the integers of [lower, upper], for a unimodal P as in `latticeEntropy`
/// and a weight w(k, log P(k)) ≥ 0 that is smooth where P is spread over many integers.
func latticeExpectation(
  lower: Double, upper: Double, mode: Double, budget: Int = latticeEntropyBudget,
  logpmf: (Double) -> Double, weight: (Double, Double) -> Double
) -> Double {
  func term(_ k: Double) -> (p: Double, term: Double) {
    let logP = logpmf(k)
    let p = exp(logP)
    return (p, p > 0 ? p * weight(k, logP) : 0)
  }
  var total = NeumaierSum()
  let start = min(max(mode.rounded(.down), lower), upper)
  if start >= 0x1p52 {
    // Past 2⁵², k + 1 rounds to k: the spread is so wide that the sum is the integral
    // (their difference falls like exp(−2π²σ²)), and Euler–Maclaurin's ends cancel.
    addTail(from: start, direction: 1, end: upper, total: &total, corrections: false) { term($0).term }
    addTail(from: start, direction: -1, end: lower, total: &total, corrections: false) { term($0).term }
    return unsignedNaN(total.value)
  }
  sumTerms(from: start, direction: 1, end: upper, budget: budget, total: &total, term: term)
  if start - 1 >= lower {
    sumTerms(from: start - 1, direction: -1, end: lower, budget: budget, total: &total, term: term)
  }
  return unsignedNaN(total.value)
}

/// Adds the terms from `first` towards `end` (inclusive) until the rest cannot matter.
private func sumTerms(
  from first: Double, direction: Double, end: Double, budget: Int, total: inout NeumaierSum,
  term: (Double) -> (p: Double, term: Double)
) {
  var k = first
  var previous = -1.0
  var count = 0
  while direction > 0 ? k <= end : k >= end {
    let (p, value) = term(k)
    total.add(value)
    if previous > 0 {
      if p == 0 { return }
      let ratio = p / previous
      // Past the mode the terms fall at least geometrically: bound the rest by the series.
      if ratio < 1 && value * 10 / (1 - ratio) < 1e-17 * total.value { return }
    }
    previous = p
    k += direction
    count += 1
    if count >= budget {
      if direction > 0 ? k <= end : k >= end {
        addTail(from: k, direction: direction, end: end, total: &total) { term($0).term }
      }
      return
    }
  }
}

/// The terms g(k) from `a` to `end` by Euler–Maclaurin: the integral of the continued g, with
/// a strip next to a finite `end` summed one by one (where P may bend sharply at the edge).
private func addTail(
  from a: Double, direction: Double, end: Double, total: inout NeumaierSum, corrections: Bool = true,
  g: (Double) -> Double
) {
  // g′ by a central difference: its error, g‴/6, is far below what counts.
  func slope(_ x: Double) -> Double { (g(x + 1) - g(x - 1)) / 2 }
  var far = end
  // A strip of integers at a finite end (one beyond 2⁵² is too far from the mode to matter).
  let strip = end.isFinite && end.magnitude < 0x1p52
  if strip {
    if abs(end - a) <= 2 * boundaryStrip {
      var k = a
      while direction > 0 ? k <= end : k >= end {
        total.add(g(k))
        k += direction
      }
      return
    }
    far = end - direction * boundaryStrip
    var k = end
    while direction > 0 ? k > far : k < far {
      total.add(g(k))
      k -= direction
    }
  }
  // Σ_{k between a and far, inclusive} g(k) = ∫ g + (g(a) + g(far))/2 + (g′(hi) − g′(lo))/12.
  if corrections {
    total.add(g(a) / 2)
    let slopeA = slope(a)
    if strip {
      total.add(g(far) / 2)
      total.add(direction * (slope(far) - slopeA) / 12)
    } else {
      total.add(-direction * slopeA / 12)
    }
  }
  // Panels of doubling width outward from a, each integrated adaptively, until a panel
  // adds nothing and g has fallen too low for the rest to.
  var width = Double(latticeEntropyBudget)
  var start = a
  while true {
    var stop = start + direction * width
    if far.isFinite && (direction > 0 ? stop >= far : stop <= far) { stop = far }
    let piece = adaptiveGaussLegendre(g, min(start, stop), max(start, stop), scale: total.value)
    total.add(piece)
    if stop == far { return }
    let tolerance = 1e-18 * total.value
    if piece.magnitude < tolerance && g(stop) * width * 4 < tolerance { return }
    start = stop
    width *= 2
    if !width.isFinite { return }
  }
}

/// A running sum with Neumaier's compensation, so that tens of thousands of terms of
/// different sizes add up to the last digit.
struct NeumaierSum {
  private var sum = 0.0
  private var compensation = 0.0

  mutating func add(_ x: Double) {
    let t = sum + x
    if sum.magnitude >= x.magnitude {
      compensation += (sum - t) + x
    } else {
      compensation += (x - t) + sum
    }
    sum = t
  }

  var value: Double { sum + compensation }
}
