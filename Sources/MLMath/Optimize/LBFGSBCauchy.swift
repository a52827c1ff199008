// L-BFGS-B's model step (R. H. Byrd, P. Lu, J. Nocedal and C. Zhu, "A limited memory
// algorithm for bound constrained optimization", SIAM J. Sci. Comput. 16, 1995): the
// compact limited-memory matrix B = θI − W·M·Wᵀ, the generalised Cauchy point along the
// projected steepest-descent path (their Algorithm CP), and the direct primal
// minimisation of the model over the variables left free there (their §5.1).

/// The compact L-BFGS matrix B = θI − W·M·Wᵀ with W = [Y θS] (n × 2k) and
/// M = [[−D, Lᵀ], [L, θSᵀS]]⁻¹ (2k × 2k), D = diag(sᵢᵀyᵢ), L_ij = sᵢᵀyⱼ for i > j.
struct CompactLBFGS {
  let n: Int
  let k: Int
  let theta: Double
  /// W row by row: w[i] has 2k entries.
  let w: [[Double]]
  /// M, row-major 2k × 2k.
  let m: [Double]

  /// nil when the middle matrix is singular (the caller then drops the memory).
  init?(pairs: [(s: [Double], y: [Double])], theta: Double, n: Int) {
    self.n = n
    self.theta = theta
    k = pairs.count
    w = (0..<n).map { i in pairs.map { $0.y[i] } + pairs.map { theta * $0.s[i] } }
    if k == 0 {
      m = []
      return
    }
    func dotted(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
    let size = 2 * k
    var middle = [Double](repeating: 0, count: size * size)
    for i in 0..<k {
      for j in 0..<k {
        if i == j { middle[i * size + j] = -dotted(pairs[i].s, pairs[i].y) }
        if i > j {
          let l = dotted(pairs[i].s, pairs[j].y)
          middle[(k + i) * size + j] = l  // L
          middle[j * size + (k + i)] = l  // Lᵀ
        }
        middle[(k + i) * size + (k + j)] = theta * dotted(pairs[i].s, pairs[j].s)
      }
    }
    guard let inverse = try? inv(Matrix(rows: size, columns: size, elements: middle)),
      inverse.elements.allSatisfy(\.isFinite)
    else { return nil }
    m = inverse.elements
  }

  /// M·v for v of length 2k.
  func timesM(_ v: [Double]) -> [Double] {
    let size = 2 * k
    return (0..<size).map { i in (0..<size).reduce(0) { $0 + m[i * size + $1] * v[$1] } }
  }

  /// The generalised Cauchy point from x along P(x − t·g), and c = Wᵀ(xᶜ − x).
  func cauchyPoint(x: [Double], g: [Double], lower: [Double], upper: [Double]) -> (point: [Double], c: [Double]) {
    let size = 2 * k
    var breakpoints = [Double](repeating: .infinity, count: n)
    var d = [Double](repeating: 0, count: n)
    for i in 0..<n {
      if g[i] < 0 {
        breakpoints[i] = upper[i].isFinite ? (x[i] - upper[i]) / g[i] : .infinity
      } else if g[i] > 0 {
        breakpoints[i] = lower[i].isFinite ? (x[i] - lower[i]) / g[i] : .infinity
      } else {
        breakpoints[i] = .infinity
      }
      d[i] = breakpoints[i] == 0 ? 0 : -g[i]
    }
    var point = x
    var p = [Double](repeating: 0, count: size)
    for i in 0..<n where d[i] != 0 { for j in 0..<size { p[j] += w[i][j] * d[i] } }
    var c = [Double](repeating: 0, count: size)
    var fp = -d.reduce(0) { $0 + $1 * $1 }
    if fp == 0 { return (point, c) }
    let mp = timesM(p)
    var fpp = -theta * fp - zip(p, mp).reduce(0) { $0 + $1.0 * $1.1 }
    let fppFloor = Double.ulpOfOne * fpp
    var dtMin = -fp / fpp
    var tOld = 0.0
    // Finite breakpoints of moving variables, in order (ties by index, as a stable sort).
    let order = (0..<n).filter { d[$0] != 0 && breakpoints[$0].isFinite }
      .sorted { breakpoints[$0] < breakpoints[$1] || (breakpoints[$0] == breakpoints[$1] && $0 < $1) }
    var index = 0
    while index < order.count {
      let b = order[index]
      let t = breakpoints[b]
      let dt = t - tOld
      if dtMin < dt { break }
      // Variable b reaches its bound: fix it there and update the slope and curvature.
      point[b] = d[b] > 0 ? upper[b] : lower[b]
      let zb = point[b] - x[b]
      for j in 0..<size { c[j] += dt * p[j] }
      let gb = g[b]
      let wb = w[b]
      let mc = timesM(c)
      let mpNow = timesM(p)
      let mwb = timesM(wb)
      let wbMc = zip(wb, mc).reduce(0) { $0 + $1.0 * $1.1 }
      let wbMp = zip(wb, mpNow).reduce(0) { $0 + $1.0 * $1.1 }
      let wbMwb = zip(wb, mwb).reduce(0) { $0 + $1.0 * $1.1 }
      fp += dt * fpp + gb * gb + theta * gb * zb - gb * wbMc
      fpp -= theta * gb * gb + 2 * gb * wbMp + gb * gb * wbMwb
      fpp = Swift.max(fpp, fppFloor)
      for j in 0..<size { p[j] += gb * wb[j] }
      d[b] = 0
      dtMin = -fp / fpp
      tOld = t
      index += 1
    }
    dtMin = Swift.max(dtMin, 0)
    tOld += dtMin
    for i in 0..<n where d[i] != 0 {
      point[i] = Swift.min(Swift.max(x[i] + tOld * d[i], lower[i]), upper[i])
    }
    for j in 0..<size { c[j] += dtMin * p[j] }
    return (point, c)
  }

  /// The minimiser of the model over the variables free at the Cauchy point (direct primal
  /// method, Sherman–Morrison–Woodbury), cut back to stay in the box: x̄.
  func subspaceMinimum(
    x: [Double], g: [Double], cauchy: [Double], c: [Double], lower: [Double], upper: [Double]
  ) -> [Double] {
    let free = (0..<n).filter { cauchy[$0] > lower[$0] && cauchy[$0] < upper[$0] }
    if free.isEmpty { return cauchy }
    let size = 2 * k
    // Reduced gradient of the model at the Cauchy point: Zᵀ(g + θ(xᶜ − x) − W·M·c).
    let mc = k > 0 ? timesM(c) : []
    let rc = free.map { i -> Double in
      var value = g[i] + theta * (cauchy[i] - x[i])
      for j in 0..<size { value -= w[i][j] * mc[j] }
      return value
    }
    var du = rc.map { -$0 / theta }
    if k > 0 {
      // v = M·Wᵀ·Z·rc; N = I − (1/θ)·M·Wᵀ·Z·Zᵀ·W; du = −rc/θ − (1/θ²)·Zᵀ·W·N⁻¹·v.
      var wz = [Double](repeating: 0, count: size)
      var wzzw = [Double](repeating: 0, count: size * size)
      for (position, i) in free.enumerated() {
        for a in 0..<size {
          wz[a] += w[i][a] * rc[position]
          for b in 0..<size { wzzw[a * size + b] += w[i][a] * w[i][b] }
        }
      }
      let v = timesM(wz)
      var nMatrix = [Double](repeating: 0, count: size * size)
      for a in 0..<size {
        for b in 0..<size {
          var sum = 0.0
          for e in 0..<size { sum += m[a * size + e] * wzzw[e * size + b] }
          nMatrix[a * size + b] = (a == b ? 1 : 0) - sum / theta
        }
      }
      guard let solved = try? solve(Matrix(rows: size, columns: size, elements: nMatrix), Vector(v)),
        solved.elements.allSatisfy(\.isFinite)
      else { return cauchy }
      for (position, i) in free.enumerated() {
        var correction = 0.0
        for a in 0..<size { correction += w[i][a] * solved.elements[a] }
        du[position] -= correction / (theta * theta)
      }
    }
    // L-BFGS-B 3.0 (J. L. Morales and J. Nocedal, ACM TOMS 38, 2011): project xᶜ + du onto
    // the box, and keep it if it still points downhill from x.
    var projected = cauchy
    for (position, i) in free.enumerated() {
      projected[i] = Swift.min(Swift.max(cauchy[i] + du[position], lower[i]), upper[i])
    }
    var slope = 0.0
    for i in 0..<n { slope += (projected[i] - x[i]) * g[i] }
    if !(slope > 0) { return projected }
    // Otherwise the 1995 rule: the longest step α ≤ 1 along du that stays in the box.
    var alpha = 1.0
    var blocking: Int?
    for (position, i) in free.enumerated() {
      let step = du[position]
      var limit = alpha
      if step < 0 && lower[i].isFinite {
        let room = lower[i] - cauchy[i]
        limit = room >= 0 ? 0 : (step * alpha < room ? room / step : alpha)
      } else if step > 0 && upper[i].isFinite {
        let room = upper[i] - cauchy[i]
        limit = room <= 0 ? 0 : (step * alpha > room ? room / step : alpha)
      }
      if limit < alpha {
        alpha = limit
        blocking = position
      }
    }
    var result = cauchy
    var direction = du
    if alpha < 1, let blocking {
      // The blocking variable lands exactly on its bound.
      let i = free[blocking]
      result[i] = direction[blocking] > 0 ? upper[i] : lower[i]
      direction[blocking] = 0
    }
    for (position, i) in free.enumerated() { result[i] += alpha * direction[position] }
    return result
  }
}
