#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// SciPy's `RK45` solver (scipy/integrate/_ivp/rk.py, common.py, ivp.py): the
// Dormand–Prince 5(4) tableau (J. R. Dormand, P. J. Prince, "A family of embedded
// Runge–Kutta formulae", J. Comp. Appl. Math. 6, 1980), SciPy's error norm and
// step control, its initial step, and the quartic dense output of L. F. Shampine,
// "Some practical Runge–Kutta formulas", Math. Comp. 46, 1986 (SciPy's matrix P).
// The arithmetic follows SciPy's order of operations so that results agree to rounding.

struct DormandPrince {
  static let c: [Double] = [0, 1.0 / 5, 3.0 / 10, 4.0 / 5, 8.0 / 9, 1]
  static let a: [[Double]] = [
    [],
    [1.0 / 5],
    [3.0 / 40, 9.0 / 40],
    [44.0 / 45, -56.0 / 15, 32.0 / 9],
    [19372.0 / 6561, -25360.0 / 2187, 64448.0 / 6561, -212.0 / 729],
    [9017.0 / 3168, -355.0 / 33, 46732.0 / 5247, 49.0 / 176, -5103.0 / 18656],
  ]
  static let b: [Double] = [35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84]
  static let e: [Double] = [
    -71.0 / 57600, 0, 71.0 / 16695, -71.0 / 1920, 17253.0 / 339200, -22.0 / 525, 1.0 / 40,
  ]
  static let p: [[Double]] = [
    [1, -8048581381.0 / 2_820_520_608, 8663915743.0 / 2_820_520_608, -12715105075.0 / 11_282_082_432],
    [0, 0, 0, 0],
    [0, 131558114200.0 / 32_700_410_799, -68118460800.0 / 10_900_136_933, 87487479700.0 / 32_700_410_799],
    [0, -1754552775.0 / 470_086_768, 14199869525.0 / 1_410_260_304, -10690763975.0 / 1_880_347_072],
    [0, 127303824393.0 / 49_829_197_408, -318862633887.0 / 49_829_197_408, 701980252875.0 / 199_316_789_632],
    [0, -282668133.0 / 205_662_961, 2019193451.0 / 616_988_883, -1453857185.0 / 822_651_844],
    [0, 40617522.0 / 29_380_423, -110615467.0 / 29_380_423, 69997945.0 / 29_380_423],
  ]
  static let safety = 0.9
  static let minFactor = 0.2
  static let maxFactor = 10.0
  static let errorExponent = -1.0 / 5

  let fun: (Double, [Double]) -> [Double]
  let tBound: Double
  let rtol: Double
  let atol: Double
  let maxStep: Double
  let direction: Double
  let n: Int
  var t: Double
  var y: [Double]
  var f: [Double]
  var hAbs = 0.0
  /// The stages of the last step, K[0…6] (K[6] = f at its end).
  var k: [[Double]]

  init(
    _ fun: @escaping (Double, [Double]) -> [Double], t0: Double, y0: [Double], tBound: Double, rtol: Double,
    atol: Double, maxStep: Double
  ) {
    self.fun = fun
    self.tBound = tBound
    self.rtol = rtol
    self.atol = atol
    self.maxStep = maxStep
    direction = tBound != t0 ? (tBound > t0 ? 1 : -1) : 1
    n = y0.count
    t = t0
    y = y0
    f = fun(t0, y0)
    k = Array(repeating: Array(repeating: 0, count: y0.count), count: 7)
  }

  /// SciPy's RMS norm: ‖x‖₂/√n.
  static func rms(_ x: [Double]) -> Double {
    (x.reduce(0) { $0 + $1 * $1 }).squareRoot() / Double(x.count).squareRoot()
  }

  /// `select_initial_step` (Hairer, Nørsett & Wanner, II.4), with SciPy's cap at the interval.
  func initialStep() -> Double {
    let intervalLength = abs(tBound - t)
    if intervalLength == 0 { return 0 }
    let scale = y.map { atol + abs($0) * rtol }
    let d0 = Self.rms(zip(y, scale).map { $0 / $1 })
    let d1 = Self.rms(zip(f, scale).map { $0 / $1 })
    var h0 = (d0 < 1e-5 || d1 < 1e-5) ? 1e-6 : 0.01 * d0 / d1
    h0 = Swift.min(h0, intervalLength)
    let y1 = y.indices.map { y[$0] + h0 * direction * f[$0] }
    let f1 = fun(t + h0 * direction, y1)
    let d2 = Self.rms(f.indices.map { (f1[$0] - f[$0]) / scale[$0] }) / h0
    let h1 =
      (d1 <= 1e-15 && d2 <= 1e-15) ? Swift.max(1e-6, h0 * 1e-3) : pow(0.01 / Swift.max(d1, d2), 1.0 / 5)
    return Swift.min(100 * h0, h1, intervalLength, maxStep)
  }

