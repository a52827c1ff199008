#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The two-sided Kolmogorov–Smirnov distribution of Dₙ = sup |Fₙ − F| for n observations,
// by Simard and L'Ecuyer's choice of algorithm per region (2011) as SciPy's `kstwo`
// (`scipy.stats._ksstats.kolmogn`): Ruben–Gambino's closed forms at the ends, Durbin's
// matrix in Marsaglia–Tsang–Wang's form and Pomeranz's recursion in the middle, twice
// the one-sided Smirnov tail in the upper tail, and Pelz–Good's expansion for large n.
// Also Kolmogorov's limit distribution of √n Dₙ (SciPy's `kstwobign`).

/// P(Dₙ ≥ d) for n ≥ 1 observations (SciPy's `scipy.stats.kstwo.sf(d, n)`): 1 for
/// d ≤ 1/(2n), 0 for d ≥ 1, NaN for NaN.
///
/// The regions and algorithms are SciPy's: exact (to rounding) for n ≤ 140 and, for larger n,
/// wherever n·d² ≥ 2.2 (the Smirnov tail) or n·d^1.5 ≤ 1.4 (Durbin's matrix); Pelz–Good's
/// asymptotic series elsewhere, accurate to about 1e-10 there (Simard & L'Ecuyer, Table 3).
/// Where the survival function is formed as 1 − cdf (Durbin, Pomeranz, Pelz–Good: n·d² below
/// 4 or 2.2), it carries the cdf's absolute rounding, a few ulps of 1 — as SciPy's does.
func kolmogorovSmirnovSurvival(_ n: Int, _ d: Double) -> Double {
  if d.isNaN { return .nan }
  if d <= 0.5 / Double(n) { return 1 }
  if d >= 1 { return 0 }
  return kolmogornSurvival(n, d)
}

/// SciPy's `_kolmogn(n, x, cdf=False)`.
private func kolmogornSurvival(_ n: Int, _ x: Double) -> Double {
  let clip = { (p: Double) in Swift.min(Swift.max(p, 0), 1) }
  let nd = Double(n)
  let t = nd * x
  if t <= 1 {
    // Ruben–Gambino: 1/(2n) ≤ x ≤ 1/n gives P(Dₙ < x) = n!/nⁿ (2t − 1)ⁿ.
    if t <= 0.5 { return 1 }
    var prob: Double
    if n <= 140 {
      prob = 1
      let factor = 2 * t - 1
      for i in 1...n { prob *= Double(i) * (1 / nd) * factor }
    } else {
      prob = exp(logFactorialOverPower(n) + nd * log(2 * t - 1))
    }
    return clip(1 - prob)
  }
  if t >= nd - 1 { return clip(2 * pow(1 - x, nd)) }
  if x >= 0.5 { return clip(2 * smirnovSurvival(n, x)) }
  let nxSquared = t * x
  if n <= 140 {
    if nxSquared <= 0.754693 { return clip(1 - durbinMatrixCDF(n, x)) }
    if nxSquared <= 4 { return clip(1 - pomeranzCDF(n, x)) }
    return clip(2 * smirnovSurvival(n, x))
  }
  if nxSquared >= 370 { return 0 }
  if nxSquared >= 2.2 { return clip(2 * smirnovSurvival(n, x)) }
  let cdf: Double
  if nxSquared >= 18 {
    cdf = 1
  } else if n <= 100_000 && nd * pow(x, 1.5) <= 1.4 {
    cdf = durbinMatrixCDF(n, x)
  } else {
    cdf = pelzGoodCDF(n, x)
  }
  return clip(1 - cdf)
}

/// log(n!/nⁿ) by Stirling's series (SciPy's `_log_nfactorial_div_n_pow_n`).
private func logFactorialOverPower(_ n: Int) -> Double {
  let coefficients = [
    -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3,
    8.4175084175084175084e-4, -5.952380952380952381e-4, 7.9365079365079365079e-4,
    -2.7777777777777777778e-3, 8.3333333333333333333e-2,
  ]
  let nd = Double(n)
  let rn = 1 / nd
  var series = 0.0
  for c in coefficients { series = series * (rn / nd) + c }
  return log(nd) / 2 - nd + log(2 * Double.pi) / 2 + rn * series
}

