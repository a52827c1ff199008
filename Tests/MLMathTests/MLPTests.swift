import Foundation
import Testing
import XCTest

@testable import MLMath

/// The multilayer perceptron: backpropagation's gradients against central differences for
/// every weight and bias, learning the moons, determinism, a falling loss, the shapes a
/// lesson prints.
final class MLPTests: XCTestCase {
  /// A small data set: 12 samples, 3 features, labels of `classes` kinds, a smooth target.
  static func data(classes: Int) -> (X: Matrix, labels: IntVector, target: Vector) {
    var rng = RandomState(seed: 3)
    let X = rng.normal(0, 1, size: (rows: 12, columns: 3))
    let labels = IntVector((0..<12).map { $0 % classes })
    let target = Vector((0..<12).map { i in sin(X[i, 0]) + 0.5 * X[i, 1] * X[i, 2] })
    return (X, labels, target)
  }

  /// Relative error |a − n| / max(|a|, |n|), 0 when both are 0.
  static func relativeError(_ a: Double, _ n: Double) -> Double {
    let scale = Swift.max(abs(a), abs(n))
    return scale == 0 ? 0 : abs(a - n) / scale
  }

  /// f′(0) by the fourth-order central difference (8(f(h) − f(−h)) − (f(2h) − f(−2h))) / 12h
  /// (differences first, so a flat f, as a dead ReLU unit makes it, gives exactly 0):
  /// truncation error O(h⁴), so h = 1e-4 keeps both it and rounding (≈ ε·|f|/h) near 1e-12.
  static func centralDifference(_ h: Double, _ f: (Double) -> Double) -> Double {
    (8 * (f(h) - f(-h)) - (f(2 * h) - f(-2 * h))) / (12 * h)
  }

  /// Whether most gradients are non-zero — else a check would be vacuous (a dead ReLU layer).
  static func isLive(_ g: MLPGradients) -> Bool {
    let all = g.coefs.flatMap(\.elements) + g.intercepts.flatMap(\.elements)
    return all.count { $0 != 0 } > all.count / 2
  }

  /// The worst relative error between backpropagation and central differences of `loss`
  /// over every parameter, perturbing with `set`.
  static func worstGradientError(
    coefs: [Matrix], intercepts: [Vector], analytic: MLPGradients,
    loss: (_ coefs: [Matrix], _ intercepts: [Vector]) -> Double
  ) -> (error: Double, checked: Int) {
    let h = 1e-4
    var worst = 0.0
    var checked = 0
    for k in coefs.indices {
      for e in coefs[k].elements.indices {
        let numeric = centralDifference(h) { step in
          var moved = coefs
          moved[k].elements[e] += step
          return loss(moved, intercepts)
        }
        let error = relativeError(analytic.coefs[k].elements[e], numeric)
        if error > 1e-6 {
          print("gradient check: coefs[\(k)][\(e)] analytic \(analytic.coefs[k].elements[e]) numeric \(numeric)")
        }
        worst = Swift.max(worst, error)
        checked += 1
      }
      for e in 0..<intercepts[k].count {
        let numeric = centralDifference(h) { step in
          var moved = intercepts
          moved[k][e] += step
          return loss(coefs, moved)
        }
        let error = relativeError(analytic.intercepts[k][e], numeric)
        if error > 1e-6 {
          print("gradient check: intercepts[\(k)][\(e)] analytic \(analytic.intercepts[k][e]) numeric \(numeric)")
        }
        worst = Swift.max(worst, error)
        checked += 1
      }
    }
    return (worst, checked)
  }

