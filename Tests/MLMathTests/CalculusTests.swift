import Foundation
import XCTest

@testable import MLMath

/// Differentiation, sampled integrals and interpolation against
/// Fixtures/reference/calculus.json (NumPy, SciPy and mpmath values).
final class CalculusTests: XCTestCase {
  // MARK: - derivative

  /// Ridders' extrapolation reaches the exact derivative (mpmath) to 1e-9 relative for
  /// first derivatives and its own error estimate bounds the true error within a factor
  /// 100; higher orders lose digits to roundoff (documented bounds below).
  func testDerivativesMatchExactValues() throws {
    var worst = [Int: Double]()
    for row in try CalculusFixture.rows("derivatives") {
      let name = try XCTUnwrap(row["f"] as? String)
      let f = try XCTUnwrap(CalculusFixture.functions[name])
      let x = fixtureNumber(row["x"])
      let order = try XCTUnwrap(row["order"] as? Int)
      let exact = fixtureNumber(row["exact"])
      let result = derivative(f, at: x, order: order)
      let tolerance = [1: 1e-10, 2: 1e-9, 3: 1e-8, 4: 1e-6][order]!
      let relative = abs(result.df - exact) / Swift.max(abs(exact), 1e-300)
      worst[order] = Swift.max(worst[order] ?? 0, relative)
      XCTAssertTrue(
        calculusClose(result.df, exact, relative: tolerance, absolute: 1e-12),
        "\(name)^(\(order))(\(x)) = \(result.df), exact \(exact)")
      XCTAssertLessThanOrEqual(
        abs(result.df - exact), 100 * result.error + 1e-14, "\(name)^(\(order))(\(x)): error estimate \(result.error)")
      XCTAssertGreaterThanOrEqual(result.nfev, result.nit * (order + 1))
      // SciPy's derivative is NaN where its 0.5 step leaves the domain (log at 0.05);
      // MLMath halves the step there instead.
      if order == 1, let scipyValue = row["scipy"], !fixtureNumber(scipyValue).isNaN {
        XCTAssertTrue(
          calculusClose(result.df, fixtureNumber(scipyValue), relative: 1e-8, absolute: 1e-12),
          "\(name)′(\(x)) = \(result.df), SciPy's derivative \(fixtureNumber(scipyValue))")
      }
    }
    print("derivative: worst relative error by order", worst)
  }

  func testDerivativeStatusAndSteps() {
    let first = derivative({ exp($0) }, at: 1)
    XCTAssertTrue(first.success)
    XCTAssertEqual(first.status, 0)
    XCTAssertEqual(first.df, exp(1), accuracy: 1e-11)
    // A step that reaches outside the domain is shrunk until log is finite.
    let nearZero = derivative({ log($0) }, at: 0.01, step: 0.5)
    XCTAssertEqual(nearZero.df, 100, accuracy: 1e-6)
    // A function that is NaN everywhere reports status −3.
    let broken = derivative({ _ in .nan }, at: 0)
    XCTAssertEqual(broken.status, -3)
    XCTAssertFalse(broken.success)
    XCTAssertTrue(broken.df.isNaN && broken.df.sign == .plus)
    XCTAssertTrue(first.description.contains("df: 2.71828182845"))
  }

  func testGradientJacobianHessianMatchAnalyticValues() throws {
    let fixture = try CalculusFixture.load()
    let v = try XCTUnwrap(fixture["vector"] as? [String: Any])
    let x = Vector(fixtureVector(v["x"]))
    let f: (Vector) -> Double = { p in p[0] * p[0] * p[1] + sin(p[1]) * exp(p[2]) }
    let g: (Vector) -> Vector = { p in [p[0] * p[1], p[0] + p[2] * p[2], sin(p[0] * p[2])] }
    let grad = gradient(f, at: x)
    for (a, b) in zip(grad.elements, fixtureVector(v["gradient"])) { XCTAssertEqual(a, b, accuracy: 1e-10) }
    let jac = jacobian(g, at: x)
    XCTAssertEqual(jac.shape.rows, 3)
    for (i, row) in fixtureMatrix(v["jacobian"]).enumerated() {
      for (j, b) in row.enumerated() { XCTAssertEqual(jac[i, j], b, accuracy: 1e-10, "J[\(i), \(j)]") }
    }
    let hess = hessian(f, at: x)
    for (i, row) in fixtureMatrix(v["hessian"]).enumerated() {
      for (j, b) in row.enumerated() { XCTAssertEqual(hess[i, j], b, accuracy: 1e-7, "H[\(i), \(j)]") }
    }
    XCTAssertEqual(hess[0, 2], hess[2, 0])
  }

