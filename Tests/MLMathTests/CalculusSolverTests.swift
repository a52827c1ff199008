import Foundation
import XCTest

@testable import MLMath

/// quad, dblquad, Monte Carlo, root finders, fsolve and solveIVP against
/// Fixtures/reference/calculus.json (SciPy's outputs and mpmath's exact values).
final class CalculusSolverTests: XCTestCase {
  // MARK: - quad

  /// QUADPACK ported statement by statement: value, abserr, neval and the number of
  /// subintervals equal SciPy's, the value within 1e-10 of SciPy's (relative) and within
  /// the requested tolerance of the exact integral.
  func testQuadMatchesSciPyAndTheExactIntegral() throws {
    var worstValue = 0.0
    var worstError = 0.0
    var worstLabel = ""
    for row in try CalculusFixture.rows("quad") {
      let name = try XCTUnwrap(row["f"] as? String)
      let f = try XCTUnwrap(CalculusFixture.functions[name])
      let a = fixtureNumber(row["a"])
      let b = fixtureNumber(row["b"])
      let r = try quad(f, a, b)
      let scipyValue = fixtureNumber(row["value"])
      let scipyError = fixtureNumber(row["abserr"])
      let label = "quad(\(name), \(a), \(b))"
      worstValue = Swift.max(worstValue, abs(r.value - scipyValue) / Swift.max(abs(scipyValue), 1e-300))
      let errorDifference = abs(r.abserr - scipyError) / Swift.max(scipyError, 1e-300)
      if errorDifference > worstError { worstLabel = label }
      worstError = Swift.max(worstError, errorDifference)
      XCTAssertTrue(calculusClose(r.value, scipyValue, relative: 1e-10, absolute: 1e-14), "\(label) = \(r.value)")
      XCTAssertTrue(calculusClose(r.abserr, scipyError, relative: 1e-7, absolute: 1e-20), "\(label) abserr \(r.abserr)")
      XCTAssertEqual(r.neval, row["neval"] as? Int, label)
      XCTAssertEqual(r.subintervals, row["last"] as? Int, label)
      let ier = row["ier"] as? Int ?? 0
      XCTAssertEqual(r.converged, ier == 0, label)
      if ier == 0 {
        let exact = fixtureNumber(row["exact"])
        XCTAssertLessThanOrEqual(abs(r.value - exact), Swift.max(1.49e-8, 1.49e-8 * abs(exact)), label)
        XCTAssertNil(r.message)
      } else {
        XCTAssertEqual(r.ier, 1)
        XCTAssertTrue(r.message?.hasPrefix("The maximum number of subdivisions (50) has been achieved.") ?? false)
      }
    }
    print("quad: worst relative difference from SciPy: value \(worstValue), abserr \(worstError) (\(worstLabel))")
  }

  func testQuadEdgeCasesFollowSciPy() throws {
    let same = try quad({ exp($0) }, 2, 2)
    XCTAssertEqual(same.value, 0)
    XCTAssertEqual(same.neval, 0)
    // NaN and ∞ integrands give NaN and ∞, as SciPy's (nan, nan) and (inf, inf).
    XCTAssertTrue(try quad({ _ in .nan }, 0, 1).value.isNaN)
    XCTAssertEqual(try quad({ _ in .infinity }, 0, 1).value, .infinity)
    let nanLimit = try quad({ $0 }, .nan, 1)
    XCTAssertTrue(nanLimit.value.isNaN && nanLimit.value.sign == .plus)
    XCTAssertThrowsError(try quad({ $0 }, 0, 1, limit: 0)) { error in
      XCTAssertEqual(
        "\(error)", "quad: Invalid 'limit' argument. There must be at least one subinterval")
    }
    XCTAssertThrowsError(try quad({ $0 }, 0, 1, epsabs: 0, epsrel: 0)) { error in
      XCTAssertEqual(
        "\(error)", "quad: If 'epsabs'<=0, 'epsrel' must be greater than both 5e-29 and 50*(machine epsilon).")
    }
    // A tighter tolerance is honoured.
    let tight = try quad({ cos($0) }, 0, 1, epsabs: 1e-14, epsrel: 1e-14)
    XCTAssertEqual(tight.value, sin(1), accuracy: 1e-14)
  }