/// 2¹²⁸ and 2⁻¹²⁸: the rescaling steps that keep the recursions in range.
private let upScale = 0x1p128
private let downScale = 0x1p-128

/// P(Dₙ ≤ d) by Durbin's matrix method, H^n for the (2k − 1)² matrix H of Marsaglia,
/// Tsang and Wang (2003), by repeated squaring with a separate binary exponent.
func durbinMatrixCDF(_ n: Int, _ d: Double) -> Double {
  if d >= 1 { return 1 }
  let nd = Double(n) * d
  if nd <= 0.5 { return 0 }
  let k = Int(nd.rounded(.up))
  let h = Double(k) - nd
  let m = 2 * k - 1
  var w = [Double](repeating: 0, count: m)
  var v = (1...m).map { 1 - pow(h, Double($0)) }
  var fac = 1.0
  for j in 1...m {
    w[j - 1] = fac
    fac /= Double(j)
    v[j - 1] *= fac
  }
  let tt = pow(Swift.max(2 * h - 1, 0), Double(m)) - 2 * pow(h, Double(m))
  v[m - 1] = (1 + tt) * fac
  // H: w on and below the superdiagonal, v down the first column and reversed along the last row.
  var hMatrix = [Double](repeating: 0, count: m * m)
  for i in 1..<Swift.max(m, 1) {
    for row in (i - 1)..<m { hMatrix[row * m + i] = w[row - (i - 1)] }
  }
  for row in 0..<m { hMatrix[row * m] = v[row] }
  for column in 0..<m { hMatrix[(m - 1) * m + column] = v[m - 1 - column] }

  var power = [Double](repeating: 0, count: m * m)
  for i in 0..<m { power[i * m + i] = 1 }
  var remaining = n
  var exponent = 0
  var hExponent = 0
  while remaining > 0 {
    if remaining % 2 == 1 {
      power = squareMatrixProduct(power, hMatrix, m)
      exponent += hExponent
    }
    hMatrix = squareMatrixProduct(hMatrix, hMatrix, m)
    hExponent *= 2
    if Swift.abs(hMatrix[(k - 1) * m + (k - 1)]) > upScale {
      for i in hMatrix.indices { hMatrix[i] /= upScale }
      hExponent += 128
    }
    remaining /= 2
  }
  var p = power[(k - 1) * m + (k - 1)]
  for i in 1...n {
    p = Double(i) * p / Double(n)
    if Swift.abs(p) < downScale {
      p *= upScale
      exponent -= 128
    }
  }
  if exponent != 0 { p = scalbn(p, exponent) }
  return Swift.min(Swift.max(p, 0), 1)
}

/// The product of two m × m row-major matrices, each entry summed in index order.
private func squareMatrixProduct(_ a: [Double], _ b: [Double], _ m: Int) -> [Double] {
  var c = [Double](repeating: 0, count: m * m)
  for i in 0..<m {
    for j in 0..<m {
      var sum = 0.0
      for l in 0..<m { sum += a[i * m + l] * b[l * m + j] }
      c[i * m + j] = sum
    }
  }
  return c
}

