#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The Shapiro–Wilk test of normality by Royston's algorithm AS R94 (1995), the
// algorithm of SciPy's `swilk`: approximate normal-score coefficients, W, and a
// p-value from Royston's normalising transformation of W.

/// The Shapiro–Wilk test: whether a sample comes from a normal distribution
/// (SciPy's `scipy.stats.shapiro(x)`).
///
/// ```swift
/// let result = try shapiro(Vector([2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 4.1]))
/// print(result.statistic, result.pValue)   // 0.9639247731413361 0.8465465042829203
/// ```
///
/// - Parameter x: the sample, n ≥ 3 observations (SciPy warns that the p-value may be
///   inaccurate above n = 5000; Royston's approximation was fitted up to there).
/// - Returns: `statistic` W in (0, 1] — the squared correlation of the ordered sample with
///   approximate expected normal order statistics — and the p-value P(W ≤ w) under
///   normality (small W is the evidence against it, so `alternative` is `.less`). For n = 3
///   the p-value is exact; for 4 ≤ n ≤ 11 and n ≥ 12 it comes from Royston's polynomial
///   fits for the mean and spread of a normalising transform of W — an approximation, the
///   same one SciPy computes. A sample with zero range gives W = 1, p = 1 (SciPy warns).
/// - Throws: `InferenceError` for n < 3 (SciPy returns NaN with a `SmallSampleWarning`).
/// - NaN: W and p are NaN when the sample holds NaN.
/// - Reference: P. Royston, "Remark AS R94: A remark on algorithm AS 181: the W-test for
///   normality", Applied Statistics 44 (1995) 547–551.
public func shapiro(_ x: Vector) throws(InferenceError) -> TestResult {
  let n = x.count
  if n < 3 { throw tooFewObservations("shapiro", "the sample", needs: 3, got: n) }
  var (w, p) = (Double.nan, Double.nan)
  if !x.elements.contains(where: \.isNaN) {
    // SciPy centres on x[n/2] of the *unsorted* sample before the algorithm (gh-15777).
    let shift = x.elements[n / 2]
    (w, p) = swilk(x.sorted().elements.map { $0 - shift })
  }
  return TestResult(
    test: "Shapiro-Wilk normality test", statisticName: "W", statistic: w, pValue: p,
    alternative: .less)
}

/// W and its p-value for a sorted sample of n ≥ 3 (AS R94 without censoring).
func swilk(_ x: [Double]) -> (w: Double, p: Double) {
  let n = x.count
  let half = n / 2
  let an = Double(n)
  let small = 1e-19
  var a = [Double](repeating: 0, count: half)
  // The coefficients a: normal scores m_i, then the two largest corrected by Royston's
  // polynomials in 1/√n and the rest rescaled so that Σ a² = 1/2 (one half of the vector).
  if n == 3 {
    a[0] = 2.0.squareRoot() / 2
  } else {
    let an25 = an + 0.25
    var summ2 = 0.0
    for i in 0..<half {
      let m = royPpnd((Double(i + 1) - 0.375) / an25)
      a[i] = m
      summ2 += pow(m, 2)
    }
    summ2 *= 2
    let ssumm2 = summ2.squareRoot()
    let rsn = 1 / an.squareRoot()
    let a1 = royPoly([0, 0.221157, -0.147981, -0.207119e1, 0.4434685e1, -0.2706056e1], rsn) - a[0] / ssumm2
    let first: Int
    let fac: Double
    if n > 5 {
      first = 2
      let a2 = -a[1] / ssumm2 + royPoly([0, 0.42981e-1, -0.293762, -0.1752461e1, 0.5682633e1, -0.3582633e1], rsn)
      fac = ((summ2 - 2 * pow(a[0], 2) - 2 * pow(a[1], 2)) / (1 - 2 * pow(a1, 2) - 2 * pow(a2, 2))).squareRoot()
      a[1] = a2
    } else {
      first = 1
      fac = ((summ2 - 2 * pow(a[0], 2)) / (1 - 2 * pow(a1, 2))).squareRoot()
    }
    a[0] = a1
    for i in first..<half { a[i] *= -1 / fac }
  }

  let range = x[n - 1] - x[0]
  if range < small { return (1, 1) }
  // The antisymmetric coefficient of position i: −a[i] in the lower half, +a[n−1−i] above.
  func coefficient(_ i: Int, _ mirror: Int) -> Double {
    i == mirror ? 0 : (i < mirror ? -1 : 1) * a[Swift.min(i, mirror)]
  }
  var sx = x[0] / range
  var sa = -a[0]
  var mirror = n - 2
  for i in 1..<n {
    sx += x[i] / range
    if i != mirror { sa += coefficient(i, mirror) }
    mirror -= 1
  }
  sa /= an
  sx /= an
  var (ssa, ssx, sax) = (0.0, 0.0, 0.0)
  mirror = n - 1
  for i in 0..<n {
    let asa = (i != mirror ? coefficient(i, mirror) : 0) - sa
    let xsx = x[i] / range - sx
    ssa += asa * asa
    ssx += xsx * xsx
    sax += asa * xsx
    mirror -= 1
  }
  // W = 1 − (1 − r²) with r the correlation of a and x, formed without cancellation.
  let ssassx = (ssa * ssx).squareRoot()
  let w1 = (ssassx - sax) * (ssassx + sax) / (ssa * ssx)
  let w = 1 - w1

  if n == 3 {
    // Exact: W ≥ 3/4, P(W ≤ w) = 1 − (6/π) acos √w.
    if w < 0.75 { return (0.75, 0) }
    return (w, 1 - 6 / Double.pi * acos(w.squareRoot()))
  }
  var y = log(w1)
  let lnN = log(an)
  let m: Double
  let s: Double
  if n <= 11 {
    let gamma = royPoly([-0.2273e1, 0.459], an)
    if y >= gamma { return (w, small) }
    y = -log(gamma - y)
    m = royPoly([0.5440, -0.39978, 0.25054e-1, -0.6714e-3], an)
    s = exp(royPoly([0.13822e1, -0.77857, 0.62767e-1, -0.20322e-2], an))
  } else {
    m = royPoly([-0.15861e1, -0.31082, -0.83751e-1, 0.38915e-2], lnN)
    s = exp(royPoly([-0.4803, -0.82676e-1, 0.30302e-2], lnN))
  }
  return (w, royUpperNormalTail((y - m) / s))
}

