// `quad`: SciPy's `scipy.integrate.quad` for an ordinary integrand — QUADPACK's
// QAGS on a finite interval and QAGI on an infinite one, with SciPy's defaults
// (epsabs = epsrel = 1.49e-8, limit = 50), its flip of reversed limits, its
// shortcut for a == b, and its messages when the routine did not converge.

/// The outcome of `quad` or `dblquad`: the integral, its error estimate and the
/// cost (SciPy's `quad(…, full_output=True)`: `y`, `abserr`, `infodict["neval"]`,
/// `infodict["last"]`, and the warning text as `message`).
public struct QuadResult: Sendable, Equatable, CustomStringConvertible {
  /// The estimate of the integral.
  public let value: Double
  /// QUADPACK's estimate of |integral − value| (usually pessimistic).
  public let abserr: Double
  /// The number of integrand evaluations.
  public let neval: Int
  /// The number of subintervals of the final partition (SciPy's `infodict["last"]`).
  public let subintervals: Int
  /// QUADPACK's `ier`: 0 when the requested accuracy is believed met; 1–5 otherwise.
  public let ier: Int
  /// SciPy's `IntegrationWarning` text when `ier` ≠ 0 (the value may still be usable).
  public let message: String?

  /// Whether QUADPACK believes the requested accuracy was met (`ier == 0`).
  public var converged: Bool { ier == 0 }

  init(value: Double, abserr: Double, neval: Int, subintervals: Int, ier: Int, limit: Int) {
    self.value = unsignedNaN(value)
    self.abserr = unsignedNaN(abserr)
    self.neval = neval
    self.subintervals = subintervals
    self.ier = ier
    self.message = ier == 0 ? nil : quadMessage(ier, limit: limit)
  }

  init(value: Double, abserr: Double, neval: Int, subintervals: Int, ier: Int, message: String?) {
    self.value = unsignedNaN(value)
    self.abserr = unsignedNaN(abserr)
    self.neval = neval
    self.subintervals = subintervals
    self.ier = ier
    self.message = message
  }

  public var description: String {
    var fields = [
      ("value", "\(value)"), ("abserr", "\(abserr)"), ("neval", "\(neval)"), ("converged", "\(converged)"),
    ]
    if let message { fields.append(("message", message.replacingOccurrences(of: "\n  ", with: " "))) }
    return resultReport(fields)
  }
}

/// SciPy's warning for QUADPACK's `ier`.
func quadMessage(_ ier: Int, limit: Int) -> String {
  switch ier {
  case 1:
    "The maximum number of subdivisions (\(limit)) has been achieved.\n  If increasing the limit yields no improvement it is advised to analyze \n  the integrand in order to determine the difficulties.  If the position of a \n  local difficulty can be determined (singularity, discontinuity) one will \n  probably gain from splitting up the interval and calling the integrator \n  on the subranges.  Perhaps a special-purpose integrator should be used."
  case 2:
    "The occurrence of roundoff error is detected, which prevents \n  the requested tolerance from being achieved.  The error may be \n  underestimated."
  case 3: "Extremely bad integrand behavior occurs at some points of the\n  integration interval."
  case 4:
    "The algorithm does not converge.  Roundoff error is detected\n  in the extrapolation table.  It is assumed that the requested tolerance\n  cannot be achieved, and that the returned result (if full_output = 1) is \n  the best which can be obtained."
  case 5: "The integral is probably divergent, or slowly convergent."
  default: "The input is invalid."
  }
}

/// Throws SciPy's `ValueError`s for a `limit` or tolerances QUADPACK refuses.
func checkQuadArguments(_ function: String, epsabs: Double, epsrel: Double, limit: Int) throws {
  if limit < 1 {
    throw CalculusError(
      function: function, reason: "Invalid 'limit' argument. There must be at least one subinterval")
  }
  if epsabs <= 0 && !(epsrel >= Swift.max(50 * Double.ulpOfOne, 5e-29)) {
    throw CalculusError(
      function: function,
      reason: "If 'epsabs'<=0, 'epsrel' must be greater than both 5e-29 and 50*(machine epsilon).")
  }
}

/// ∫ₐᵇ f(x) dx by adaptive Gauss–Kronrod quadrature (SciPy's `scipy.integrate.quad`).
///
/// On a finite interval this is QUADPACK's QAGS: the 21-point Gauss–Kronrod rule
/// on each subinterval, bisection of the subinterval with the largest error
/// estimate (the global error list), and Wynn's epsilon extrapolation of the
/// partial sums, which handles integrable end-point singularities such as
/// ∫₀¹ log x dx. An infinite limit uses QAGI: x = a + (1 − t)/t (or its mirror;
/// both halves folded together on (−∞, ∞)) maps the range onto (0, 1], where the
/// 15-point rule integrates f(x(t))/t². The port is statement for statement,
/// so values and `abserr` agree with SciPy's to rounding.
///
/// - Parameters:
///   - f: the integrand, called only inside (a, b) (never at an end point).
///   - a, b: the limits; either may be ±∞; b < a gives −∫ᵇₐ; a == b gives 0.
///   - epsabs, epsrel: the goal |I − value| ≤ max(epsabs, epsrel·|I|).
///   - limit: the most subintervals (SciPy's 50).
/// - Returns: a `QuadResult`. When QUADPACK did not meet the goal, `converged` is
///   false and `message` holds SciPy's warning text, as SciPy warns and returns.
///   A NaN limit gives NaN, as in SciPy.
/// - Throws: `CalculusError` where SciPy raises `ValueError`: `limit < 1`, or
///   `epsabs ≤ 0` with `epsrel < max(50·eps, 5e-29)`.
public func quad(
  _ f: (Double) -> Double, _ a: Double, _ b: Double, epsabs: Double = 1.49e-8, epsrel: Double = 1.49e-8,
  limit: Int = 50
) throws -> QuadResult {
  try checkQuadArguments("quad", epsabs: epsabs, epsrel: epsrel, limit: limit)
  return quadCore(f, a, b, epsabs: epsabs, epsrel: epsrel, limit: limit)
}

