import Foundation
import XCTest

@testable import MLMath

/// `minimize` against SciPy 1.17 (Fixtures/reference/optimize.json).
///
/// Tolerances (also in docs/numpy-to-mlmath.md):
/// - Nelder–Mead is SciPy's algorithm on the same bits: x, fun and every iterate of the
///   path within 1e-12, nit and nfev equal.
/// - BFGS is SciPy's algorithm, but BLAS dot products and norms round differently in the
///   last bits, which grow while the method converges: x within `bfgsXTolerance` (scaled),
///   fun within `bfgsFunTolerance` (absolute), iteration counts within 2 of SciPy's.
/// - L-BFGS-B is the Byrd–Lu–Nocedal–Zhu algorithm (with the 2011 Morales–Nocedal
///   subspace step) written from the papers, not ported from SciPy's C: with an exact
///   gradient x within 1e-10 and nit, nfev, message equal to SciPy's; with differences it
///   is judged by how close it ends to the minimiser found with tight tolerances
///   (`xTight`, `funTight`): no farther than SciPy's own result plus `lbfgsbXTolerance`
///   (x, scaled) and `lbfgsbFunTolerance` (fun).
final class OptimizeMinimizeTests: XCTestCase {
  static let bfgsXTolerance = 1e-5
  static let bfgsFunTolerance = 1e-9
  static let lbfgsbXTolerance = 1e-5
  static let lbfgsbFunTolerance = 1e-10

  func testMinimizeMatchesSciPy() throws {
    let fixture = try OptimizeFixture.load()
    var worst: [String: (x: Double, fun: Double, nit: Int)] = [:]
    var lbfgsbExcess = (x: -Double.infinity, fun: -Double.infinity)
    var hessInvWorst = 0.0
    for row in fixture.minimize {
      let (f, g, _) = try fixture.problem(row.problem)
      let method = try XCTUnwrap(MinimizeMethod(rawValue: row.method))
      let bounds = row.bounds?.map { ($0[0].value, $0[1].value) }
      let r = try minimize(f, x0: vector(row.x0), method: method, jac: row.jac ? g : nil, bounds: bounds)
      let label = "\(row.method) jac=\(row.jac) \(row.problem) from \(vector(row.x0)) bounds=\(bounds != nil)"
      let xError = scaledError(r.x, vector(row.x))
      let funError = abs(r.fun - row.fun.value)
      let key = "\(row.method) jac=\(row.jac)"
      let previous = worst[key] ?? (0, 0, 0)
      worst[key] = (
        Swift.max(previous.x, xError), Swift.max(previous.fun, funError), Swift.max(previous.nit, abs(r.nit - row.nit))
      )
      XCTAssertEqual(r.success, row.success, label)
      switch method {
      case .nelderMead:
        XCTAssertLessThanOrEqual(xError, 1e-12, label)
        XCTAssertLessThanOrEqual(funError, 1e-12 * Swift.max(1, abs(row.fun.value)), label)
        XCTAssertEqual(r.nit, row.nit, label)
        XCTAssertEqual(r.nfev, row.nfev, label)
        XCTAssertEqual(r.status, row.status, label)
        XCTAssertEqual(r.message, row.message, label)
        let path = try XCTUnwrap(row.path)
        XCTAssertEqual(r.path.count, path.count, label)
        for (a, b) in zip(r.path, path) { XCTAssertLessThanOrEqual(scaledError(a, vector(b)), 1e-12, label) }
      case .bfgs:
        XCTAssertLessThanOrEqual(xError, Self.bfgsXTolerance, label)
        XCTAssertLessThanOrEqual(funError, Self.bfgsFunTolerance, label)
        XCTAssertLessThanOrEqual(abs(r.nit - row.nit), 2, label)
        XCTAssertEqual(r.message, row.message, label)
        XCTAssertEqual(r.path.count, r.nit + 1, label)
        XCTAssertLessThanOrEqual(infinityNorm(try XCTUnwrap(r.jac)), 1e-5, label)
        // SciPy's hess_inv: to 1e-8 (relative to its largest entry) with an exact gradient.
        let h = try XCTUnwrap(r.hessInv)
        let reference = try XCTUnwrap(row.hessInv).flatMap { $0.map(\.value) }
        let scale = reference.map(abs).max() ?? 1
        let hError = zip(h.elements, reference).map { abs($0 - $1) / scale }.max() ?? 0
        if row.jac {
          hessInvWorst = Swift.max(hessInvWorst, hError)
          XCTAssertLessThanOrEqual(hError, 1e-8, label)
        }
      case .lbfgsb:
        if row.jac {
          // With an exact gradient the iterates are SciPy's: same counts, x to rounding.
          XCTAssertLessThanOrEqual(xError, 1e-10, label)
          XCTAssertLessThanOrEqual(funError, 1e-12 * Swift.max(1, abs(row.fun.value)), label)
          XCTAssertEqual(r.nit, row.nit, label)
          XCTAssertEqual(r.nfev, row.nfev, label)
          XCTAssertEqual(r.message, row.message, label)
        }
        // Judged also by the distance to the tightly converged minimiser, against SciPy's own.
        let tightX = vector(row.xTight)
        let tightFun = row.funTight.value
        let xExcess = scaledError(r.x, tightX) - scaledError(vector(row.x), tightX)
        let funExcess = abs(r.fun - tightFun) - abs(row.fun.value - tightFun)
        lbfgsbExcess = (Swift.max(lbfgsbExcess.x, xExcess), Swift.max(lbfgsbExcess.fun, funExcess))
        XCTAssertLessThanOrEqual(xExcess, Self.lbfgsbXTolerance, label)
        XCTAssertLessThanOrEqual(funExcess, Self.lbfgsbFunTolerance, label)
        XCTAssertEqual(r.path.count, r.nit + 1, label)
        if let bounds {
          for (value, (lo, hi)) in zip(r.x.elements, bounds) { XCTAssertTrue(value >= lo && value <= hi, label) }
        }
      }
    }
    for (key, value) in worst.sorted(by: { $0.key < $1.key }) {
      print(
        "minimize \(key): worst scaled |x − x_scipy| \(value.x), |fun − fun_scipy| \(value.fun), |nit − nit_scipy| \(value.nit)"
      )
    }
    print("BFGS with jac: worst hess_inv error against SciPy (relative to its largest entry) \(hessInvWorst)")
    print(
      "L-BFGS-B: worst excess over SciPy's distance to the tight minimiser: x \(lbfgsbExcess.x), fun \(lbfgsbExcess.fun)"
    )
  }
}

