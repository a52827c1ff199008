// Small dense linear programs by the two-phase simplex method with Bland's rule
// (R. G. Bland, "New finite pivoting rules for the simplex method", Math. Oper. Res. 2,
// 1977): the lowest-index entering and leaving variables, which cannot cycle. Not
// SciPy's HiGHS solver: the optimum agrees where it is unique; which optimal vertex is
// returned may differ where it is not, and `nit` counts simplex pivots.

/// The outcome of `linprog` (SciPy's `OptimizeResult` from `scipy.optimize.linprog`).
public struct LinprogResult: Sendable, Equatable, CustomStringConvertible {
  /// The optimal point, shape (n,); NaN-filled when there is no optimum (status 2 or 3).
  public let x: Vector
  /// cᵀx at the optimum (NaN without one).
  public let fun: Double
  /// b_ub − A_ub·x, one entry per inequality (SciPy's `ineqlin.residual` / `slack`).
  public let slack: Vector
  /// b_eq − A_eq·x, one entry per equality (SciPy's `con`), ≈ 0 at the optimum.
  public let con: Vector
  /// Whether an optimum was found.
  public let success: Bool
  /// 0 optimal, 1 iteration limit, 2 infeasible, 3 unbounded (SciPy's codes).
  public let status: Int
  /// Why the solver stopped, in SciPy's words (without HiGHS's status suffix).
  public let message: String
  /// Simplex pivots in both phases.
  public let nit: Int

  /// A short report in the layout of SciPy's `OptimizeResult` repr.
  public var description: String {
    resultReport([
      ("message", message), ("success", success ? "True" : "False"), ("status", "\(status)"), ("fun", "\(fun)"),
      ("x", "\(x)"), ("nit", "\(nit)"), ("slack", "\(slack)"), ("con", "\(con)"),
    ])
  }
}

