// The Nelder–Mead simplex method (J. A. Nelder and R. Mead, Computer Journal 7, 1965)
// as SciPy's `_minimize_neldermead` runs it (adaptive = False): reflection 1,
// expansion 2, contraction ½, shrink ½; the initial simplex moves each coordinate by
// 5 % (0.00025 if it is 0); vertices are clipped to the bounds. Same iterates as SciPy.

/// SciPy's Nelder–Mead; `xatol`, `fatol` absolute; `maxiter`, `maxfev` default 200·n.
func nelderMeadMinimize(
  _ function: (Vector) -> Double, x0 start: Vector, xatol: Double, fatol: Double, maxiter: Int?, maxfev: Int?,
  bounds: ([Double], [Double])?
) -> OptimizeResult {
  let rho = 1.0
  let chi = 2.0
  let psi = 0.5
  let sigma = 0.5
  let n = start.count
  func clip(_ v: [Double]) -> [Double] {
    guard let (lower, upper) = bounds else { return v }
    return (0..<n).map { Swift.min(Swift.max(v[$0], lower[$0]), upper[$0]) }
  }
  let x0 = clip(start.elements)
  var sim = [[Double]](repeating: x0, count: n + 1)
  for k in 0..<n {
    sim[k + 1][k] = x0[k] != 0 ? (1 + 0.05) * x0[k] : 0.00025
  }
  let path0 = Vector(x0)
  let maxIterations: Int
  let maxEvaluations: Int
  switch (maxiter, maxfev) {
  case (nil, nil): (maxIterations, maxEvaluations) = (200 * n, 200 * n)
  case (nil, let f?): (maxIterations, maxEvaluations) = (Int.max, f)
  case (let i?, nil): (maxIterations, maxEvaluations) = (i, Int.max)
  case (let i?, let f?): (maxIterations, maxEvaluations) = (i, f)
  }
  if let (lower, upper) = bounds {
    // A vertex past an upper bound is reflected into the box, then clipped.
    for j in 0...n {
      for i in 0..<n {
        var v = sim[j][i]
        if v > upper[i] { v = 2 * upper[i] - v }
        sim[j][i] = Swift.min(Swift.max(v, lower[i]), upper[i])
      }
    }
  }
  var fcalls = 0
  // SciPy's wrapper refuses calls past maxfev; the value stays +inf.
  func f(_ v: [Double]) -> Double? {
    if fcalls >= maxEvaluations { return nil }
    fcalls += 1
    return function(Vector(v))
  }
  var fsim = [Double](repeating: .infinity, count: n + 1)
  for k in 0...n {
    guard let value = f(sim[k]) else { break }
    fsim[k] = value
  }
  func sortSimplex() {
    let order = stableArgsort(fsim) { a, b in a < b || (!a.isNaN && b.isNaN) }
    sim = order.map { sim[$0] }
    fsim = order.map { fsim[$0] }
  }
  sortSimplex()
  var path = [path0]
  var iterations = 1
  func combine(_ a: Double, _ xbar: [Double], _ b: Double, _ vertex: [Double]) -> [Double] {
    clip((0..<n).map { a * xbar[$0] + b * vertex[$0] })
  }
  while fcalls < maxEvaluations && iterations < maxIterations {
    var xspread = 0.0
    var fspread = 0.0
    for j in 1...n {
      for i in 0..<n { xspread = Swift.max(xspread, abs(sim[j][i] - sim[0][i])) }
      fspread = Swift.max(fspread, abs(fsim[0] - fsim[j]))
    }
    if xspread <= xatol && fspread <= fatol { break }
    iteration: do {
      var xbar = [Double](repeating: 0, count: n)
      for j in 0..<n {
        for i in 0..<n { xbar[i] += sim[j][i] }
      }
      xbar = xbar.map { $0 / Double(n) }
      let worst = sim[n]
      let xr = combine(1 + rho, xbar, -rho, worst)
      guard let fxr = f(xr) else { break iteration }
      var doshrink = false
      if fxr < fsim[0] {
        let xe = combine(1 + rho * chi, xbar, -rho * chi, worst)
        guard let fxe = f(xe) else { break iteration }
        if fxe < fxr {
          sim[n] = xe
          fsim[n] = fxe
        } else {
          sim[n] = xr
          fsim[n] = fxr
        }
      } else if fxr < fsim[n - 1] {
        sim[n] = xr
        fsim[n] = fxr
      } else if fxr < fsim[n] {
        // Outside contraction.
        let xc = combine(1 + psi * rho, xbar, -psi * rho, worst)
        guard let fxc = f(xc) else { break iteration }
        if fxc <= fxr {
          sim[n] = xc
          fsim[n] = fxc
        } else {
          doshrink = true
        }
      } else {
        // Inside contraction.
        let xcc = combine(1 - psi, xbar, psi, worst)
        guard let fxcc = f(xcc) else { break iteration }
        if fxcc < fsim[n] {
          sim[n] = xcc
          fsim[n] = fxcc
        } else {
          doshrink = true
        }
      }
      if doshrink {
        for j in 1...n {
          sim[j] = clip((0..<n).map { sim[0][$0] + sigma * (sim[j][$0] - sim[0][$0]) })
          guard let value = f(sim[j]) else { break iteration }
          fsim[j] = value
        }
      }
      iterations += 1
    }
    sortSimplex()
    path.append(Vector(sim[0]))
  }
  let x = Vector(sim[0])
  let fval = fsim.min() ?? .nan
  let status: Int
  let message: String
  if fcalls >= maxEvaluations {
    (status, message) = (1, OptimizeMessages.maxfev)
  } else if iterations >= maxIterations {
    (status, message) = (2, OptimizeMessages.maxiter)
  } else {
    (status, message) = (0, OptimizeMessages.success)
  }
  return OptimizeResult(
    x: x, fun: fval, jac: nil, nit: iterations, nfev: fcalls, njev: 0, status: status, message: message, path: path)
}
