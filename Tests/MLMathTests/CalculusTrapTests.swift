import Foundation
import Testing

@testable import MLMath

/// Shape misuse of the calculus functions stops the program with NumPy's complaint
/// (each case in a child process, as `TrapMessageTests` runs its cases).
@Suite struct CalculusTrapTests {
  static let cases: [TrapCase] = [
    TrapCase(
      name: "gradient too short",
      message:
        "gradient: Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required (edgeOrder 2 needs 3, got 2)"
    ) { print(gradient(Vector([1, 2]), edgeOrder: 2)) },
    TrapCase(
      name: "gradient edge order",
      message: "gradient: edgeOrder must be 1 or 2, got 3 ('edge_order' greater than 2 not supported)"
    ) { print(gradient(Vector([1, 2, 3, 4]), edgeOrder: 3)) },
    TrapCase(
      name: "gradient coordinates",
      message:
        "gradient: when 1d, distances must match the length of the corresponding dimension (y has 3 elements, x has 2)"
    ) { print(gradient(Vector([1, 2, 4]), Vector([1, 2]))) },
    TrapCase(
      name: "trapezoid lengths", message: "trapezoid: y has 3 elements but x has 2 (give one coordinate per sample)"
    ) {
      print(trapezoid(Vector([1, 2, 3]), x: Vector([1, 2])))
    },
    TrapCase(
      name: "simpson lengths",
      message: "simpson: If given, length of x along axis must be the same as y (y has 3 elements, x has 4)"
    ) { print(simpson(Vector([1, 2, 3]), x: Vector([1, 2, 3, 4]))) },
    TrapCase(name: "simpson empty", message: "simpson: y is empty") { print(simpson(Vector([]))) },
    TrapCase(name: "cumulative empty", message: "cumulativeTrapezoid: At least one point is required along `axis`.") {
      print(cumulativeTrapezoid(Vector([])))
    },
    TrapCase(
      name: "cumulative initial", message: "cumulativeTrapezoid: `initial` must be `None` or `0` (nil or 0), got 1.0"
    ) { print(cumulativeTrapezoid(Vector([1, 2]), initial: 1)) },
    TrapCase(name: "interp empty", message: "interp: array of sample points is empty") {
      print(interp(1.5, Vector([]), Vector([])))
    },
    TrapCase(
      name: "interp lengths", message: "interp: fp and xp are not of the same length (xp has 2 elements, fp has 1)"
    ) { print(interp(1.5, Vector([1, 2]), Vector([1]))) },
    TrapCase(name: "interp decreasing", message: "interp: xp must be increasing, but xp[1] = 0.0 < xp[0] = 1.0") {
      print(interp(Vector([0.5]), Vector([1, 0]), Vector([1, 2])))
    },
    TrapCase(name: "spline one point", message: "CubicSpline: `x` must contain at least 2 elements, got 1") {
      print((try? CubicSpline(x: [1], y: [2]))?.c as Any)
    },
    TrapCase(
      name: "spline lengths", message: "CubicSpline: the length of `y` (2) doesn't match the length of `x` (3)"
    ) { print((try? CubicSpline(x: [1, 2, 3], y: [2, 3]))?.c as Any) },
    TrapCase(name: "derivative order", message: "derivative: order must be >= 1 (the order of the derivative), got 0") {
      print(derivative({ $0 }, at: 0, order: 0))
    },
    TrapCase(name: "derivative step", message: "derivative: step must be positive and finite, got -0.1") {
      print(derivative({ $0 }, at: 0, step: -0.1))
    },
    TrapCase(name: "hessian empty", message: "hessian: x is empty (the function needs at least one variable)") {
      print(hessian({ _ in 0 }, at: Vector([])))
    },
    TrapCase(
      name: "fsolve shape",
      message:
        "fsolve: there is a mismatch between the input and output shape of f: x0 has shape (2,), f(x0) has shape (1,)"
    ) { print(fsolve({ v in [v[0]] }, [1, 2])) },
    TrapCase(name: "solveIVP empty", message: "solveIVP: y0 is empty (give at least one component)") {
      print((try? solveIVP({ _, y in y }, tSpan: (0, 1), y0: Vector([])))?.t as Any)
    },
    TrapCase(name: "monte carlo samples", message: "monteCarloIntegrate: samples must be at least 1, got 0") {
      var rs = RandomState(seed: 0)
      print(monteCarloIntegrate({ _ in 1 }, over: [(0, 1)], samples: 0, using: &rs))
    },
    TrapCase(name: "taylor empty", message: "taylorPolynomial: derivatives is empty (give at least f(a))") {
      print(taylorPolynomial(derivatives: Vector([]), at: 0))
    },
  ]

  @Test(arguments: cases.map(\.name))
  func misuseStopsWithItsMessage(_ name: String) async throws {
    let trap = try #require(Self.cases.first { $0.name == name })
    let exit = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) { [name] in
      CalculusTrapTests.cases.first { $0.name == name }?.body()
    }
    let stderr = String(decoding: try #require(exit).standardErrorContent, as: UTF8.self)
    #expect(stderr.contains("Fatal error: \(trap.message)"), "expected “\(trap.message)”, got:\n\(stderr)")
  }
}