  func testBackpropagationMatchesCentralDifferencesForEveryParameter() {
    var worstOverall = 0.0
    var total = 0
    for activation in MLPActivation.allCases {
      for alpha in [0.0, 0.3] {
        for classes in [2, 3] {
          let (X, y, _) = Self.data(classes: classes)
          // The first seed from 1 whose network is not mostly dead.
          var seed = 1
          var clf: MLPClassifier
          repeat {
            clf = MLPClassifier(
              hiddenLayerSizes: [4, 3], activation: activation, alpha: alpha, maxIter: 1, randomState: seed)
            clf.fit(X, y)
            seed += 1
          } while !Self.isLive(clf.gradients(X, y)) && seed < 30
          XCTAssertTrue(Self.isLive(clf.gradients(X, y)), "classifier \(activation) α \(alpha) \(classes) classes")
          let analytic = clf.gradients(X, y)
          XCTAssertEqual(analytic.loss, clf.loss(X, y), accuracy: 1e-15)
          let (error, checked) = Self.worstGradientError(
            coefs: clf.coefs, intercepts: clf.intercepts, analytic: analytic
          ) { c, b in
            var copy = clf
            copy.setParameters(coefs: c, intercepts: b)
            return copy.loss(X, y)
          }
          let outputs = classes == 2 ? 1 : 3
          let expected: Int = 3 * 4 + 4 + 4 * 3 + 3 + 4 * outputs
          XCTAssertEqual(checked, expected)
          XCTAssertLessThan(error, 1e-6, "classifier \(activation) α \(alpha) \(classes) classes")
          worstOverall = Swift.max(worstOverall, error)
          total += checked
        }
        let (X, _, t) = Self.data(classes: 2)
        var seed = 2
        var reg: MLPRegressor
        repeat {
          reg = MLPRegressor(
            hiddenLayerSizes: [5, 4], activation: activation, alpha: alpha, maxIter: 1, randomState: seed)
          reg.fit(X, t)
          seed += 1
        } while !Self.isLive(reg.gradients(X, t)) && seed < 30
        XCTAssertTrue(Self.isLive(reg.gradients(X, t)), "regressor \(activation) α \(alpha)")
        let analytic = reg.gradients(X, t)
        let (error, checked) = Self.worstGradientError(
          coefs: reg.coefs, intercepts: reg.intercepts, analytic: analytic
        ) { c, b in
          var copy = reg
          copy.setParameters(coefs: c, intercepts: b)
          return copy.loss(X, t)
        }
        XCTAssertLessThan(error, 1e-6, "regressor \(activation) α \(alpha)")
        worstOverall = Swift.max(worstOverall, error)
        total += checked
      }
    }
    print("MLP gradient check: \(total) parameters, worst relative error \(worstOverall)")
  }

  func testClassifierLearnsTheMoons() throws {
    let (X, y) = try makeMoons(nSamples: 1000, noise: 0.15, randomState: 0)
    let (xTrain, xTest, yTrain, yTest) = trainTestSplit(X, y, testSize: 0.25, randomState: 0)
    var clf = MLPClassifier(
      hiddenLayerSizes: [16, 16], optimizer: try Adam(learningRate: 0.01), maxIter: 300, randomState: 0)
    clf.fit(xTrain, yTrain)
    let accuracy = clf.score(xTest, yTest)
    print("MLP on the moons: test accuracy \(accuracy) after \(clf.nIter) epochs\n\(clf)")
    XCTAssertGreaterThanOrEqual(accuracy, 0.95)
    XCTAssertEqual(clf.classes, [0, 1])
    XCTAssertEqual(clf.outputActivation, .logistic)
    XCTAssertEqual(clf.parameterCount, 2 * 16 + 16 + 16 * 16 + 16 + 16 + 1)
    let P = clf.predictProba(xTest)
    XCTAssertEqual(P.columns, 2)
    for i in 0..<P.rows { XCTAssertEqual(P[i, 0] + P[i, 1], 1, accuracy: 1e-12) }
    XCTAssertEqual(clf.predict(xTest), IntVector((0..<P.rows).map { P[$0, 1] > 0.5 ? 1 : 0 }))
  }

