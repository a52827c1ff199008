#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Bisection: halve a bracket [a, b] with f(a)·f(b) < 0 until it is shorter than
// the tolerance — SciPy's `scipy.optimize.bisect` (its C routine `bisect.c`),
// step for step, so iteration and call counts agree with SciPy's `full_output`.

/// A root of `f` in `[a, b]` by bisection (SciPy's `scipy.optimize.bisect`).
///
/// Each iteration halves the bracket, so the root is found to `xtol + rtol·|x|`
/// after about log₂(|b − a| / xtol) iterations, whatever `f` looks like.
///
/// - Parameters:
///   - f: a continuous function with f(a) and f(b) of opposite signs (or one of them 0).
///   - a, b: the bracket (either order).
///   - xtol, rtol: the root is accepted once the half-bracket is below
///     `xtol + rtol·|x|`; `xtol > 0`, `rtol ≥ 4·eps` (SciPy's defaults and limits).
///   - maxiter: at most this many halvings.
///   - disp: when true (SciPy's default), not converging within `maxiter` throws;
///     when false, the result says `converged: false`.
/// - Returns: a `RootResult` (root, iterations, function calls, flag), as SciPy's
///   `bisect(…, full_output=True)[1]`.
/// - Throws: `CalculusError` where SciPy raises: f(a) and f(b) of the same sign
///   (the message names both ends and values), a NaN function value, tolerances
///   out of range, and (with `disp`) no convergence.
public func bisect(
  _ f: (Double) -> Double, _ a: Double, _ b: Double, xtol: Double = 2e-12, rtol: Double = 4 * Double.ulpOfOne,
  maxiter: Int = 100, disp: Bool = true
) throws -> RootResult {
  try checkBracketTolerances("bisect", xtol: xtol, rtol: rtol, maxiter: maxiter)
  var xa = a
  let fa = try checkedValue(f, a, in: "bisect")
  let fb = try checkedValue(f, b, in: "bisect")
  var calls = 2
  if fa * fb > 0 { throw signError("bisect", a, fa, b, fb) }
  // SciPy reports one iteration when an end is already a root.
  if fa == 0 { return RootResult(root: a, iterations: 1, functionCalls: calls, converged: true, method: "bisect") }
  if fb == 0 { return RootResult(root: b, iterations: 1, functionCalls: calls, converged: true, method: "bisect") }
  var dm = b - a
  var iterations = 0
  for _ in 0..<maxiter {
    iterations += 1
    dm *= 0.5
    let xm = xa + dm
    let fm = try checkedValue(f, xm, in: "bisect")
    calls += 1
    if fm * fa >= 0 { xa = xm }
    if fm == 0 || abs(dm) < xtol + rtol * abs(xm) {
      return RootResult(root: xm, iterations: iterations, functionCalls: calls, converged: true, method: "bisect")
    }
  }
  if disp { throw convergenceError("bisect", iterations: iterations, value: xa) }
  return RootResult(root: xa, iterations: iterations, functionCalls: calls, converged: false, method: "bisect")
}
