// What `minimize` and `newtonMinimize` return: SciPy's `OptimizeResult`, with the
// same field names, plus the iterates, so a lesson can draw the path a method took.

/// The outcome of `minimize` or `newtonMinimize` (SciPy's `scipy.optimize.OptimizeResult`).
///
/// ```swift
/// let r = try minimize({ p in (p[0] - 1) * (p[0] - 1) + 4 * p[1] * p[1] }, x0: [3, 1], method: .nelderMead)
/// print(r.x, r.nit, r.path.count)
/// ```
public struct OptimizeResult: Sendable, Equatable, CustomStringConvertible {
  /// The solution found, shape (n,).
  public let x: Vector
  /// The objective at `x`.
  public let fun: Double
  /// The gradient at `x` (nil for Nelder–Mead, which uses no gradient).
  public let jac: Vector?
  /// BFGS's final inverse-Hessian approximation H ≈ ∇²f(x)⁻¹, n × n (SciPy's `hess_inv`);
  /// nil for the other methods.
  public let hessInv: Matrix?
  /// Iterations taken (SciPy's `nit`).
  public let nit: Int
  /// Evaluations of the objective, finite-difference evaluations included (SciPy's `nfev`).
  public let nfev: Int
  /// Evaluations of the gradient, given or by differences (SciPy's `njev`; 0 for Nelder–Mead).
  public let njev: Int
  /// Whether the method met its convergence test.
  public let success: Bool
  /// SciPy's status code: 0 success, 1 iteration or evaluation limit, 2 line search
  /// or precision loss, 3 NaN encountered (per method, as SciPy).
  public let status: Int
  /// Why the method stopped, in SciPy's words.
  public let message: String
  /// The method's iterates: x0 first, then the point after each iteration (the best
  /// vertex, for Nelder–Mead) — SciPy's `return_all` `allvecs`. `path.count == nit + 1`,
  /// except for Nelder–Mead, whose `nit` SciPy starts at 1, so there `path.count == nit`.
  public let path: [Vector]

  init(
    x: Vector, fun: Double, jac: Vector?, hessInv: Matrix? = nil, nit: Int, nfev: Int, njev: Int, status: Int,
    message: String, path: [Vector]
  ) {
    self.x = x
    self.fun = unsignedNaN(fun)
    self.jac = jac
    self.hessInv = hessInv
    self.nit = nit
    self.nfev = nfev
    self.njev = njev
    self.success = status == 0
    self.status = status
    self.message = message
    self.path = path
  }

  /// A short report in the layout of SciPy's `OptimizeResult` repr (keys right-aligned).
  public var description: String {
    var fields: [(String, String)] = [
      ("message", message), ("success", success ? "True" : "False"), ("status", "\(status)"),
      ("fun", "\(fun)"), ("x", "\(x)"), ("nit", "\(nit)"),
    ]
    if let jac { fields.append(("jac", "\(jac)")) }
    if let hessInv { fields.append(("hess_inv", "\(hessInv)".replacingOccurrences(of: "\n", with: "\n          "))) }
    fields.append(("nfev", "\(nfev)"))
    if jac != nil { fields.append(("njev", "\(njev)")) }
    fields.append(("path", "\(path.count) points"))
    return resultReport(fields)
  }
}