/// Royston's polynomial c₀ + c₁x + … + c_{k−1}x^{k−1} (AS 181's `poly`), in its Horner order.
func royPoly(_ c: [Double], _ x: Double) -> Double {
  var result = c[0]
  if c.count == 1 { return result }
  var p = x * c[c.count - 1]
  if c.count == 2 { return result + p }
  for i in stride(from: c.count - 2, through: 1, by: -1) { p = (p + c[i]) * x }
  result += p
  return result
}

/// The standard normal quantile by Beasley–Springer's AS 111 (`ppnd`), whose seven-digit
/// scores AS R94's coefficients were fitted with.
func royPpnd(_ p: Double) -> Double {
  let q = p - 0.5
  if Swift.abs(q) <= 0.42 {
    let r = q * q
    var value = q * (((-25.44106049637 * r + 41.39119773534) * r + -18.61500062529) * r + 2.50662823884)
    value = value / ((((3.13082909833 * r + -21.06224101826) * r + 23.08336743743) * r + -8.47351093090) * r + 1)
    return value
  }
  var r = q > 0 ? 1 - p : p
  if r <= 0 { return 0 }
  r = (-log(r)).squareRoot()
  var value = ((2.32121276858 * r + 4.85014127135) * r + -2.29796479134) * r + -2.78718931138
  value /= (1.63706781897 * r + 3.54388924762) * r + 1
  return q < 0 ? -value : value
}

/// The upper normal tail P(Z > z) by Hill's AS 66 (`alnorm`), as AS R94 evaluates it.
func royUpperNormalTail(_ x: Double) -> Double {
  var upper = true
  var z = x
  if !(z > 0) {
    upper = false
    z = -z
  }
  if !(z <= 7 || (upper && z <= 38)) { return upper ? 0 : 1 }
  let y = 0.5 * z * z
  let tail: Double
  if z <= 1.28 {
    tail =
      0.5 - z
      * (0.398942280444 - 0.399903438504 * y
        / (y + 5.75885480458 - 29.8213557808 / (y + 2.62433121679 + 48.6959930692 / (y + 5.92885724438))))
  } else {
    tail =
      0.398942280385 * exp(-y)
      / (z - 3.8052e-8 + 1.00000615302
        / (z + 3.98064794e-4 + 1.98615381364
          / (z - 0.151679116635 + 5.29330324926
            / (z + 4.8385912808 - 15.1508972451 / (z + 0.742380924027 + 30.789933034 / (z + 3.99019417011))))))
  }
  return upper ? tail : 1 - tail
}
