#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Brent's method (R. P. Brent, "Algorithms for Minimization without Derivatives",
// 1973, ch. 4) as SciPy's `scipy.optimize.brentq` runs it (its C routine `brentq.c`):
// inverse quadratic interpolation or a secant step when it stays well inside the
// bracket, bisection otherwise — the bracket's guarantee with a superlinear rate.

/// A root of `f` in `[a, b]` by Brent's method (SciPy's `scipy.optimize.brentq`).
///
/// The method keeps a bracket with a sign change, so it always converges, and on
/// a smooth function it takes interpolation steps that converge superlinearly —
/// SciPy's recommended scalar root finder.
///
/// - Parameters:
///   - f: a continuous function with f(a) and f(b) of opposite signs (or one of them 0).
///   - a, b: the bracket.
///   - xtol, rtol: the root is accepted within `(xtol + rtol·|x|)/2` of a sign change;
///     `xtol > 0`, `rtol ≥ 4·eps` (SciPy's defaults 2e-12 and 4·eps).
///   - maxiter: at most this many iterations (SciPy's 100).
///   - disp: when true (SciPy's default), not converging throws; when false the
///     result says `converged: false`.
/// - Returns: a `RootResult` whose iteration and call counts are SciPy's.
/// - Throws: `CalculusError` where SciPy raises `ValueError`: f(a) and f(b) of the
///   same sign (`brentq: f(a) and f(b) must have different signs (f(0.0) = 1.0, f(1.0) = 2.0)`),
///   a NaN function value, tolerances out of range; and (with `disp`) no convergence.
public func brentq(
  _ f: (Double) -> Double, _ a: Double, _ b: Double, xtol: Double = 2e-12, rtol: Double = 4 * Double.ulpOfOne,
  maxiter: Int = 100, disp: Bool = true
) throws -> RootResult {
  try checkBracketTolerances("brentq", xtol: xtol, rtol: rtol, maxiter: maxiter)
  var xpre = a
  var xcur = b
  var xblk = 0.0
  var fblk = 0.0
  var spre = 0.0
  var scur = 0.0
  var fpre = try checkedValue(f, xpre, in: "brentq")
  var fcur = try checkedValue(f, xcur, in: "brentq")
  var calls = 2
  // SciPy reports one iteration when an end is already a root.
  if fpre == 0 { return RootResult(root: xpre, iterations: 1, functionCalls: calls, converged: true, method: "brentq") }
  if fcur == 0 { return RootResult(root: xcur, iterations: 1, functionCalls: calls, converged: true, method: "brentq") }
  if fpre.sign == fcur.sign { throw signError("brentq", a, fpre, b, fcur) }
  var iterations = 0
  for _ in 0..<maxiter {
    iterations += 1
    if fpre != 0 && fcur != 0 && fpre.sign != fcur.sign {
      xblk = xpre
      fblk = fpre
      spre = xcur - xpre
      scur = spre
    }
    if abs(fblk) < abs(fcur) {
      (xpre, xcur, xblk) = (xcur, xblk, xcur)
      (fpre, fcur, fblk) = (fcur, fblk, fcur)
    }
    // The tolerance is 2·delta.
    let delta = (xtol + rtol * abs(xcur)) / 2
    let sbis = (xblk - xcur) / 2
    if fcur == 0 || abs(sbis) < delta {
      return RootResult(root: xcur, iterations: iterations, functionCalls: calls, converged: true, method: "brentq")
    }
    if abs(spre) > delta && abs(fcur) < abs(fpre) {
      let stry: Double
      if xpre == xblk {
        stry = -fcur * (xcur - xpre) / (fcur - fpre)  // secant
      } else {
        let dpre = (fpre - fcur) / (xpre - xcur)  // inverse quadratic
        let dblk = (fblk - fcur) / (xblk - xcur)
        stry = -fcur * (fblk * dblk - fpre * dpre) / (dblk * dpre * (fblk - fpre))
      }
      if 2 * abs(stry) < Swift.min(abs(spre), 3 * abs(sbis) - delta) {
        spre = scur  // a good short step
        scur = stry
      } else {
        spre = sbis
        scur = sbis
      }
    } else {
      spre = sbis
      scur = sbis
    }
    xpre = xcur
    fpre = fcur
    xcur += abs(scur) > delta ? scur : (sbis > 0 ? delta : -delta)
    fcur = try checkedValue(f, xcur, in: "brentq")
    calls += 1
  }
  if disp { throw convergenceError("brentq", iterations: iterations, value: xcur) }
  return RootResult(root: xcur, iterations: iterations, functionCalls: calls, converged: false, method: "brentq")
}
