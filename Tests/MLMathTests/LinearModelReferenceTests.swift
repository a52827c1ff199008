import Foundation
import XCTest

@testable import MLMath

/// MLMath's linear models against scikit-learn's (Fixtures/reference/linear_models.json,
/// written by scripts/reference/linear_models.py).
///
/// Errors are relative: a coefficient's error is divided by the largest |coefficient| of
/// sklearn's vector (the norm-wise relative error of a solution), a scalar's by max(|value|, 1).
/// - LinearRegression (SVD, QR, normal equations) and Ridge: 1e-10; gradient descent: 1e-8
///   (run to ‖∇‖∞ ≤ 1e-13 with the step 1/λmax(XᵀX/n));
/// - Lasso and ElasticNet with sklearn's defaults: 1e-6, the same zero coefficients, the same
///   number of sweeps;
/// - LogisticRegression at tol 1e-10: coefficients, intercepts and probabilities within 1e-5,
///   predictions and accuracies equal; at sklearn's default tol 1e-4, within 1e-4.
final class LinearModelReferenceTests: XCTestCase {
  static let fixture = Result { try decodeReferenceFixture("linear_models", as: LinearModelFixture.self) }

  func dataset(_ name: String) throws -> (X: Matrix, y: Vector) {
    let d = try XCTUnwrap(Self.fixture.get().datasets.first { $0.name == name }, "no data set \(name)")
    return (d.X.matrix, Vector(d.y.map(\.value)))
  }

  /// The fixture's make_regression data are MLMath's `makeRegression` with the same arguments.
  func testMakeRegressionReproducesTheFixtureData() throws {
    var checked = 0
    for d in try Self.fixture.get().datasets {
      guard let g = d.generator else { continue }
      let (X, y, _) = try makeRegression(
        nSamples: g.nSamples, nFeatures: g.nFeatures, nInformative: g.nInformative, bias: g.bias, noise: g.noise,
        randomState: g.randomState)
      XCTAssertEqual(X, d.X.matrix, "\(d.name): X bit for bit")
      let scale = d.y.map { abs($0.value) }.max() ?? 1
      for (a, e) in zip(y.elements, d.y.map(\.value)) { XCTAssertEqual(a, e, accuracy: 1e-12 * scale, d.name) }
      checked += 1
    }
    XCTAssertEqual(checked, 3)
  }

  func testLinearRegressionSolversMatchScikitLearn() throws {
    var exact = Discrepancy()
    var descent = Discrepancy()
    let cases = try Self.fixture.get().linearRegression
    for c in cases {
      let (X, y) = try dataset(c.dataset)
      let fullRank = c.rank == X.columns && X.rows > X.columns
      var solvers: [LinearRegression.Solver] = [.svd]
      if fullRank { solvers += [.qr, .normalEquation] }
      for solver in solvers {
        var model = LinearRegression(fitIntercept: c.fitIntercept, solver: solver)
        model.fit(X, y)
        let context = "\(c.dataset), fitIntercept \(c.fitIntercept), \(solver)"
        exact.vector(model.coef, c.coef, context + " coef")
        exact.scalar(model.intercept, c.intercept.value, context + " intercept")
        exact.scalar(model.score(X, y), c.score.value, context + " score")
        if solver == .svd {
          XCTAssertEqual(model.rank, c.rank, context)
          exact.vector(model.singular, c.singular, context + " singular")
        } else {
          XCTAssertNil(model.rank, context)
        }
      }
      guard fullRank else { continue }
      // Gradient descent with the step 1/L, L = λmax(XᵀX/n) of the centred X, the largest
      // step that still decreases every component of the error monotonically.
      let n = Double(X.rows)
      let largest = c.singular.map(\.value).max() ?? 1
      let rate = n / (largest * largest)
      var model = LinearRegression(
        fitIntercept: c.fitIntercept, solver: .gradientDescent(learningRate: rate, maxIter: 500_000, tol: 1e-13))
      model.fit(X, y)
      let context = "\(c.dataset), fitIntercept \(c.fitIntercept), gradient descent"
      descent.vector(model.coef, c.coef, context + " coef")
      descent.scalar(model.intercept, c.intercept.value, context + " intercept")
      let history = model.lossHistory
      XCTAssertEqual(history.count, (model.nIter ?? -1) + 1, context)
      // The loss never rises, up to rounding once it has converged.
      XCTAssertTrue(
        zip(history, history.dropFirst()).allSatisfy { $1 <= $0 + 1e-13 * history[0] }, "\(context): the loss rose")
      XCTAssertLessThan(model.nIter ?? .max, 500_000, context)
    }
    XCTAssertEqual(cases.count, 10)
    exact.assertWithin(1e-10)
    descent.assertWithin(1e-8)
    print("LinearRegression (svd, qr, normal equations): worst \(exact.summary)")
    print("LinearRegression (gradient descent): worst \(descent.summary)")
  }

