#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Newton's method for a scalar root, and the secant method when no derivative is
// given, as SciPy's `scipy.optimize.newton` runs them (scalar `x0`): the same
// stopping test `np.isclose(p, p0, rtol=rtol, atol=tol)`, the same secant start
// x1 = x0·(1 + 1e-4) ± 1e-4, and the same iteration and call counts.

/// A root of `f` near `x0` by Newton's method, or by the secant method when
/// `fprime` is nil (SciPy's `scipy.optimize.newton`).
///
/// Newton's method converges quadratically from a good start but may wander off
/// or cycle from a bad one; there is no bracket. With `fprime2` as well it is
/// Halley's method (cubic convergence).
///
/// - Parameters:
///   - f: the function whose zero is sought.
///   - x0: the starting point.
///   - fprime: f′, for Newton's method; nil for the secant method.
///   - fprime2: f″, for Halley's method (used only with `fprime`).
///   - x1: the secant method's second starting point (default x0·(1 + 1e-4) ± 1e-4).
///   - tol, rtol: stop when |xₙ₊₁ − xₙ| ≤ tol + rtol·|xₙ| (SciPy's 1.48e-8 and 0).
///   - maxiter: at most this many iterations (SciPy's 50).
///   - disp: when true (SciPy's default), a zero derivative, a stalled secant or
///     `maxiter` iterations without convergence throw; when false the result says
///     `converged: false`.
/// - Returns: a `RootResult` with SciPy's counts (`method` is `newton`, `secant` or `halley`).
/// - Throws: `CalculusError` where SciPy raises: `tol ≤ 0`, `maxiter < 1`, `x1 == x0`,
///   and (with `disp`) `Derivative was zero.` or `Failed to converge after n iterations, value is x.`
public func newton(
  _ f: (Double) -> Double, _ x0: Double, fprime: ((Double) -> Double)? = nil,
  fprime2: ((Double) -> Double)? = nil, x1: Double? = nil, tol: Double = 1.48e-8, rtol: Double = 0,
  maxiter: Int = 50, disp: Bool = true
) throws -> RootResult {
  if !(tol > 0) { throw CalculusError(function: "newton", reason: "tol too small (\(tol) <= 0)") }
  if maxiter < 1 { throw CalculusError(function: "newton", reason: "maxiter must be greater than 0") }
  func close(_ p: Double, _ p0: Double) -> Bool { p == p0 || abs(p - p0) <= tol + rtol * abs(p0) }
  var calls = 0
  var p = x0
  if let fprime {
    var method = "newton"
    var p0 = x0
    for iteration in 0..<maxiter {
      let fval = f(p0)
      calls += 1
      if fval == 0 {
        return RootResult(root: p0, iterations: iteration, functionCalls: calls, converged: true, method: method)
      }
      let fder = fprime(p0)
      calls += 1
      if fder == 0 {
        if disp {
          throw CalculusError(
            function: "newton",
            reason: "Derivative was zero. Failed to converge after \(iteration + 1) iterations, value is \(p0).")
        }
        return RootResult(root: p0, iterations: iteration + 1, functionCalls: calls, converged: false, method: method)
      }
      var step = fval / fder
      if let fprime2 {
        let fder2 = fprime2(p0)
        calls += 1
        method = "halley"
        // Halley's correction, only while it keeps the step's direction.
        let adjustment = step * fder2 / fder / 2
        if abs(adjustment) < 1 { step /= 1 - adjustment }
      }
      p = p0 - step
      if close(p, p0) {
        return RootResult(root: p, iterations: iteration + 1, functionCalls: calls, converged: true, method: method)
      }
      p0 = p
    }
    if disp { throw convergenceError("newton", iterations: maxiter, value: p) }
    return RootResult(root: p, iterations: maxiter, functionCalls: calls, converged: false, method: method)
  }
  var p0 = x0
  var p1: Double
  if let x1 {
    if x1 == x0 { throw CalculusError(function: "newton", reason: "x1 and x0 must be different") }
    p1 = x1
  } else {
    let eps = 1e-4
    p1 = x0 * (1 + eps)
    p1 += p1 >= 0 ? eps : -eps
  }
  var q0 = f(p0)
  var q1 = f(p1)
  calls = 2
  if abs(q1) < abs(q0) { (p0, p1, q0, q1) = (p1, p0, q1, q0) }
  for iteration in 0..<maxiter {
    if q1 == q0 {
      if p1 != p0 && disp {
        throw CalculusError(
          function: "newton",
          reason:
            "Tolerance of \(p1 - p0) reached. Failed to converge after \(iteration + 1) iterations, value is \(p1).")
      }
      return RootResult(
        root: (p1 + p0) / 2, iterations: iteration + 1, functionCalls: calls, converged: false, method: "secant")
    }
    if abs(q1) > abs(q0) {
      p = (-q0 / q1 * p1 + p0) / (1 - q0 / q1)
    } else {
      p = (-q1 / q0 * p0 + p1) / (1 - q1 / q0)
    }
    if close(p, p1) {
      return RootResult(root: p, iterations: iteration + 1, functionCalls: calls, converged: true, method: "secant")
    }
    (p0, q0) = (p1, q1)
    p1 = p
    q1 = f(p1)
    calls += 1
  }
  if disp { throw convergenceError("newton", iterations: maxiter, value: p) }
  return RootResult(root: p, iterations: maxiter, functionCalls: calls, converged: false, method: "secant")
}
