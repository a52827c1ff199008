import Foundation
import XCTest

@testable import MLMath

/// Fixtures/reference/optimize.json (scripts/reference/optimize.py), typed.
struct OptimizeFixture: Decodable {
  struct Quadratic: Decodable {
    let A: [[ReferenceNumber]]
    let b: [ReferenceNumber]
  }
  struct MinimizeRow: Decodable {
    let problem: String
    let method: String
    let jac: Bool
    let x0: [ReferenceNumber]
    let bounds: [[ReferenceNumber]]?
    let x: [ReferenceNumber]
    let fun: ReferenceNumber
    let nit: Int
    let nfev: Int
    let njev: Int
    let status: Int
    let success: Bool
    let message: String
    let path: [[ReferenceNumber]]?
    let xTight: [ReferenceNumber]
    let hessInv: [[ReferenceNumber]]?
    let funTight: ReferenceNumber
  }
  struct OptimizerRow: Decodable {
    let optimizer: String
    let params: [String: ReferenceNumber]
    let problem: String
    let x0: [ReferenceNumber]
    let steps: Int
    let path: [[ReferenceNumber]]
  }
  struct ScheduleRow: Decodable {
    let schedule: String
    let lr: Double
    let stepSize: Int?
    let gamma: Double?
    let tMax: Int?
    let etaMin: Double?
    let values: [Double]
  }
  struct NewtonRow: Decodable {
    let problem: String
    let x0: [ReferenceNumber]
    let x: [ReferenceNumber]
    let fun: ReferenceNumber
    let nit: Int
    let path: [[ReferenceNumber]]
  }
  struct BacktrackingRow: Decodable {
    let problem: String
    let x: [ReferenceNumber]
    let alpha0: Double
    let rho: Double
    let c: Double
    let alpha: Double
    let fun: ReferenceNumber
    let nfev: Int
  }
  struct LinprogRow: Decodable {
    let c: [ReferenceNumber]
    let A_ub: [[ReferenceNumber]]?
    let b_ub: [ReferenceNumber]?
    let A_eq: [[ReferenceNumber]]?
    let b_eq: [ReferenceNumber]?
    let bounds: [[ReferenceNumber]]?
    let status: Int
    let x: [ReferenceNumber]?
    let fun: ReferenceNumber?
    let slack: [ReferenceNumber]?
    let con: [ReferenceNumber]?
  }
  struct LineSearchRow: Decodable {
    let problem: String
    let x: [ReferenceNumber]
    let oldOldFval: Double?
    let amax: Double?
    let c2: Double
    let alpha: ReferenceNumber?
    let fc: Int
    let gc: Int
    let newFval: ReferenceNumber?
    let oldFval: ReferenceNumber?
    let newSlope: [ReferenceNumber]?
  }
  let quadratics: [String: Quadratic]
  let minimize: [MinimizeRow]
  let optimizers: [OptimizerRow]
  let schedules: [ScheduleRow]
  let newton: [NewtonRow]
  let backtracking: [BacktrackingRow]
  let linprog: [LinprogRow]
  let lineSearch: [LineSearchRow]

  static func load() throws -> OptimizeFixture { try decodeReferenceFixture("optimize") }

  /// f, ∇f and ∇²f of a named problem, with the script's arithmetic, operation for operation.
  func problem(_ name: String) throws -> (
    f: (Vector) -> Double, g: (Vector) -> Vector, h: ((Vector) -> Matrix)?
  ) {
    switch name {
    case "rosen": return (rosen, rosenDer, rosenHess)
    case "himmelblau": return (himmelblau, himmelblauDer, himmelblauHess)
    case "beale": return (beale, bealeDer, nil)
    default:
      let q = try XCTUnwrap(quadratics[name], "no problem \(name)")
      let a00 = q.A[0][0].value
      let a01 = q.A[0][1].value
      let a11 = q.A[1][1].value
      let b0 = q.b[0].value
      let b1 = q.b[1].value
      return (
        { x in
          0.5 * (a00 * x[0] * x[0] + 2.0 * a01 * x[0] * x[1] + a11 * x[1] * x[1]) - (b0 * x[0] + b1 * x[1])
        },
        { x in Vector([a00 * x[0] + a01 * x[1] - b0, a01 * x[0] + a11 * x[1] - b1]) },
        { _ in Matrix([[a00, a01], [a01, a11]]) }
      )
    }
  }
}

