#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Initial value problems y′ = f(t, y), y(t₀) = y₀: SciPy's `solve_ivp` with its
// default RK45 (Dormand–Prince 5(4), SciPy's step-size control and initial step,
// the 4th-order dense output for `t_eval`), reproduced step for step, and two
// fixed-step methods for teaching (explicit Euler, classical RK4).

/// How `solveIVP` steps.
public enum ODEMethod: Sendable, Equatable {
  /// SciPy's default `method="RK45"`: the Dormand–Prince 5(4) pair with adaptive steps.
  case rk45
  /// The classical 4th-order Runge–Kutta method with a fixed step (the last one shortened to end at t₁).
  case rk4(step: Double)
  /// The explicit Euler method y ← y + h·f(t, y) with a fixed step (the last one shortened).
  case euler(step: Double)
}

/// The solution of an initial value problem (SciPy's `solve_ivp` result `OdeResult`).
public struct ODEResult: Sendable, Equatable, CustomStringConvertible {
  /// The times, shape (m,): the accepted steps (t₀ first, t₁ last), or `tEval`.
  public let t: Vector
  /// The solution, shape (n, m): row i is component yᵢ at the times `t` (SciPy's `sol.y`).
  public let y: Matrix
  /// The number of evaluations of f.
  public let nfev: Int
  /// 0 when t₁ was reached, −1 when the step size fell below the spacing of floats.
  public let status: Int
  /// SciPy's message for `status`.
  public let message: String

  /// Whether t₁ was reached (`status == 0`).
  public var success: Bool { status >= 0 }

  public var description: String {
    resultReport([
      ("message", message), ("success", "\(success)"), ("status", "\(status)"), ("t", "\(t)"),
      ("y", "\(y)".replacingOccurrences(of: "\n", with: "\n   ")), ("nfev", "\(nfev)"),
    ])
  }
}

/// Solves y′ = f(t, y) from y(t₀) = y₀ over `tSpan` (SciPy's `scipy.integrate.solve_ivp`).
///
/// With `.rk45` this is SciPy's `RK45` line for line: Dormand–Prince 5(4) steps
/// (local extrapolation with the 5th-order solution), the error of the embedded
/// 4th-order one measured in the RMS norm against `atol + rtol·max(|y|, |y_new|)`,
/// the step factor 0.9·err^(−1/5) clipped to [0.2, 10] (no growth right after a
/// rejection), SciPy's initial-step heuristic (Hairer, Nørsett & Wanner, *Solving
/// ODEs I*, II.4), and, for `tEval`, Shampine's 4th-order interpolant. On a smooth
/// problem the accepted times and values equal SciPy's to 1e-10 (relative to the span
/// and to each component's size; NumPy's BLAS rounds the error estimate differently,
/// which moves the steps by ~1e-11 at tight tolerances) with the same `nfev`.
/// `.rk4(step:)` and `.euler(step:)` take fixed steps (the last shortened to end at t₁);
/// `tEval` then reads the cubic Hermite interpolant (RK4) or the straight line (Euler)
/// between grid points.
///
/// - Parameters:
///   - f: the right-hand side, given t and y (shape (n,)), returning y′ (shape (n,)).
///   - tSpan: (t₀, t₁); t₁ < t₀ integrates backwards.
///   - y0: the initial state, shape (n,), n ≥ 1.
///   - rtol, atol: RK45's tolerances (SciPy's 1e-3 and 1e-6); `rtol` below 100·eps is
///     raised to it, as SciPy does (SciPy also warns).
///   - tEval: times to report, inside `tSpan` and sorted in the direction of integration;
///     nil reports every step.
///   - maxStep: the largest step RK45 may take (SciPy's `max_step`, default ∞).
///   - firstStep: RK45's first step (SciPy's `first_step`); nil chooses it.
/// - Returns: an `ODEResult` with `t` (m,), `y` (n, m), `nfev`, `status`, `message`.
/// - Throws: `CalculusError` where SciPy raises `ValueError`: `tEval` outside `tSpan` or
///   not sorted, `atol < 0`, a step ≤ 0, `maxStep ≤ 0`, a `firstStep` ≤ 0 or past t₁, non-finite limits.
/// - Stops (`failure`) when y₀ is empty or f returns a vector of another length.
public func solveIVP(
  _ f: (Double, Vector) -> Vector, tSpan: (Double, Double), y0: Vector, method: ODEMethod = .rk45,
  rtol: Double = 1e-3, atol: Double = 1e-6, tEval: Vector? = nil, maxStep: Double = .infinity,
  firstStep: Double? = nil
) throws -> ODEResult {
  let (t0, t1) = tSpan
  let n = y0.count
  if n == 0 { failure("solveIVP: y0 is empty (give at least one component)") }
  guard t0.isFinite && t1.isFinite else {
    throw CalculusError(function: "solveIVP", reason: "tSpan must be finite, got (\(t0), \(t1))")
  }
  if atol < 0 { throw CalculusError(function: "solveIVP", reason: "`atol` must be positive.") }
  if !(maxStep > 0) { throw CalculusError(function: "solveIVP", reason: "`max_step` must be positive.") }
  if let tEval {
    let lo = Swift.min(t0, t1)
    let hi = Swift.max(t0, t1)
    if tEval.elements.contains(where: { !($0 >= lo && $0 <= hi) }) {
      throw CalculusError(function: "solveIVP", reason: "Values in `t_eval` are not within `t_span`.")
    }
    let increasing = t1 >= t0
    for i in 1..<Swift.max(1, tEval.count) {
      let d = tEval.elements[i] - tEval.elements[i - 1]
      if (increasing && d <= 0) || (!increasing && d >= 0) {
        throw CalculusError(function: "solveIVP", reason: "Values in `t_eval` are not properly sorted.")
      }
    }
  }
  return try withoutActuallyEscaping(f) { f in
    try integrate(
      f, t0: t0, t1: t1, y0: y0, method: method, rtol: rtol, atol: atol, tEval: tEval,
      maxStep: maxStep, firstStep: firstStep)
  }
}

