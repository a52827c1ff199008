// Limited-memory BFGS with simple bounds, by an active-set projection — *not* the
// Byrd–Lu–Nocedal–Zhu algorithm (generalised Cauchy point + subspace minimisation)
// behind SciPy's `L-BFGS-B`. Variables at a bound whose gradient points out of the box
// are held fixed; the two-loop recursion (Nocedal & Wright, Algorithm 7.4) gives the
// step on the others; a Moré–Thuente search (ftol 1e-3, gtol 0.9, as L-BFGS-B's
// `lnsrlb`) runs along it, capped where the first free variable reaches its bound.
// Same stopping tests and defaults as SciPy, so the minimiser agrees to those tolerances.

/// L-BFGS with bounds; the stopping tests are L-BFGS-B's: ‖projected gradient‖∞ ≤ `gtol`,
/// or (f_k − f_{k+1}) / max(|f_k|, |f_{k+1}|, 1) ≤ `ftol`.
func lbfgsbMinimize(
  _ objective: ScalarObjective, x0: Vector, lower: [Double], upper: [Double], memory: Int, ftol: Double,
  gtol: Double, maxiter: Int, maxfun: Int
) -> OptimizeResult {
  let n = x0.count
  func clip(_ v: [Double]) -> [Double] { (0..<n).map { Swift.min(Swift.max(v[$0], lower[$0]), upper[$0]) } }
  var x = Vector(clip(x0.elements))
  var f = objective.f(x)
  var g = objective.g(x)
  var pairs: [(s: [Double], y: [Double])] = []
  var path = [x]
  var k = 0
  var status = 0
  var message = ""
  while true {
    // L-BFGS-B's `projgr`: the gradient with components that would leave the box cut off.
    var projected = 0.0
    for i in 0..<n {
      let gi = g.elements[i]
      let p = gi < 0 ? Swift.max(x.elements[i] - upper[i], gi) : Swift.min(x.elements[i] - lower[i], gi)
      projected = Swift.max(projected, abs(p))
    }
    if !f.isFinite || projected.isNaN {
      (status, message) = (2, "ABNORMAL: the objective or its gradient is not finite")
      break
    }
    if projected <= gtol {
      (status, message) = (0, "CONVERGENCE: NORM OF PROJECTED GRADIENT <= PGTOL")
      break
    }
    if k >= maxiter {
      (status, message) = (1, "STOP: TOTAL NO. OF ITERATIONS REACHED LIMIT")
      break
    }
    if objective.nfev >= maxfun {
      (status, message) = (1, "STOP: TOTAL NO. OF F,G EVALUATIONS EXCEEDS LIMIT")
      break
    }
    // Free variables: not at a bound the gradient pushes against.
    let free = (0..<n).map { i -> Bool in
      let xi = x.elements[i]
      let gi = g.elements[i]
      return !(lower[i] == upper[i] || (xi <= lower[i] && gi > 0) || (xi >= upper[i] && gi < 0))
    }
    var accepted: (step: Double, value: Double, gradient: Vector, point: Vector)?
    var attempt = 0
    while accepted == nil && attempt < 2 {
      attempt += 1
      let (d, usedPairs) = lbfgsDirection(g.elements, pairs: pairs, free: free)
      var direction = d
      // A free variable at a bound may not move out of the box.
      for i in 0..<n
      where (x.elements[i] <= lower[i] && direction[i] < 0) || (x.elements[i] >= upper[i] && direction[i] > 0) {
        direction[i] = 0
      }
      let slope = zip(g.elements, direction).reduce(0) { $0 + $1.0 * $1.1 }
      if !(slope < 0) {
        pairs.removeAll()
        continue
      }
      // The longest step that stays in the box (L-BFGS-B's `stpmx`, at most 1e10).
      var stpmax = 1e10
      for i in 0..<n where direction[i] != 0 {
        let room = direction[i] > 0 ? upper[i] - x.elements[i] : lower[i] - x.elements[i]
        stpmax = Swift.min(stpmax, room / direction[i])
      }
      let dnorm = direction.reduce(0) { $0 + $1 * $1 }.squareRoot()
      let stp0 = usedPairs == 0 ? Swift.min(1 / dnorm, stpmax) : Swift.min(1, stpmax)
      let dvec = Vector(direction)
      var lastGradient = g
      var lastPoint = x
      let search = MoreThuenteSearch(ftol: 1e-3, gtol: 0.9, xtol: 0.1, stpmin: 0, stpmax: stpmax)
      let (step, value, outcome) = search.run(alpha1: stp0, phi0: f, derphi0: slope, maxiter: 20) { t in
        lastPoint = Vector(clip((x + t * dvec).elements))
        let ft = objective.f(lastPoint)
        lastGradient = objective.g(lastPoint)
        return (ft, dot(lastGradient, dvec))
      }
      let reachedBound: Bool
      if case .warning(let text) = outcome, text == "WARNING: STP = STPMAX" {
        reachedBound = true
      } else {
        reachedBound = false
      }
      if let step, outcome == .convergence || reachedBound, value.isFinite {
        accepted = (step, value, lastGradient, lastPoint)
      } else if pairs.isEmpty {
        break
      } else {
        pairs.removeAll()  // as L-BFGS-B: forget the memory and try steepest descent
      }
    }
    guard let (_, fNew, gNew, xNew) = accepted else {
      (status, message) = (2, "ABNORMAL_TERMINATION_IN_LNSRCH")
      break
    }
    k += 1
    let s = (0..<n).map { xNew.elements[$0] - x.elements[$0] }
    let y = (0..<n).map { gNew.elements[$0] - g.elements[$0] }
    let sy = zip(s, y).reduce(0) { $0 + $1.0 * $1.1 }
    let yy = y.reduce(0) { $0 + $1 * $1 }
    // The pair is kept only with positive curvature (L-BFGS-B's test sᵀy > eps·yᵀy).
    if sy > Double.ulpOfOne * yy {
      pairs.append((s, y))
      if pairs.count > memory { pairs.removeFirst() }
    }
    let fOld = f
    (x, f, g) = (xNew, fNew, gNew)
    path.append(x)
    if (fOld - f) <= ftol * Swift.max(abs(fOld), abs(f), 1) {
      // L-BFGS-B tests the projected gradient first.
      var pg = 0.0
      for i in 0..<n {
        let gi = g.elements[i]
        pg = Swift.max(
          pg, abs(gi < 0 ? Swift.max(x.elements[i] - upper[i], gi) : Swift.min(x.elements[i] - lower[i], gi)))
      }
      (status, message) =
        pg <= gtol
        ? (0, "CONVERGENCE: NORM OF PROJECTED GRADIENT <= PGTOL")
        : (0, "CONVERGENCE: RELATIVE REDUCTION OF F <= FACTR*EPSMCH")
      break
    }
  }
  return OptimizeResult(
    x: x, fun: f, jac: g, nit: k, nfev: objective.nfev, njev: objective.njev, status: status, message: message,
    path: path)
}