  func testRidgeMatchesScikitLearn() throws {
    var worst = Discrepancy()
    let cases = try Self.fixture.get().ridge
    for c in cases {
      let (X, y) = try dataset(c.dataset)
      var model = Ridge(alpha: c.alpha, fitIntercept: c.fitIntercept)
      model.fit(X, y)
      let context = "\(c.dataset), alpha \(c.alpha), fitIntercept \(c.fitIntercept)"
      worst.vector(model.coef, c.coef, context + " coef")
      worst.scalar(model.intercept, c.intercept.value, context + " intercept")
      worst.scalar(model.score(X, y), c.score.value, context + " score")
    }
    XCTAssertEqual(cases.count, 30)
    worst.assertWithin(1e-10)
    print("Ridge: \(cases.count) cases, worst \(worst.summary)")
  }

  func testLassoAndElasticNetMatchScikitLearn() throws {
    var worst = Discrepancy()
    var gaps = Discrepancy()
    var zeros = 0
    let cases = try Self.fixture.get().elasticNet
    for c in cases {
      let (X, y) = try dataset(c.dataset)
      let context = "\(c.dataset), alpha \(c.alpha), l1Ratio \(c.l1Ratio), fitIntercept \(c.fitIntercept)"
      let coef: Vector?
      let intercept: Double?
      let nIter: Int?
      let dualGap: Double?
      if c.lasso {
        var model = Lasso(alpha: c.alpha, fitIntercept: c.fitIntercept)
        model.fit(X, y)
        (coef, intercept, nIter, dualGap) = (model.coef, model.intercept, model.nIter, model.dualGap)
      } else {
        var model = ElasticNet(alpha: c.alpha, l1Ratio: c.l1Ratio, fitIntercept: c.fitIntercept)
        model.fit(X, y)
        (coef, intercept, nIter, dualGap) = (model.coef, model.intercept, model.nIter, model.dualGap)
      }
      worst.vector(coef, c.coef, context + " coef")
      worst.scalar(intercept, c.intercept.value, context + " intercept")
      let zeroPattern = coef?.elements.map { $0 == 0 } ?? []
      XCTAssertEqual(zeroPattern, c.coef.map { $0.value == 0 }, "\(context): the zero coefficients")
      zeros += zeroPattern.count { $0 }
      XCTAssertEqual(nIter, c.nIter, "\(context): sweeps")
      // The gaps are differences of nearly equal numbers: compared on the scale of the
      // stopping tolerance tol·‖y − ȳ‖²/n.
      let yc = c.fitIntercept ? y - y.mean() : y
      let stopScale = 1e-4 * yc.dot(yc) / Double(y.count)
      gaps.scalar(dualGap, c.dualGap.value, context + " dualGap", scale: stopScale)
    }
    XCTAssertEqual(cases.count, 132)
    XCTAssertGreaterThan(zeros, 500, "many coefficients are exactly 0")
    worst.assertWithin(1e-6)
    print("Lasso/ElasticNet: \(cases.count) cases, \(zeros) zero coefficients, worst \(worst.summary)")
    gaps.assertWithin(1e-6)
    print("Lasso/ElasticNet dual gaps (relative to tol·‖y‖²/n): worst \(gaps.summary)")
  }