  func testDblquadMatchesSciPy() throws {
    for row in try CalculusFixture.rows("dblquad") {
      let name = try XCTUnwrap(row["f"] as? String)
      let r: QuadResult
      switch name {
      case "xy_triangle": r = try dblquad({ y, x in x * y }, 0, 1, { _ in 0 }, { 1 - $0 })
      case "gauss_rect": r = try dblquad({ y, x in exp(-(x * x + y * y)) }, -1, 1, -2, 2)
      default: r = try dblquad({ _, _ in 1 }, 0, 1, { _ in 0 }, { (1 - $0 * $0).squareRoot() })
      }
      let scipyValue = fixtureNumber(row["value"])
      XCTAssertTrue(calculusClose(r.value, scipyValue, relative: 1e-10), "\(name): \(r.value) vs \(scipyValue)")
      XCTAssertTrue(calculusClose(r.abserr, fixtureNumber(row["abserr"]), relative: 1e-6, absolute: 1e-20), name)
      XCTAssertLessThanOrEqual(abs(r.value - fixtureNumber(row["exact"])), 1.49e-8, name)
    }
  }

  func testMonteCarloUsesNumPysDraws() throws {
    for row in try CalculusFixture.rows("montecarlo") {
      let name = try XCTUnwrap(row["f"] as? String)
      var rs = RandomState(seed: try XCTUnwrap(row["seed"] as? Int))
      let box = fixtureMatrix(row["box"]).map { ($0[0], $0[1]) }
      let f: (Vector) -> Double
      switch name {
      case "xy": f = { $0[0] * $0[1] }
      case "sin0": f = { sin($0[0]) }
      default: f = { p in exp(-p.elements.reduce(0) { $0 + $1 * $1 }) }
      }
      let r = monteCarloIntegrate(f, over: box, samples: try XCTUnwrap(row["n"] as? Int), using: &rs)
      XCTAssertEqual(r.estimate, fixtureNumber(row["estimate"]), accuracy: 1e-12 * abs(r.estimate), name)
      XCTAssertEqual(r.standardError, fixtureNumber(row["stderr"]), accuracy: 1e-10 * r.standardError, name)
      // The process-wide stream after Random.seed gives the same draws.
      Random.seed(try XCTUnwrap(row["seed"] as? Int))
      let shared = monteCarloIntegrate(f, over: box, samples: try XCTUnwrap(row["n"] as? Int))
      XCTAssertEqual(shared, r)
    }
  }

  // MARK: - roots

  /// Roots, iteration counts and call counts equal SciPy's full_output; a bracket
  /// without a sign change throws with both ends and values.
  func testRootFindersMatchSciPy() throws {
    for row in try CalculusFixture.rows("roots") {
      let method = try XCTUnwrap(row["method"] as? String)
      let name = try XCTUnwrap(row["f"] as? String)
      let f = try XCTUnwrap(CalculusFixture.functions[name])
      let result: RootResult
      switch method {
      case "brentq", "bisect":
        let a = fixtureNumber(row["a"])
        let b = fixtureNumber(row["b"])
        let solver = method == "brentq" ? brentq : bisect
        if row["error"] != nil {
          XCTAssertThrowsError(try solver(f, a, b, 2e-12, 4 * .ulpOfOne, 100, true)) { error in
            XCTAssertTrue("\(error)".contains("f(a) and f(b) must have different signs"), "\(error)")
          }
          continue
        }
        result = try solver(f, a, b, 2e-12, 4 * .ulpOfOne, 100, true)
        XCTAssertEqual(result.root, fixtureNumber(row["root"]), accuracy: 2e-12, "\(method) \(name)")
      default:
        let x0 = fixtureNumber(row["x0"])
        switch method {
        case "newton": result = try newton(f, x0, fprime: CalculusFixture.fprime[name])
        case "halley":
          result = try newton(f, x0, fprime: CalculusFixture.fprime[name], fprime2: CalculusFixture.fprime2[name])
        default: result = try newton(f, x0)
        }
        XCTAssertEqual(result.method, method)
        XCTAssertEqual(result.root, fixtureNumber(row["root"]), accuracy: 1e-12 * Swift.max(1, abs(result.root)))
      }
      XCTAssertEqual(result.iterations, row["iterations"] as? Int, "\(method) \(name) iterations")
      XCTAssertEqual(result.functionCalls, row["calls"] as? Int, "\(method) \(name) calls")
      XCTAssertEqual(result.converged, row["converged"] as? Bool)
    }
  }