/// −H·g on the free variables by the two-loop recursion, H₀ = γI with γ = sᵀy/yᵀy of
/// the newest pair; pairs are restricted to the free variables and skipped where their
/// curvature sᵀy is not positive there. Returns the direction and the pairs used.
private func lbfgsDirection(_ g: [Double], pairs: [(s: [Double], y: [Double])], free: [Bool]) -> ([Double], Int) {
  let n = g.count
  var q = (0..<n).map { free[$0] ? g[$0] : 0 }
  func restricted(_ v: [Double]) -> [Double] { (0..<n).map { free[$0] ? v[$0] : 0 } }
  func dotted(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
  let usable = pairs.map { (restricted($0.s), restricted($0.y)) }.filter { pair in
    dotted(pair.0, pair.1) > Double.ulpOfOne * dotted(pair.1, pair.1)
  }
  var alphas = [Double](repeating: 0, count: usable.count)
  for index in stride(from: usable.count - 1, through: 0, by: -1) {
    let (s, y) = usable[index]
    let rho = 1 / dotted(y, s)
    alphas[index] = rho * dotted(s, q)
    for i in 0..<n { q[i] -= alphas[index] * y[i] }
  }
  if let (s, y) = usable.last {
    let gamma = dotted(s, y) / dotted(y, y)
    q = q.map { gamma * $0 }
  }
  for (index, (s, y)) in usable.enumerated() {
    let rho = 1 / dotted(y, s)
    let beta = rho * dotted(y, q)
    for i in 0..<n { q[i] += s[i] * (alphas[index] - beta) }
  }
  return (q.map { -$0 }, usable.count)
}
