#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension LegacyStream {
  /// A binomial deviate (NumPy's `legacy_random_binomial`): inversion when
  /// the mean of the smaller tail is at most 30, otherwise BTPE.
  mutating func binomial(_ n: Int, _ p: Double) -> Int {
    if p <= 0.5 {
      return Double(n) * p <= 30 ? binomialInversion(n, p) : binomialBTPE(n, p)
    }
    let q = 1.0 - p
    return Double(n) * q <= 30 ? n - binomialInversion(n, q) : n - binomialBTPE(n, q)
  }

  /// Binomial by sequential search of the CDF from 0, restarting past a bound
  /// ten standard deviations out (NumPy's `random_binomial_inversion`).
  mutating func binomialInversion(_ n: Int, _ p: Double) -> Int {
    let q = 1.0 - p
    let qn = exp(Double(n) * log(q))
    let mean = Double(n) * p
    let bound = Self.truncatingToInt(min(Double(n), mean + 10.0 * (mean * q + 1).squareRoot()))
    var x = 0
    var px = qn
    var u = nextDouble()
    while u > px {
      x += 1
      if x > bound {
        x = 0
        px = qn
        u = nextDouble()
      } else {
        u -= px
        px = (Double(n - x + 1) * p * px) / (Double(x) * q)
      }
    }
    return x
  }

  /// Binomial by Kachitvichyanukul and Schmeiser's BTPE (triangle,
  /// parallelogram, exponential tails) for `p <= 0.5` (NumPy's
  /// `random_binomial_btpe`, whose `goto` steps become `continue` (reject)
  /// and `return` (accept) here).
  mutating func binomialBTPE(_ n: Int, _ p: Double) -> Int {
    let r = min(p, 1.0 - p)
    let q = 1.0 - r
    let fm = Double(n) * r + r
    let m = Self.truncatingToInt(fm.rounded(.down))
    let p1 = (2.195 * (Double(n) * r * q).squareRoot() - 4.6 * q).rounded(.down) + 0.5
    let xm = Double(m) + 0.5
    let xl = xm - p1
    let xr = xm + p1
    let c = 0.134 + 20.5 / (15.3 + Double(m))
    var a = (fm - xl) / (fm - xl * r)
    let lambdaLeft = a * (1.0 + a / 2.0)
    a = (xr - fm) / (xr * q)
    let lambdaRight = a * (1.0 + a / 2.0)
    let p2 = p1 * (1.0 + 2.0 * c)
    let p3 = p2 + c / lambdaLeft
    let p4 = p3 + c / lambdaRight

    while true {
      let nrq = Double(n) * r * q
      let u = nextDouble() * p4
      var v = nextDouble()
      var y: Int
      if u <= p1 {
        // Triangular centre: always accepted.
        y = Self.truncatingToInt((xm - p1 * v + u).rounded(.down))
        return y
      } else if u <= p2 {
        // Parallelograms.
        let x = xl + (u - p1) / c
        v = v * c + 1.0 - abs(Double(m) - x + 0.5) / p1
        if v > 1 { continue }
        y = Self.truncatingToInt(x.rounded(.down))
      } else if u <= p3 {
        // Left exponential tail.
        y = Self.truncatingToInt((xl + log(v) / lambdaLeft).rounded(.down))
        if y < 0 || v == 0 { continue }
        v = v * (u - p2) * lambdaLeft
      } else {
        // Right exponential tail.
        y = Self.truncatingToInt((xr - log(v) / lambdaRight).rounded(.down))
        if y > n || v == 0 { continue }
        v = v * (u - p3) * lambdaRight
      }

      let k = abs(y - m)
      if !(k > 20 && Double(k) < nrq / 2.0 - 1) {
        // Explicit evaluation of f(y) / f(m) by recursion.
        let s = r / q
        let scaled = s * Double(n + 1)
        var f = 1.0
        if m < y {
          for i in (m + 1)...y { f *= (scaled / Double(i) - s) }
        } else if m > y {
          for i in (y + 1)...m { f /= (scaled / Double(i) - s) }
        }
        if v > f { continue }
        return y
      }

      // Squeeze on log f(y) / f(m), then the Stirling-corrected bound.
      let kd = Double(k)
      let rho = (kd / nrq) * ((kd * (kd / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5)
      let t = Double(-k * k) / (2 * nrq)
      let logV = log(v)
      if logV < t - rho { return y }
      if logV > t + rho { continue }
      let x1 = Double(y + 1)
      let f1 = Double(m + 1)
      let z = Double(n + 1 - m)
      let w = Double(n - y + 1)
      @inline(__always) func correction(_ value: Double, _ square: Double) -> Double {
        (13680.0 - (462.0 - (132.0 - (99.0 - 140.0 / square) / square) / square) / square) / value
          / 166320.0
      }
      let bound =
        xm * log(f1 / x1) + (Double(n - m) + 0.5) * log(z / w) + Double(y - m)
        * log(w * r / (x1 * q))
        + correction(f1, f1 * f1) + correction(z, z * z) + correction(x1, x1 * x1)
        + correction(w, w * w)
      if logV > bound { continue }
      return y
    }
  }

  /// A Poisson deviate (NumPy's `random_poisson`): multiplication of uniforms
  /// below mean 10, Hörmann's transformed rejection (PTRS) from 10 on.
  mutating func poisson(_ lambda: Double) -> Int {
    if lambda >= 10 { return poissonPTRS(lambda) }
    if lambda == 0 { return 0 }
    let limit = exp(-lambda)
    var count = 0
    var product = 1.0
    while true {
      product *= nextDouble()
      if product > limit { count += 1 } else { return count }
    }
  }

  /// Hörmann's PTRS, "The transformed rejection method for generating Poisson
  /// random variables" (1993), as in NumPy's `random_poisson_ptrs`.
  mutating func poissonPTRS(_ lambda: Double) -> Int {
    let rootLambda = lambda.squareRoot()
    let logLambda = log(lambda)
    let b = 0.931 + 2.53 * rootLambda
    let a = -0.059 + 0.02483 * b
    let inverseAlpha = 1.1239 + 1.1328 / (b - 3.4)
    let vr = 0.9277 - 3.6224 / (b - 2)
    while true {
      let u = nextDouble() - 0.5
      let v = nextDouble()
      let us = 0.5 - abs(u)
      let k = Self.truncatingToInt(((2 * a / us + b) * u + lambda + 0.43).rounded(.down))
      if us >= 0.07 && v <= vr { return k }
      if k < 0 || (us < 0.013 && v > us) { continue }
      if log(v) + log(inverseAlpha) - log(a / (us * us) + b)
        <= -lambda + Double(k) * logLambda - Self.logGamma(Double(k + 1))
      {
        return k
      }
    }
  }

  /// log Γ(x) for x > 0 by the asymptotic series of Zhang and Jin's SPECFUN,
  /// shifting small arguments up to 7 first (NumPy's `random_loggam`).
  static func logGamma(_ x: Double) -> Double {
    if x == 1 || x == 2 { return 0 }
    let coefficients: [Double] = [
      8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04, -5.952380952380952e-04,
      8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03, -2.955065359477124e-02,
      1.796443723688307e-01, -1.39243221690590e+00,
    ]
    var shift = 0
    var x0 = x
    if x <= 7 {
      shift = Self.truncatingToInt(7 - x)
      x0 = x + Double(shift)
    }
    let inverseSquare = 1.0 / (x0 * x0)
    var series = coefficients[9]
    for index in stride(from: 8, through: 0, by: -1) {
      series *= inverseSquare
      series += coefficients[index]
    }
    var result = series / x0 + 0.5 * log(2 * Double.pi) + (x0 - 0.5) * log(x0) - x0
    if x <= 7 {
      for _ in 0..<shift {
        result -= log(x0 - 1.0)
        x0 -= 1.0
      }
    }
    return result
  }
}

extension RandomState {
  /// One binomial deviate: successes in `n` trials of probability `p`, like `rng.binomial(n, p)`.
  public mutating func binomial(_ n: Int, _ p: Double) -> Int {
    Self.checkBinomial(n, p)
    return withStream { $0.binomial(n, p) }
  }

  /// `size` binomial deviates, like `rng.binomial(n, p, size)`.
  public mutating func binomial(_ n: Int, _ p: Double, size: Int) -> IntVector {
    Self.checkBinomial(n, p)
    return integers(count: size) { $0.binomial(n, p) }
  }

  /// One Poisson deviate with mean `lam`, like `rng.poisson(lam)`.
  public mutating func poisson(_ lam: Double = 1) -> Int {
    Self.checkPoisson(lam)
    return withStream { $0.poisson(lam) }
  }

  /// `size` Poisson deviates with mean `lam`, like `rng.poisson(lam, size)`.
  public mutating func poisson(_ lam: Double = 1, size: Int) -> IntVector {
    Self.checkPoisson(lam)
    return integers(count: size) { $0.poisson(lam) }
  }

  static func checkBinomial(_ n: Int, _ p: Double) {
    guard n >= 0 else { failure("binomial: n must be non-negative, got \(n)") }
    guard p >= 0, p <= 1 else { failure("binomial: p must be in [0, 1], got \(p)") }
  }

  static func checkPoisson(_ lam: Double) {
    guard lam >= 0 else { failure("poisson: lam must be non-negative, got \(lam)") }
    // NumPy's POISSON_LAM_MAX: larger means overflow the 64-bit result.
    guard lam <= 9.223372006484771e18 else {
      failure("poisson: lam value too large, got \(lam)")
    }
  }
}
