import Foundation
import XCTest

@testable import MLMath

/// The functions of the reference fixture, written once for any `RealScalar`.
enum ForwardFunctions {
  static func evaluate<T: RealScalar>(_ name: String, _ x: T) -> T? {
    switch name {
    case "exp": return exp(x)
    case "expm1": return expm1(x)
    case "log": return log(x)
    case "log1p": return log1p(x)
    case "sin": return sin(x)
    case "cos": return cos(x)
    case "tan": return tan(x)
    case "asin": return asin(x)
    case "acos": return acos(x)
    case "atan": return atan(x)
    case "sinh": return sinh(x)
    case "cosh": return cosh(x)
    case "tanh": return tanh(x)
    case "sqrt": return sqrt(x)
    case "pow2.5": return pow(x, T(2.5))
    case "powInt3": return pow(x, 3 as Int)
    case "powInt-2": return pow(x, -2 as Int)
    case "xToTheX": return pow(x, x)
    case "expit": return expit(x)
    case "softplus": return softplus(x)
    case "erf": return erf(x)
    case "abs": return abs(x)
    case "gaussianWave": return exp(-x * x / 2) * sin(3 * x)
    case "rational": return log(1 + x * x) / (1 + tanh(x))
    case "mixed": return sqrt(1 + pow(x, 4 as Int)) * atan(x) - x / (2 + cos(x))
    case "gated": return expit(sin(x)) * erf(x / 2)
    case "towers": return pow(sinh(x), cosh(x))
    case "logistic":
      let e = expm1(x / 3)
      return log(expit(2 * x - 1)) + e * e
    default: return nil
    }
  }

  static func gradientFunction<T: RealScalar>(_ name: String, _ v: [T]) -> T? {
    let (x, y, z) = (v[0], v[1], v[2])
    switch name {
    case "product": return x * y * sin(z) + exp(x * y) / z
    case "norm": return sqrt(x * x + y * y + z * z) + log(1 + x * x * y * y)
    case "neuron": return tanh(T(0.5) * x - T(1.5) * y + T(0.25) * z + T(0.1))
    default: return nil
    }
  }
}

/// |a − b|/|b| (0 when both are equal, including infinities).
func relativeDifference(_ a: Double, _ b: Double) -> Double {
  if a == b { return 0 }
  return abs(a - b) / abs(b)
}

final class AutodiffForwardTests: XCTestCase {
  struct Fixture: Decodable {
    struct Forward: Decodable {
      var name: String
      var x: [Double]
      var f: [ReferenceNumber]
      var df: [ReferenceNumber]
    }
    struct Gradient: Decodable {
      var name: String
      var points: [[Double]]
      var f: [ReferenceNumber]
      var gradient: [[ReferenceNumber]]
    }
    var forward: [Forward]
    var gradients: [Gradient]
  }

  /// Dual numbers reproduce SymPy's derivatives (evaluated by mpmath at 40 digits) of every
  /// elementary function and of compositions of them, at 110 points.
  func testDerivativesMatchSymPy() throws {
    let fixture = try decodeReferenceFixture("autodiff", as: Fixture.self)
    XCTAssertEqual(fixture.forward.count, 28)
    var worst = (error: 0.0, name: "")
    var points = 0
    for entry in fixture.forward {
      for (i, x) in entry.x.enumerated() {
        let dual = try XCTUnwrap(ForwardFunctions.evaluate(entry.name, Dual.variable(x)), entry.name)
        let plain = try XCTUnwrap(ForwardFunctions.evaluate(entry.name, x))
        XCTAssertEqual(dual.value, plain, "\(entry.name)(\(x)): the Dual's value is the Double function's")
        let valueError = relativeDifference(dual.value, entry.f[i].value)
        let slopeError = relativeDifference(dual.derivative, entry.df[i].value)
        XCTAssertLessThanOrEqual(valueError, 2e-15, "\(entry.name)(\(x))")
        XCTAssertLessThanOrEqual(
          slopeError, 5e-15, "\(entry.name)'(\(x)) = \(dual.derivative), SymPy \(entry.df[i].value)")
        XCTAssertEqual(forwardDerivative(of: { ForwardFunctions.evaluate(entry.name, $0)! }, at: x), dual.derivative)
        if slopeError > worst.error { worst = (slopeError, "\(entry.name)'(\(x))") }
        points += 1
      }
    }
    XCTAssertEqual(points, 110)
    print("forward mode vs SymPy: worst relative error \(worst.error) at \(worst.name)")
  }