  /// `trainTestSplit` reproduces sklearn's Iris split, and the model fitted on it has sklearn's accuracy.
  func testIrisSplitAndAccuracyMatchScikitLearn() throws {
    let split = try Self.fixture.get().irisSplit
    let iris = loadIris()
    let s = trainTestSplit(
      iris.data, iris.target, testSize: .fraction(split.testSize), randomState: split.randomState)
    XCTAssertEqual(s.xTrain, split.xTrain.matrix)
    XCTAssertEqual(s.xTest, split.xTest.matrix)
    XCTAssertEqual(s.yTrain.elements, split.yTrain)
    XCTAssertEqual(s.yTest.elements, split.yTest)
    let reference = try XCTUnwrap(Self.fixture.get().logistic.first)
    var model = LogisticRegression(maxIter: reference.maxIter, tol: reference.tol)
    model.fit(s.xTrain, s.yTrain)
    XCTAssertEqual(model.predict(s.xTest).elements, reference.predict)
    XCTAssertEqual(model.score(s.xTest, s.yTest), reference.accuracy)
    XCTAssertEqual(model.score(s.xTrain, s.yTrain), reference.trainAccuracy)
  }

  func testLogisticRegressionMatchesScikitLearn() throws {
    var worst = Discrepancy()
    var probabilities = Discrepancy()
    var defaults = Discrepancy()
    var defaultProbabilities = Discrepancy()
    let cases = try Self.fixture.get().logistic
    for c in cases {
      var model = LogisticRegression(
        penalty: c.penalty == "none" ? .none : .l2, C: c.C.value == .infinity ? 1 : c.C.value,
        fitIntercept: c.fitIntercept, maxIter: c.maxIter, tol: c.tol)
      let Xtest = c.xTest.matrix
      model.fit(c.xTrain.matrix, IntVector(c.yTrain))
      let tight = c.tol <= 1e-9
      let context = "\(c.name)"
      XCTAssertEqual(model.classes?.elements, c.classes, context)
      let coef = try XCTUnwrap(model.coef)
      XCTAssertEqual(coef.shape.rows, c.coef.rows, context)
      var tracker = tight ? worst : defaults
      tracker.vector(Vector(coef.elements), c.coef.data, context + " coef")
      tracker.vector(model.intercept, c.intercept, context + " intercept")
      tracker.vector(
        Vector(model.decisionFunction(Xtest).elements), c.decision.data, context + " decisionFunction")
      if tight { worst = tracker } else { defaults = tracker }
      var p = tight ? probabilities : defaultProbabilities
      for (a, e) in zip(model.predictProba(Xtest).elements, c.proba.data.map(\.value)) {
        p.scalar(a, e, context + " predictProba", scale: 1)
      }
      for (a, e) in zip(model.predictLogProba(Xtest).elements, c.logProba.data.map(\.value)) where e > -30 {
        p.scalar(exp(a), exp(e), context + " exp(predictLogProba)", scale: 1)
      }
      if tight { probabilities = p } else { defaultProbabilities = p }
      XCTAssertEqual(model.predict(Xtest).elements, c.predict, context)
      XCTAssertEqual(model.score(Xtest, IntVector(c.yTest)), c.accuracy, context)
      XCTAssertEqual(model.score(c.xTrain.matrix, IntVector(c.yTrain)), c.trainAccuracy, context)
      print("LogisticRegression \(c.name): nIter \(model.nIter ?? -1) (sklearn \(c.nIter)), accuracy \(c.accuracy)")
    }
    XCTAssertEqual(cases.count, 8)
    worst.assertWithin(1e-5)
    probabilities.assertWithin(1e-5)
    defaults.assertWithin(1e-4)
    defaultProbabilities.assertWithin(1e-4)
    print("LogisticRegression at tol 1e-10: worst \(worst.summary)")
    print("LogisticRegression probabilities (absolute): worst \(probabilities.summary)")
    print("LogisticRegression at sklearn's default tol 1e-4: worst \(defaults.summary)")
    print("LogisticRegression probabilities at tol 1e-4 (absolute): worst \(defaultProbabilities.summary)")
  }
}