  /// One RK step of size h from (t, y): the new state and f there; fills `k`.
  mutating func rkStep(_ h: Double) -> ([Double], [Double]) {
    k[0] = f
    for s in 1..<6 {
      var point = y
      for i in 0..<n {
        var dot = 0.0
        for j in 0..<s { dot += k[j][i] * Self.a[s][j] }
        point[i] = y[i] + dot * h
      }
      k[s] = fun(t + Self.c[s] * h, point)
    }
    var yNew = y
    for i in 0..<n {
      var dot = 0.0
      for j in 0..<6 { dot += k[j][i] * Self.b[j] }
      yNew[i] = y[i] + h * dot
    }
    let fNew = fun(t + h, yNew)
    k[6] = fNew
    return (yNew, fNew)
  }

  /// `_step_impl`: one accepted step, or false when the step fell below 10 ulps of t.
  mutating func step() -> (accepted: Bool, tOld: Double, yOld: [Double], h: Double) {
    let minStep = 10 * abs((direction > 0 ? t.nextUp : t.nextDown) - t)
    var h = hAbs > maxStep ? maxStep : (hAbs < minStep ? minStep : hAbs)
    var hAbsNow = h
    var rejected = false
    while true {
      if hAbsNow < minStep { return (false, t, y, 0) }
      h = hAbsNow * direction
      var tNew = t + h
      if direction * (tNew - tBound) > 0 { tNew = tBound }
      h = tNew - t
      hAbsNow = abs(h)
      let (yNew, fNew) = rkStep(h)
      var scaled = [Double](repeating: 0, count: n)
      for i in 0..<n {
        var dot = 0.0
        for j in 0..<7 { dot += k[j][i] * Self.e[j] }
        let scale = atol + Swift.max(abs(y[i]), abs(yNew[i])) * rtol
        scaled[i] = dot * h / scale
      }
      let errorNorm = Self.rms(scaled)
      if errorNorm < 1 {
        var factor =
          errorNorm == 0 ? Self.maxFactor : Swift.min(Self.maxFactor, Self.safety * pow(errorNorm, Self.errorExponent))
        if rejected { factor = Swift.min(1, factor) }
        hAbsNow *= factor
        let old = (t, y)
        t = tNew
        y = yNew
        f = fNew
        hAbs = hAbsNow
        return (true, old.0, old.1, h)
      }
      hAbsNow *= Swift.max(Self.minFactor, Self.safety * pow(errorNorm, Self.errorExponent))
      rejected = true
    }
  }

  /// The quartic interpolant of the last step at time `at` (`RkDenseOutput`).
  func dense(_ at: Double, tOld: Double, yOld: [Double], h: Double) -> [Double] {
    if h == 0 { return y }
    let x = (at - tOld) / h
    let powers = [x, x * x, x * x * x, x * x * x * x]
    return (0..<n).map { i in
      var value = 0.0
      for column in 0..<4 {
        var q = 0.0
        for j in 0..<7 { q += k[j][i] * Self.p[j][column] }
        value += q * powers[column]
      }
      return h * value + yOld[i]
    }
  }

  /// `solve_ivp`'s loop: every accepted step, or the dense output at `tEval`.
  mutating func run(tEval: [Double]?) -> ([Double], [[Double]], Int) {
    var times = tEval == nil ? [t] : []
    var states = tEval == nil ? [y] : []
    let evalPoints = tEval ?? []  // sorted in the direction of travel
    var nextEval = 0
    while true {
      var finished = false
      var tOld = t
      var yOld = y
      var h = 0.0
      if t == tBound {
        t = tBound
        finished = true
      } else {
        let outcome = step()
        if !outcome.accepted { return (times, states, -1) }
        (tOld, yOld, h) = (outcome.tOld, outcome.yOld, outcome.h)
        if direction * (t - tBound) >= 0 { finished = true }
      }
      if tEval == nil {
        times.append(t)
        states.append(y)
      } else {
        // The t_eval points this step covers: up to t inclusive, in the direction of travel.
        var end = nextEval
        while end < evalPoints.count && (direction > 0 ? evalPoints[end] <= t : evalPoints[end] >= t) { end += 1 }
        for point in evalPoints[nextEval..<end] {
          times.append(point)
          states.append(dense(point, tOld: tOld, yOld: yOld, h: h))
        }
        nextEval = end
      }
      if finished { return (times, states, 0) }
    }
  }
}
