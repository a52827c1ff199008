// Newton's method for a minimum: solve H(x)·p = −∇f(x) and step to x + p, which
// converges quadratically near a minimum with a positive definite Hessian. Pure steps,
// no line search, so a lesson sees the method itself (and its failures far from a minimum).

/// A stationary point of `f` by Newton's method (Nocedal & Wright, *Numerical
/// Optimization*, §3.3; in the role of SciPy's `minimize(method="Newton-CG")` with a
/// Hessian, but with exact solves H·p = −g and full steps).
///
/// Without `gradient` or `hessian`, they are MLMath's extrapolated central differences
/// (`gradient(_:at:)`, about 12 digits, and `hessian(_:at:)`, about 9 digits).
///
/// - Parameters:
///   - f: the objective f: ℝⁿ → ℝ.
///   - x0: the start, shape (n,), n ≥ 1.
///   - gradient: ∇f, shape (n,), or nil for differences.
///   - hessian: ∇²f, an n × n `Matrix`, or nil for differences.
///   - gtol: converged when ‖∇f(x)‖∞ ≤ gtol (default 1e-8).
///   - maxiter: the most Newton steps (default 50).
/// - Returns: an `OptimizeResult` (`njev` counts gradients, `nfev` calls of f for the
///   reported values and differences); a singular Hessian or a non-finite value stops it
///   with status 2 or 3. Newton's method finds saddle points and maxima too: check `fun`.
/// - Throws: `CalculusError` for an empty x0, gtol ≤ 0 or maxiter < 1.
public func newtonMinimize(
  _ f: @escaping (Vector) -> Double, x0: Vector, gradient grad: ((Vector) -> Vector)? = nil,
  hessian hess: ((Vector) -> Matrix)? = nil, gtol: Double = 1e-8, maxiter: Int = 50
) throws -> OptimizeResult {
  try checkStart(x0, in: "newtonMinimize")
  if !(gtol > 0) { throw CalculusError(function: "newtonMinimize", reason: "gtol must be positive, got \(gtol)") }
  if maxiter < 1 {
    throw CalculusError(function: "newtonMinimize", reason: "maxiter must be at least 1, got \(maxiter)")
  }
  let n = x0.count
  var nfev = 0
  var njev = 0
  let counted: (Vector) -> Double = { x in
    nfev += 1
    return f(x)
  }
  func g(_ x: Vector) -> Vector {
    njev += 1
    let value = grad.map { $0(x) } ?? gradient(counted, at: x)
    if value.count != n {
      failure("newtonMinimize: gradient returned shape \(shapeText(value.count)), expected \(shapeText(n)) like x0")
    }
    return value
  }
  func h(_ x: Vector) -> Matrix {
    let value = hess.map { $0(x) } ?? hessian(counted, at: x)
    if value.rows != n || value.columns != n {
      failure(
        "newtonMinimize: hessian returned shape \(shapeText(value.rows, value.columns)), expected \(shapeText(n, n))")
    }
    return value
  }
  var x = x0
  var gx = g(x)
  var path = [x]
  var k = 0
  var status = 0
  var message = OptimizeMessages.success
  while true {
    let gnorm = infinityNorm(gx)
    if gnorm.isNaN {
      (status, message) = (3, OptimizeMessages.nan)
      break
    }
    if gnorm <= gtol { break }
    if k >= maxiter {
      (status, message) = (1, OptimizeMessages.maxiter)
      break
    }
    guard let p = try? solve(h(x), -gx), p.elements.allSatisfy(\.isFinite) else {
      (status, message) = (2, "The Hessian is singular or not finite at x; the Newton step is undefined.")
      break
    }
    x = x + p
    gx = g(x)
    k += 1
    path.append(x)
  }
  let fx = counted(x)
  if fx.isNaN && status == 0 { (status, message) = (3, OptimizeMessages.nan) }
  return OptimizeResult(
    x: x, fun: fx, jac: gx, nit: k, nfev: nfev, njev: njev, status: status, message: message, path: path)
}