/// P(Dₙ ≤ d) by Pomeranz's recursion (1974), as SciPy's `_kolmogn_Pomeranz`: 2n + 1 steps,
/// each a convolution with the powers (g/n)^m/m!, (2g/n)^m/m! or ((1 − 2g)/n)^m/m!.
func pomeranzCDF(_ n: Int, _ x: Double) -> Double {
  let nd = Double(n)
  let t = nd * x
  let ll = Int(t.rounded(.down))
  let f = t - Double(ll)
  let g = Swift.min(f, 1 - f)
  let ceilF = f > 0 ? 1 : 0
  let roundF = f > 0.5 ? 1 : 0
  let powerCount = 2 * (ll + 1)
  var gPower = [Double](repeating: 1, count: powerCount)
  var twoGPower = gPower
  var oneMinusTwoGPower = gPower
  let (gOverN, twoGOverN, oneMinusTwoGOverN) = (g / nd, 2 * g / nd, (1 - 2 * g) / nd)
  for m in 1..<powerCount {
    gPower[m] = gPower[m - 1] * gOverN / Double(m)
    twoGPower[m] = twoGPower[m - 1] * twoGOverN / Double(m)
    oneMinusTwoGPower[m] = oneMinusTwoGPower[m - 1] * oneMinusTwoGOverN / Double(m)
  }
  func bounds(_ i: Int) -> (Int, Int) {
    var (j1, j2): (Int, Int)
    if i == 0 {
      (j1, j2) = (-ll - ceilF - 1, ll + ceilF - 1)
    } else {
      let (half, odd) = ((i + 1) / 2, (i + 1) % 2)
      if odd == 0 {
        if half == n + 1 {
          (j1, j2) = (n - ll - ceilF - 1, n + ll + ceilF - 1)
        } else {
          (j1, j2) = (half - 1 - ll - roundF - 1, half + ll - 1 + ceilF - 1)
        }
      } else {
        (j1, j2) = (half - 1 - ll - 1, half + ll + roundF - 1)
      }
    }
    return (Swift.max(j1 + 2, 0), Swift.min(j2, n))
  }
  var v0 = [Double](repeating: 0, count: powerCount)
  var v1 = v0
  v1[0] = 1
  var (v0Start, v1Start) = (0, 0)
  var exponent = 0
  var (j1, j2) = bounds(0)
  for i in 1..<(2 * n + 2) {
    let k1 = j1
    swap(&v0, &v1)
    swap(&v0Start, &v1Start)
    for index in v1.indices { v1[index] = 0 }
    (j1, j2) = bounds(i)
    let powers = (i == 1 || i == 2 * n + 1) ? gPower : (i % 2 == 1 ? twoGPower : oneMinusTwoGPower)
    let length = j2 - k1 + 1
    if length > 0 {
      let segment = pythonSlice(v0, k1 - v0Start, k1 - v0Start + length)
      let convolution = fullConvolution(segment, pythonSlice(powers, 0, length))
      let taken = pythonSlice(convolution, j1 - k1, j1 - k1 + (j2 - j1 + 1))
      for (index, value) in taken.enumerated() where index < v1.count { v1[index] = value }
      let largest = v1.max() ?? 0
      if 0 < largest && largest < downScale {
        for index in v1.indices { v1[index] *= upScale }
        exponent -= 128
      }
      v1Start = v0Start + j1 - k1
    }
  }
  let position = n - v1Start
  var answer = position >= 0 && position < v1.count ? v1[position] : 0
  for m in 1...n {
    if Swift.abs(answer) > upScale {
      answer *= downScale
      exponent += 128
    }
    answer *= Double(m)
  }
  if exponent != 0 { answer = scalbn(answer, exponent) }
  return Swift.min(Swift.max(answer, 0), 1)
}

/// `a[start:end]` with Python's clamping of out-of-range bounds (negative bounds count
/// from the end, as Python's).
private func pythonSlice(_ a: [Double], _ start: Int, _ end: Int) -> [Double] {
  let count = a.count
  func clamp(_ i: Int) -> Int { i < 0 ? Swift.max(i + count, 0) : Swift.min(i, count) }
  let (s, e) = (clamp(start), clamp(end))
  return s < e ? Array(a[s..<e]) : []
}

/// NumPy's `np.convolve(a, b)` in full mode: c[k] = Σ a[i] b[k − i].
private func fullConvolution(_ a: [Double], _ b: [Double]) -> [Double] {
  if a.isEmpty || b.isEmpty { return [] }
  var c = [Double](repeating: 0, count: a.count + b.count - 1)
  for k in c.indices {
    var sum = 0.0
    for i in Swift.max(0, k - b.count + 1)...Swift.min(k, a.count - 1) { sum += a[i] * b[k - i] }
    c[k] = sum
  }
  return c
}