  // MARK: - np.gradient

  func testSampledGradientMatchesNumPy() throws {
    var checked = 0
    for row in try CalculusFixture.rows("gradients") {
      let y = Vector(fixtureVector(row["y"]))
      let edge = try XCTUnwrap(row["edge"] as? Int)
      let expected = fixtureVector(row["out"])
      let actual: Vector
      if let x = row["x"] {
        actual = gradient(y, Vector(fixtureVector(x)), edgeOrder: edge)
      } else {
        actual = gradient(y, spacing: fixtureNumber(row["spacing"]), edgeOrder: edge)
      }
      XCTAssertEqual(actual.count, expected.count)
      for (a, b) in zip(actual.elements, expected) {
        XCTAssertTrue(calculusClose(a, b, relative: 1e-14, absolute: 1e-15), "gradient \(row): \(a) vs \(b)")
        checked += 1
      }
    }
    XCTAssertGreaterThan(checked, 50)
  }

  // MARK: - trapezoid, simpson, cumulative_trapezoid

  func testSampledIntegralsMatchNumPyAndSciPy() throws {
    for row in try CalculusFixture.rows("samples") {
      let y = Vector(fixtureVector(row["y"]))
      let x = Vector(fixtureVector(row["x"]))
      let pairs: [(String, Double, Double)] = [
        ("trapezoid(x:)", trapezoid(y, x: x), fixtureNumber(row["trapz_x"])),
        ("trapezoid(dx:)", trapezoid(y, dx: 0.25), fixtureNumber(row["trapz_dx"])),
        ("simpson(x:)", simpson(y, x: x), fixtureNumber(row["simpson_x"])),
        ("simpson(dx:)", simpson(y, dx: 0.25), fixtureNumber(row["simpson_dx"])),
      ]
      for (name, a, b) in pairs {
        XCTAssertTrue(calculusClose(a, b, relative: 1e-14, absolute: 1e-15), "\(name) of \(y): \(a) vs \(b)")
      }
      let cumulative = cumulativeTrapezoid(y, x: x)
      XCTAssertEqual(cumulative.count, y.count - 1)
      for (a, b) in zip(cumulative.elements, fixtureVector(row["cum_x"])) {
        XCTAssertTrue(calculusClose(a, b, relative: 1e-14, absolute: 1e-15))
      }
      let withInitial = cumulativeTrapezoid(y, dx: 0.25, initial: 0)
      XCTAssertEqual(withInitial.elements, fixtureVector(row["cum_dx0"]).map { $0 }, accuracy: 1e-14)
    }
  }

  func testSimpsonIsExactForCubicsAndTrapezoidForLines() {
    let x = linspace(0, 2, 9)
    let y = Vector(x.elements.map { $0 * $0 * $0 - $0 })
    XCTAssertEqual(simpson(y, x: x), 2, accuracy: 1e-14)
    XCTAssertEqual(trapezoid(Vector([1, 3]), x: Vector([0, 2])), 4)
    XCTAssertEqual(trapezoid(Vector([5])), 0)
  }

  // MARK: - interp and CubicSpline

  func testInterpMatchesNumPy() throws {
    for row in try CalculusFixture.rows("interp") {
      let x = Vector(fixtureVector(row["x"]))
      let xp = Vector(fixtureVector(row["xp"]))
      let fp = Vector(fixtureVector(row["fp"]))
      let left = row["left"].map(fixtureNumber)
      let right = row["right"].map(fixtureNumber)
      let actual = interp(x, xp, fp, left: left, right: right)
      for (i, (a, b)) in zip(actual.elements, fixtureVector(row["out"])).enumerated() {
        XCTAssertTrue(calculusClose(a, b, relative: 0), "interp(\(x[i])) = \(a), NumPy \(b)")
        XCTAssertEqual(interp(x[i], xp, fp, left: left, right: right).bitPattern, a.bitPattern)
      }
    }
  }

