#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The one-sided Kolmogorov–Smirnov distribution: P(D⁺ₙ ≥ d) by the Birnbaum–Tingey
// (Smirnov 1944) sum, in double-double arithmetic as SciPy's `scipy.special.smirnov`
// (van Mulbregt 2018), so that tail probabilities keep their relative accuracy.

/// The survival function of the one-sided KS statistic D⁺ₙ (or D⁻ₙ) of n observations at d
/// (SciPy's `scipy.special.smirnov(n, d)`, `scipy.stats.ksone.sf(d, n)`).
///
/// P(D⁺ₙ ≥ d) = d Σ_{v=0}^{⌊n(1−d)⌋} C(n, v) (d + v/n)^{v−1} (1 − d − v/n)^{n−v}, summed from
/// whichever end needs fewer terms; NaN outside n ≥ 1, 0 ≤ d ≤ 1.
func smirnovSurvival(_ n: Int, _ x: Double) -> Double {
  if !(n > 0 && x >= 0 && x <= 1) { return .nan }
  if n == 1 { return 1 - x }
  if x == 0 { return 1 }
  if x == 1 { return 0 }

  // n·x = nxFloor + alpha exactly (alpha < 1).
  let nxD = DoubleDouble(x) * Double(n)
  let nxFloorD = nxD.floor
  var alpha = (nxD - nxFloorD).hi
  var nxFloor = Int(nxFloorD.hi)
  if alpha == 1 {
    nxFloor += 1
    alpha = 0
  }
  var n1mxFloor = n - nxFloor - (alpha == 0 ? 0 : 1)
  var n1mxCeil = n - nxFloor
  if alpha == 0 {
    // The term at v = n(1 − x) vanishes: leave it out of both sums.
    n1mxFloor -= 1
    n1mxCeil += 1
  }
  // x ≤ 1/n: one term.
  if nxFloor == 0 || (nxFloor == 1 && alpha == 0) {
    let t = smirnovPower(DoubleDouble(1) + x, n - 1).hi
    return 1 - x * t
  }
  // The survival function underflows.
  if -2 * Double(n) * x * x < -745.1332191019412076235 { return 0 }
  // x ≥ 1 − 1/n: one term.
  if nxFloor >= n - 1 { return smirnovPower(DoubleDouble(1) + -x, n).hi }
  if n > 1_000_000 {
    // Far beyond any sample here; SciPy's closed-form approximation.
    let logp = -pow(6 * Double(n) * x + 1, 2) / 18 / Double(n)
    return logp < -M_LN2 ? exp(logp) : 1 - (-expm1(logp))
  }
  // Few terms of the upper sum (which alternates in sign) are better than many of the lower.
  let upperTerms = n - n1mxCeil + 1
  let useUpperSum =
    (upperTerms <= 1 && x < 0.5)
    || (n >= 10 && upperTerms <= 3 && x <= 0.5 / Double(n).squareRoot())

  var start = 0
  var step = 1
  var termCount = n1mxFloor + 1
  var sum: DoubleDouble
  if useUpperSum {
    start = n
    step = -1
    termCount = n - n1mxCeil + 1
    sum = DoubleDouble(0) + smirnovPower(DoubleDouble(1) + x, n - 1)
  } else {
    sum = DoubleDouble(0) + smirnovPower(DoubleDouble(1) + -x, n) / x
  }
  // The binomial coefficient as mantissa·2^exponent, which would overflow otherwise.
  var (cMantissa, cExponent) = (DoubleDouble(1), 0)
  func updateBinomial(_ j: Int) {
    let ratio = DoubleDouble(Double(n - j)) / (Double(j) + 1)
    let (m, e) = (cMantissa * ratio).frexp
    cExponent += e
    cMantissa = m
  }
  updateBinomial(0)
  let middle = n / 2
  var j = 1
  while j < termCount {
    let v = start + j * step
    // A_v = C(n, v) (1 − x − v/n)^(n−v) (x + v/n)^(v−1), each power scaled apart.
    let (t2, e2) = smirnovScaledPower(DoubleDouble(Double(n - v)) / Double(n) - x, n - v)
    let (t1, e1) = smirnovScaledPower(DoubleDouble(Double(v)) / Double(n) + x, v - 1)
    let term = (t1 * t2 * cMantissa).scaled(by: cExponent + e1 + e2)
    if term.hi.isFinite && term.hi != 0 { sum = sum + term }
    if term.hi != 0 {
      if 4 * Double(termCount - j) * Swift.abs(term.hi) < Double.ulpOfOne * sum.hi && j != termCount - 1 {
        break
      }
    } else if j > middle {
      break
    }
    updateBinomial(j)
    j += 1
  }
  let probability = (sum * x).hi
  let sf = step < 0 ? 1 - probability : probability
  return Swift.min(Swift.max(sf, 0), 1)
}