/// `solveIVP` after its arguments were checked.
private func integrate(
  _ f: @escaping (Double, Vector) -> Vector, t0: Double, t1: Double, y0: Vector, method: ODEMethod, rtol: Double,
  atol: Double, tEval: Vector?, maxStep: Double, firstStep: Double?
) throws -> ODEResult {
  let n = y0.count
  var nfev = 0
  let rhs: (Double, [Double]) -> [Double] = { t, y in
    nfev += 1
    let value = f(t, Vector(y))
    if value.count != n {
      failure("solveIVP: f(t, y) returned shape \(shapeText(value.count)), but y has shape \(shapeText(n))")
    }
    return value.elements
  }
  switch method {
  case .rk45:
    var solver = DormandPrince(
      rhs, t0: t0, y0: y0.elements, tBound: t1, rtol: Swift.max(rtol, 100 * Double.ulpOfOne), atol: atol,
      maxStep: maxStep)
    if let firstStep {
      if !(firstStep > 0) { throw CalculusError(function: "solveIVP", reason: "`first_step` must be positive.") }
      if firstStep > abs(t1 - t0) {
        throw CalculusError(function: "solveIVP", reason: "`first_step` exceeds bounds.")
      }
      solver.hAbs = firstStep
    } else {
      solver.hAbs = solver.initialStep()
    }
    let (times, states, status) = solver.run(tEval: tEval?.elements)
    return odeResult(times, states, n: n, nfev: nfev, status: status)
  case .rk4(let step), .euler(let step):
    guard step > 0 && step.isFinite else {
      throw CalculusError(function: "solveIVP", reason: "the fixed step must be positive and finite, got \(step)")
    }
    let isRK4 = method == .rk4(step: step)
    let (grid, states, slopes) = fixedStepSolve(rhs, t0: t0, t1: t1, y0: y0.elements, step: step, rk4: isRK4)
    guard let tEval else { return odeResult(grid, states, n: n, nfev: nfev, status: 0) }
    var values = [[Double]]()
    var k = 0
    for t in tEval.elements {
      while k + 2 < grid.count && (t1 >= t0 ? t > grid[k + 1] : t < grid[k + 1]) { k += 1 }
      values.append(
        interpolateFixed(
          t, grid[k], grid[Swift.min(k + 1, grid.count - 1)], states[k], states[Swift.min(k + 1, states.count - 1)],
          slopes[k], slopes[Swift.min(k + 1, slopes.count - 1)], cubic: isRK4))
    }
    return odeResult(tEval.elements, values, n: n, nfev: nfev, status: 0)
  }
}