  func testTrainingIsDeterministicForASeed() throws {
    let (X, y) = try makeMoons(nSamples: 120, noise: 0.3, randomState: 1)
    func fitted(_ seed: Int) -> MLPClassifier {
      var clf = MLPClassifier(
        hiddenLayerSizes: [8, 4], activation: .tanh, batchSize: 32, maxIter: 20, randomState: seed)
      return clf.fit(X, y)
    }
    let a = fitted(7)
    let b = fitted(7)
    XCTAssertEqual(a.coefs.map(\.elements), b.coefs.map(\.elements))
    XCTAssertEqual(a.intercepts.map(\.elements), b.intercepts.map(\.elements))
    XCTAssertEqual(a.lossCurve, b.lossCurve)
    XCTAssertNotEqual(a.coefs.map(\.elements), fitted(8).coefs.map(\.elements))
  }

  func testLossDecreases() throws {
    let (X, y) = try makeMoons(nSamples: 100, noise: 0.2, randomState: 2)
    // Full-batch gradient descent with a small step: every epoch's loss is below the last.
    var clf = MLPClassifier(
      hiddenLayerSizes: [6], activation: .tanh, optimizer: try GradientDescent(learningRate: 0.05), batchSize: 100,
      maxIter: 50, shuffle: false, randomState: 0, nIterNoChange: 1000)
    clf.fit(X, y)
    XCTAssertEqual(clf.nIter, 50)
    for (before, after) in zip(clf.lossCurve, clf.lossCurve.dropFirst()) { XCTAssertLessThan(after, before) }
    // Mini-batch Adam on a regression: the loss falls by far.
    var rng = RandomState(seed: 0)
    let Xr = rng.uniform(-2, 2, size: (rows: 200, columns: 1))
    let yr = Vector((0..<200).map { sin(2 * Xr[$0, 0]) })
    var reg = MLPRegressor(
      hiddenLayerSizes: [20], activation: .tanh, optimizer: try Adam(learningRate: 0.02), batchSize: 20, maxIter: 200,
      randomState: 0)
    reg.fit(Xr, yr)
    XCTAssertLessThan(reg.lossCurve.last!, reg.lossCurve.first! / 10)
    XCTAssertGreaterThan(reg.score(Xr, yr), 0.9)
    print("MLPRegressor on sin(2x): R² \(reg.score(Xr, yr)), \(reg.nIter) epochs\n\(reg)")
  }

  func testForwardAndBackwardExposeEveryLayer() {
    let (X, y, _) = Self.data(classes: 3)
    var clf = MLPClassifier(hiddenLayerSizes: [5, 4], activation: .relu, alpha: 0.1, maxIter: 3, randomState: 0)
    clf.fit(X, y)
    let pass = clf.forward(X)
    XCTAssertEqual(pass.activations.map(\.columns), [3, 5, 4, 3])
    XCTAssertEqual(pass.preActivations.map(\.columns), [5, 4, 3])
    XCTAssertEqual(pass.activations[1], relu(pass.preActivations[1 - 1]))
    XCTAssertEqual(pass.output, clf.predictProba(X))
    XCTAssertEqual(pass.preActivations[0], matmul(X, clf.coefs[0]) + clf.intercepts[0])
    let g = clf.backward(pass, y)
    XCTAssertEqual(g.coefs.map { [$0.rows, $0.columns] }, clf.coefs.map { [$0.rows, $0.columns] })
    XCTAssertEqual(g.intercepts.map(\.count), [5, 4, 3])
    XCTAssertEqual(g.deltas.map(\.columns), [5, 4, 3])
    // The output error is ŷ − y (one-hot), and ∂b is its mean.
    var onehot = Matrix(rows: 12, columns: 3)
    for i in 0..<12 { onehot[i, y[i]] = 1 }
    XCTAssertEqual(g.deltas[2], pass.output - onehot)
    XCTAssertEqual(g.intercepts[2], (pass.output - onehot).sum(axis: 0) / 12)
    XCTAssertEqual(clf.lossCurve.count, 3)
    XCTAssertEqual(clf.nIter, 3)
    let parameters = 5 * 3 + 5 + 5 * 4 + 4 + 4 * 3 + 3
    XCTAssertEqual(clf.parameterCount, parameters)
    let summary = "\(clf)"
    XCTAssertTrue(summary.contains("3 → 5 → 4 → 3 (relu hidden, softmax output), 59 parameters"), summary)
    XCTAssertTrue("\(clf)".contains("final loss"))
    XCTAssertTrue("\(MLPClassifier())".hasSuffix("not fitted"))
  }

