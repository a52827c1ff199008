import Foundation
import XCTest

@testable import MLMath

/// Step-wise optimisers, schedules, Newton's method and backtracking against NumPy
/// re-implementations of PyTorch's update equations (Fixtures/reference/optimize.json).
final class OptimizerTests: XCTestCase {
  private func makeOptimizer(_ row: OptimizeFixture.OptimizerRow) throws -> any Optimizer {
    func p(_ key: String, _ fallback: Double) -> Double { row.params[key]?.value ?? fallback }
    func flag(_ key: String) -> Bool { (row.params[key]?.value ?? 0) != 0 }
    switch row.optimizer {
    case "GradientDescent":
      return try GradientDescent(
        learningRate: p("lr", 1e-3), momentum: p("momentum", 0), dampening: p("dampening", 0),
        weightDecay: p("weight_decay", 0), nesterov: flag("nesterov"))
    case "AdaGrad":
      return try AdaGrad(
        learningRate: p("lr", 1e-2), learningRateDecay: p("lr_decay", 0), weightDecay: p("weight_decay", 0),
        initialAccumulatorValue: p("initial_accumulator_value", 0))
    case "RMSProp":
      return try RMSProp(
        learningRate: p("lr", 1e-2), weightDecay: p("weight_decay", 0), momentum: p("momentum", 0),
        centered: flag("centered"))
    case "Adam":
      return try Adam(
        learningRate: p("lr", 1e-3), beta1: p("beta1", 0.9), beta2: p("beta2", 0.999),
        weightDecay: p("weight_decay", 0), amsgrad: flag("amsgrad"))
    case "AdamW":
      return try AdamW(learningRate: p("lr", 1e-3), weightDecay: p("weight_decay", 1e-2), amsgrad: flag("amsgrad"))
    default:
      return try Adam(learningRate: p("lr", 1e-3))
    }
  }

  func testTrajectoriesMatchPyTorchsEquations() throws {
    let fixture = try OptimizeFixture.load()
    var worst = 0.0
    for row in fixture.optimizers {
      let (_, g, _) = try fixture.problem(row.problem)
      let optimizer = try makeOptimizer(row)
      var schedule: (any LearningRateSchedule)?
      if row.optimizer == "Adam+CosineAnnealingLR" {
        schedule = try CosineAnnealingLR(
          initialLearningRate: row.params["lr"]!.value, tMax: Int(row.params["tMax"]!.value))
      }
      let path = try optimize(grad: g, x0: vector(row.x0), optimizer: optimizer, steps: row.steps, schedule: schedule)
      XCTAssertEqual(path.count, row.steps + 1, row.optimizer)
      for (step, (a, b)) in zip(path, row.path).enumerated() {
        let reference = vector(b)
        let error = zip(a.elements, reference.elements).map { abs($0 - $1) / Swift.max(abs($1), 1e-300) }.max() ?? 0
        worst = Swift.max(worst, error)
        XCTAssertLessThanOrEqual(error, 1e-12, "\(row.optimizer) \(row.params) on \(row.problem), step \(step)")
      }
    }
    print("optimizers: worst relative error against PyTorch's equations in NumPy \(worst)")
  }

  func testStepMutatesInPlaceAndKeepsState() throws {
    // Plain gradient descent on f = x²: x ← x − lr·2x.
    var x = Vector([1.0, -2.0])
    var sgd = try GradientDescent(learningRate: 0.25)
    sgd.step(&x, gradient: 2 * x)
    XCTAssertEqual(x, Vector([0.5, -1.0]))
    // Momentum: the first buffer is the gradient, the second μ·b + g.
    var y = Vector([1.0])
    var heavy = try GradientDescent(learningRate: 0.1, momentum: 0.9)
    heavy.step(&y, gradient: Vector([1.0]))
    heavy.step(&y, gradient: Vector([1.0]))
    XCTAssertEqual(y[0], 1.0 - 0.1 - 0.1 * 1.9, accuracy: 1e-15)
    // Adam's first step moves every coordinate by about lr, whatever the gradient's scale.
    var z = Vector([0.0, 0.0])
    var adam = try Adam(learningRate: 0.01)
    adam.step(&z, gradient: Vector([1e-3, 1e3]))
    XCTAssertEqual(z[0], -0.01, accuracy: 1e-6)
    XCTAssertEqual(z[1], -0.01, accuracy: 1e-12)
    // AdamW with a zero gradient only decays: θ·(1 − lr·λ).
    var w = Vector([2.0])
    var adamw = try AdamW(learningRate: 0.1, weightDecay: 0.5)
    adamw.step(&w, gradient: Vector([0.0]))
    XCTAssertEqual(w[0], 2.0 * (1 - 0.05), accuracy: 1e-15)
    // A Matrix of parameters takes the same steps as its elements as a Vector.
    var weights = Matrix([[1.0, -2.0], [0.5, 3.0]])
    var flat = Vector(weights.elements)
    var matrixAdam = try Adam(learningRate: 0.1)
    var vectorAdam = try Adam(learningRate: 0.1)
    for _ in 0..<5 {
      matrixAdam.step(&weights, gradient: 2 * weights)
      vectorAdam.step(&flat, gradient: 2 * flat)
    }
    XCTAssertEqual(weights.elements, flat.elements)
    XCTAssertEqual(weights.rows, 2)
    XCTAssertEqual(try Adam().learningRate, 1e-3)
    XCTAssertEqual(try AdamW().weightDecay, 1e-2)
    XCTAssertEqual(try AdaGrad().epsilon, 1e-10)
    XCTAssertEqual(try RMSProp().alpha, 0.99)
    XCTAssertEqual(try GradientDescent().learningRate, 1e-3)
  }