/// Minimises cᵀx subject to A_ub·x ≤ b_ub, A_eq·x = b_eq and bounds on each xᵢ
/// (SciPy's `scipy.optimize.linprog`, by a dense two-phase simplex method with Bland's rule).
///
/// ```swift
/// let r = try linprog([-1, -2], aUb: [[1, 1], [1, -1]], bUb: [4, 1])
/// print(r.x, r.fun)   // [0. 4.] -8.0
/// ```
///
/// Meant for the small problems of a lesson (tens of variables): each pivot updates a dense
/// tableau, and Bland's rule, which guarantees termination, may take many pivots.
/// Pivots smaller than 1e-9 are treated as zero; a phase-1 optimum above 1e-9·(1 + ‖b‖∞)
/// means infeasible. Values carry the pivots' rounding (a zero slack may be −1e-16).
///
/// - Parameters:
///   - c: the costs, shape (n,).
///   - aUb, bUb: inequality constraints, shapes (m₁, n) and (m₁,) (both or neither).
///   - aEq, bEq: equality constraints, shapes (m₂, n) and (m₂,) (both or neither).
///   - bounds: one (min, max) pair per variable, ±infinity for none; nil means SciPy's
///     default (0, +∞) for every variable.
///   - maxiter: the most pivots (status 1 beyond).
/// - Returns: a `LinprogResult`; infeasible and unbounded problems are reported there
///   (status 2 and 3, `x` NaN), as SciPy does, not thrown.
/// - Throws: `CalculusError` for an empty `c`, a bound with min > max or NaN, a wrong
///   number of bounds, or a constraint matrix and vector given without the other.
/// - Stops (`failure`) when the constraint shapes do not fit `c`.
public func linprog(
  _ c: Vector, aUb: Matrix? = nil, bUb: Vector? = nil, aEq: Matrix? = nil, bEq: Vector? = nil,
  bounds: [(Double, Double)]? = nil, maxiter: Int = 10_000
) throws -> LinprogResult {
  let n = c.count
  if n == 0 { throw CalculusError(function: "linprog", reason: "c is empty (the problem needs at least one variable)") }
  if (aUb == nil) != (bUb == nil) {
    throw CalculusError(function: "linprog", reason: "aUb and bUb must be given together")
  }
  if (aEq == nil) != (bEq == nil) {
    throw CalculusError(function: "linprog", reason: "aEq and bEq must be given together")
  }
  for (name, a, b) in [("aUb", aUb, bUb), ("aEq", aEq, bEq)] {
    guard let a, let b else { continue }
    if a.columns != n || a.rows != b.count {
      failure(
        "linprog: \(name) has shape \(shapeText(a.rows, a.columns)) and its right-hand side \(shapeText(b.count)); expected (m, \(n)) and (m,)"
      )
    }
  }
  if maxiter < 1 { throw CalculusError(function: "linprog", reason: "maxiter must be at least 1, got \(maxiter)") }
  let (lower, upper) =
    try bounds.map { try checkedBounds($0, count: n, in: "linprog") }
    ?? ([Double](repeating: 0, count: n), [Double](repeating: .infinity, count: n))
  // Standard form: x = offset + Σ (columns of z), z ≥ 0, one or two z per variable.
  var columnsOf: [[(index: Int, sign: Double)]] = []
  var offset = [Double](repeating: 0, count: n)
  var zCount = 0
  var extraRows: [(coefficients: [(Int, Double)], rhs: Double)] = []  // z-space inequalities
  for i in 0..<n {
    if lower[i].isFinite {
      offset[i] = lower[i]
      columnsOf.append([(zCount, 1)])
      if upper[i].isFinite { extraRows.append(([(zCount, 1)], upper[i] - lower[i])) }
      zCount += 1
    } else if upper[i].isFinite {
      offset[i] = upper[i]
      columnsOf.append([(zCount, -1)])
      zCount += 1
    } else {
      columnsOf.append([(zCount, 1), (zCount + 1, -1)])
      zCount += 2
    }
  }
  // Rows: A_ub x ≤ b_ub and the upper bounds get slacks; A_eq x = b_eq do not.
  var rows: [(coefficients: [Double], rhs: Double, slack: Bool)] = []
  func zRow(_ a: Matrix, _ r: Int, _ b: Double) -> ([Double], Double) {
    var coefficients = [Double](repeating: 0, count: zCount)
    var rhs = b
    for i in 0..<n {
      let aij = a[r, i]
      rhs -= aij * offset[i]
      for (index, sign) in columnsOf[i] { coefficients[index] += aij * sign }
    }
    return (coefficients, rhs)
  }
  if let aUb, let bUb {
    for r in 0..<aUb.rows {
      let (coefficients, rhs) = zRow(aUb, r, bUb[r])
      rows.append((coefficients, rhs, true))
    }
  }
  for extra in extraRows {
    var coefficients = [Double](repeating: 0, count: zCount)
    for (index, value) in extra.coefficients { coefficients[index] = value }
    rows.append((coefficients, extra.rhs, true))
  }
  if let aEq, let bEq {
    for r in 0..<aEq.rows {
      let (coefficients, rhs) = zRow(aEq, r, bEq[r])
      rows.append((coefficients, rhs, false))
    }
  }
  var cost = [Double](repeating: 0, count: zCount)
  for i in 0..<n { for (index, sign) in columnsOf[i] { cost[index] += c[i] * sign } }
  let slackCount = rows.filter(\.slack).count
  var simplex = Simplex(rows: rows, variables: zCount, slacks: slackCount)
  let outcome = simplex.solve(cost: cost, maxiter: maxiter)
  func residuals(_ x: Vector) -> (Vector, Vector) {
    func residual(_ a: Matrix?, _ b: Vector?) -> Vector {
      guard let a, let b else { return Vector([]) }
      return Vector((0..<a.rows).map { r in b[r] - (0..<n).reduce(0) { $0 + a[r, $1] * x[$1] } })
    }
    return (residual(aUb, bUb), residual(aEq, bEq))
  }
  guard outcome.status == 0, let z = outcome.solution else {
    let nanX = Vector(repeating: .nan, count: n)
    let messages = [
      1: "Iteration limit reached.", 2: "The problem is infeasible.", 3: "The problem is unbounded.",
    ]
    return LinprogResult(
      x: nanX, fun: .nan, slack: Vector(repeating: .nan, count: aUb?.rows ?? 0),
      con: Vector(repeating: .nan, count: aEq?.rows ?? 0), success: false, status: outcome.status,
      message: messages[outcome.status] ?? "", nit: outcome.pivots)
  }
  var x = offset
  for i in 0..<n { for (index, sign) in columnsOf[i] { x[i] += sign * z[index] } }
  // A variable pushed past a bound by rounding is put back on it.
  for i in 0..<n { x[i] = Swift.min(Swift.max(x[i], lower[i]), upper[i]) }
  let xv = Vector(x)
  let (slack, con) = residuals(xv)
  let fun = (0..<n).reduce(0) { $0 + c[$1] * x[$1] }
  return LinprogResult(
    x: xv, fun: unsignedNaN(fun), slack: slack, con: con, success: true, status: 0,
    message: "Optimization terminated successfully.", nit: outcome.pivots)
}

