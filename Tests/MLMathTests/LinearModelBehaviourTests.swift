import Foundation
import XCTest

@testable import MLMath

/// What the linear models promise beyond matching sklearn's numbers: summaries, the
/// solvers agreeing with each other, predictions from the fitted coefficients, warm starts,
/// and the shapes of the logistic outputs.
final class LinearModelBehaviourTests: XCTestCase {
  static let X: Matrix = [[1, 0], [2, 1], [3, 1], [4, 3], [5, 2]]
  static let y: Vector = [3.1, 5.9, 7.2, 11.8, 12.1]

  func testSolversAgreeAndPredictionsUseTheCoefficients() {
    var reference = LinearRegression()
    reference.fit(Self.X, Self.y)
    for solver: LinearRegression.Solver in [
      .qr, .normalEquation, .gradientDescent(learningRate: 0.05, maxIter: 100_000, tol: 1e-12),
    ] {
      var model = LinearRegression(solver: solver)
      model.fit(Self.X, Self.y)
      for (a, b) in zip(model.coef!.elements, reference.coef!.elements) {
        XCTAssertEqual(a, b, accuracy: 1e-9, "\(solver)")
      }
      XCTAssertEqual(model.intercept!, reference.intercept!, accuracy: 1e-9, "\(solver)")
    }
    let predicted = reference.predict(Self.X)
    for i in 0..<Self.X.rows {
      let manual = reference.intercept! + Self.X[i, 0] * reference.coef![0] + Self.X[i, 1] * reference.coef![1]
      XCTAssertEqual(predicted[i], manual, accuracy: 1e-12)
    }
    XCTAssertEqual(reference.score(Self.X, Self.y), r2Score(Self.y, predicted))
    XCTAssertEqual(reference.rank, 2)
  }

  func testSummaries() {
    XCTAssertEqual("\(LinearRegression())", "LinearRegression(fitIntercept: true, solver: svd), not fitted")
    var model = LinearRegression(solver: .qr)
    model.fit([[0], [1], [2]], [1, 3, 5])
    XCTAssertTrue(
      "\(model)".hasPrefix(
        "LinearRegression(fitIntercept: true, solver: qr), fitted on 3 samples of 1 features\n  coef:      [2.]\n  intercept: 1.0"
      ), "\(model)")
    var lasso = Lasso(alpha: 100)
    lasso.fit(Self.X, Self.y)
    XCTAssertEqual(lasso.coef?.elements, [0, 0], "alpha past ‖Xᵀy‖∞/n zeroes every coefficient")
    XCTAssertEqual(lasso.nIter, 0)
    XCTAssertTrue("\(lasso)".hasPrefix("Lasso(alpha: 100.0, fitIntercept: true), fitted on 5 samples of 2 features"))
    XCTAssertTrue("\(lasso)".contains("nonzero:   0 of 2"), "\(lasso)")
    XCTAssertEqual("\(Ridge(alpha: 2))", "Ridge(alpha: 2.0, fitIntercept: true), not fitted")
    var logistic = LogisticRegression(C: 0.5)
    logistic.fit(Self.X, [0, 0, 1, 1, 1])
    XCTAssertTrue(
      "\(logistic)".hasPrefix(
        "LogisticRegression(penalty: l2, C: 0.5, fitIntercept: true), fitted on 5 samples of 2 features, 2 classes (binary)\n  classes:   [0 1]"
      ), "\(logistic)")
  }

  func testGradientDescentRecordsItsLoss() {
    var model = LinearRegression(solver: .gradientDescent(learningRate: 0.02, maxIter: 50))
    model.fit(Self.X, Self.y)
    XCTAssertEqual(model.nIter, 50)
    XCTAssertEqual(model.lossHistory.count, 51)
    let centred = Self.y - Self.y.mean()
    XCTAssertEqual(model.lossHistory[0], centred.dot(centred) / 10, accuracy: 1e-12, "the loss at w = 0")
    XCTAssertTrue(zip(model.lossHistory, model.lossHistory.dropFirst()).allSatisfy { $1 < $0 })
  }

  func testWarmStartContinuesFromThePreviousFit() {
    var cold = ElasticNet(alpha: 0.1, l1Ratio: 0.7, tol: 1e-10)
    cold.fit(Self.X, Self.y)
    var warm = ElasticNet(alpha: 0.1, l1Ratio: 0.7, tol: 1e-10, warmStart: true)
    warm.fit(Self.X, Self.y)
    warm.fit(Self.X, Self.y)
    XCTAssertLessThan(warm.nIter!, cold.nIter!, "the second fit starts at the optimum")
    for (a, b) in zip(warm.coef!.elements, cold.coef!.elements) { XCTAssertEqual(a, b, accuracy: 1e-8) }
  }

  func testRidgeShrinksAndLogisticOutputsHaveSklearnShapes() {
    var small = Ridge(alpha: 0.01)
    var large = Ridge(alpha: 100)
    small.fit(Self.X, Self.y)
    large.fit(Self.X, Self.y)
    XCTAssertLessThan(large.coef!.dot(large.coef!), small.coef!.dot(small.coef!))

    let iris = loadIris()
    var model = LogisticRegression(maxIter: 1000)
    model.fit(iris.data, iris.target)
    XCTAssertEqual(model.coef!.shape.rows, 3)
    XCTAssertEqual(model.coef!.shape.columns, 4)
    let proba = model.predictProba(iris.data)
    for i in 0..<proba.rows { XCTAssertEqual(proba.row(i).sum(), 1, accuracy: 1e-12) }
    XCTAssertEqual(model.predict(iris.data), proba.argmax(axis: 1))
    for j in 0..<4 { XCTAssertEqual(model.coef!.column(j).sum(), 0, accuracy: 1e-6, "columns sum to 0 over classes") }
    var binary = LogisticRegression()
    binary.fit(iris.data, IntVector(iris.target.elements.map { $0 == 2 ? 7 : 3 }))
    XCTAssertEqual(binary.classes, [3, 7])
    XCTAssertEqual(binary.coef!.shape.rows, 1)
    XCTAssertEqual(binary.decisionFunction(iris.data).shape.columns, 1)
    XCTAssertEqual(binary.predictProba(iris.data).shape.columns, 2)
    XCTAssertEqual(Set(binary.predict(iris.data).elements), [3, 7])
  }
}
