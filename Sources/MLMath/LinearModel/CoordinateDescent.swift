// Cyclic coordinate descent for the elastic net, scikit-learn's
// `sklearn.linear_model._cd_fast.enet_coordinate_descent` step for step (Friedman, Hastie &
// Tibshirani 2010), with its duality-gap stopping rule and gap safe screening (Fercoq,
// Gramfort & Salmon 2015; Ndiaye et al. 2017), so that Lasso and ElasticNet take
// sklearn's iterates and stop at the same sweep.
//
// It minimises the primal, with the penalties already multiplied by n,
//     P(w) = ½‖y − Xw‖² + l1·‖w‖₁ + ½·l2·‖w‖²,
// one coordinate at a time: with the residual R = y − Xw and xⱼ column j,
//     wⱼ ← softThreshold(xⱼ·R + wⱼ‖xⱼ‖², l1) / (‖xⱼ‖² + l2),
// the exact minimiser of P over wⱼ with the other coordinates fixed.

/// What a coordinate descent run returns.
struct CoordinateDescentResult {
  /// The coefficients.
  var w: [Double]
  /// The duality gap P(w) − D(ν) at the last check (an upper bound on P(w) − min P).
  var gap: Double
  /// The gap the run aimed at: `tol` times ‖y‖².
  var tolerance: Double
  /// Full sweeps over the coordinates (0 when the start was already optimal).
  var nIter: Int
  /// Whether the gap fell to the tolerance.
  var converged: Bool
}

/// Runs cyclic coordinate descent from `w` on P(w) above; `l1`, `l2` ≥ 0.
///
/// After a sweep whose largest coordinate change is at most `tol` times the largest |wⱼ|
/// (or when w = 0, or at the last sweep), it computes the duality gap and stops when it is
/// at most `tol`·‖y‖². Each gap check also screens out features that the gap proves are 0
/// at the optimum (only with l1 > 0), so later sweeps skip them.
func elasticNetCoordinateDescent(
  _ X: Matrix, _ y: Vector, l1: Double, l2: Double, start: Vector, maxIter: Int, tol: Double
) -> CoordinateDescentResult {
  let n = X.rows
  let p = X.columns
  let columns = (0..<p).map { j in (0..<n).map { X[$0, j] } }
  let y = y.elements
  let squaredNorms = columns.map { dot($0, $0) }
  var w = start.elements
  var residual = y
  for j in 0..<p where w[j] != 0 { axpy(-w[j], columns[j], &residual) }
  let tolerance = tol * dot(y, y)
  let screening = l1 > 0
  var active = Array(0..<p)
  var excluded = [Bool](repeating: false, count: p)

  /// The duality gap at the current w and R, and Xᵀν's pieces for screening.
  func dualityGap() -> (gap: Double, dualNorm: Double, xtA: [Double]) {
    let wNorm2 = l2 > 0 ? dot(w, w) : 0
    let rNorm2 = dot(residual, residual)
    let ry = (l1 == 0 && l2 == 0) ? 0 : dot(residual, y)
    if l1 == 0 {
      let xtR = columns.map { dot($0, residual) }
      let norm2 = dot(xtR, xtR)
      // Without an L1 part: least squares (the gradient's size), or ridge's formulation B.
      if l2 == 0 { return (norm2, norm2, xtR) }
      return (rNorm2 + 0.5 * l2 * wNorm2 - ry + norm2 / (2 * l2), norm2, xtR)
    }
    // Formulation A: the dual point ν = s·R, scaled by s ≤ 1 until ‖Xᵀν − l2·w‖∞ ≤ l1.
    let xtA = (0..<p).map { dot(columns[$0], residual) - l2 * w[$0] }
    let dualNorm = xtA.map(\.magnitude).max() ?? 0
    let l1Norm = w.map(\.magnitude).reduce(0, +)
    let primal = 0.5 * (rNorm2 + l2 * wNorm2) + l1 * l1Norm
    let scale = dualNorm > l1 ? l1 / dualNorm : 1
    let dual = -0.5 * scale * scale * (rNorm2 + l2 * wNorm2) + scale * ry
    return (primal - dual, dualNorm, xtA)
  }

  /// Gap safe screening: drop feature j (set wⱼ = 0) when its distance to the dual
  /// constraint's boundary exceeds the radius √(2·gap)/l1 of the safe sphere.
  func screen(_ gap: Double, _ dualNorm: Double, _ xtA: [Double]) {
    active = []
    for j in 0..<p where !excluded[j] {
      if squaredNorms[j] == 0 {
        w[j] = 0
        excluded[j] = true
        continue
      }
      let xjTheta = xtA[j] / Swift.max(l1, dualNorm)
      let distance = (1 - xjTheta.magnitude) / (squaredNorms[j] + l2).squareRoot()
      if distance <= (2 * gap).squareRoot() / l1 {
        active.append(j)
      } else {
        if w[j] != 0 { axpy(w[j], columns[j], &residual) }
        w[j] = 0
        excluded[j] = true
      }
    }
  }

  var (gap, dualNorm, xtA) = dualityGap()
  if gap <= tolerance {
    return CoordinateDescentResult(w: w, gap: gap, tolerance: tolerance, nIter: 0, converged: true)
  }
  if screening { screen(gap, dualNorm, xtA) }
  var sweeps = 0
  var converged = false
  while sweeps < maxIter {
    sweeps += 1
    var largestW = 0.0
    var largestChange = 0.0
    for j in active where squaredNorms[j] != 0 {
      let old = w[j]
      // xⱼ·(R + wⱼxⱼ): the correlation of xⱼ with the residual that leaves wⱼ out.
      let correlation = dot(columns[j], residual) + old * squaredNorms[j]
      w[j] = softThreshold(correlation, l1) / (squaredNorms[j] + l2)
      if w[j] != old { axpy(old - w[j], columns[j], &residual) }
      largestChange = Swift.max(largestChange, (w[j] - old).magnitude)
      largestW = Swift.max(largestW, w[j].magnitude)
    }
    if largestW == 0 || largestChange / largestW <= tol || sweeps == maxIter {
      (gap, dualNorm, xtA) = dualityGap()
      if gap <= tolerance {
        converged = true
        break
      }
      if screening { screen(gap, dualNorm, xtA) }
    }
  }
  return CoordinateDescentResult(w: w, gap: gap, tolerance: tolerance, nIter: sweeps, converged: converged)
}

/// Σ aᵢbᵢ.
private func dot(_ a: [Double], _ b: [Double]) -> Double {
  var s = 0.0
  for i in a.indices { s += a[i] * b[i] }
  return s
}

/// y ← y + a·x.
private func axpy(_ a: Double, _ x: [Double], _ y: inout [Double]) {
  for i in x.indices { y[i] += a * x[i] }
}