/// a^m for a double-double a: the C library's pow of the high part, corrected to first
/// order for the low part (van Mulbregt's `pow_D`).
func smirnovPower(_ a: DoubleDouble, _ m: Int) -> DoubleDouble {
  if m <= 0 {
    if m == 0 { return DoubleDouble(1) }
    return 1.0 / smirnovPower(a, -m)
  }
  if a.hi == 0 && a.lo == 0 { return DoubleDouble(0) }
  let answer = pow(a.hi, Double(m))
  let r = a.lo / a.hi
  var adjust = Double(m) * r
  if Swift.abs(adjust) > 1e-8 {
    if Swift.abs(adjust) < 1e-4 {
      adjust += (Double(m) * r) * ((Double(m) - 1) / 2 * r)
    } else {
      adjust = expm1(Double(m) * log1p(r))
    }
  }
  return DoubleDouble(answer) + answer * adjust
}

/// a^m as (significand, binary exponent), split into powers that cannot underflow
/// (van Mulbregt's `pow2Scaled_D`).
func smirnovScaledPower(_ a: DoubleDouble, _ m: Int) -> (DoubleDouble, Int) {
  let maxExponent = 960
  if m <= 0 {
    if m == 0 { return (DoubleDouble(1), 0) }
    let (inverse, e1) = smirnovScaledPower(a, -m)
    let (answer, e2) = (1.0 / inverse).frexp
    return (answer, -e1 + e2)
  }
  let (y, yE) = a.frexp
  if m == 1 { return (y, yE) }
  var limit = maxExponent
  if Double(m) * (y.hi - 1) / y.hi < -Double(maxExponent) * M_LN2 {
    let lg2y = log(y.hi) / M_LN2
    if Double(m) * lg2y <= -Double(maxExponent) {
      limit = Int(nextPowerOfTwo(-Double(maxExponent) / lg2y + 1) / 2)
    }
  }
  if m <= limit {
    var (answer, e) = smirnovPower(y, m).frexp
    e += m * yE
    return (answer, e)
  }
  let q = m / limit
  let r = m % limit
  // y^m = (y^limit)^q · y^r
  let (y2r, y2rE) = smirnovScaledPower(y, r)
  let (y2m, y2mE) = smirnovScaledPower(y, limit)
  var (y2mq, y2mqE) = smirnovScaledPower(y2m, q)
  var (answer, e) = (y2r * y2mq).frexp
  y2mqE += y2mE * q
  e += y2mqE + y2rE
  e += m * yE
  return (answer, e)
}

/// The power of two at or just above x (van Mulbregt's `nextPowerOf2`, for x > 0).
private func nextPowerOfTwo(_ x: Double) -> Double {
  let q = scalbn(x, 1 - Double.significandBitCount - 1)
  var l = Swift.abs(q + x)
  if l == 0 {
    l = Swift.abs(x)
  } else if let whole = Int(exactly: l.rounded(.towardZero)), Double(whole) == l {
    l = Double(whole)
  }
  return l
}
