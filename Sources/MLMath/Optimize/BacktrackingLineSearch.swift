// Backtracking line search with Armijo's sufficient-decrease condition (L. Armijo,
// Pacific J. Math. 16, 1966; Nocedal & Wright, Algorithm 3.1): shrink the step until
// f falls by at least a fraction c of what the slope promises.

/// The step a backtracking line search accepted.
public struct LineSearchResult: Sendable, Equatable, CustomStringConvertible {
  /// The accepted step length α.
  public let alpha: Double
  /// The new point x + α·p.
  public let x: Vector
  /// f(x + α·p).
  public let fun: Double
  /// Evaluations of f made by the search.
  public let nfev: Int
  /// Whether Armijo's condition held (false when `maxiter` halvings did not reach it).
  public let success: Bool

  /// A short report: alpha, x, fun, nfev, success.
  public var description: String {
    resultReport([
      ("alpha", "\(alpha)"), ("x", "\(x)"), ("fun", "\(fun)"), ("nfev", "\(nfev)"),
      ("success", success ? "True" : "False"),
    ])
  }
}

/// A step α along a descent direction p from x with f(x + αp) ≤ f(x) + c·α·∇f(x)ᵀp
/// (Armijo's condition), trying α = α₀, ρα₀, ρ²α₀, … (Nocedal & Wright, Algorithm 3.1).
///
/// - Parameters:
///   - f: the objective.
///   - x: the current point, shape (n,).
///   - direction: p, shape (n,), with ∇f(x)ᵀp < 0.
///   - gradient: ∇f(x), shape (n,).
///   - alpha0: the first step tried (1, the Newton step's natural length).
///   - rho: the shrink factor, in (0, 1) (½).
///   - c: the sufficient-decrease fraction, in (0, 1) (1e-4).
///   - maxiter: the most trials (50).
/// - Returns: a `LineSearchResult`; `success` false (with the last, smallest step) when no
///   trial met the condition.
/// - Throws: `CalculusError` when p is not a descent direction (∇f(x)ᵀp ≥ 0), the shapes
///   differ, or α₀ ≤ 0, ρ or c outside (0, 1), maxiter < 1.
public func backtrackingLineSearch(
  _ f: (Vector) -> Double, x: Vector, direction: Vector, gradient: Vector, alpha0: Double = 1, rho: Double = 0.5,
  c: Double = 1e-4, maxiter: Int = 50
) throws -> LineSearchResult {
  let name = "backtrackingLineSearch"
  try checkStart(x, in: name)
  if direction.count != x.count || gradient.count != x.count {
    throw CalculusError(
      function: name,
      reason:
        "x, direction and gradient must have one shape; got \(shapeText(x.count)), \(shapeText(direction.count)), \(shapeText(gradient.count))"
    )
  }
  if !(alpha0 > 0) { throw CalculusError(function: name, reason: "alpha0 must be positive, got \(alpha0)") }
  if !(rho > 0 && rho < 1) { throw CalculusError(function: name, reason: "rho must be in (0, 1), got \(rho)") }
  if !(c > 0 && c < 1) { throw CalculusError(function: name, reason: "c must be in (0, 1), got \(c)") }
  if maxiter < 1 { throw CalculusError(function: name, reason: "maxiter must be at least 1, got \(maxiter)") }
  let slope = dot(gradient, direction)
  if !(slope < 0) {
    throw CalculusError(
      function: name, reason: "direction is not a descent direction (gradient·direction = \(slope), must be < 0)")
  }
  let f0 = f(x)
  var nfev = 1
  var alpha = alpha0
  var trial = x + alpha * direction
  var value = f(trial)
  nfev += 1
  var iterations = 1
  while !(value <= f0 + c * alpha * slope) && iterations < maxiter {
    alpha *= rho
    trial = x + alpha * direction
    value = f(trial)
    nfev += 1
    iterations += 1
  }
  return LineSearchResult(
    alpha: alpha, x: trial, fun: unsignedNaN(value), nfev: nfev, success: value <= f0 + c * alpha * slope)
}