  func testRootFinderErrorsNameTheProblem() {
    XCTAssertThrowsError(try brentq({ $0 * $0 + 1 }, 0, 1)) { error in
      XCTAssertEqual("\(error)", "brentq: f(a) and f(b) must have different signs (f(0.0) = 1.0, f(1.0) = 2.0)")
      XCTAssertEqual(
        error as? CalculusError, CalculusError(function: "brentq", reason: (error as! CalculusError).reason))
    }
    XCTAssertThrowsError(try bisect({ $0 - 5 }, 0, 1)) { error in
      XCTAssertEqual("\(error)", "bisect: f(a) and f(b) must have different signs (f(0.0) = -5.0, f(1.0) = -4.0)")
    }
    XCTAssertThrowsError(try brentq({ _ in .nan }, 0, 1)) { error in
      XCTAssertEqual("\(error)", "brentq: The function value at x=0.0 is NaN; solver cannot continue.")
    }
    XCTAssertThrowsError(try brentq({ $0 }, -1, 1, xtol: 0)) { error in
      XCTAssertEqual("\(error)", "brentq: xtol too small (0.0 <= 0)")
    }
    XCTAssertThrowsError(try brentq({ $0 - 0.3 }, -1, 1, maxiter: 2)) { error in
      XCTAssertTrue("\(error)".hasPrefix("brentq: Failed to converge after 2 iterations"), "\(error)")
    }
    let quiet = try? brentq({ $0 - 0.3 }, -1, 1, maxiter: 2, disp: false)
    XCTAssertEqual(quiet?.converged, false)
    XCTAssertEqual(quiet?.flag, "convergence error")
    XCTAssertThrowsError(try newton({ $0 * $0 + 1 }, 0, fprime: { 2 * $0 })) { error in
      XCTAssertEqual("\(error)", "newton: Derivative was zero. Failed to converge after 1 iterations, value is 0.0.")
    }
    XCTAssertThrowsError(try newton({ $0 }, 1, x1: 1)) { error in
      XCTAssertEqual("\(error)", "newton: x1 and x0 must be different")
    }
    let exact = try? brentq({ $0 }, 0, 1)
    XCTAssertEqual(exact?.root, 0)
    XCTAssertEqual(exact?.iterations, 1)  // SciPy's count when an end is a root
  }

