import Foundation
import Testing

@testable import MLMath

/// Where scikit-learn's naive Bayes, neighbours and tree models raise (not fitted, wrong
/// shapes, bad hyper-parameters, negative counts), MLMath stops with a message naming the
/// model, the method and the problem (each case in a child process).
@Suite struct SupervisedFailureTests {
  @Test(arguments: SupervisedFailures.all.map(\.name))
  func misusePrintsItsMessage(_ name: String) async throws {
    let trap = try #require(SupervisedFailures.named(name))
    let exit = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) { [name] in
      SupervisedFailures.named(name)?.body()
    }
    let stderr = String(decoding: try #require(exit).standardErrorContent, as: UTF8.self)
    #expect(
      stderr.contains("Fatal error: \(trap.message)"),
      "expected “Fatal error: \(trap.message)”, the child printed:\n\(stderr)")
  }
}

enum SupervisedFailures {
  static func named(_ name: String) -> TrapCase? { all.first { $0.name == name } }

  static let X: Matrix = [[1, 2], [3, 4], [5, 6]]
  static let y: IntVector = [0, 1, 1]

  /// `model` after `fit` (a mutating method, so it cannot be called on a temporary).
  static func fitted<M>(_ model: M, _ fit: (inout M) -> M) -> M {
    var model = model
    _ = fit(&model)
    return model
  }