  func testSchedulesMatchPyTorchsClosedForms() throws {
    let fixture = try OptimizeFixture.load()
    for row in fixture.schedules {
      let schedule: any LearningRateSchedule
      switch row.schedule {
      case "StepLR": schedule = try StepLR(initialLearningRate: row.lr, stepSize: row.stepSize!, gamma: row.gamma!)
      case "ExponentialLR": schedule = try ExponentialLR(initialLearningRate: row.lr, gamma: row.gamma!)
      default: schedule = try CosineAnnealingLR(initialLearningRate: row.lr, tMax: row.tMax!, etaMin: row.etaMin!)
      }
      for (t, value) in row.values.enumerated() {
        XCTAssertEqual(
          schedule.learningRate(at: t), value, accuracy: 1e-12 * Swift.max(abs(value), 1e-300), "\(row.schedule) t=\(t)"
        )
      }
    }
    // CosineAnnealingLR reaches etaMin at tMax and returns to the start at 2·tMax.
    let cosine = try CosineAnnealingLR(initialLearningRate: 0.1, tMax: 10, etaMin: 0.01)
    XCTAssertEqual(cosine.learningRate(at: 10), 0.01, accuracy: 1e-16)
    XCTAssertEqual(cosine.learningRate(at: 20), 0.1, accuracy: 1e-16)
  }

  func testNewtonMinimizeMatchesNumPyNewtonSteps() throws {
    let fixture = try OptimizeFixture.load()
    for row in fixture.newton {
      let (f, g, h) = try fixture.problem(row.problem)
      let r = try newtonMinimize(f, x0: vector(row.x0), gradient: g, hessian: h)
      XCTAssertTrue(r.success, "\(row.problem)")
      XCTAssertEqual(r.nit, row.nit, "\(row.problem)")
      XCTAssertEqual(r.path.count, row.path.count)
      for (a, b) in zip(r.path, row.path) { XCTAssertLessThanOrEqual(scaledError(a, vector(b)), 1e-12, row.problem) }
      XCTAssertEqual(r.fun, row.fun.value, accuracy: 1e-12 * Swift.max(1, abs(row.fun.value)))
      // With differences for ∇f and ∇²f the same minimum is found.
      let numeric = try newtonMinimize(f, x0: vector(row.x0), gtol: 1e-6)
      XCTAssertTrue(numeric.success, row.problem)
      XCTAssertLessThanOrEqual(scaledError(numeric.x, vector(row.x)), 1e-7, row.problem)
    }
    // A quadratic is minimised in one step.
    let q = try newtonMinimize({ p in (p[0] - 3) * (p[0] - 3) + 10 * (p[1] + 1) * (p[1] + 1) }, x0: [0, 0])
    XCTAssertEqual(q.nit, 1)
    XCTAssertLessThanOrEqual(scaledError(q.x, Vector([3, -1])), 1e-9)
    // A singular Hessian stops with status 2.
    let flat = try newtonMinimize(
      { p in p[0] + p[1] }, x0: [0, 0], gradient: { _ in [1, 1] }, hessian: { _ in Matrix(rows: 2, columns: 2) })
    XCTAssertEqual(flat.status, 2)
    XCTAssertFalse(flat.success)
  }

  func testBacktrackingMatchesArmijoInNumPy() throws {
    let fixture = try OptimizeFixture.load()
    for row in fixture.backtracking {
      let (f, g, _) = try fixture.problem(row.problem)
      let x = vector(row.x)
      let grad = g(x)
      let r = try backtrackingLineSearch(
        f, x: x, direction: -grad, gradient: grad, alpha0: row.alpha0, rho: row.rho, c: row.c)
      XCTAssertTrue(r.success)
      XCTAssertEqual(r.alpha, row.alpha, row.problem)
      XCTAssertEqual(r.fun, row.fun.value, accuracy: 1e-12 * Swift.max(1, abs(row.fun.value)), row.problem)
      XCTAssertEqual(r.nfev, row.nfev, row.problem)
    }
  }