/// `quad` after its arguments were checked.
func quadCore(_ f: (Double) -> Double, _ a: Double, _ b: Double, epsabs: Double, epsrel: Double, limit: Int)
  -> QuadResult
{
  if a.isNaN || b.isNaN {
    return QuadResult(value: .nan, abserr: .nan, neval: 0, subintervals: 0, ier: 0, message: nil)
  }
  if a == b { return QuadResult(value: 0, abserr: 0, neval: 0, subintervals: 0, ier: 0, message: nil) }
  let flip = b < a
  let (lo, hi) = flip ? (b, a) : (a, b)
  let outcome: AdaptiveOutcome
  let neval: Int
  if lo.isFinite && hi.isFinite {
    outcome = adaptiveQuadrature(
      { GaussKronrod.rule21(f, $0, $1) }, lo, hi, epsabs: epsabs, epsrel: epsrel, limit: limit)
    neval = 42 * outcome.last - 21
  } else {
    let inf: Int
    let bound: Double
    if lo.isFinite {
      (inf, bound) = (1, lo)
    } else if hi.isFinite {
      (inf, bound) = (-1, hi)
    } else {
      (inf, bound) = (2, 0)
    }
    outcome = adaptiveQuadrature(
      { GaussKronrod.rule15Infinite(f, bound: bound, inf: inf, $0, $1) }, 0, 1, epsabs: epsabs, epsrel: epsrel,
      limit: limit)
    neval = (30 * outcome.last - 15) * (inf == 2 ? 2 : 1)
  }
  return QuadResult(
    value: flip ? -outcome.result : outcome.result, abserr: outcome.abserr, neval: neval,
    subintervals: outcome.last, ier: outcome.ier, limit: limit)
}

/// ∫ₐᵇ ∫_{g(x)}^{h(x)} f(y, x) dy dx by nested `quad` (SciPy's `scipy.integrate.dblquad`).
///
/// As in SciPy the integrand takes the *inner* variable first, `f(y, x)`, and the
/// inner limits are functions of the outer variable. Each inner integral is a `quad`
/// with the same tolerances; the outer `quad` integrates their values.
///
/// - Returns: a `QuadResult` whose `abserr` is the largest error estimate of any
///   of the nested calls (as SciPy's `nquad`), `neval` counts evaluations of `f`, and
///   `message`/`ier` report the outer integral's or else the first inner warning.
/// - Throws: `CalculusError` for tolerances SciPy refuses (see `quad`).
public func dblquad(
  _ f: (Double, Double) -> Double, _ a: Double, _ b: Double, _ gfun: (Double) -> Double,
  _ hfun: (Double) -> Double, epsabs: Double = 1.49e-8, epsrel: Double = 1.49e-8
) throws -> QuadResult {
  try checkQuadArguments("dblquad", epsabs: epsabs, epsrel: epsrel, limit: 50)
  var largestError = 0.0
  var evaluations = 0
  var innerWarning: (ier: Int, message: String?)?
  let outer = quadCore(
    { x in
      let inner = quadCore({ y in f(y, x) }, gfun(x), hfun(x), epsabs: epsabs, epsrel: epsrel, limit: 50)
      largestError = Swift.max(largestError, inner.abserr)
      evaluations += inner.neval
      if inner.ier != 0 && innerWarning == nil { innerWarning = (inner.ier, inner.message) }
      return inner.value
    }, a, b, epsabs: epsabs, epsrel: epsrel, limit: 50)
  let (ier, message) = outer.ier != 0 ? (outer.ier, outer.message) : (innerWarning ?? (0, nil))
  return QuadResult(
    value: outer.value, abserr: Swift.max(largestError, outer.abserr), neval: evaluations,
    subintervals: outer.subintervals, ier: ier, message: message)
}

/// ∫ₐᵇ ∫_c^d f(y, x) dy dx over a rectangle (SciPy's `dblquad(f, a, b, c, d)` with
/// constant inner limits); see `dblquad(_:_:_:_:_:epsabs:epsrel:)`.
public func dblquad(
  _ f: (Double, Double) -> Double, _ a: Double, _ b: Double, _ c: Double, _ d: Double, epsabs: Double = 1.49e-8,
  epsrel: Double = 1.49e-8
) throws -> QuadResult {
  try dblquad(f, a, b, { _ in c }, { _ in d }, epsabs: epsabs, epsrel: epsrel)
}
