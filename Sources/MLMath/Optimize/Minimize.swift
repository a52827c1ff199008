// `minimize`, SciPy's front door to its local minimisers: one call, a method name,
// an optional gradient and bounds, one result type with the path of iterates.

/// A method of `minimize` (SciPy's `method=` strings).
public enum MinimizeMethod: String, Sendable, CaseIterable {
  /// SciPy's `"Nelder-Mead"`: the downhill simplex; no gradient; bounds by clipping.
  case nelderMead = "Nelder-Mead"
  /// SciPy's `"BFGS"`: quasi-Newton with a strong-Wolfe line search; no bounds.
  case bfgs = "BFGS"
  /// SciPy's `"L-BFGS-B"`: limited-memory BFGS with bounds (Byrd, Lu, Nocedal & Zhu 1995).
  case lbfgsb = "L-BFGS-B"
}

/// Minimises a scalar function of n variables from `x0` (SciPy's `scipy.optimize.minimize`).
///
/// ```swift
/// let rosen = { (p: Vector) in 100 * (p[1] - p[0] * p[0]) * (p[1] - p[0] * p[0]) + (1 - p[0]) * (1 - p[0]) }
/// let r = try minimize(rosen, x0: [-1.2, 1], method: .nelderMead)
/// print(r.x, r.nit)   // about [1. 1.] after 85 iterations, as SciPy
/// ```
///
/// The methods follow SciPy's algorithms and defaults:
/// - `.nelderMead` is SciPy's `_minimize_neldermead` step for step (non-adaptive; initial
///   simplex x0 with each coordinate moved by 5 %, or to 0.00025 if it is 0; stops when
///   every vertex is within `xatol` = 1e-4 of the best and every value within `fatol` =
///   1e-4; at most 200·n iterations and evaluations), so `x`, `fun`, `nit` and `nfev` are
///   SciPy's. Bounds clip every vertex, as SciPy does.
/// - `.bfgs` is SciPy's `_minimize_bfgs`: H₀ = I, the BFGS inverse-Hessian update, the
///   Moré–Thuente (MINPACK-2 `dcsrch`) search for a strong-Wolfe step (c1 = 1e-4,
///   c2 = 0.9), and where that search fails SciPy's second one (`line_search_wolfe2`, see
///   `lineSearch`); stopping when ‖∇f‖∞ ≤ `gtol` = 1e-5, at most 200·n iterations.
/// - `.lbfgsb` is L-BFGS-B (R. H. Byrd, P. Lu, J. Nocedal and C. Zhu, SIAM J. Sci. Comput.
///   16, 1995, with J. L. Morales and J. Nocedal's 2011 subspace step, as SciPy's version
///   3.0): the generalised Cauchy point of the limited-memory model (10 pairs) along the
///   projected gradient path, the model's minimum over the variables still free there,
///   and a Moré–Thuente search along the step. SciPy's stopping tests and defaults
///   (‖projected gradient‖∞ ≤ `gtol` = 1e-5, relative reduction of f ≤ `ftol` = 2.2e-9,
///   15 000 iterations and evaluations) and messages. Written from the papers, not ported
///   from SciPy's C; with an exact gradient it took SciPy's iterates (same `nit` and
///   `nfev`, x within 1e-10) on every test problem.
///
/// Without `jac`, gradients are SciPy's forward differences (fᵢ(x + hεᵢ) − f(x))/h, with
/// h = √eps ≈ 1.49e-8 for BFGS and 1e-8 (stepping back from a bound) for L-BFGS-B, and
/// `nfev` counts those evaluations as SciPy does. For BFGS and L-BFGS-B, `x` then agrees
/// with SciPy's to the solver tolerance rather than to every digit: iterates differ in the
/// last bits (summation order), and the difference grows while the method converges.
///
/// - Parameters:
///   - fun: the objective f: ℝⁿ → ℝ.
///   - x0: the start, shape (n,), n ≥ 1.
///   - method: SciPy's default when nil: `.bfgs` without bounds, `.lbfgsb` with them.
///   - jac: ∇f, shape (n,) (nil for forward differences; ignored by Nelder–Mead).
///   - bounds: one (min, max) pair per variable, ±infinity for none (Nelder–Mead and
///     L-BFGS-B only; x0 is clipped into the box).
///   - tol: SciPy's `tol`: Nelder–Mead's `xatol` and `fatol`, BFGS's `gtol`, L-BFGS-B's
///     `ftol` and `gtol`.
///   - maxiter: the most iterations (SciPy's per-method default when nil).
/// - Returns: an `OptimizeResult`; not converging is reported there (`success` false), not thrown.
/// - Throws: `CalculusError` for an empty `x0`, a bounds list of the wrong length, a pair
///   with min > max or NaN, bounds with `.bfgs` (SciPy warns and ignores them), a tol ≤ 0,
///   or maxiter < 1.
public func minimize(
  _ fun: @escaping (Vector) -> Double, x0: Vector, method: MinimizeMethod? = nil,
  jac: ((Vector) -> Vector)? = nil, bounds: [(Double, Double)]? = nil, tol: Double? = nil, maxiter: Int? = nil
) throws -> OptimizeResult {
  try checkStart(x0, in: "minimize")
  let chosen = method ?? (bounds == nil ? .bfgs : .lbfgsb)
  if let tol, !(tol > 0) {
    throw CalculusError(function: "minimize", reason: "tol must be positive, got \(tol)")
  }
  if let maxiter, maxiter < 1 {
    throw CalculusError(function: "minimize", reason: "maxiter must be at least 1, got \(maxiter)")
  }
  let box = try bounds.map { try checkedBounds($0, count: x0.count, in: "minimize") }
  switch chosen {
  case .nelderMead:
    return nelderMeadMinimize(
      fun, x0: x0, xatol: tol ?? 1e-4, fatol: tol ?? 1e-4, maxiter: maxiter, maxfev: nil, bounds: box)
  case .bfgs:
    if box != nil {
      throw CalculusError(
        function: "minimize", reason: "method BFGS cannot handle bounds; use method: .lbfgsb or .nelderMead")
    }
    let objective = ScalarObjective(fun, gradient: jac, absoluteStep: Double.ulpOfOne.squareRoot(), name: "minimize")
    return bfgsMinimize(objective, x0: x0, gtol: tol ?? 1e-5, maxiter: maxiter ?? 200 * x0.count)
  case .lbfgsb:
    let (lower, upper) =
      box ?? ([Double](repeating: -.infinity, count: x0.count), [Double](repeating: .infinity, count: x0.count))
    let objective = ScalarObjective(
      fun, gradient: jac, absoluteStep: 1e-8, lower: lower, upper: upper, name: "minimize")
    return lbfgsbMinimize(
      objective, x0: x0, lower: lower, upper: upper, memory: 10, ftol: tol ?? 2.220446049250313e-09,
      gtol: tol ?? 1e-5, maxiter: maxiter ?? 15000, maxfun: 15000)
  }
}