/// P(Dₙ ≤ x) by Pelz and Good's (1976) expansion K₀ + K₁/√n + K₂/n + K₃/n^1.5 in Jacobi
/// theta form, as SciPy's `_kolmogn_PelzGood`.
func pelzGoodCDF(_ n: Int, _ x: Double) -> Double {
  if x <= 0 { return 0 }
  if x >= 1 { return 1 }
  let piSquared = pow(Double.pi, 2)
  let piFour = pow(Double.pi, 4)
  let piSix = pow(Double.pi, 6)
  let sqrt2Pi = (2 * Double.pi).squareRoot()
  let z = Double(n).squareRoot() * x
  let (zSquared, zThree, zFour, zSix) = (pow(z, 2), pow(z, 3), pow(z, 4), pow(z, 6))
  let qLog = -piSquared / 8 / zSquared
  if qLog < -708 { return 0 }
  var q = exp(qLog)
  let k1a = -zSquared
  let k1b = piSquared / 4
  let k2a = 6 * zSix + 2 * zFour
  let k2b = (2 * zFour - 5 * zSquared) * piSquared / 4
  let k2c = piFour * (1 - 2 * zSquared) / 16
  let k3d = piSix * (5 - 30 * zSquared) / 64
  let k3c = piFour * (-60 * zSquared + 212 * zFour) / 16
  let k3b = piSquared * (135 * zFour - 96 * zSix) / 4
  let k3a = -30 * zSix - 90 * pow(z, 8)
  var k = [0.0, 0.0, 0.0, 0.0]
  let maxK = Int((16 * z / Double.pi).rounded(.up))
  for term in stride(from: maxK, through: 1, by: -1) {
    let m = 2 * term - 1
    let (mSquared, mFour, mSix) = (Double(m * m), Double(m * m * m * m), Double(m * m * m * m * m * m))
    let qPower = pow(q, Double(8 * term))
    let coefficients = [
      1.0, k1a + k1b * mSquared, k2a + k2b * mSquared + k2c * mFour,
      k3a + k3b * mSquared + k3c * mFour + k3d * mSix,
    ]
    for i in 0..<4 { k[i] = k[i] * qPower + coefficients[i] }
  }
  let divisors = [z, 6 * zFour, 72 * pow(z, 7), 6480 * pow(z, 10)]
  for i in 0..<4 { k[i] = k[i] * q * sqrt2Pi / divisors[i] }

  q = exp(-piSquared / 2 / zSquared)
  let ks = Array(stride(from: maxK, through: 1, by: -1))
  let qPowers = ks.map { pow(q, Double($0 * $0)) }
  var k2Extra = pairwiseSum(zip(ks, qPowers).map { Double($0 * $0) * $1 })
  k2Extra *= piSquared * sqrt2Pi / (-36 * zThree)
  k[2] += k2Extra
  let sqrt3z = 3.0.squareRoot() * z
  var k3Extra = pairwiseSum(
    zip(ks, qPowers).map { (kk, qp) in
      let kPi = Double.pi * Double(kk)
      return (sqrt3z + kPi) * (sqrt3z - kPi) * Double(kk * kk) * qp
    })
  k3Extra *= piSquared * sqrt2Pi / (216 * zSix)
  k[3] += k3Extra
  for i in 0..<4 { k[i] /= pow(Double(n), Double(i) / 2) }
  return 0 + k[0] + k[1] + k[2] + k[3]
}

/// P(K ≥ x) for Kolmogorov's limit distribution K of √n Dₙ (SciPy's
/// `scipy.special.kolmogorov(x)`, `scipy.stats.kstwobign.sf(x)`): 1 for x ≤ 0.
func kolmogorovLimitSurvival(_ x: Double) -> Double {
  if x.isNaN { return .nan }
  if x <= 0 { return 1 }
  if x <= Double.pi / (8.0 * 746).squareRoot() { return 1 }
  var p = 1.0
  let sf: Double
  if x <= 0.82 {
    // P(K ≤ x) = √(2π)/x Σ exp(−(2k − 1)²π²/(8x²)), three terms.
    let w = (2 * Double.pi).squareRoot() / x
    let logu8 = -Double.pi * Double.pi / (x * x)
    let u = exp(logu8 / 8)
    if u == 0 {
      p = exp(logu8 / 8 + log(w))
    } else {
      let u8 = exp(logu8)
      let u8cube = pow(u8, 3)
      p = 1 + u8cube * p
      p = 1 + u8 * u8 * p
      p = 1 + u8 * p
      p = w * u * p
    }
    sf = 1 - p
  } else {
    // P(K ≥ x) = 2 Σ (−1)^(k−1) exp(−2k²x²), four terms.
    let v = exp(-2 * x * x)
    let v3 = pow(v, 3)
    var vPower = v3 * v3 * v
    p = 1 - vPower * p
    vPower = v3 * (v * v)
    p = 1 - vPower * p
    vPower = v3
    p = 1 - vPower * p
    sf = 2 * v * p
  }
  return Swift.min(Swift.max(sf, 0), 1)
}
