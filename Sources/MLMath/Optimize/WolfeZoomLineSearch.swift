// SciPy's pure-Python strong-Wolfe line search, `line_search_wolfe2` (Nocedal & Wright,
// Algorithms 3.5 and 3.6: bracketing by doubling, then zooming with cubic, quadratic or
// bisection steps). BFGS falls back to it when the Moré–Thuente search fails, as SciPy;
// it is also SciPy's public `scipy.optimize.line_search`.

/// The outcome of `lineSearch` (SciPy's `scipy.optimize.line_search` tuple).
public struct WolfeLineSearchResult: Sendable, Equatable, CustomStringConvertible {
  /// The step α meeting the strong Wolfe conditions, or nil when none was found.
  public let alpha: Double?
  /// Evaluations of f (SciPy's `fc`).
  public let fc: Int
  /// Evaluations of the gradient (SciPy's `gc`).
  public let gc: Int
  /// f(xk + α·pk) (nil without a step).
  public let newFval: Double?
  /// f(xk), as SciPy returns it.
  public let oldFval: Double?
  /// ∇f(xk + α·pk) (SciPy's `new_slope`; nil when the search did not converge).
  public let newGradient: Vector?

  /// A short report: alpha, fc, gc, new_fval, old_fval, new_slope.
  public var description: String {
    resultReport([
      ("alpha", alpha.map { "\($0)" } ?? "None"), ("fc", "\(fc)"), ("gc", "\(gc)"),
      ("new_fval", newFval.map { "\($0)" } ?? "None"), ("old_fval", oldFval.map { "\($0)" } ?? "None"),
      ("new_slope", newGradient.map { "\($0)" } ?? "None"),
    ])
  }
}

/// A step along `pk` from `xk` meeting the strong Wolfe conditions f(xk + αpk) ≤ f(xk) +
/// c1·α·∇fᵀpk and |∇f(xk + αpk)ᵀpk| ≤ c2·|∇fᵀpk| (SciPy's `scipy.optimize.line_search`,
/// i.e. `line_search_wolfe2`, step for step).
///
/// - Parameters:
///   - f, fprime: the objective and its gradient (shape (n,)).
///   - xk: the current point, pk: the search direction (shapes (n,)), a descent direction.
///   - gfk: ∇f(xk) if known; oldFval: f(xk) if known; oldOldFval: f at the previous
///     point, for the first trial step min(1, 2.02·(f(xk) − f₋₁)/∇fᵀpk).
///   - c1, c2: 0 < c1 < c2 < 1 (1e-4 and 0.9); amax: the largest step (none by default);
///     maxiter: the most doublings (10).
/// - Returns: a `WolfeLineSearchResult`; `alpha` nil when no step was found (SciPy warns).
/// - Throws: `CalculusError` when not 0 < c1 < c2 < 1 (SciPy's `ValueError`), or the shapes differ.
public func lineSearch(
  _ f: (Vector) -> Double, _ fprime: (Vector) -> Vector, xk: Vector, pk: Vector, gfk: Vector? = nil,
  oldFval: Double? = nil, oldOldFval: Double? = nil, c1: Double = 1e-4, c2: Double = 0.9, amax: Double? = nil,
  maxiter: Int = 10
) throws -> WolfeLineSearchResult {
  if !(0 < c1 && c1 < c2 && c2 < 1) {
    throw CalculusError(function: "lineSearch", reason: "'c1' and 'c2' do not satisfy'0 < c1 < c2 < 1'.")
  }
  if pk.count != xk.count || (gfk.map { $0.count != xk.count } ?? false) {
    throw CalculusError(
      function: "lineSearch",
      reason: "xk, pk and gfk must have one shape; got \(shapeText(xk.count)), \(shapeText(pk.count))")
  }
  var fc = 0
  var gc = 0
  var lastGradient: Vector?
  let g0 = gfk ?? fprime(xk)
  let outcome = scalarSearchWolfe2(
    phi: { alpha in
      fc += 1
      return f(xk + alpha * pk)
    },
    derphi: { alpha in
      gc += 1
      let g = fprime(xk + alpha * pk)
      lastGradient = g
      return dot(g, pk)
    },
    phi0: oldFval
      ?? {
        fc += 1
        return f(xk)
      }(), oldPhi0: oldOldFval, derphi0: dot(g0, pk), c1: c1, c2: c2,
    amax: amax, maxiter: maxiter)
  return WolfeLineSearchResult(
    alpha: outcome.alpha, fc: fc, gc: gc, newFval: outcome.phi, oldFval: outcome.phi0,
    newGradient: outcome.derphi == nil ? nil : lastGradient)
}