func vector(_ numbers: [ReferenceNumber]) -> Vector { Vector(numbers.map(\.value)) }

func rosen(_ x: Vector) -> Double {
  var s = 0.0
  for i in 0..<(x.count - 1) {
    let t = x[i + 1] - x[i] * x[i]
    s += 100.0 * (t * t) + (1.0 - x[i]) * (1.0 - x[i])
  }
  return s
}

func rosenDer(_ x: Vector) -> Vector {
  var g = Vector(repeating: 0, count: x.count)
  for i in 0..<(x.count - 1) {
    let t = x[i + 1] - x[i] * x[i]
    g[i] += -400.0 * x[i] * t - 2.0 * (1.0 - x[i])
    g[i + 1] += 200.0 * t
  }
  return g
}

func rosenHess(_ x: Vector) -> Matrix {
  let n = x.count
  var h = Matrix(rows: n, columns: n)
  for i in 0..<(n - 1) {
    h[i, i] += 1200.0 * x[i] * x[i] - 400.0 * x[i + 1] + 2.0
    h[i, i + 1] += -400.0 * x[i]
    h[i + 1, i] += -400.0 * x[i]
    h[i + 1, i + 1] += 200.0
  }
  return h
}

func himmelblau(_ x: Vector) -> Double {
  let a = x[0] * x[0] + x[1] - 11.0
  let b = x[0] + x[1] * x[1] - 7.0
  return a * a + b * b
}

func himmelblauDer(_ x: Vector) -> Vector {
  let a = x[0] * x[0] + x[1] - 11.0
  let b = x[0] + x[1] * x[1] - 7.0
  return Vector([4.0 * x[0] * a + 2.0 * b, 2.0 * a + 4.0 * x[1] * b])
}

func himmelblauHess(_ x: Vector) -> Matrix {
  Matrix([
    [12.0 * x[0] * x[0] + 4.0 * x[1] - 42.0, 4.0 * x[0] + 4.0 * x[1]],
    [4.0 * x[0] + 4.0 * x[1], 4.0 * x[0] + 12.0 * x[1] * x[1] - 26.0],
  ])
}

func beale(_ x: Vector) -> Double {
  let a = 1.5 - x[0] + x[0] * x[1]
  let b = 2.25 - x[0] + x[0] * x[1] * x[1]
  let c = 2.625 - x[0] + x[0] * x[1] * x[1] * x[1]
  return a * a + b * b + c * c
}

func bealeDer(_ x: Vector) -> Vector {
  let a = 1.5 - x[0] + x[0] * x[1]
  let b = 2.25 - x[0] + x[0] * x[1] * x[1]
  let c = 2.625 - x[0] + x[0] * x[1] * x[1] * x[1]
  let y = x[1]
  return Vector([
    2.0 * a * (y - 1.0) + 2.0 * b * (y * y - 1.0) + 2.0 * c * (y * y * y - 1.0),
    2.0 * a * x[0] + 4.0 * b * x[0] * y + 6.0 * c * x[0] * y * y,
  ])
}

/// max |aᵢ − bᵢ| / max(1, |bᵢ|).
func scaledError(_ a: Vector, _ b: Vector) -> Double {
  if a.count != b.count { return .infinity }
  return zip(a.elements, b.elements).map { abs($0 - $1) / Swift.max(1, abs($1)) }.max() ?? 0
}
