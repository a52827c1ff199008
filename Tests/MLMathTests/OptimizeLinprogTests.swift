import Foundation
import XCTest

@testable import MLMath

/// `linprog` (two-phase simplex, Bland's rule) against SciPy's HiGHS on problems with a
/// unique optimum, where any exact method must agree: x, fun, slack and con within 1e-9.
final class OptimizeLinprogTests: XCTestCase {
  func testLinprogMatchesSciPy() throws {
    let fixture = try OptimizeFixture.load()
    var worst = 0.0
    for (index, row) in fixture.linprog.enumerated() {
      func matrix(_ rows: [[ReferenceNumber]]?) -> Matrix? { rows.map { Matrix($0.map { $0.map(\.value) }) } }
      let r = try linprog(
        vector(row.c), aUb: matrix(row.A_ub), bUb: row.b_ub.map(vector), aEq: matrix(row.A_eq),
        bEq: row.b_eq.map(vector), bounds: row.bounds?.map { ($0[0].value, $0[1].value) })
      let label = "problem \(index): \(r)"
      XCTAssertEqual(r.status, row.status, label)
      XCTAssertEqual(r.success, row.status == 0, label)
      guard row.status == 0, let x = row.x, let fun = row.fun else {
        XCTAssertTrue(r.x.elements.allSatisfy(\.isNaN), label)
        XCTAssertTrue(r.fun.isNaN, label)
        continue
      }
      let errors = [
        scaledError(r.x, vector(x)), abs(r.fun - fun.value) / Swift.max(1, abs(fun.value)),
        scaledError(r.slack, vector(row.slack ?? [])), scaledError(r.con, vector(row.con ?? [])),
      ]
      worst = Swift.max(worst, errors.max() ?? 0)
      XCTAssertLessThanOrEqual(errors.max() ?? 0, 1e-9, label)
    }
    print("linprog: worst scaled error against SciPy (HiGHS) \(worst)")
  }

  func testMessagesReportAndErrors() throws {
    let infeasible = try linprog([1, 1], aUb: [[1, 1]], bUb: [-1])
    XCTAssertEqual(infeasible.message, "The problem is infeasible.")
    let unbounded = try linprog([-1, 0], aUb: [[1, -1]], bUb: [1])
    XCTAssertEqual(unbounded.message, "The problem is unbounded.")
    let r = try linprog([-1, -2], aUb: [[1, 1], [1, -1]], bUb: [4, 1])
    XCTAssertEqual(
      "\(r)",
      "message: Optimization terminated successfully.\nsuccess: True\n status: 0\n    fun: -8.0\n      x: [0. 4.]\n    nit: \(r.nit)\n  slack: [0. 5.]\n    con: []"
    )
    // Only bounds: each variable sits at the bound its cost prefers.
    let boxed = try linprog([1, -1], bounds: [(-2, 3), (-1, 4)])
    XCTAssertEqual(boxed.x, Vector([-2, 4]))
    let limited = try linprog([-3, -5], aUb: [[1, 0], [0, 2], [3, 2]], bUb: [4, 12, 18], maxiter: 1)
    XCTAssertEqual(limited.status, 1)
    func message(_ body: () throws -> Any) -> String {
      do {
        _ = try body()
        return "no error"
      } catch { return "\(error)" }
    }
    XCTAssertEqual(message { try linprog([]) }, "linprog: c is empty (the problem needs at least one variable)")
    XCTAssertEqual(
      message { try linprog([1, 1], bounds: [(1, 0), (0, 1)]) },
      "linprog: bound 0 has lower 1.0 > upper 0.0 (each pair is (min, max))")
    XCTAssertEqual(message { try linprog([1], aUb: [[1]]) }, "linprog: aUb and bUb must be given together")
  }
}
