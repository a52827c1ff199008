#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The derivative of a function at a point, by central differences extrapolated
// to step 0 (Ridders' method). The result has the fields of SciPy's
// `scipy.differentiate.derivative` (SciPy ≥ 1.15): `df`, `error`, `success`,
// `status`, `nfev`, `nit`; the algorithm is Ridders', not SciPy's.

/// The outcome of `derivative` (the fields of SciPy's `scipy.differentiate.derivative` result).
public struct DerivativeResult: Sendable, Equatable, CustomStringConvertible {
  /// The estimate of the derivative.
  public let df: Double
  /// An estimate of |df − true derivative|: the last change in the extrapolation tableau.
  public let error: Double
  /// Whether `error ≤ atol + rtol·|df|` (`status == 0`).
  public var success: Bool { status == 0 }
  /// 0: converged; −1: the error estimate grew (roundoff) before reaching the tolerance;
  /// −2: `maxiter` steps without reaching it; −3: a non-finite value was met (SciPy's codes).
  public let status: Int
  /// The number of evaluations of f.
  public let nfev: Int
  /// The number of step sizes tried.
  public let nit: Int

  public var description: String {
    resultReport([
      ("success", "\(success)"), ("status", "\(status)"), ("df", "\(df)"), ("error", "\(error)"),
      ("nit", "\(nit)"), ("nfev", "\(nfev)"),
    ])
  }
}

/// The n-th derivative of `f` at `x` by central differences with Richardson
/// extrapolation (Ridders' method), with an error estimate
/// (the result has SciPy's `scipy.differentiate.derivative` fields).
///
/// The n-th central difference with its points spread over [x − h, x + h],
/// Dₙ(h) = Σₖ (−1)ᵏ C(n, k) f(x + (n/2 − k)·2h/n) / (2h/n)ⁿ = f⁽ⁿ⁾(x) + c₁h² + c₂h⁴ + …,
/// is taken for h, h/1.4, h/1.4², …, and Neville's tableau removes the h² terms.
/// On smooth functions the estimate reaches about 12 digits for n = 1, 10 for n = 2,
/// 9 for n = 3 and 7 for n = 4 (the tests' worst cases); the reported `error` is the
/// tableau's own estimate. SciPy's `order` is the accuracy
/// order of its stencil; here `order` is the order n of the derivative.
///
/// - Parameters:
///   - f: a function smooth on [x − h, x + h].
///   - x: the point.
///   - step: the initial h (default 0.1·max(1, |x|/1000): small enough for a function
///     that varies on a scale of 1 far from 0, large enough that x ± h is not x rounded);
///     f is never evaluated farther than h from x. A step that reaches a NaN or ±∞
///     (outside f's domain) is halved until f is finite.
///   - order: the order n ≥ 1 of the derivative.
///   - atol, rtol: `success` means error ≤ atol + rtol·|df| (SciPy's rtol default √eps).
///   - maxiter: the most step sizes (10, as SciPy's default).
/// - Stops (`failure`) for order < 1, maxiter < 1, or a step that is not positive and finite.
public func derivative(
  _ f: (Double) -> Double, at x: Double, step: Double? = nil, order: Int = 1, atol: Double = 0,
  rtol: Double = Double.ulpOfOne.squareRoot(), maxiter: Int = 10
) -> DerivativeResult {
  if order < 1 { failure("derivative: order must be >= 1 (the order of the derivative), got \(order)") }
  if maxiter < 1 { failure("derivative: maxiter must be >= 1, got \(maxiter)") }
  let h0 = step ?? defaultStep(x)
  if !(h0 > 0 && h0.isFinite) { failure("derivative: step must be positive and finite, got \(h0)") }
  let weights = centralDifferenceWeights(order)
  var nfev = 0
  let outcome = richardson(step: h0, maxiter: maxiter, atol: atol, rtol: rtol, components: 1) { h in
    let spacing = 2 * h / Double(order)
    var total = 0.0
    for k in 0...order {
      total += weights[k] * f(x + (Double(order) / 2 - Double(k)) * spacing)
    }
    nfev += order + 1
    return [total / pow(spacing, Double(order))]
  }
  return DerivativeResult(
    df: unsignedNaN(outcome.value[0]), error: unsignedNaN(outcome.error[0]), status: outcome.status[0], nfev: nfev,
    nit: outcome.iterations)
}

/// The default initial step at x: 0.1, growing with |x| past 1000 so that x ± h stays
/// many ulps away from x.
func defaultStep(_ x: Double) -> Double { 0.1 * Swift.max(1, abs(x) / 1000) }