  func testEarlyStoppingAndPartialFit() throws {
    let (X, y) = try makeMoons(nSamples: 200, noise: 0.2, randomState: 4)
    var clf = MLPClassifier(
      hiddenLayerSizes: [10], optimizer: try Adam(learningRate: 0.05), maxIter: 500, randomState: 0,
      nIterNoChange: 5, earlyStopping: true)
    clf.fit(X, y)
    XCTAssertTrue(clf.converged)
    XCTAssertLessThan(clf.nIter, 500)
    XCTAssertEqual(clf.validationScores.count, clf.nIter)
    XCTAssertGreaterThan(clf.validationScores.max()!, 0.8)
    // partialFit: one epoch per call, continuing from the last.
    var online = MLPClassifier(hiddenLayerSizes: [10], randomState: 0)
    for _ in 0..<3 { online.partialFit(X, y) }
    XCTAssertEqual(online.nIter, 3)
    var batch = MLPClassifier(hiddenLayerSizes: [10], maxIter: 3, shuffle: false, randomState: 0, nIterNoChange: 100)
    var onlineUnshuffled = MLPClassifier(hiddenLayerSizes: [10], shuffle: false, randomState: 0)
    batch.fit(X, y)
    for _ in 0..<3 { onlineUnshuffled.partialFit(X, y) }
    XCTAssertEqual(batch.coefs.map(\.elements), onlineUnshuffled.coefs.map(\.elements))
  }

  func testScheduleSetsTheLearningRatePerEpoch() throws {
    let (X, y) = try makeMoons(nSamples: 50, noise: 0.2, randomState: 5)
    // A schedule that is 0 after the first epoch freezes the weights.
    var clf = MLPClassifier(
      hiddenLayerSizes: [4], optimizer: try GradientDescent(learningRate: 0.1),
      schedule: try StepLR(initialLearningRate: 0.1, stepSize: 1, gamma: 0), batchSize: 50, maxIter: 4,
      shuffle: false, randomState: 0, nIterNoChange: 100)
    clf.fit(X, y)
    XCTAssertNotEqual(clf.lossCurve[0], clf.lossCurve[1])
    XCTAssertEqual(clf.lossCurve[1], clf.lossCurve[2])
    XCTAssertEqual(clf.lossCurve[2], clf.lossCurve[3])
  }
}

/// MLMath's perceptrons against scikit-learn's (Fixtures/reference/mlp.json, written by
/// scripts/reference/mlp.py): Glorot initial weights exactly, and after plain-SGD training
/// (mini-batches, shuffles, L2 penalty) the weights, loss curve and predictions to 1e-10.
final class MLPReferenceTests: XCTestCase {
  struct Case: Decodable {
    var name, kind, activation: String
    var X: [[ReferenceNumber]]
    var hidden: [Int]
    var alpha: Double
    var batchSize, maxIter, seed, nIter: Int
    var shuffle: Bool
    var learningRate: Double
    var initialCoefs, coefs: [[[ReferenceNumber]]]
    var initialIntercepts, intercepts: [[ReferenceNumber]]
    var lossCurve: [ReferenceNumber]
    var y: [Int]?
    var predictProba: [[ReferenceNumber]]?
    var predict: [Int]?
    var yFloat, predictFloat: [ReferenceNumber]?
  }
  struct Fixture: Decodable { var cases: [Case] }

  static func matrix(_ rows: [[ReferenceNumber]]) -> Matrix { Matrix(rows.map { $0.map(\.value) }) }