  static let all: [TrapCase] = [
    // Naive Bayes
    TrapCase(
      name: "gaussian predict before fit",
      message: "GaussianNB.predict: this GaussianNB instance is not fitted yet. Call fit(_:_:)"
    ) { print(GaussianNB().predict(X)) },
    TrapCase(
      name: "gaussian lengths differ",
      message: "GaussianNB.fit: found input variables with inconsistent numbers of samples: [3, 2]"
    ) { print(fitted(GaussianNB()) { $0.fit(X, [0, 1]) }) },
    TrapCase(
      name: "gaussian features",
      message: "GaussianNB.predictProba: X has 3 features, but GaussianNB is expecting 2 features as input"
    ) { print(fitted(GaussianNB()) { $0.fit(X, y) }.predictProba([[1, 2, 3]])) },
    TrapCase(
      name: "gaussian var smoothing",
      message: "GaussianNB: varSmoothing must be a float in the range [0, inf), got -1.0"
    ) { print(GaussianNB(varSmoothing: -1)) },
    TrapCase(
      name: "gaussian priors sum",
      message: "GaussianNB.fit: the sum of the priors should be 1"
    ) { print(fitted(GaussianNB(priors: [0.5, 0.6])) { $0.fit(X, y) }) },
    TrapCase(
      name: "gaussian priors count",
      message: "GaussianNB.fit: number of priors must match number of classes (3 priors, 2 classes)"
    ) { print(fitted(GaussianNB(priors: [0.2, 0.3, 0.5])) { $0.fit(X, y) }) },
    TrapCase(
      name: "gaussian empty",
      message: "GaussianNB.fit: found array with 0 sample(s) (shape (0, 2)) while a minimum of 1 is required"
    ) { print(fitted(GaussianNB()) { $0.fit(Matrix(rows: 0, columns: 2), []) }) },
    TrapCase(
      name: "gaussian nan",
      message: "GaussianNB.fit: X[1, 0] is nan (input X contains NaN)"
    ) { print(fitted(GaussianNB()) { $0.fit([[1, 2], [.nan, 4], [5, 6]], y) }) },
    TrapCase(
      name: "multinomial negative",
      message: "MultinomialNB.fit: negative values in data passed to MultinomialNB (input X): X[0, 1] is -2.0"
    ) { print(fitted(MultinomialNB()) { $0.fit([[1, -2], [3, 4], [5, 6]], y) }) },
    TrapCase(
      name: "multinomial alpha",
      message: "MultinomialNB: alpha must be a float in the range [0.0, inf), got -0.5"
    ) { print(MultinomialNB(alpha: -0.5)) },
    TrapCase(
      name: "multinomial predict before fit",
      message: "MultinomialNB.predictLogProba: this MultinomialNB instance is not fitted yet"
    ) { print(MultinomialNB().predictLogProba(X)) },
    // Neighbours
    TrapCase(
      name: "knn n neighbors",
      message: "KNeighborsClassifier: nNeighbors must be an int in the range [1, inf), got 0"
    ) { print(KNeighborsClassifier(nNeighbors: 0)) },
    TrapCase(
      name: "knn p",
      message: "KNeighborsRegressor: p must be a finite number ≥ 1 for the Minkowski distance, got 0.5"
    ) { print(KNeighborsRegressor(p: 0.5)) },
    TrapCase(
      name: "knn more neighbours than samples",
      message:
        "KNeighborsClassifier.predict: expected nNeighbors <= nSamplesFit, but nNeighbors = 5, nSamplesFit = 3, nSamples = 3"
    ) { print(fitted(KNeighborsClassifier()) { $0.fit(X, y) }.predict(X)) },
    TrapCase(
      name: "knn kneighbors count",
      message: "KNeighborsRegressor.kneighbors: expected nNeighbors <= nSamplesFit, but nNeighbors = 4, nSamplesFit = 3"
    ) { print(fitted(KNeighborsRegressor(nNeighbors: 2)) { $0.fit(X, [1, 2, 3]) }.kneighbors(X, nNeighbors: 4)) },
    TrapCase(
      name: "knn predict before fit",
      message: "KNeighborsClassifier.predictProba: this KNeighborsClassifier instance is not fitted yet"
    ) { print(KNeighborsClassifier().predictProba(X)) },
    TrapCase(
      name: "knn features",
      message: "KNeighborsRegressor.predict: X has 1 features, but KNeighborsRegressor is expecting 2 features as input"
    ) { print(fitted(KNeighborsRegressor(nNeighbors: 1)) { $0.fit(X, [1, 2, 3]) }.predict([[1]])) },
    TrapCase(
      name: "knn regressor target",
      message: "KNeighborsRegressor.fit: y[2] is inf (input y contains NaN or infinity)"
    ) { print(fitted(KNeighborsRegressor(nNeighbors: 1)) { $0.fit(X, [1, 2, .infinity]) }) },
    // Trees
    TrapCase(
      name: "tree max depth",
      message: "DecisionTreeClassifier: maxDepth must be an int in the range [1, inf) or nil, got 0"
    ) { print(DecisionTreeClassifier(maxDepth: 0)) },
    TrapCase(
      name: "tree min samples split",
      message: "DecisionTreeRegressor: minSamplesSplit must be an int in the range [2, inf), got 1"
    ) { print(DecisionTreeRegressor(minSamplesSplit: 1)) },
    TrapCase(
      name: "tree min samples leaf",
      message: "DecisionTreeClassifier: minSamplesLeaf must be an int in the range [1, inf), got 0"
    ) { print(DecisionTreeClassifier(minSamplesLeaf: 0)) },
    TrapCase(
      name: "tree predict before fit",
      message: "DecisionTreeClassifier.predict: this DecisionTreeClassifier instance is not fitted yet"
    ) { print(DecisionTreeClassifier().predict(X)) },
    TrapCase(
      name: "tree node count before fit",
      message: "DecisionTreeRegressor.nodeCount: this DecisionTreeRegressor instance is not fitted yet"
    ) { print(DecisionTreeRegressor().nodeCount) },
    TrapCase(
      name: "tree lengths differ",
      message: "DecisionTreeClassifier.fit: found input variables with inconsistent numbers of samples: [3, 4]"
    ) { print(fitted(DecisionTreeClassifier()) { $0.fit(X, [0, 1, 0, 1]) }) },
    TrapCase(
      name: "tree apply features",
      message:
        "DecisionTreeClassifier.apply: X has 1 features, but DecisionTreeClassifier is expecting 2 features as input"
    ) { print(fitted(DecisionTreeClassifier()) { $0.fit(X, y) }.apply([[1]])) },
    TrapCase(
      name: "tree feature names",
      message: "DecisionTreeClassifier.exportText: featureNames must contain 2 elements, got 1"
    ) { print(fitted(DecisionTreeClassifier()) { $0.fit(X, y) }.exportText(featureNames: ["a"])) },
  ]
}