private func odeResult(_ times: [Double], _ states: [[Double]], n: Int, nfev: Int, status: Int) -> ODEResult {
  var elements = [Double](repeating: 0, count: n * times.count)
  for (j, state) in states.enumerated() {
    for i in 0..<n { elements[i * times.count + j] = state[i] }
  }
  return ODEResult(
    t: Vector(times), y: Matrix(rows: n, columns: times.count, elements: elements), nfev: nfev, status: status,
    message: status == 0
      ? "The solver successfully reached the end of the integration interval."
      : "Required step size is less than spacing between numbers.")
}

/// Euler or RK4 on the grid t₀, t₀ + h, …, t₁; returns the grid, the states and f at each grid point.
private func fixedStepSolve(
  _ rhs: (Double, [Double]) -> [Double], t0: Double, t1: Double, y0: [Double], step: Double, rk4: Bool
) -> ([Double], [[Double]], [[Double]]) {
  let length = abs(t1 - t0)
  let direction: Double = t1 >= t0 ? 1 : -1
  // The number of steps, not counting a last step shorter than 1e-9·h (rounding).
  var count = Int((length / step).rounded(.down))
  if length - Double(count) * step > 1e-9 * step { count += 1 }
  var grid = [t0]
  for k in 1..<Swift.max(1, count + 1) where count > 0 {
    grid.append(k == count ? t1 : t0 + direction * Double(k) * step)
  }
  var states = [y0]
  var slopes = [[Double]]()
  var y = y0
  for k in 0..<(grid.count - 1) {
    let t = grid[k]
    let h = grid[k + 1] - t
    let k1 = rhs(t, y)
    slopes.append(k1)
    if rk4 {
      let k2 = rhs(t + h / 2, zip(y, k1).map { $0 + h / 2 * $1 })
      let k3 = rhs(t + h / 2, zip(y, k2).map { $0 + h / 2 * $1 })
      let k4 = rhs(t + h, zip(y, k3).map { $0 + h * $1 })
      for i in y.indices { y[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]) }
    } else {
      for i in y.indices { y[i] += h * k1[i] }
    }
    states.append(y)
  }
  // f at the last point, for the Hermite interpolant (RK4 only; Euler interpolates linearly).
  slopes.append(rk4 ? rhs(grid[grid.count - 1], y) : slopes.last ?? y.map { _ in 0 })
  return (grid, states, slopes)
}

/// The state at t between grid points a and b: cubic Hermite (values and slopes) or linear.
private func interpolateFixed(
  _ t: Double, _ a: Double, _ b: Double, _ ya: [Double], _ yb: [Double], _ fa: [Double], _ fb: [Double],
  cubic: Bool
) -> [Double] {
  let h = b - a
  if h == 0 { return ya }
  let s = (t - a) / h
  if !cubic { return zip(ya, yb).map { $0 + s * ($1 - $0) } }
  let h00 = (1 + 2 * s) * (1 - s) * (1 - s)
  let h10 = s * (1 - s) * (1 - s)
  let h01 = s * s * (3 - 2 * s)
  let h11 = s * s * (s - 1)
  return ya.indices.map { h00 * ya[$0] + h10 * h * fa[$0] + h01 * yb[$0] + h11 * h * fb[$0] }
}
