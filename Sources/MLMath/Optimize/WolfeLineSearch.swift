#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The Moré–Thuente line search (J. J. Moré and D. J. Thuente, "Line search algorithms
// with guaranteed sufficient decrease", ACM TOMS 20, 1994): MINPACK-2's `dcsrch` and
// `dcstep`, as SciPy's `_dcsrch.py` ports them, so BFGS takes SciPy's steps.

/// How a `dcsrch` search ended.
enum WolfeOutcome: Equatable {
  case convergence
  case warning(String)
  case error(String)
}

/// MINPACK-2's `dcsrch`: a step satisfying the strong Wolfe conditions
/// f(α) ≤ f(0) + ftol·α·f′(0) and |f′(α)| ≤ gtol·|f′(0)|, found by safeguarded cubic
/// and quadratic interpolation (`dcstep`) inside an interval that brackets one.
struct MoreThuenteSearch {
  let ftol: Double
  let gtol: Double
  let xtol: Double
  let stpmin: Double
  let stpmax: Double

  /// Runs the search from `alpha1` (SciPy's `DCSRCH.__call__`); `phi(α)` returns
  /// (f(α), f′(α)). Returns the last step (nil after an input error, a non-finite step
  /// or 100 trials), f there, and the outcome: only `.convergence` meets both conditions.
  func run(
    alpha1: Double, phi0: Double, derphi0: Double, maxiter: Int = 100, phi: (Double) -> (Double, Double)
  ) -> (step: Double?, value: Double, outcome: WolfeOutcome) {
    var state = State()
    var stp = alpha1
    var f = phi0
    var g = derphi0
    var outcome = WolfeOutcome.warning("START")
    var started = false
    for _ in 0..<maxiter {
      let next = iterate(&state, stp: stp, f: f, g: g, start: !started)
      started = true
      stp = next.stp
      if !stp.isFinite { return (nil, f, .warning("WARN")) }
      guard let result = next.outcome else {
        (f, g) = phi(stp)
        continue
      }
      outcome = result
      if case .error = result { return (nil, f, outcome) }
      return (stp, f, outcome)
    }
    return (nil, f, .warning("WARNING: dcsrch did not converge within max iterations"))
  }

  struct State {
    var brackt = false
    var stage = 1
    var ginit = 0.0
    var gtest = 0.0
    var gx = 0.0
    var gy = 0.0
    var finit = 0.0
    var fx = 0.0
    var fy = 0.0
    var stx = 0.0
    var sty = 0.0
    var stmin = 0.0
    var stmax = 0.0
    var width = 0.0
    var width1 = 0.0
  }

