import Foundation

/// The k-nearest-neighbours regressor (scikit-learn's
/// `sklearn.neighbors.KNeighborsRegressor(n_neighbors=, weights=, p=, algorithm='brute')`):
/// a sample's prediction is the mean of its k nearest training targets, or their
/// 1/distance-weighted mean.
///
/// ```swift
/// let X: Matrix = [[0], [1], [2], [3]]
/// var knn = KNeighborsRegressor(nNeighbors: 2)
/// knn.fit(X, [0, 0, 1, 1])
/// print(knn.predict([[1.5]]))   // [0.5]
/// ```
///
/// The neighbours, and the order of equidistant ones, are those of
/// ``KNeighborsClassifier/kneighbors(_:nNeighbors:)`` (sklearn's brute-force search).
public struct KNeighborsRegressor: Sendable, CustomStringConvertible {
  /// The number of neighbours k ≥ 1 averaged (sklearn's `n_neighbors`, default 5).
  public let nNeighbors: Int
  /// How the targets are weighted (sklearn's `weights`, default `.uniform`).
  public let weights: KNeighborsWeights
  /// The Minkowski power p ≥ 1 (sklearn's `p`, default 2: Euclidean).
  public let p: Double
  /// The training samples, n × d (sklearn's `_fit_X`).
  public private(set) var fitX: Matrix?
  /// The training targets (sklearn's `_y`).
  public private(set) var fitY: Vector?

  /// An unfitted regressor. Stops when `nNeighbors < 1` or `p < 1`.
  public init(nNeighbors: Int = 5, weights: KNeighborsWeights = .uniform, p: Double = 2) {
    checkNeighborsSettings("KNeighborsRegressor", nNeighbors: nNeighbors, p: p)
    self.nNeighbors = nNeighbors
    self.weights = weights
    self.p = p
  }

  /// Whether `fit` has been called.
  public var isFitted: Bool { fitX != nil }

  /// Stores the training samples `X` (n × d) and their targets `y` (n numbers).
  ///
  /// Stops when `X` or `y` is empty or not finite, or the lengths differ.
  @discardableResult
  public mutating func fit(_ X: Matrix, _ y: Vector) -> KNeighborsRegressor {
    let function = "KNeighborsRegressor.fit"
    checkEstimatorFitInput(X, samples: y.count, function)
    if let k = y.elements.firstIndex(where: { !$0.isFinite }) {
      failure("\(function): y[\(k)] is \(y.elements[k]) (input y contains NaN or infinity)")
    }
    fitX = X
    fitY = y
    return self
  }

  /// The nearest training samples to each row of `X`: distances and row indices, queries × k
  /// (sklearn's `kneighbors`); as ``KNeighborsClassifier/kneighbors(_:nNeighbors:)``.
  public func kneighbors(_ X: Matrix, nNeighbors: Int? = nil) -> (distances: Matrix, indices: IntMatrix) {
    let function = "KNeighborsRegressor.kneighbors"
    guard let fitX else { estimatorNotFitted("KNeighborsRegressor", function) }
    let k = nNeighbors ?? self.nNeighbors
    let (d, i) = checkedKNeighbors(X, fitted: fitX, k: k, p: p, "KNeighborsRegressor", function)
    return (
      Matrix(rows: X.rows, columns: k, elements: d.flatMap { $0 }),
      IntMatrix(rows: X.rows, columns: k, elements: i.flatMap { $0 })
    )
  }

  /// The (weighted) mean of the neighbours' targets for each row of `X` (n × d).
  ///
  /// Stops before fitting, when `X` has another number of features or is not finite, or
  /// when there are fewer training samples than `nNeighbors`.
  public func predict(_ X: Matrix) -> Vector {
    let function = "KNeighborsRegressor.predict"
    guard let fitX, let fitY else { estimatorNotFitted("KNeighborsRegressor", function) }
    let (d, i) = checkedKNeighbors(X, fitted: fitX, k: nNeighbors, p: p, "KNeighborsRegressor", function)
    return Vector(
      zip(d, i).map { distances, indices in
        let targets = indices.map { fitY.elements[$0] }
        switch weights {
        case .uniform:
          return pairwiseSum(targets) / Double(targets.count)
        case .distance:
          let w = inverseDistanceWeights(distances)
          return pairwiseSum(zip(targets, w).map { $0 * $1 }) / pairwiseSum(w)
        }
      })
  }

  /// The coefficient of determination R² of ``predict(_:)`` on `X` against `y`.
  public func score(_ X: Matrix, _ y: Vector) -> Double {
    checkEstimatorFitInput(X, samples: y.count, "KNeighborsRegressor.score")
    return r2Score(y, predict(X))
  }

  /// The settings and, once fitted, the size of the stored training set.
  public var description: String {
    let head = "KNeighborsRegressor(nNeighbors: \(nNeighbors), weights: .\(weights), p: \(p))"
    guard let fitX else { return head + ", not fitted" }
    return head + ", fitted on \(fitX.rows) samples of \(fitX.columns) features"
  }
}