  /// forwardGradient (one pass per variable) reproduces SymPy's gradients.
  func testGradientsMatchSymPy() throws {
    let fixture = try decodeReferenceFixture("autodiff", as: Fixture.self)
    var worst = 0.0
    for entry in fixture.gradients {
      for (i, point) in entry.points.enumerated() {
        let g = forwardGradient(of: { ForwardFunctions.gradientFunction(entry.name, $0)! }, at: Vector(point))
        XCTAssertEqual(g.count, 3)
        for k in 0..<3 {
          let error = relativeDifference(g[k], entry.gradient[i][k].value)
          worst = max(worst, error)
          XCTAssertLessThanOrEqual(error, 5e-15, "\(entry.name) ∂\(k) at \(point)")
        }
        let value = try XCTUnwrap(ForwardFunctions.gradientFunction(entry.name, point))
        XCTAssertLessThanOrEqual(relativeDifference(value, entry.f[i].value), 2e-15)
      }
    }
    print("forward gradients vs SymPy: worst relative error \(worst)")
  }

  /// Compositions against derivatives worked out by hand (the chain rule on paper).
  func testCompositionsMatchHandDerivatives() {
    let cases: [(String, (Double) -> Double, [Double])] = [
      (
        "gaussianWave", { x in Foundation.exp(-x * x / 2) * (3 * Foundation.cos(3 * x) - x * Foundation.sin(3 * x)) },
        [-1.3, 0.2, 0.9, 2.2]
      ),
      (
        "rational",
        { x in
          let t = Foundation.tanh(x)
          let l = Foundation.log(1 + x * x)
          return (2 * x / (1 + x * x) * (1 + t) - l * (1 - t * t)) / ((1 + t) * (1 + t))
        }, [-0.7, 0.4, 1.9]
      ),
      (
        "towers",
        { x in
          let (s, c) = (Foundation.sinh(x), Foundation.cosh(x))
          return Foundation.pow(s, c) * (s * Foundation.log(s) + c * c / s)
        }, [0.3, 1.2]
      ),
      ("powInt3", { x in 3 * x * x }, [-2, -0.5, 0.7, 3]),
      ("tanh", { x in 1 / (Foundation.cosh(x) * Foundation.cosh(x)) }, [-3, -0.2, 0.3, 5]),
      ("expit", { x in Foundation.exp(-x) / ((1 + Foundation.exp(-x)) * (1 + Foundation.exp(-x))) }, [-2, 0, 0.5, 3]),
      ("sqrt", { x in 0.5 / x.squareRoot() }, [1e-6, 0.5, 2, 1e8]),
      ("atan", { x in 1 / (1 + x * x) }, [-5, -0.2, 0.3, 40]),
    ]
    var worst = 0.0
    for (name, exact, points) in cases {
      for x in points {
        let d = forwardDerivative(of: { ForwardFunctions.evaluate(name, $0)! }, at: x)
        let error = relativeDifference(d, exact(x))
        worst = max(worst, error)
        XCTAssertLessThanOrEqual(error, 1e-14, "\(name)'(\(x)) = \(d), by hand \(exact(x))")
      }
    }
    print("forward mode vs hand derivatives: worst relative error \(worst)")
  }

  /// The arithmetic of ε² = 0, the seeds, comparisons and printing.
  func testDualArithmetic() {
    let a = Dual(3, derivative: 2)
    let b = Dual(-0.5, derivative: 4)
    XCTAssertEqual((a + b).derivative, 6)
    XCTAssertEqual((a - b).derivative, -2)
    XCTAssertEqual((a * b).value, -1.5)
    XCTAssertEqual((a * b).derivative, 2 * -0.5 + 3 * 4)
    XCTAssertEqual((a / b).value, -6)
    XCTAssertEqual((a / b).derivative, (2 * -0.5 - 3 * 4) / 0.25)
    XCTAssertEqual((-a).derivative, -2)
    var c = a
    c *= b
    c += 1
    c -= Dual(1)
    c /= 2
    XCTAssertEqual(c.value, -0.75)
    XCTAssertEqual(c.derivative, 5.5)
    XCTAssertEqual(Dual.variable(2).derivative, 1)
    XCTAssertEqual((2.5 as Dual).derivative, 0)
    XCTAssertEqual((7 as Dual).value, 7)
    XCTAssertNil(Dual(exactly: (1 << 62) + 1))
    XCTAssertEqual(Dual(exactly: 12)?.value, 12)
    // Comparisons see values only, so branches behave as on Double.
    XCTAssertTrue(Dual(1, derivative: 5) == Dual(1, derivative: -5))
    XCTAssertTrue(b < a)
    XCTAssertEqual(max(a, b).derivative, 2)
    XCTAssertEqual(Set([Dual(1, derivative: 5), Dual(1, derivative: 0)]).count, 1)
    XCTAssertEqual("\(Dual(1.5, derivative: 2))", "Dual(value: 1.5, derivative: 2.0)")
    XCTAssertEqual("\(Dual(0, derivative: 0) / Dual(0))", "Dual(value: nan, derivative: nan)")
  }