  func testTrainingMatchesScikitLearn() throws {
    let fixture = try decodeReferenceFixture("mlp", as: Fixture.self)
    var worst = 0.0
    func check(_ a: [Double], _ b: [Double], _ what: String, tolerance: Double = 1e-10) {
      XCTAssertEqual(a.count, b.count, what)
      for (x, y) in zip(a, b) {
        // Relative error, with values below 1e-12 compared absolutely.
        let error = abs(x - y) / Swift.max(abs(y), 1e-12)
        worst = Swift.max(worst, error)
        XCTAssertLessThanOrEqual(error, tolerance, "\(what): \(x) vs sklearn \(y)")
      }
    }
    for c in fixture.cases {
      let X = Self.matrix(c.X)
      let activation = try XCTUnwrap(MLPActivation(rawValue: c.activation))
      let optimizer = try GradientDescent(learningRate: c.learningRate)
      // The initial weights: sklearn's Glorot draws, exactly.
      var rng = RandomState(seed: c.seed)
      let outputs = c.initialCoefs.last!.first!.count
      let (coefs0, intercepts0) = MLPNetwork.glorot(
        [X.columns] + c.hidden + [outputs], activation: activation, using: &rng)
      XCTAssertEqual(coefs0.map(\.elements), c.initialCoefs.map { Self.matrix($0).elements }, c.name)
      XCTAssertEqual(intercepts0.map(\.elements), c.initialIntercepts.map { $0.map(\.value) }, c.name)
      let coefs: [Matrix]
      let intercepts: [Vector]
      let lossCurve: [Double]
      if c.kind == "classifier" {
        var clf = MLPClassifier(
          hiddenLayerSizes: c.hidden, activation: activation, optimizer: optimizer, alpha: c.alpha,
          batchSize: c.batchSize, maxIter: c.maxIter, shuffle: c.shuffle, randomState: c.seed, nIterNoChange: 10_000)
        let y = IntVector(try XCTUnwrap(c.y))
        clf.fit(X, y)
        (coefs, intercepts, lossCurve) = (clf.coefs, clf.intercepts, clf.lossCurve)
        check(clf.predictProba(X).elements, Self.matrix(try XCTUnwrap(c.predictProba)).elements, c.name + " proba")
        XCTAssertEqual(clf.predict(X).elements, c.predict, c.name)
        XCTAssertEqual(clf.nIter, c.nIter)
      } else {
        var reg = MLPRegressor(
          hiddenLayerSizes: c.hidden, activation: activation, optimizer: optimizer, alpha: c.alpha,
          batchSize: c.batchSize, maxIter: c.maxIter, shuffle: c.shuffle, randomState: c.seed, nIterNoChange: 10_000)
        reg.fit(X, Vector(try XCTUnwrap(c.yFloat).map(\.value)))
        (coefs, intercepts, lossCurve) = (reg.coefs, reg.intercepts, reg.lossCurve)
        check(reg.predict(X).elements, try XCTUnwrap(c.predictFloat).map(\.value), c.name + " predict")
        XCTAssertEqual(reg.nIter, c.nIter)
      }
      for k in coefs.indices {
        check(coefs[k].elements, Self.matrix(c.coefs[k]).elements, "\(c.name) coefs[\(k)]")
        check(intercepts[k].elements, c.intercepts[k].map(\.value), "\(c.name) intercepts[\(k)]")
      }
      check(lossCurve, c.lossCurve.map(\.value), c.name + " loss curve")
    }
    print("MLP vs scikit-learn: \(fixture.cases.count) training runs, worst relative error \(worst)")
  }
}

/// Where scikit-learn raises, the perceptrons stop with a message (each case in a child process).
@Suite struct MLPFailureTests {
  @Test(arguments: MLPFailures.all.map(\.name))
  func misusePrintsItsMessage(_ name: String) async throws {
    let trap = try #require(MLPFailures.all.first { $0.name == name })
    let exit = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) { [name] in
      MLPFailures.all.first { $0.name == name }?.body()
    }
    let stderr = String(decoding: try #require(exit).standardErrorContent, as: UTF8.self)
    #expect(
      stderr.contains("Fatal error: \(trap.message)"),
      "expected “Fatal error: \(trap.message)”, the child printed:\n\(stderr)")
  }
}