  func testCubicSplineMatchesSciPy() throws {
    var worst = 0.0
    for row in try CalculusFixture.rows("splines") {
      let x = Vector(fixtureVector(row["x"]))
      let y = Vector(fixtureVector(row["y"]))
      let bc: SplineBoundary
      switch row["bc"] as? String {
      case "natural": bc = .natural
      case "clamped": bc = .clamped(0.5, -2)
      default: bc = .notAKnot
      }
      let cs = try CubicSpline(x: x, y: y, bc: bc)
      let scale = Swift.max(1, y.elements.map(abs).max() ?? 1)
      for (i, coefficients) in fixtureMatrix(row["c"]).enumerated() {
        for (j, b) in coefficients.enumerated() {
          XCTAssertTrue(calculusClose(cs.c[i, j], b, relative: 1e-12, absolute: 1e-12 * scale), "c[\(i), \(j)]")
        }
      }
      let points = fixtureVector(row["points"])
      for (nu, values) in fixtureMatrix(row["values"]).enumerated() {
        for (p, b) in zip(points, values) {
          let a = cs(p, nu: nu)
          worst = Swift.max(worst, abs(a - b) / Swift.max(abs(b), scale))
          XCTAssertTrue(
            calculusClose(a, b, relative: 1e-12, absolute: 1e-12 * scale),
            "\(row["bc"]!) nu=\(nu) at \(p): \(a) vs \(b)")
        }
        XCTAssertEqual(cs(Vector(points), nu: nu).elements, points.map { cs($0, nu: nu) })
      }
      for triple in fixtureMatrix(row["integrals"]) {
        let a = cs.integrate(triple[0], triple[1])
        XCTAssertTrue(
          calculusClose(a, triple[2], relative: 1e-12, absolute: 1e-12 * scale), "∫ \(triple): \(a)")
      }
    }
    print("CubicSpline: worst relative difference from SciPy", worst)
  }

  func testCubicSplineThrowsForBadValues() {
    XCTAssertThrowsError(try CubicSpline(x: [0, 2, 1], y: [1, 2, 3])) { error in
      XCTAssertEqual(
        "\(error)", "CubicSpline: `x` must be strictly increasing sequence (x[1] = 2.0, x[2] = 1.0)")
    }
    XCTAssertThrowsError(try CubicSpline(x: [0, 1, .nan], y: [1, 2, 3])) { error in
      XCTAssertEqual("\(error)", "CubicSpline: `x` must contain only finite values.")
    }
    XCTAssertThrowsError(try CubicSpline(x: [0, 1, 2], y: [1, .infinity, 3])) { error in
      XCTAssertEqual("\(error)", "CubicSpline: `y` must contain only finite values.")
    }
  }

  // MARK: - Taylor polynomials

  func testTaylorPolynomialsMatchMpmath() throws {
    for row in try CalculusFixture.rows("taylor") {
      let name = try XCTUnwrap(row["f"] as? String)
      let f = try XCTUnwrap(CalculusFixture.functions[name])
      let a = fixtureNumber(row["a"])
      let degree = try XCTUnwrap(row["degree"] as? Int)
      let exact = fixtureVector(row["coefficients"])
      let numeric = taylorPolynomial(f, at: a, degree: degree)
      XCTAssertEqual(numeric.degree, degree)
      for (k, (c, e)) in zip(numeric.coefficients.elements, exact).enumerated() {
        let tolerance = [0: 1e-15, 1: 1e-9, 2: 1e-7, 3: 1e-5, 4: 1e-3, 5: 1e-2][k]!
        XCTAssertEqual(c, e, accuracy: tolerance * Swift.max(1, abs(e)), "\(name) c\(k)")
      }
      // From exact derivatives the polynomial is exact: c_k·k! in, c_k out.
      var factorial = 1.0
      var derivatives = [Double]()
      for (k, c) in exact.enumerated() {
        if k > 0 { factorial *= Double(k) }
        derivatives.append(c * factorial)
      }
      let p = taylorPolynomial(derivatives: Vector(derivatives), at: a)
      for (c, e) in zip(p.coefficients.elements, exact) { XCTAssertEqual(c, e, accuracy: 1e-15 * Swift.max(1, abs(e))) }
      let x = a + 0.1
      let horner = exact.reversed().reduce(0.0) { $0 * (x - a) + $1 }
      XCTAssertEqual(p(x), horner, accuracy: 1e-15)
    }
    let e3 = taylorPolynomial(derivatives: [1, 1, 1, 1], at: 0)
    XCTAssertEqual(e3(0.5), 1.6458333333333333, accuracy: 1e-15)
  }
}

/// Element-wise equality within an absolute tolerance.
func XCTAssertEqual(
  _ a: [Double], _ b: [Double], accuracy: Double, file: StaticString = #filePath, line: UInt = #line
) {
  XCTAssertEqual(a.count, b.count, file: file, line: line)
  for (x, y) in zip(a, b) { XCTAssertEqual(x, y, accuracy: accuracy, file: file, line: line) }
}