  /// One call of `dcsrch`: a new trial step (outcome nil, "FG") or a final outcome.
  private func iterate(_ s: inout State, stp stpIn: Double, f: Double, g: Double, start: Bool) -> (
    stp: Double, outcome: WolfeOutcome?
  ) {
    var stp = stpIn
    let xtrapl = 1.1
    let xtrapu = 4.0
    if start {
      var error: String?
      if stp < stpmin { error = "ERROR: STP .LT. STPMIN" }
      if stp > stpmax { error = "ERROR: STP .GT. STPMAX" }
      if g >= 0 { error = "ERROR: INITIAL G .GE. ZERO" }
      if stpmax < stpmin { error = "ERROR: STPMAX .LT. STPMIN" }
      if let error { return (stp, .error(error)) }
      s.brackt = false
      s.stage = 1
      s.finit = f
      s.ginit = g
      s.gtest = ftol * s.ginit
      s.width = stpmax - stpmin
      s.width1 = s.width / 0.5
      s.stx = 0
      s.fx = s.finit
      s.gx = s.ginit
      s.sty = 0
      s.fy = s.finit
      s.gy = s.ginit
      s.stmin = 0
      s.stmax = stp + xtrapu * stp
      return (stp, nil)
    }
    let ftest = s.finit + stp * s.gtest
    if s.stage == 1 && f <= ftest && g >= 0 { s.stage = 2 }
    var outcome: WolfeOutcome?
    if s.brackt && (stp <= s.stmin || stp >= s.stmax) {
      outcome = .warning("WARNING: ROUNDING ERRORS PREVENT PROGRESS")
    }
    if s.brackt && s.stmax - s.stmin <= xtol * s.stmax { outcome = .warning("WARNING: XTOL TEST SATISFIED") }
    if stp == stpmax && f <= ftest && g <= s.gtest { outcome = .warning("WARNING: STP = STPMAX") }
    if stp == stpmin && (f > ftest || g >= s.gtest) { outcome = .warning("WARNING: STP = STPMIN") }
    if f <= ftest && abs(g) <= gtol * -s.ginit { outcome = .convergence }
    if let outcome { return (stp, outcome) }
    // In the first stage, a modified function ψ(α) = f(α) − f(0) − ftol·α·f′(0) is used.
    if s.stage == 1 && f <= s.fx && f > ftest {
      var step = StepInterval(
        stx: s.stx, fx: s.fx - s.stx * s.gtest, dx: s.gx - s.gtest, sty: s.sty, fy: s.fy - s.sty * s.gtest,
        dy: s.gy - s.gtest, stp: stp, brackt: s.brackt)
      step.update(fp: f - stp * s.gtest, dp: g - s.gtest, stpmin: s.stmin, stpmax: s.stmax)
      s.stx = step.stx
      s.sty = step.sty
      stp = step.stp
      s.brackt = step.brackt
      s.fx = step.fx + s.stx * s.gtest
      s.fy = step.fy + s.sty * s.gtest
      s.gx = step.dx + s.gtest
      s.gy = step.dy + s.gtest
    } else {
      var step = StepInterval(
        stx: s.stx, fx: s.fx, dx: s.gx, sty: s.sty, fy: s.fy, dy: s.gy, stp: stp, brackt: s.brackt)
      step.update(fp: f, dp: g, stpmin: s.stmin, stpmax: s.stmax)
      (s.stx, s.fx, s.gx, s.sty, s.fy, s.gy, stp, s.brackt) =
        (step.stx, step.fx, step.dx, step.sty, step.fy, step.dy, step.stp, step.brackt)
    }
    // Bisect when the interval does not shrink fast enough.
    if s.brackt {
      if abs(s.sty - s.stx) >= 0.66 * s.width1 { stp = s.stx + 0.5 * (s.sty - s.stx) }
      s.width1 = s.width
      s.width = abs(s.sty - s.stx)
    }
    if s.brackt {
      s.stmin = Swift.min(s.stx, s.sty)
      s.stmax = Swift.max(s.stx, s.sty)
    } else {
      s.stmin = stp + xtrapl * (stp - s.stx)
      s.stmax = stp + xtrapu * (stp - s.stx)
    }
    stp = Swift.min(Swift.max(stp, stpmin), stpmax)
    if (s.brackt && (stp <= s.stmin || stp >= s.stmax)) || (s.brackt && s.stmax - s.stmin <= xtol * s.stmax) {
      stp = s.stx
    }
    return (stp, nil)
  }
}

/// MINPACK-2's `dcstep`: the interval [stx, sty] that contains a Wolfe step, and the next trial step.
struct StepInterval {
  var stx: Double
  var fx: Double
  var dx: Double
  var sty: Double
  var fy: Double
  var dy: Double
  var stp: Double
  var brackt: Bool