/// A dense simplex tableau over z ≥ 0 (structural variables, then slacks, then artificials).
private struct Simplex {
  var tableau: [[Double]]  // m rows of (columns + 1), the last entry the right-hand side
  var basis: [Int]
  let structural: Int
  let slacks: Int
  let artificials: Int
  var pivots = 0
  let tolerance = 1e-9

  init(rows: [(coefficients: [Double], rhs: Double, slack: Bool)], variables: Int, slacks: Int) {
    structural = variables
    self.slacks = slacks
    artificials = rows.count
    let width = variables + slacks + rows.count
    tableau = []
    basis = []
    var slackIndex = 0
    for (r, row) in rows.enumerated() {
      var line = row.coefficients + [Double](repeating: 0, count: slacks + rows.count + 1)
      if row.slack {
        line[variables + slackIndex] = 1
        slackIndex += 1
      }
      line[width] = row.rhs
      // A negative right-hand side is negated, so the artificial basis starts feasible.
      if row.rhs < 0 { line = line.map { -$0 } }
      line[variables + slacks + r] = 1
      tableau.append(line)
      basis.append(variables + slacks + r)
    }
  }

  var width: Int { structural + slacks + artificials }

  mutating func pivot(_ row: Int, _ column: Int) {
    let p = tableau[row][column]
    tableau[row] = tableau[row].map { $0 / p }
    for r in 0..<tableau.count where r != row {
      let factor = tableau[r][column]
      if factor != 0 {
        for j in 0...width { tableau[r][j] -= factor * tableau[row][j] }
        tableau[r][column] = 0
      }
    }
    basis[row] = column
    pivots += 1
  }

  /// Minimises Σ cost_j z_j over the allowed columns by Bland's rule: 0 optimal, 1 limit, 3 unbounded.
  mutating func optimize(_ cost: [Double], allowed: Int, maxiter: Int) -> Int {
    while true {
      // Reduced costs c_j − c_Bᵀ B⁻¹ a_j, from the current tableau.
      var entering: Int?
      for j in 0..<allowed where !basis.contains(j) {
        var reduced = cost[j]
        for (r, b) in basis.enumerated() where b < cost.count { reduced -= cost[b] * tableau[r][j] }
        if reduced < -tolerance {
          entering = j
          break
        }
      }
      guard let column = entering else { return 0 }
      if pivots >= maxiter { return 1 }
      var leaving: Int?
      var best = Double.infinity
      for r in 0..<tableau.count where tableau[r][column] > tolerance {
        let ratio = tableau[r][width] / tableau[r][column]
        if ratio < best - tolerance || (abs(ratio - best) <= tolerance && basis[r] < basis[leaving ?? r]) {
          best = ratio
          leaving = r
        }
      }
      guard let row = leaving else { return 3 }
      pivot(row, column)
    }
  }

  mutating func solve(cost: [Double], maxiter: Int) -> (status: Int, solution: [Double]?, pivots: Int) {
    // Phase 1: minimise the sum of the artificials.
    var phase1 = [Double](repeating: 0, count: width)
    for j in (structural + slacks)..<width { phase1[j] = 1 }
    let scale = 1 + (tableau.map { abs($0[width]) }.max() ?? 0)
    let status1 = optimize(phase1, allowed: width, maxiter: maxiter)
    if status1 == 1 { return (1, nil, pivots) }
    let infeasibility = basis.enumerated().reduce(0.0) { sum, entry in
      entry.element >= structural + slacks ? sum + tableau[entry.offset][width] : sum
    }
    if infeasibility > tolerance * scale { return (2, nil, pivots) }
    // Drive the artificials out of the basis; a row with no other pivot is redundant.
    var r = 0
    while r < tableau.count {
      if basis[r] >= structural + slacks {
        if let column = (0..<(structural + slacks)).first(where: { abs(tableau[r][$0]) > tolerance }) {
          pivot(r, column)
          pivots -= 1  // not a simplex step
        } else {
          tableau.remove(at: r)
          basis.remove(at: r)
          continue
        }
      }
      r += 1
    }
    // Phase 2 on the structural and slack columns.
    let phase2 = cost + [Double](repeating: 0, count: slacks)
    let status2 = optimize(phase2, allowed: structural + slacks, maxiter: maxiter)
    if status2 != 0 { return (status2, nil, pivots) }
    var z = [Double](repeating: 0, count: structural)
    for (row, b) in basis.enumerated() where b < structural { z[b] = Swift.max(tableau[row][width], 0) }
    return (0, z, pivots)
  }
}
