// L-BFGS-B (R. H. Byrd, P. Lu, J. Nocedal and C. Zhu, SIAM J. Sci. Comput. 16, 1995;
// C. Zhu et al., ACM TOMS 23, 1997): each iteration finds the generalised Cauchy point of
// the limited-memory quadratic model along the projected gradient path, minimises the model
// over the variables still free there, and searches along the step to that point with the
// Moré–Thuente line search (ftol 1e-3, gtol 0.9, xtol 0.1, as the Fortran's `lnsrlb`).
// Written from the papers with SciPy's stopping tests and defaults, not ported from SciPy's
// C; with an exact gradient its iterates and counts agreed with SciPy's on every test problem.

/// L-BFGS-B; stops when ‖projected gradient‖∞ ≤ `gtol`, or when
/// (f_k − f_{k+1}) / max(|f_k|, |f_{k+1}|, 1) ≤ `ftol`.
func lbfgsbMinimize(
  _ objective: ScalarObjective, x0: Vector, lower: [Double], upper: [Double], memory: Int, ftol: Double,
  gtol: Double, maxiter: Int, maxfun: Int
) -> OptimizeResult {
  let n = x0.count
  func clip(_ v: [Double]) -> [Double] { (0..<n).map { Swift.min(Swift.max(v[$0], lower[$0]), upper[$0]) } }
  let constrained = (0..<n).contains { lower[$0].isFinite || upper[$0].isFinite }
  let boxed = (0..<n).allSatisfy { lower[$0].isFinite && upper[$0].isFinite }
  var x = Vector(clip(x0.elements))
  var f = objective.f(x)
  var g = objective.g(x)
  var pairs: [(s: [Double], y: [Double])] = []
  var theta = 1.0
  var path = [x]
  var k = 0
  var status = 0
  var message = ""
  /// L-BFGS-B's `projgr`: ‖P(x − g) − x‖∞.
  func projectedGradientNorm(_ x: Vector, _ g: Vector) -> Double {
    var norm = 0.0
    for i in 0..<n {
      let gi = g.elements[i]
      if gi.isNaN { return .nan }
      let p = gi < 0 ? Swift.max(x.elements[i] - upper[i], gi) : Swift.min(x.elements[i] - lower[i], gi)
      norm = Swift.max(norm, abs(p))
    }
    return norm
  }
  if !f.isFinite {
    return OptimizeResult(
      x: x, fun: f, jac: g, nit: 0, nfev: objective.nfev, njev: objective.njev, status: 2,
      message: "ABNORMAL: the objective is not finite at x0", path: path)
  }
  if projectedGradientNorm(x, g) <= gtol {
    return OptimizeResult(
      x: x, fun: f, jac: g, nit: 0, nfev: objective.nfev, njev: objective.njev, status: 0,
      message: "CONVERGENCE: NORM OF PROJECTED GRADIENT <= PGTOL", path: path)
  }
  iterations: while true {
    if k >= maxiter {
      (status, message) = (1, "STOP: TOTAL NO. OF ITERATIONS REACHED LIMIT")
      break
    }
    if objective.nfev >= maxfun {
      (status, message) = (1, "STOP: TOTAL NO. OF F,G EVALUATIONS EXCEEDS LIMIT")
      break
    }
    var accepted: (value: Double, gradient: Vector, point: Vector)?
    for _ in 0..<2 {
      guard let model = CompactLBFGS(pairs: pairs, theta: theta, n: n) else {
        (pairs, theta) = ([], 1)
        continue
      }
      let (cauchy, c) = model.cauchyPoint(x: x.elements, g: g.elements, lower: lower, upper: upper)
      let target = model.subspaceMinimum(
        x: x.elements, g: g.elements, cauchy: cauchy, c: c, lower: lower, upper: upper)
      let d = Vector((0..<n).map { target[$0] - x.elements[$0] })
      let slope = dot(g, d)
      if !(slope < 0) {
        // Not a descent direction (rounding in the model): forget the memory, as L-BFGS-B.
        if pairs.isEmpty { break }
        (pairs, theta) = ([], 1)
        continue
      }
      // The longest feasible step along d (`lnsrlb`'s stpmx); 1 on a first constrained iteration.
      var stpmax = 1e10
      if constrained {
        if k == 0 {
          stpmax = 1
        } else {
          for i in 0..<n {
            let di = d.elements[i]
            if di < 0 && lower[i].isFinite {
              let room = lower[i] - x.elements[i]
              if room >= 0 { stpmax = 0 } else if room > di * stpmax { stpmax = room / di }
            } else if di > 0 && upper[i].isFinite {
              let room = upper[i] - x.elements[i]
              if room <= 0 { stpmax = 0 } else if room < di * stpmax { stpmax = room / di }
            }
          }
        }
      }
      let dnorm = norm(d)
      let stp0 = k == 0 && !boxed ? Swift.min(1 / dnorm, stpmax) : 1
      var lastGradient = g
      var lastPoint = x
      let search = MoreThuenteSearch(ftol: 1e-3, gtol: 0.9, xtol: 0.1, stpmin: 0, stpmax: stpmax)
      let (step, value, outcome) = search.run(alpha1: stp0, phi0: f, derphi0: slope, maxiter: 20) { t in
        lastPoint = t == 1 ? Vector(target) : Vector(clip((x + t * d).elements))
        let ft = objective.f(lastPoint)
        lastGradient = objective.g(lastPoint)
        return (ft, dot(lastGradient, d))
      }
      var usable = step != nil && value.isFinite
      if case .error = outcome { usable = false }
      if usable {
        accepted = (value, lastGradient, lastPoint)
        break
      }
      if pairs.isEmpty { break }
      (pairs, theta) = ([], 1)  // as L-BFGS-B: forget the memory and restart from the Cauchy step
    }
    guard let (fNew, gNew, xNew) = accepted else {
      (status, message) = (2, "ABNORMAL_TERMINATION_IN_LNSRCH")
      break
    }
    k += 1
    let s = (0..<n).map { xNew.elements[$0] - x.elements[$0] }
    let y = (0..<n).map { gNew.elements[$0] - g.elements[$0] }
    let fOld = f
    (x, f, g) = (xNew, fNew, gNew)
    path.append(x)
    let pg = projectedGradientNorm(x, g)
    if pg.isNaN {
      (status, message) = (2, "ABNORMAL: the gradient is not finite")
      break
    }
    if pg <= gtol {
      (status, message) = (0, "CONVERGENCE: NORM OF PROJECTED GRADIENT <= PGTOL")
      break
    }
    if fOld - f <= ftol * Swift.max(abs(fOld), abs(f), 1) {
      (status, message) = (0, "CONVERGENCE: RELATIVE REDUCTION OF F <= FACTR*EPSMCH")
      break
    }
    // The pair is kept only with positive curvature (L-BFGS-B's sᵀy > eps·yᵀy).
    let sy = zip(s, y).reduce(0) { $0 + $1.0 * $1.1 }
    let yy = y.reduce(0) { $0 + $1 * $1 }
    if sy > Double.ulpOfOne * yy {
      pairs.append((s, y))
      if pairs.count > memory { pairs.removeFirst() }
      theta = yy / sy
    }
    continue iterations
  }
  return OptimizeResult(
    x: x, fun: f, jac: g, nit: k, nfev: objective.nfev, njev: objective.njev, status: status, message: message,
    path: path)
}