/// The largest error seen, and where.
struct Discrepancy {
  private(set) var error = 0.0
  private(set) var place = ""
  private var missing: [String] = []

  /// |actual − expected| / max(|expected|, scale).
  mutating func scalar(_ actual: Double?, _ expected: Double, _ context: String, scale: Double = 1) {
    guard let actual else {
      missing.append(context)
      return
    }
    let e = actual == expected ? 0 : abs(actual - expected) / Swift.max(abs(expected), scale)
    if !(e <= error) {
      error = e.isNaN ? .infinity : e
      place = "\(context): \(actual) vs sklearn \(expected)"
    }
  }

  /// Each element's error relative to the largest |expected| element.
  mutating func vector(_ actual: Vector?, _ expected: [ReferenceNumber], _ context: String) {
    guard let actual, actual.count == expected.count else {
      missing.append("\(context): \(String(describing: actual)) vs \(expected.count) values")
      return
    }
    let scale = Swift.max(expected.map { abs($0.value) }.max() ?? 0, .leastNormalMagnitude)
    for (k, (a, e)) in zip(actual.elements, expected.map(\.value)).enumerated() {
      scalar(a, e, "\(context)[\(k)]", scale: scale)
    }
  }

  var summary: String { "\(error) at \(place)" }

  func assertWithin(_ tolerance: Double, file: StaticString = #filePath, line: UInt = #line) {
    for m in missing.prefix(10) { XCTFail("missing or misshapen: \(m)", file: file, line: line) }
    XCTAssertLessThanOrEqual(error, tolerance, summary, file: file, line: line)
  }
}

struct LinearModelFixture: Decodable {
  struct Generator: Decodable {
    var nSamples: Int
    var nFeatures: Int
    var nInformative: Int
    var noise: Double
    var bias: Double
    var randomState: Int
  }
  struct DataSet: Decodable {
    var name: String
    var X: ReferenceMatrix
    var y: [ReferenceNumber]
    var generator: Generator?
  }
  struct Linear: Decodable {
    var dataset: String
    var fitIntercept: Bool
    var coef: [ReferenceNumber]
    var intercept: ReferenceNumber
    var rank: Int
    var singular: [ReferenceNumber]
    var score: ReferenceNumber
  }
  struct RidgeCase: Decodable {
    var dataset: String
    var alpha: Double
    var fitIntercept: Bool
    var coef: [ReferenceNumber]
    var intercept: ReferenceNumber
    var score: ReferenceNumber
  }
  struct ElasticNetCase: Decodable {
    var dataset: String
    var alpha: Double
    var l1Ratio: Double
    var fitIntercept: Bool
    var lasso: Bool
    var coef: [ReferenceNumber]
    var intercept: ReferenceNumber
    var nIter: Int
    var dualGap: ReferenceNumber
  }
  struct Split: Decodable {
    var testSize: Double
    var randomState: Int
    var xTrain: ReferenceMatrix
    var xTest: ReferenceMatrix
    var yTrain: [Int]
    var yTest: [Int]
  }
  struct Logistic: Decodable {
    var name: String
    var xTrain: ReferenceMatrix
    var yTrain: [Int]
    var xTest: ReferenceMatrix
    var yTest: [Int]
    var C: ReferenceNumber
    var penalty: String
    var tol: Double
    var maxIter: Int
    var fitIntercept: Bool
    var classes: [Int]
    var coef: ReferenceMatrix
    var intercept: [ReferenceNumber]
    var nIter: Int
    var decision: ReferenceMatrix
    var proba: ReferenceMatrix
    var logProba: ReferenceMatrix
    var predict: [Int]
    var accuracy: Double
    var trainAccuracy: Double
  }
  var sklearnVersion: String
  var datasets: [DataSet]
  var linearRegression: [Linear]
  var ridge: [RidgeCase]
  var elasticNet: [ElasticNetCase]
  var irisSplit: Split
  var logistic: [Logistic]
}
