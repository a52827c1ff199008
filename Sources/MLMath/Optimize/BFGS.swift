// BFGS as SciPy's `_minimize_bfgs` runs it: the inverse-Hessian update
// H ← (I − ρsyᵀ) H (I − ρysᵀ) + ρssᵀ, ρ = 1/(yᵀs), started from the identity, with
// MINPACK-2's Moré–Thuente search for a strong-Wolfe step (c1 = 1e-4, c2 = 0.9) and
// SciPy's `line_search_wolfe2` when that fails.

/// SciPy's BFGS on an objective that is already wrapped; `gtol` on ‖∇f‖∞.
func bfgsMinimize(
  _ objective: ScalarObjective, x0: Vector, gtol: Double, maxiter: Int, xrtol: Double = 0
) -> OptimizeResult {
  let n = x0.count
  var oldFval = objective.f(x0)
  var gfk = objective.g(x0)
  var k = 0
  var hk = [Double](repeating: 0, count: n * n)
  for i in 0..<n { hk[i * n + i] = 1 }
  // The initial step guess makes the first step about 1 long.
  var oldOldFval: Double? = oldFval + norm(gfk) / 2
  var xk = x0
  var path = [x0]
  var warnflag = 0
  var gnorm = infinityNorm(gfk)
  while gnorm > gtol && k < maxiter {
    var pk = [Double](repeating: 0, count: n)
    for i in 0..<n {
      var sum = 0.0
      for j in 0..<n { sum += hk[i * n + j] * gfk.elements[j] }
      pk[i] = -sum
    }
    let direction = Vector(pk)
    guard
      let (alpha, fval, gfkp1Found) = wolfeLineSearch(
        objective, xk: xk, pk: direction, gfk: gfk, oldFval: oldFval, oldOldFval: oldOldFval)
    else {
      warnflag = 2
      break
    }
    oldOldFval = oldFval
    oldFval = fval
    let sk = alpha * direction
    let xkp1 = xk + sk
    let gfkp1 = gfkp1Found ?? objective.g(xkp1)
    path.append(xkp1)
    xk = xkp1
    let yk = gfkp1 - gfk
    gfk = gfkp1
    k += 1
    gnorm = infinityNorm(gfk)
    if gnorm <= gtol { break }
    if alpha * norm(direction) <= xrtol * (xrtol + norm(xk)) { break }
    if !oldFval.isFinite {
      warnflag = 2
      break
    }
    let rhokInv = dot(yk, sk)
    let rhok = rhokInv == 0 ? 1000.0 : 1 / rhokInv
    hk = bfgsUpdate(hk, n: n, s: sk.elements, y: yk.elements, rho: rhok)
  }
  let status: Int
  let message: String
  if warnflag == 2 {
    status = 2
    message = OptimizeMessages.precisionLoss
  } else if k >= maxiter {
    status = 1
    message = OptimizeMessages.maxiter
  } else if gnorm.isNaN || oldFval.isNaN || xk.elements.contains(where: \.isNaN) {
    status = 3
    message = OptimizeMessages.nan
  } else {
    status = 0
    message = OptimizeMessages.success
  }
  return OptimizeResult(
    x: xk, fun: oldFval, jac: gfk, hessInv: Matrix(rows: n, columns: n, elements: hk), nit: k, nfev: objective.nfev,
    njev: objective.njev, status: status,
    message: message, path: path)
}

/// (I − ρsyᵀ) H (I − ρysᵀ) + ρssᵀ, in SciPy's order: A1·(H·A2) + ρssᵀ.
private func bfgsUpdate(_ h: [Double], n: Int, s: [Double], y: [Double], rho: Double) -> [Double] {
  var a1 = [Double](repeating: 0, count: n * n)
  var a2 = [Double](repeating: 0, count: n * n)
  for i in 0..<n {
    for j in 0..<n {
      let identity: Double = i == j ? 1 : 0
      a1[i * n + j] = identity - s[i] * y[j] * rho
      a2[i * n + j] = identity - y[i] * s[j] * rho
    }
  }
  let inner = squareProduct(h, a2, n)
  var result = squareProduct(a1, inner, n)
  for i in 0..<n {
    for j in 0..<n { result[i * n + j] += rho * s[i] * s[j] }
  }
  return result
}

/// The product of two n × n row-major matrices.
func squareProduct(_ a: [Double], _ b: [Double], _ n: Int) -> [Double] {
  var c = [Double](repeating: 0, count: n * n)
  for i in 0..<n {
    for k in 0..<n {
      let aik = a[i * n + k]
      for j in 0..<n { c[i * n + j] += aik * b[k * n + j] }
    }
  }
  return c
}

/// max |vᵢ| (NumPy's `norm(v, ord=inf)`), NaN if any element is NaN.
func infinityNorm(_ v: Vector) -> Double {
  var m = 0.0
  for x in v.elements {
    if x.isNaN { return .nan }
    m = Swift.max(m, abs(x))
  }
  return m
}

/// SciPy's `_status_message`.
enum OptimizeMessages {
  static let success = "Optimization terminated successfully."
  static let maxfev = "Maximum number of function evaluations has been exceeded."
  static let maxiter = "Maximum number of iterations has been exceeded."
  static let precisionLoss = "Desired error not necessarily achieved due to precision loss."
  static let nan = "NaN result encountered."
}