/// SciPy's `scalar_search_wolfe2`: (α*, φ(α*), φ(0) as SciPy returns it, φ′(α*)).
func scalarSearchWolfe2(
  phi: (Double) -> Double, derphi: (Double) -> Double, phi0 phi0In: Double, oldPhi0: Double?, derphi0: Double,
  c1: Double = 1e-4, c2: Double = 0.9, amax: Double? = nil, maxiter: Int = 10
) -> (alpha: Double?, phi: Double?, phi0: Double?, derphi: Double?) {
  var phi0: Double? = phi0In
  var alpha0 = 0.0
  var alpha1 = 1.0
  if let oldPhi0, derphi0 != 0 { alpha1 = Swift.min(1.0, 1.01 * 2 * (phi0In - oldPhi0) / derphi0) }
  if alpha1 < 0 { alpha1 = 1.0 }
  if let amax { alpha1 = Swift.min(alpha1, amax) }
  var phiA1 = phi(alpha1)
  var phiA0 = phi0In
  var derphiA0 = derphi0
  for i in 0..<maxiter {
    if alpha1 == 0 || (amax.map { alpha0 > $0 } ?? false) {
      // Rounding errors, or no acceptable step up to amax.
      phi0 = oldPhi0
      return (nil, phi0In, phi0, nil)
    }
    if phiA1 > phi0In + c1 * alpha1 * derphi0 || (phiA1 >= phiA0 && i > 0) {
      let z = zoom(alpha0, alpha1, phiA0, phiA1, derphiA0, phi, derphi, phi0In, derphi0, c1, c2)
      return (z.alpha, z.phi, phi0, z.derphi)
    }
    let derphiA1 = derphi(alpha1)
    if abs(derphiA1) <= -c2 * derphi0 { return (alpha1, phiA1, phi0, derphiA1) }
    if derphiA1 >= 0 {
      let z = zoom(alpha1, alpha0, phiA1, phiA0, derphiA1, phi, derphi, phi0In, derphi0, c1, c2)
      return (z.alpha, z.phi, phi0, z.derphi)
    }
    var alpha2 = 2 * alpha1
    if let amax { alpha2 = Swift.min(alpha2, amax) }
    alpha0 = alpha1
    alpha1 = alpha2
    phiA0 = phiA1
    phiA1 = phi(alpha1)
    derphiA0 = derphiA1
  }
  // maxiter reached: SciPy returns the last step without a slope.
  return (alpha1, phiA1, phi0, nil)
}

/// SciPy's `_zoom` (Nocedal & Wright, Algorithm 3.6).
private func zoom(
  _ aLoIn: Double, _ aHiIn: Double, _ phiLoIn: Double, _ phiHiIn: Double, _ derphiLoIn: Double,
  _ phi: (Double) -> Double, _ derphi: (Double) -> Double, _ phi0: Double, _ derphi0: Double, _ c1: Double,
  _ c2: Double
) -> (alpha: Double?, phi: Double?, derphi: Double?) {
  var (aLo, aHi, phiLo, phiHi, derphiLo) = (aLoIn, aHiIn, phiLoIn, phiHiIn, derphiLoIn)
  var i = 0
  var phiRec = phi0
  var aRec = 0.0
  while true {
    let dalpha = aHi - aLo
    let (a, b) = dalpha < 0 ? (aHi, aLo) : (aLo, aHi)
    var aj: Double?
    var cchk = 0.0
    if i > 0 {
      cchk = 0.2 * dalpha
      aj = cubicMinimum(aLo, phiLo, derphiLo, aHi, phiHi, aRec, phiRec)
    }
    if i == 0 || aj == nil || aj! > b - cchk || aj! < a + cchk {
      let qchk = 0.1 * dalpha
      aj = quadraticMinimum(aLo, phiLo, derphiLo, aHi, phiHi)
      if aj == nil || aj! > b - qchk || aj! < a + qchk { aj = aLo + 0.5 * dalpha }
    }
    let trial = aj ?? aLo + 0.5 * dalpha
    let phiAj = phi(trial)
    if phiAj > phi0 + c1 * trial * derphi0 || phiAj >= phiLo {
      phiRec = phiHi
      aRec = aHi
      aHi = trial
      phiHi = phiAj
    } else {
      let derphiAj = derphi(trial)
      if abs(derphiAj) <= -c2 * derphi0 { return (trial, phiAj, derphiAj) }
      if derphiAj * (aHi - aLo) >= 0 {
        phiRec = phiHi
        aRec = aHi
        aHi = aLo
        phiHi = phiLo
      } else {
        phiRec = phiLo
        aRec = aLo
      }
      aLo = trial
      phiLo = phiAj
      derphiLo = derphiAj
    }
    i += 1
    if i > 10 { return (nil, nil, nil) }
  }
}

/// The minimiser of the cubic through (a, fa) with slope fpa, (b, fb) and (c, fc); nil where
/// SciPy's floating-point checks (divide, overflow, invalid) would fail.
private func cubicMinimum(
  _ a: Double, _ fa: Double, _ fpa: Double, _ b: Double, _ fb: Double, _ c: Double, _ fc: Double
) -> Double? {
  let cc = fpa
  let db = b - a
  let dc = c - a
  let denom = (db * dc) * (db * dc) * (db - dc)
  let r1 = fb - fa - cc * db
  let r2 = fc - fa - cc * dc
  let aa = dc * dc * r1 + (-db * db) * r2
  let bb = (-dc * dc * dc) * r1 + db * db * db * r2
  if denom == 0 || !denom.isFinite || !aa.isFinite || !bb.isFinite { return nil }
  let A = aa / denom
  let B = bb / denom
  let radical = B * B - 3 * A * cc
  if !radical.isFinite || radical < 0 || A == 0 { return nil }
  let xmin = a + (-B + radical.squareRoot()) / (3 * A)
  return xmin.isFinite ? xmin : nil
}

/// The minimiser of the quadratic through (a, fa) with slope fpa and (b, fb); nil as SciPy's checks.
private func quadraticMinimum(_ a: Double, _ fa: Double, _ fpa: Double, _ b: Double, _ fb: Double) -> Double? {
  let db = b - a
  if db * db == 0 { return nil }
  let B = (fb - fa - fpa * db) / (db * db)
  if B == 0 || !B.isFinite { return nil }
  let xmin = a - fpa / (2.0 * B)
  return xmin.isFinite ? xmin : nil
}