  /// |x| has PyTorch's subgradient 0 at 0, ReLU written with a branch follows the branch,
  /// and a constant exponent works below 0, where log x is NaN.
  func testNonSmoothPointsAndConstants() {
    XCTAssertEqual(forwardDerivative(of: { abs($0) }, at: 0), 0)
    XCTAssertEqual(forwardDerivative(of: { abs($0) }, at: -2), -1)
    XCTAssertEqual(forwardDerivative(of: { $0.magnitude }, at: 3), 1)
    func relu<T: RealScalar>(_ x: T) -> T { x > 0 ? x : 0 }
    XCTAssertEqual(forwardDerivative(of: relu, at: 2), 1)
    XCTAssertEqual(forwardDerivative(of: relu, at: -2), 0)
    XCTAssertEqual(forwardDerivative(of: { pow($0, Dual(2)) }, at: -3), -6)
    XCTAssertEqual(forwardDerivative(of: { pow($0, 0 as Int) }, at: 0), 0)
    XCTAssertEqual(forwardDerivative(of: { pow(Dual(2), $0) }, at: 3), 8 * Foundation.log(2.0))
    XCTAssertEqual(forwardDerivative(of: { sqrt($0) }, at: 0), .infinity)
    XCTAssertEqual(forwardDerivative(of: { log($0) }, at: 0), .infinity)
    // Outside the domain the value is NaN and the derivative is still 1/x, as in JAX.
    XCTAssertTrue(forwardValueAndDerivative(of: { log($0) }, at: -1).value.isNaN)
    XCTAssertEqual(forwardDerivative(of: { log($0) }, at: -1), -1)
    XCTAssertEqual(forwardDerivative(of: { $0 * 0 + 7 }, at: 1), 0)
    XCTAssertEqual(forwardDerivative(of: { sqrt($0 * 0 + 0) }, at: 1), 0, "a constant stays constant at a pole")
    let both = forwardValueAndDerivative(of: { exp($0) * $0 }, at: 1)
    XCTAssertEqual(both.value, M_E)
    XCTAssertEqual(both.derivative, 2 * M_E)
    // The far tails of the sigmoid keep relative accuracy: σ′(−40) = e⁻⁴⁰/(1 + e⁻⁴⁰)².
    let tail = forwardDerivative(of: { expit($0) }, at: -40)
    XCTAssertLessThanOrEqual(
      relativeDifference(tail, Foundation.exp(-40) / Foundation.pow(1 + Foundation.exp(-40), 2)), 1e-15)
  }

  /// A generic function is the same code on Double and on Dual.
  func testGenericFunctionRunsOnDoubleAndDual() {
    func f<T: RealScalar>(_ x: T) -> T { x * x * sin(x) }
    XCTAssertEqual(f(2.0), 4 * Foundation.sin(2.0))
    let y = f(Dual.variable(2))
    XCTAssertEqual(y.value, f(2.0))
    XCTAssertLessThanOrEqual(relativeDifference(y.derivative, 4 * Foundation.sin(2.0) + 4 * Foundation.cos(2.0)), 1e-15)
    // Against MLMath's finite-difference derivative (Ridders), which reaches about 12 digits.
    let numerical = derivative({ f($0) }, at: 2).df
    XCTAssertLessThanOrEqual(relativeDifference(y.derivative, numerical), 1e-10)
    XCTAssertEqual(Double.exp(1), M_E)
    XCTAssertEqual(Double(2).doubleValue, 2)
    XCTAssertEqual(Dual(2, derivative: 1).doubleValue, 2)
  }

  /// forwardJacobian builds column j from pass j, and agrees with forwardGradient.
  func testJacobian() {
    func polar<T: RealScalar>(_ v: [T]) -> [T] { [v[0] * cos(v[1]), v[0] * sin(v[1]), v[0] * v[0]] }
    let (r, t) = (2.0, 0.6)
    let j = forwardJacobian(of: polar, at: [r, t])
    XCTAssertEqual(j.rows, 3)
    XCTAssertEqual(j.columns, 2)
    let exact: [[Double]] = [
      [Foundation.cos(t), -r * Foundation.sin(t)], [Foundation.sin(t), r * Foundation.cos(t)], [2 * r, 0],
    ]
    for i in 0..<3 {
      for k in 0..<2 { XCTAssertEqual(j[i, k], exact[i][k], accuracy: 1e-15) }
    }
    let g = forwardGradient(of: { polar($0)[0] }, at: [r, t])
    XCTAssertEqual(g, Vector([j[0, 0], j[0, 1]]))
    XCTAssertEqual(forwardGradient(of: { _ in Dual(1) }, at: []), Vector([]))
    let empty = forwardJacobian(of: { _ in [Dual(1), Dual(2)] }, at: [])
    XCTAssertEqual(empty.rows, 2)
    XCTAssertEqual(empty.columns, 0)
  }
}