  mutating func update(fp: Double, dp: Double, stpmin: Double, stpmax: Double) {
    let sgnd = sign(dp) * sign(dx)
    let stpf: Double
    if fp > fx {
      // A higher function value: the minimum is bracketed; cubic or quadratic step.
      let theta = 3.0 * (fx - fp) / (stp - stx) + dx + dp
      let s = Swift.max(abs(theta), abs(dx), abs(dp))
      var gamma = s * ((theta / s) * (theta / s) - (dx / s) * (dp / s)).squareRoot()
      if stp < stx { gamma = -gamma }
      let p = (gamma - dx) + theta
      let q = ((gamma - dx) + gamma) + dp
      let r = p / q
      let stpc = stx + r * (stp - stx)
      let stpq = stx + ((dx / ((fx - fp) / (stp - stx) + dx)) / 2.0) * (stp - stx)
      stpf = abs(stpc - stx) <= abs(stpq - stx) ? stpc : stpc + (stpq - stpc) / 2.0
      brackt = true
    } else if sgnd < 0 {
      // Derivatives of opposite sign: bracketed; cubic or secant step.
      let theta = 3 * (fx - fp) / (stp - stx) + dx + dp
      let s = Swift.max(abs(theta), abs(dx), abs(dp))
      var gamma = s * ((theta / s) * (theta / s) - (dx / s) * (dp / s)).squareRoot()
      if stp > stx { gamma = -gamma }
      let p = (gamma - dp) + theta
      let q = ((gamma - dp) + gamma) + dx
      let r = p / q
      let stpc = stp + r * (stx - stp)
      let stpq = stp + (dp / (dp - dx)) * (stx - stp)
      stpf = abs(stpc - stp) > abs(stpq - stp) ? stpc : stpq
      brackt = true
    } else if abs(dp) < abs(dx) {
      // Same sign, smaller derivative: the cubic step only if it heads the right way.
      let theta = 3 * (fx - fp) / (stp - stx) + dx + dp
      let s = Swift.max(abs(theta), abs(dx), abs(dp))
      var gamma = s * Swift.max(0, (theta / s) * (theta / s) - (dx / s) * (dp / s)).squareRoot()
      if stp > stx { gamma = -gamma }
      let p = (gamma - dp) + theta
      let q = (gamma + (dx - dp)) + gamma
      let r = p / q
      let stpc: Double
      if r < 0 && gamma != 0 {
        stpc = stp + r * (stx - stp)
      } else if stp > stx {
        stpc = stpmax
      } else {
        stpc = stpmin
      }
      let stpq = stp + (dp / (dp - dx)) * (stx - stp)
      if brackt {
        var chosen = abs(stpc - stp) < abs(stpq - stp) ? stpc : stpq
        if stp > stx {
          chosen = Swift.min(stp + 0.66 * (sty - stp), chosen)
        } else {
          chosen = Swift.max(stp + 0.66 * (sty - stp), chosen)
        }
        stpf = chosen
      } else {
        let chosen = abs(stpc - stp) > abs(stpq - stp) ? stpc : stpq
        stpf = Swift.min(Swift.max(chosen, stpmin), stpmax)
      }
    } else {
      // Same sign, derivative not smaller: a cubic step towards sty, or an end.
      if brackt {
        let theta = 3.0 * (fp - fy) / (sty - stp) + dy + dp
        let s = Swift.max(abs(theta), abs(dy), abs(dp))
        var gamma = s * ((theta / s) * (theta / s) - (dy / s) * (dp / s)).squareRoot()
        if stp > sty { gamma = -gamma }
        let p = (gamma - dp) + theta
        let q = ((gamma - dp) + gamma) + dy
        let r = p / q
        stpf = stp + r * (sty - stp)
      } else if stp > stx {
        stpf = stpmax
      } else {
        stpf = stpmin
      }
    }
    if fp > fx {
      sty = stp
      fy = fp
      dy = dp
    } else {
      if sgnd < 0 {
        sty = stx
        fy = fx
        dy = dx
      }
      stx = stp
      fx = fp
      dx = dp
    }
    stp = stpf
  }

  /// NumPy's `np.sign`: −1, 0 or 1 (NaN for NaN).
  private func sign(_ x: Double) -> Double { x > 0 ? 1 : (x < 0 ? -1 : (x == 0 ? 0 : .nan)) }
}

/// SciPy's `_line_search_wolfe12` for a minimiser: `line_search_wolfe1` (Moré–Thuente, with
/// the initial step min(1, 1.01·2·(f₀ − f₋₁)/f′(0)) from the previous decrease), and
/// `line_search_wolfe2` when that fails. Returns nil when both fail; otherwise the step, f
/// at the new point, and ∇f there (nil when the second search ran out of iterations).
func wolfeLineSearch(
  _ objective: ScalarObjective, xk: Vector, pk: Vector, gfk: Vector, oldFval: Double, oldOldFval: Double?,
  c1: Double = 1e-4, c2: Double = 0.9, amin: Double = 1e-100, amax: Double = 1e100, xtol: Double = 1e-14
) -> (alpha: Double, fval: Double, gval: Vector?)? {
  let derphi0 = dot(gfk, pk)
  var alpha1 = 1.0
  if let oldOldFval, derphi0 != 0 {
    alpha1 = Swift.min(1.0, 1.01 * 2 * (oldFval - oldOldFval) / derphi0)
    if alpha1 < 0 { alpha1 = 1.0 }
  }
  var gval = gfk
  let search = MoreThuenteSearch(ftol: c1, gtol: c2, xtol: xtol, stpmin: amin, stpmax: amax)
  let (step, value, outcome) = search.run(alpha1: alpha1, phi0: oldFval, derphi0: derphi0) { s in
    let x = xk + s * pk
    let fx = objective.f(x)
    gval = objective.g(x)
    return (fx, dot(gval, pk))
  }
  if let step, case .convergence = outcome { return (step, value, gval) }
  // SciPy's fallback: the bracketing-and-zoom search.
  var lastGradient: Vector?
  let second = scalarSearchWolfe2(
    phi: { alpha in objective.f(xk + alpha * pk) },
    derphi: { alpha in
      let g = objective.g(xk + alpha * pk)
      lastGradient = g
      return dot(g, pk)
    }, phi0: oldFval, oldPhi0: oldOldFval, derphi0: derphi0, c1: c1, c2: c2, amax: amax)
  guard let alpha = second.alpha, let fval = second.phi else { return nil }
  return (alpha, fval, second.derphi == nil ? nil : lastGradient)
}
