import Foundation
import Testing

@testable import MLMath

/// Where scikit-learn's linear models raise (not fitted, wrong shapes, NaN, impossible
/// settings, one class), MLMath stops with a message naming the model, the method and the
/// problem (each case in a child process).
@Suite struct LinearModelFailureTests {
  @Test(arguments: LinearModelFailures.all.map(\.name))
  func misusePrintsItsMessage(_ name: String) async throws {
    let trap = try #require(LinearModelFailures.named(name))
    let exit = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) { [name] in
      LinearModelFailures.named(name)?.body()
    }
    let stderr = String(decoding: try #require(exit).standardErrorContent, as: UTF8.self)
    #expect(
      stderr.contains("Fatal error: \(trap.message)"),
      "expected “Fatal error: \(trap.message)”, the child printed:\n\(stderr)")
  }

  /// A fit that runs out of iterations warns as sklearn's ConvergenceWarning, and still fits.
  @Test func runningOutOfIterationsWarns() async throws {
    let result = await #expect(processExitsWith: .success, observing: [\.standardErrorContent]) {
      let X: Matrix = [[1, 2], [2, 1], [3, 5], [4, 3], [5, 6]]
      var lasso = Lasso(alpha: 0.001, maxIter: 1, tol: 1e-12)
      lasso.fit(X, [1, 2, 3, 4, 6])
      var logistic = LogisticRegression(maxIter: 1)
      logistic.fit(X, [0, 0, 1, 1, 1])
      if lasso.coef == nil || logistic.coef == nil { exit(1) }
    }
    let stderr = String(decoding: try #require(result).standardErrorContent, as: UTF8.self)
    #expect(stderr.contains("ConvergenceWarning: Objective did not converge."), "\(stderr)")
    #expect(stderr.contains("ConvergenceWarning: lbfgs failed to converge after 1 iteration(s)"), "\(stderr)")
  }
}

enum LinearModelFailures {
  static func named(_ name: String) -> TrapCase? { all.first { $0.name == name } }

  static let X: Matrix = [[1, 2], [2, 1], [3, 5], [4, 3]]

  static let all: [TrapCase] = [
    TrapCase(
      name: "linear regression predict before fit",
      message:
        "LinearRegression.predict: this LinearRegression instance is not fitted yet. Call fit(_:_:) with appropriate arguments"
    ) { print(LinearRegression().predict(X)) },
    TrapCase(
      name: "linear regression wrong y length",
      message: "LinearRegression.fit: X has 4 samples but y has 3 (y needs one target per row of X)"
    ) {
      var model = LinearRegression()
      model.fit(X, [1, 2, 3])
    },
    TrapCase(
      name: "linear regression wrong feature count",
      message: "LinearRegression.predict: X has 3 features, but LinearRegression is expecting 2 features as input"
    ) {
      var model = LinearRegression()
      model.fit(X, [1, 2, 3, 4])
      print(model.predict([[1, 2, 3]]))
    },
    TrapCase(
      name: "linear regression NaN in y",
      message: "LinearRegression.fit: y[1] is nan (input y contains NaN or infinity)"
    ) {
      var model = LinearRegression()
      model.fit(X, [1, .nan, 3, 4])
    },
    TrapCase(
      name: "linear regression empty X",
      message: "LinearRegression.fit: found array with 0 sample(s) (shape (0, 2)) while a minimum of 1 is required"
    ) {
      var model = LinearRegression()
      model.fit(Matrix(rows: 0, columns: 2), [])
    },
    TrapCase(
      name: "normal equation on dependent columns",
      message:
        "LinearRegression.fit: the columns of X are linearly dependent (or fewer rows than columns), so the normalEquation solver has no unique solution; use solver .svd"
    ) {
      var model = LinearRegression(solver: .normalEquation)
      model.fit([[1, 2], [2, 4], [3, 6]], [1, 2, 3])
    },
    TrapCase(
      name: "qr on a wide X",
      message:
        "LinearRegression.fit: the columns of X are linearly dependent (or fewer rows than columns), so the qr solver"
    ) {
      var model = LinearRegression(solver: .qr)
      model.fit([[1, 2, 3], [2, 1, 0]], [1, 2])
    },
    TrapCase(
      name: "gradient descent learning rate",
      message: "LinearRegression: learningRate must be > 0 and finite, got -0.1"
    ) { print(LinearRegression(solver: .gradientDescent(learningRate: -0.1))) },
    TrapCase(
      name: "gradient descent diverges",
      message: "LinearRegression.fit: gradient descent diverged at step"
    ) {
      var model = LinearRegression(solver: .gradientDescent(learningRate: 10))
      model.fit(X, [1, 2, 3, 4])
    },
    TrapCase(name: "ridge negative alpha", message: "Ridge: alpha must be ≥ 0 and finite, got -1.0") {
      print(Ridge(alpha: -1))
    },
    TrapCase(
      name: "ridge score before fit",
      message: "Ridge.score: this Ridge instance is not fitted yet. Call fit(_:_:)"
    ) { print(Ridge().score(X, [1, 2, 3, 4])) },
    TrapCase(name: "lasso negative alpha", message: "Lasso: alpha must be ≥ 0 and finite, got -0.5") {
      print(Lasso(alpha: -0.5))
    },
    TrapCase(
      name: "lasso predict before fit",
      message: "Lasso.predict: this Lasso instance is not fitted yet. Call fit(_:_:)"
    ) { print(Lasso().predict(X)) },
    TrapCase(name: "elastic net l1 ratio", message: "ElasticNet: l1Ratio must be in [0, 1], got 1.5") {
      print(ElasticNet(l1Ratio: 1.5))
    },
    TrapCase(name: "elastic net max iter", message: "ElasticNet: maxIter must be at least 1, got 0") {
      print(ElasticNet(maxIter: 0))
    },
    TrapCase(
      name: "elastic net warm start with other features",
      message: "ElasticNet.fit: X has 3 features, but ElasticNet is expecting 2 features as input"
    ) {
      var model = ElasticNet(warmStart: true)
      model.fit(X, [1, 2, 3, 4])
      model.fit([[1, 2, 3], [3, 2, 1]], [1, 2])
    },
    TrapCase(name: "logistic C", message: "LogisticRegression: C must be > 0, got 0.0") {
      print(LogisticRegression(C: 0))
    },
    TrapCase(
      name: "logistic one class",
      message:
        "LogisticRegression.fit: this solver needs samples of at least 2 classes in the data, but the data contains only one class: 1"
    ) {
      var model = LogisticRegression()
      model.fit(X, [1, 1, 1, 1])
    },
    TrapCase(
      name: "logistic wrong label count",
      message: "LogisticRegression.fit: X has 4 samples but y has 2 (y needs one label per row of X)"
    ) {
      var model = LogisticRegression()
      model.fit(X, [0, 1])
    },
    TrapCase(
      name: "logistic predict proba before fit",
      message: "LogisticRegression.predictProba: this LogisticRegression instance is not fitted yet"
    ) { print(LogisticRegression().predictProba(X)) },
    TrapCase(
      name: "logistic infinity",
      message: "LogisticRegression.fit: X[0, 1] is inf (input X contains infinity)"
    ) {
      var model = LogisticRegression()
      model.fit([[1, .infinity], [2, 3]], [0, 1])
    },
  ]
}