  func testFsolveFindsSciPysRoots() throws {
    for row in try CalculusFixture.rows("fsolve") {
      let name = try XCTUnwrap(row["f"] as? String)
      let x0 = Vector(fixtureVector(row["x0"]))
      let expected = fixtureVector(row["x"])
      let f: (Vector) -> Vector
      if name == "circle_exp" {
        f = { v in [v[0] * v[0] + v[1] * v[1] - 4, exp(v[0]) + v[1] - 1] }
      } else {
        f = { v in
          [
            3 * v[0] - cos(v[1] * v[2]) - 0.5, v[0] * v[0] - 81 * (v[1] + 0.1) * (v[1] + 0.1) + sin(v[2]) + 1.06,
            exp(-v[0] * v[1]) + 20 * v[2] + (10 * Double.pi - 3) / 3,
          ]
        }
      }
      let r = fsolve(f, x0)
      XCTAssertTrue(r.converged, "\(name): \(r)")
      for (a, b) in zip(r.x.elements, expected) { XCTAssertEqual(a, b, accuracy: 1e-9, name) }
      XCTAssertLessThan(norm(r.fvec), 1e-10)
      XCTAssertEqual(r.njev, 0)
    }
    // With an analytic Jacobian the same root, and the Jacobian counted.
    let f: (Vector) -> Vector = { v in [v[0] * v[0] + v[1] * v[1] - 4, exp(v[0]) + v[1] - 1] }
    let j: (Vector) -> Matrix = { v in [[2 * v[0], 2 * v[1]], [exp(v[0]), 1]] }
    let r = fsolve(f, [1, -1], jacobian: j)
    XCTAssertTrue(r.converged)
    XCTAssertEqual(r.x[0], 1.0041687384746592, accuracy: 1e-9)
    XCTAssertGreaterThan(r.njev, 0)
    // No root: reported, not thrown.
    let none = fsolve({ v in [v[0] * v[0] + 1] }, [0.5])
    XCTAssertFalse(none.converged)
  }

  /// Result structs print short reports in the layout of SciPy's `OptimizeResult`.
  func testResultsPrintReadableReports() throws {
    let root = try brentq({ cos($0) - $0 }, 0, 1)
    XCTAssertEqual(
      "\(root)",
      "    converged: true\n         flag: converged\nfunctionCalls: 8\n   iterations: 7\n         root: \(root.root)\n       method: brentq"
    )
    let integral = try quad({ 1 / $0 }, 0, 1)
    XCTAssertTrue("\(integral)".contains("converged: false"))
    XCTAssertTrue("\(integral)".contains("message: The maximum number of subdivisions (50) has been achieved."))
    let ode = try solveIVP({ _, y in -y }, tSpan: (0, 1), y0: [1], method: .euler(step: 0.5))
    XCTAssertEqual(
      "\(ode)",
      "message: The solver successfully reached the end of the integration interval.\nsuccess: true\n status: 0\n      t: [0.  0.5 1. ]\n      y: [[1.   0.5  0.25]]\n   nfev: 2"
    )
    var rs = RandomState(seed: 0)
    let mc = monteCarloIntegrate({ _ in 2 }, over: [(0, 3)], samples: 10, using: &rs)
    XCTAssertEqual(mc.estimate, 6)
    XCTAssertEqual(mc.standardError, 0)
    XCTAssertTrue(derivative({ $0 * $0 }, at: 3).description.hasPrefix("success: true\n status: 0\n     df: 6.0"))
  }

  // MARK: - solveIVP

  static let systems: [String: @Sendable (Double, Vector) -> Vector] = [
    "decay": { _, y in [-0.5 * y[0]] },
    "logistic": { _, y in [0.8 * y[0] * (1 - y[0] / 10)] },
    "oscillator": { _, y in [y[1], -4 * y[0]] },
    "lotka": { _, y in [1.5 * y[0] - y[0] * y[1], -3 * y[1] + y[0] * y[1]] },
    "backward": { _, y in [-0.5 * y[0]] },
  ]