  func testLineSearchMatchesSciPy() throws {
    let fixture = try OptimizeFixture.load()
    for row in fixture.lineSearch {
      let (f, g, _) = try fixture.problem(row.problem)
      let x = vector(row.x)
      let r = try lineSearch(f, g, xk: x, pk: -g(x), oldOldFval: row.oldOldFval, c2: row.c2, amax: row.amax)
      let label = "\(row.problem) from \(x): \(r)"
      XCTAssertEqual(r.fc, row.fc, label)
      XCTAssertEqual(r.gc, row.gc, label)
      let alpha = try XCTUnwrap(r.alpha, label)
      let expected = try XCTUnwrap(row.alpha).value
      XCTAssertEqual(alpha, expected, accuracy: 1e-12 * abs(expected), label)
      XCTAssertEqual(r.newFval!, row.newFval!.value, accuracy: 1e-12 * Swift.max(1, abs(row.newFval!.value)), label)
      XCTAssertEqual(r.oldFval!, row.oldFval!.value, accuracy: 1e-12 * Swift.max(1, abs(row.oldFval!.value)), label)
      XCTAssertLessThanOrEqual(
        scaledError(try XCTUnwrap(r.newGradient), vector(try XCTUnwrap(row.newSlope))), 1e-10, label)
    }
  }

  func testInvalidArgumentsThrowDescriptiveErrors() throws {
    func message(_ body: () throws -> Any) -> String {
      do {
        _ = try body()
        return "no error"
      } catch { return "\(error)" }
    }
    XCTAssertEqual(
      message { try Adam(learningRate: -0.1) }, "Adam: Invalid learning rate: -0.1 (must be finite and >= 0.0)")
    XCTAssertEqual(
      message { try GradientDescent(learningRate: -1) },
      "GradientDescent: Invalid learning rate: -1.0 (must be finite and >= 0.0)")
    XCTAssertEqual(
      message { try GradientDescent(learningRate: 0.1, nesterov: true) },
      "GradientDescent: Nesterov momentum requires a momentum and zero dampening")
    XCTAssertEqual(
      message { try AdamW(beta2: 1.0) }, "AdamW: Invalid beta parameter at index 1: 1.0 (must be in [0, 1))")
    XCTAssertEqual(
      message { try RMSProp(alpha: .nan) }, "RMSProp: Invalid alpha value: nan (must be finite and >= 0.0)")
    XCTAssertEqual(
      message { try AdaGrad(learningRate: .infinity) },
      "AdaGrad: Invalid learning rate: inf (must be finite and >= 0.0)")
    XCTAssertEqual(
      message { try StepLR(initialLearningRate: 0.1, stepSize: 0) }, "StepLR: stepSize must be >= 1, got 0")
    XCTAssertEqual(
      message { try CosineAnnealingLR(initialLearningRate: 0.1, tMax: 0) },
      "CosineAnnealingLR: tMax must be >= 1, got 0")
    XCTAssertEqual(
      message { try ExponentialLR(initialLearningRate: -1, gamma: 0.9) },
      "ExponentialLR: Invalid learning rate: -1.0 (must be finite and >= 0.0)")
    XCTAssertEqual(
      message { try optimize(grad: { $0 }, x0: [], optimizer: try Adam(), steps: 3) },
      "optimize: x0 is empty (the objective needs at least one variable)")
    XCTAssertEqual(
      message { try optimize(grad: { $0 }, x0: [1], optimizer: try Adam(), steps: -1) },
      "optimize: steps must be >= 0, got -1")
    XCTAssertEqual(
      message { try newtonMinimize({ _ in 0 }, x0: []) },
      "newtonMinimize: x0 is empty (the objective needs at least one variable)")
    XCTAssertEqual(
      message { try backtrackingLineSearch({ $0[0] * $0[0] }, x: [1], direction: [1], gradient: [2]) },
      "backtrackingLineSearch: direction is not a descent direction (gradient·direction = 2.0, must be < 0)")
    XCTAssertEqual(
      message { try backtrackingLineSearch({ $0[0] }, x: [1], direction: [-1], gradient: [1], rho: 1) },
      "backtrackingLineSearch: rho must be in (0, 1), got 1.0")
    XCTAssertEqual(
      message { try lineSearch({ $0[0] * $0[0] }, { 2 * $0 }, xk: [1], pk: [-1], c1: 0.9, c2: 0.1) },
      "lineSearch: 'c1' and 'c2' do not satisfy'0 < c1 < c2 < 1'.")
  }
}