enum MLPFailures {
  static let X: Matrix = [[0, 1], [1, 0], [1, 1], [0, 0]]
  static let y: IntVector = [0, 1, 1, 0]

  static let all: [TrapCase] = [
    TrapCase(
      name: "predict before fit",
      message: "MLPClassifier.predict: this MLPClassifier is not fitted yet; call fit(X, y) first"
    ) {
      print(MLPClassifier().predict(X))
    },
    TrapCase(
      name: "forward before fit",
      message: "MLPRegressor.forward: this MLPRegressor is not fitted yet; call fit(X, y) first"
    ) {
      print(MLPRegressor().forward(X))
    },
    TrapCase(name: "bad hidden size", message: "MLPClassifier.init: hiddenLayerSizes[1] must be at least 1, got 0") {
      print(MLPClassifier(hiddenLayerSizes: [3, 0]))
    },
    TrapCase(name: "negative alpha", message: "MLPRegressor.init: alpha must be non-negative and finite, got -1.0") {
      print(MLPRegressor(alpha: -1))
    },
    TrapCase(name: "zero batch", message: "MLPClassifier.init: batchSize must be at least 1 (or nil for auto), got 0") {
      print(MLPClassifier(batchSize: 0))
    },
    TrapCase(name: "zero maxIter", message: "MLPClassifier.init: maxIter must be at least 1, got 0") {
      print(MLPClassifier(maxIter: 0))
    },
    TrapCase(name: "label count", message: "MLPClassifier.fit: X has 4 samples but y has 3 labels (they must be equal)")
    {
      var clf = MLPClassifier()
      clf.fit(X, [0, 1, 0])
    },
    TrapCase(name: "one class", message: "MLPClassifier.fit: y has a single class (1); a classifier needs at least 2") {
      var clf = MLPClassifier()
      clf.fit(X, [1, 1, 1, 1])
    },
    TrapCase(
      name: "features",
      message: "MLPClassifier.predictProba: X has 3 features, but this MLPClassifier was fitted on 2 features"
    ) {
      var clf = MLPClassifier(hiddenLayerSizes: [2], maxIter: 1, randomState: 0)
      clf.fit(X, y)
      print(clf.predictProba([[1, 2, 3]]))
    },
    TrapCase(
      name: "unknown label", message: "MLPClassifier.backward: y[2] = 5 is not one of the classes [0 1] seen in fit"
    ) {
      var clf = MLPClassifier(hiddenLayerSizes: [2], maxIter: 1, randomState: 0)
      clf.fit(X, y)
      print(clf.backward(clf.forward(X), [0, 1, 5, 0]))
    },
    TrapCase(name: "regressor target", message: "MLPRegressor.fit: y[1] = nan; y must be finite") {
      var reg = MLPRegressor()
      reg.fit(X, [0, .nan, 1, 2])
    },
    TrapCase(name: "infinite X", message: "MLPRegressor.fit: X[0, 1] = inf; X must be finite") {
      var reg = MLPRegressor()
      reg.fit([[0, .infinity]], [1])
    },
    TrapCase(name: "parameter shape", message: "MLPRegressor.setParameters: coefs[0] has shape (3, 2), expected (2, 2)")
    {
      var reg = MLPRegressor(hiddenLayerSizes: [2], maxIter: 1, randomState: 0)
      reg.fit(X, [0, 1, 2, 3])
      reg.setParameters(coefs: [Matrix(rows: 3, columns: 2), reg.coefs[1]], intercepts: reg.intercepts)
    },
    TrapCase(name: "seed", message: "MLPClassifier.init: randomState must be between 0 and 2**32 - 1, got -1") {
      print(MLPClassifier(randomState: -1))
    },
  ]
}