  /// RK45 reproduces SciPy's accepted steps and values to 1e-10 relative, and its nfev exactly.
  func testSolveIVPMatchesSciPysRK45() throws {
    var worstT = 0.0
    var worstY = 0.0
    for row in try CalculusFixture.rows("ivp") {
      let name = try XCTUnwrap(row["f"] as? String)
      let f = try XCTUnwrap(Self.systems[name])
      let span = fixtureVector(row["span"])
      let tEval = row["t_eval"].map { Vector(fixtureVector($0)) }
      let sol = try solveIVP(
        f, tSpan: (span[0], span[1]), y0: Vector(fixtureVector(row["y0"])), rtol: fixtureNumber(row["rtol"]),
        atol: fixtureNumber(row["atol"]), tEval: tEval)
      let t = fixtureVector(row["t"])
      let y = fixtureMatrix(row["y"])
      let label = "\(name) rtol \(fixtureNumber(row["rtol"])) tEval \(tEval != nil)"
      XCTAssertEqual(sol.t.count, t.count, label)
      XCTAssertEqual(sol.nfev, row["nfev"] as? Int, label)
      XCTAssertEqual(sol.status, 0)
      XCTAssertEqual(sol.y.shape.rows, y.count)
      for (a, b) in zip(sol.t.elements, t) {
        worstT = Swift.max(worstT, abs(a - b) / Swift.max(abs(b), 1))
        // Relative to the span: at rtol = 1e-8 the step factor follows an error estimate that
        // cancels to ~rtol, and NumPy's BLAS dot rounds it differently from a plain sum.
        XCTAssertTrue(
          calculusClose(a, b, relative: 1e-10, absolute: 1e-10 * abs(span[1] - span[0])), "\(label) t \(a) vs \(b)")
      }
      for (i, component) in y.enumerated() {
        let scale = component.map(abs).max() ?? 1
        for (j, b) in component.enumerated() where j < sol.t.count {
          worstY = Swift.max(worstY, abs(sol.y[i, j] - b) / scale)
          XCTAssertTrue(
            calculusClose(sol.y[i, j], b, relative: 1e-10, absolute: 1e-10 * scale), "\(label) y[\(i), \(j)]")
        }
      }
    }
    print("solveIVP RK45: worst relative difference from SciPy: t \(worstT), y \(worstY)")
  }

  func testFixedStepMethodsConvergeAtTheirOrder() throws {
    let decay: (Double, Vector) -> Vector = { _, y in [-y[0]] }
    func endError(_ method: ODEMethod) throws -> Double {
      let sol = try solveIVP(decay, tSpan: (0, 1), y0: [1], method: method)
      XCTAssertEqual(sol.t[sol.t.count - 1], 1)
      return abs(sol.y[0, sol.t.count - 1] - exp(-1))
    }
    let eulerRatio = try endError(.euler(step: 0.01)) / endError(.euler(step: 0.005))
    XCTAssertEqual(eulerRatio, 2, accuracy: 0.05)
    let rk4Ratio = try endError(.rk4(step: 0.1)) / endError(.rk4(step: 0.05))
    XCTAssertEqual(rk4Ratio, 16, accuracy: 1)
    // A step that does not divide the interval: the last step is shortened.
    let sol = try solveIVP(decay, tSpan: (0, 1), y0: [1], method: .euler(step: 0.3))
    XCTAssertEqual(sol.t.elements, [0, 0.3, 0.6, 0.8999999999999999, 1].map { $0 }, accuracy: 1e-15)
    XCTAssertEqual(sol.nfev, 4)
    let sampled = try solveIVP(decay, tSpan: (0, 1), y0: [1], method: .rk4(step: 0.01), tEval: [0, 0.255, 1])
    XCTAssertEqual(sampled.y[0, 1], exp(-0.255), accuracy: 1e-9)
  }

  func testSolveIVPErrors() {
    let f: (Double, Vector) -> Vector = { _, y in -y }
    XCTAssertThrowsError(try solveIVP(f, tSpan: (0, 1), y0: [1], tEval: [0, 2])) { error in
      XCTAssertEqual("\(error)", "solveIVP: Values in `t_eval` are not within `t_span`.")
    }
    XCTAssertThrowsError(try solveIVP(f, tSpan: (0, 1), y0: [1], tEval: [0.5, 0.2])) { error in
      XCTAssertEqual("\(error)", "solveIVP: Values in `t_eval` are not properly sorted.")
    }
    XCTAssertThrowsError(try solveIVP(f, tSpan: (0, 1), y0: [1], method: .rk4(step: 0))) { error in
      XCTAssertEqual("\(error)", "solveIVP: the fixed step must be positive and finite, got 0.0")
    }
    let same = try? solveIVP(f, tSpan: (2, 2), y0: [1])
    XCTAssertEqual(same?.t.elements, [2, 2])
    XCTAssertEqual(same?.message, "The solver successfully reached the end of the integration interval.")
  }
}
