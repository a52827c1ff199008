#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// A bracketing root finder for the sample-size equations (R. P. Brent, "Algorithms for
// Minimization without Derivatives", 1973, as in SciPy's brentq).

/// The root of f in [a, b], where f(a) and f(b) differ in sign, by Brent's method (the
/// algorithm of SciPy's `brentq`), to 4ε relative plus 1e-300.
func brentRoot(_ f: (Double) -> Double, _ a: Double, _ b: Double) -> Double {
  var (xpre, xcur) = (a, b)
  var (fpre, fcur) = (f(a), f(b))
  if fpre == 0 { return xpre }
  if fcur == 0 { return xcur }
  var (xblk, fblk, spre, scur) = (0.0, 0.0, 0.0, 0.0)
  for _ in 0..<500 {
    if fpre != 0 && fcur != 0 && (fpre < 0) != (fcur < 0) {
      xblk = xpre
      fblk = fpre
      spre = xcur - xpre
      scur = spre
    }
    if abs(fblk) < abs(fcur) {
      (xpre, xcur, xblk) = (xcur, xblk, xcur)
      (fpre, fcur, fblk) = (fcur, fblk, fcur)
    }
    let tolerance = (1e-300 + 4 * Double.ulpOfOne * abs(xcur)) / 2
    let middle = (xblk - xcur) / 2
    if fcur == 0 || abs(middle) < tolerance { return xcur }
    if abs(spre) > tolerance && abs(fcur) < abs(fpre) {
      var stry: Double
      if xpre == xblk {
        stry = -fcur * (xcur - xpre) / (fcur - fpre)  // secant
      } else {
        // Inverse quadratic interpolation.
        let dpre = (fpre - fcur) / (xpre - xcur)
        let dblk = (fblk - fcur) / (xblk - xcur)
        stry = -fcur * (fblk * dblk - fpre * dpre) / (dblk * dpre * (fblk - fpre))
      }
      if 2 * abs(stry) < min(abs(spre), 3 * abs(middle) - tolerance) {
        spre = scur
        scur = stry
      } else {
        spre = middle
        scur = middle
      }
    } else {
      spre = middle
      scur = middle
    }
    xpre = xcur
    fpre = fcur
    xcur += abs(scur) > tolerance ? scur : (middle > 0 ? tolerance : -tolerance)
    fcur = f(xcur)
  }
  return xcur
}