extension OptimizeMinimizeTests {
  func testInvalidArgumentsThrowDescriptiveErrors() throws {
    func message(_ body: () throws -> Any) -> String {
      do {
        _ = try body()
        return "no error"
      } catch { return "\(error)" }
    }
    XCTAssertEqual(
      message { try minimize(rosen, x0: []) }, "minimize: x0 is empty (the objective needs at least one variable)")
    XCTAssertEqual(
      message { try minimize(rosen, x0: [0, 0], bounds: [(1, 0), (0, 1)]) },
      "minimize: bound 0 has lower 1.0 > upper 0.0 (each pair is (min, max))")
    XCTAssertEqual(
      message { try minimize(rosen, x0: [0, 0], bounds: [(0, 1)]) },
      "minimize: bounds has 1 (min, max) pairs but x0 has 2 variables; give one pair per variable")
    XCTAssertEqual(
      message { try minimize(rosen, x0: [0, 0], bounds: [(0, 1), (.nan, 1)]) },
      "minimize: bound 1 is NaN; use -infinity or infinity for no bound")
    XCTAssertEqual(
      message { try minimize(rosen, x0: [0, 0], method: .bfgs, bounds: [(0, 1), (0, 1)]) },
      "minimize: method BFGS cannot handle bounds; use method: .lbfgsb or .nelderMead")
    XCTAssertEqual(message { try minimize(rosen, x0: [0, 0], tol: 0) }, "minimize: tol must be positive, got 0.0")
    XCTAssertEqual(
      message { try minimize(rosen, x0: [0, 0], maxiter: 0) }, "minimize: maxiter must be at least 1, got 0")
  }

  func testDefaultsLimitsAndReport() throws {
    // SciPy's default method: BFGS without bounds, L-BFGS-B with them.
    let free = try minimize(rosen, x0: [-1.2, 1], jac: rosenDer)
    XCTAssertEqual(free.message, "Optimization terminated successfully.")
    let boxed = try minimize(rosen, x0: [-1.2, 1], jac: rosenDer, bounds: [(-2, 0.5), (-2, 2)])
    XCTAssertTrue(boxed.message.hasPrefix("CONVERGENCE"), boxed.message)
    XCTAssertEqual(boxed.x[0], 0.5)
    // An iteration limit is reported, not thrown (SciPy's status 2 for Nelder–Mead, 1 for BFGS).
    let short = try minimize(rosen, x0: [-1.2, 1], method: .nelderMead, maxiter: 10)
    XCTAssertEqual(short.status, 2)
    XCTAssertEqual(short.message, "Maximum number of iterations has been exceeded.")
    XCTAssertEqual(short.nit, 10)
    let shortBFGS = try minimize(rosen, x0: [-1.2, 1], method: .bfgs, maxiter: 3)
    XCTAssertEqual(shortBFGS.status, 1)
    XCTAssertFalse(shortBFGS.success)
    XCTAssertEqual(shortBFGS.path.count, 4)
    // A looser tol stops Nelder–Mead earlier.
    let loose = try minimize(rosen, x0: [-1.2, 1], method: .nelderMead, tol: 1e-2)
    XCTAssertLessThan(loose.nit, 85)
    // The report lists SciPy's fields.
    let q = try minimize({ p in (p[0] - 1) * (p[0] - 1) + (p[1] - 2) * (p[1] - 2) }, x0: [0, 0], method: .nelderMead)
    let report = "\(q)"
    XCTAssertTrue(
      report.hasPrefix("message: Optimization terminated successfully.\nsuccess: True\n status: 0\n"), report)
    XCTAssertTrue(
      report.contains("\n      x: \(q.x)\n    nit: \(q.nit)\n   nfev: \(q.nfev)\n   path: \(q.path.count) points"),
      report)
    XCTAssertFalse(report.contains("jac"), report)
    XCTAssertTrue("\(free)".contains("\n    njev: \(free.njev)\n"), "\(free)")
    XCTAssertTrue("\(free)".contains("\nhess_inv: [["), "\(free)")
    // A function that is NaN everywhere: BFGS reports a failure instead of trapping.
    let nan = try minimize({ _ in .nan }, x0: [1, 2], method: .bfgs)
    XCTAssertFalse(nan.success)
    let nanBounded = try minimize({ _ in .nan }, x0: [1, 2], method: .lbfgsb)
    XCTAssertFalse(nanBounded.success)
  }
}
