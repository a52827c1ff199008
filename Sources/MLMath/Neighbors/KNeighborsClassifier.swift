import Foundation

/// How the k nearest neighbours' votes or targets are weighted (scikit-learn's `weights=`).
public enum KNeighborsWeights: String, Sendable, Hashable {
  /// Every neighbour counts once (`'uniform'`).
  case uniform
  /// A neighbour counts 1/distance, so nearer ones count more; a neighbour at distance 0
  /// takes all the weight (`'distance'`).
  case distance
}

/// Stops unless `nNeighbors ≥ 1` and `p` is a finite number ≥ 1.
func checkNeighborsSettings(_ type: String, nNeighbors: Int, p: Double) {
  if nNeighbors < 1 { failure("\(type): nNeighbors must be an int in the range [1, inf), got \(nNeighbors)") }
  if !(p >= 1) || !p.isFinite {
    failure("\(type): p must be a finite number ≥ 1 for the Minkowski distance, got \(p)")
  }
}

/// The checked neighbours of each row of `X` among the `fitted` training rows.
func checkedKNeighbors(
  _ X: Matrix, fitted: Matrix, k: Int, p: Double, _ type: String, _ function: String
) -> (distances: [[Double]], indices: [[Int]]) {
  checkEstimatorInput(X, function)
  checkEstimatorFeatures(X.columns, expected: fitted.columns, type, function)
  if k < 1 { failure("\(function): nNeighbors must be at least 1, got \(k)") }
  if k > fitted.rows {
    failure(
      "\(function): expected nNeighbors <= nSamplesFit, but nNeighbors = \(k), nSamplesFit = \(fitted.rows), nSamples = \(X.rows)"
    )
  }
  return bruteForceKNeighbors(X, fitted, k: k, p: p)
}

/// The k-nearest-neighbours classifier (scikit-learn's
/// `sklearn.neighbors.KNeighborsClassifier(n_neighbors=, weights=, p=, algorithm='brute')`):
/// a sample gets the class most common among its k nearest training samples in the
/// Minkowski distance (Σ|xⱼ − yⱼ|^p)^(1/p) — p = 2 Euclidean, p = 1 Manhattan.
///
/// ```swift
/// let iris = loadIris()
/// let (xTrain, xTest, yTrain, yTest) = trainTestSplit(iris.data, iris.target, testSize: 0.3, randomState: 42)
/// var knn = KNeighborsClassifier(nNeighbors: 5)
/// knn.fit(xTrain, yTrain)
/// print(knn.score(xTest, yTest))   // 1.0
/// let (distances, indices) = knn.kneighbors(xTest[0..<1, ...])
/// ```
///
/// "Fitting" only stores the training set; every prediction compares the query with all
/// training samples (brute force). Ties are settled as sklearn's brute-force search settles
/// them: which of several equidistant samples count among the k follows sklearn's heap
/// (see ``kneighbors(_:nNeighbors:)``), and a tie in the vote goes to the smallest label.
/// Scale the features first (``StandardScaler``): distances mix their units.
public struct KNeighborsClassifier: Sendable, CustomStringConvertible {
  /// The number of neighbours k ≥ 1 that vote (sklearn's `n_neighbors`, default 5).
  public let nNeighbors: Int
  /// How the votes are weighted (sklearn's `weights`, default `.uniform`).
  public let weights: KNeighborsWeights
  /// The Minkowski power p ≥ 1 (sklearn's `p`, default 2: Euclidean).
  public let p: Double
  /// The sorted distinct labels seen by `fit` (sklearn's `classes_`).
  public private(set) var classes: IntVector?
  /// The training samples, n × d (sklearn's `_fit_X`).
  public private(set) var fitX: Matrix?
  /// The position in ``classes`` of each training label.
  private var encodedY: [Int] = []

  /// An unfitted classifier. Stops when `nNeighbors < 1` or `p < 1`.
  public init(nNeighbors: Int = 5, weights: KNeighborsWeights = .uniform, p: Double = 2) {
    checkNeighborsSettings("KNeighborsClassifier", nNeighbors: nNeighbors, p: p)
    self.nNeighbors = nNeighbors
    self.weights = weights
    self.p = p
  }

  /// Whether `fit` has been called.
  public var isFitted: Bool { fitX != nil }

  /// The number of training samples (sklearn's `n_samples_fit_`); nil before fitting.
  public var nSamplesFit: Int? { fitX?.rows }

  /// Stores the training samples `X` (n × d) and their labels `y` (n integers).
  ///
  /// Stops when `X` is empty or not finite, or the lengths differ.
  @discardableResult
  public mutating func fit(_ X: Matrix, _ y: IntVector) -> KNeighborsClassifier {
    checkEstimatorFitInput(X, samples: y.count, "KNeighborsClassifier.fit")
    let (classes, encoded) = encodeClassLabels(y)
    self.classes = classes
    self.encodedY = encoded
    self.fitX = X
    return self
  }

  /// The `nNeighbors` (default: the model's) nearest training samples to each row of `X`,
  /// nearest first: their distances and their row indices in the training set, both
  /// queries × k (sklearn's `kneighbors(X, n_neighbors)`).
  ///
  /// Equidistant training samples are ordered as sklearn's brute-force search orders them:
  /// the samples are scanned by index, the k nearest kept in a max-heap that a later sample
  /// enters only when strictly nearer than the farthest kept; when there are at least as many
  /// training samples as queries the heap is rebuilt once from its own entries; last the k
  /// are sorted by distance, ties keeping their heap order.
  ///
  /// Stops before fitting, when `X` has another number of features or is not finite, or when
  /// `nNeighbors` is not in 1…(training samples).
  public func kneighbors(_ X: Matrix, nNeighbors: Int? = nil) -> (distances: Matrix, indices: IntMatrix) {
    let function = "KNeighborsClassifier.kneighbors"
    guard let fitX else { estimatorNotFitted("KNeighborsClassifier", function) }
    let k = nNeighbors ?? self.nNeighbors
    let (d, i) = checkedKNeighbors(X, fitted: fitX, k: k, p: p, "KNeighborsClassifier", function)
    return (
      Matrix(rows: X.rows, columns: k, elements: d.flatMap { $0 }),
      IntMatrix(rows: X.rows, columns: k, elements: i.flatMap { $0 })
    )
  }

  /// For each query the summed weight of each class among its neighbours, and the
  /// neighbours' class positions and weights.
  private func neighbors(_ X: Matrix, _ function: String) -> (labels: [[Int]], weights: [[Double]]) {
    guard let fitX else { estimatorNotFitted("KNeighborsClassifier", function) }
    let (d, i) = checkedKNeighbors(X, fitted: fitX, k: nNeighbors, p: p, "KNeighborsClassifier", function)
    let labels = i.map { $0.map { encodedY[$0] } }
    switch weights {
    case .uniform: return (labels, labels.map { Array(repeating: 1, count: $0.count) })
    case .distance: return (labels, d.map(inverseDistanceWeights))
    }
  }

  /// The class of each row of `X` (n × d) by the (weighted) vote of its neighbours; a tie
  /// goes to the smallest label.
  ///
  /// Stops before fitting, when `X` has another number of features or is not finite, or
  /// when there are fewer training samples than `nNeighbors`.
  public func predict(_ X: Matrix) -> IntVector {
    let (labels, weights) = neighbors(X, "KNeighborsClassifier.predict")
    let classes = self.classes ?? []
    return IntVector(
      zip(labels, weights).map { labels, weights in
        // sklearn's weighted_mode: each class's weight summed over the k neighbours (with 0 for
        // the others, NumPy's pairwise sum); a class replaces the best only when strictly heavier.
        var best = 0
        var bestScore = 0.0
        for c in 0..<classes.count {
          let score = pairwiseSum(zip(labels, weights).map { $0 == c ? $1 : 0 })
          if score > bestScore {
            best = c
            bestScore = score
          }
        }
        return classes.elements[best]
      })
  }

  /// The share of the (weighted) vote each class gets, n × classes, columns in the order of
  /// ``classes`` (sklearn's `predict_proba`). Stops as ``predict(_:)``.
  public func predictProba(_ X: Matrix) -> Matrix {
    let (labels, weights) = neighbors(X, "KNeighborsClassifier.predictProba")
    let c = classes?.count ?? 0
    var out = [Double]()
    for (labels, weights) in zip(labels, weights) {
      var votes = [Double](repeating: 0, count: c)
      for (label, weight) in zip(labels, weights) { votes[label] += weight }
      let total = pairwiseSum(votes)
      out += votes.map { $0 / total }
    }
    return Matrix(rows: X.rows, columns: c, elements: out)
  }

  /// The accuracy of ``predict(_:)`` on `X` against the labels `y`.
  public func score(_ X: Matrix, _ y: IntVector) -> Double {
    checkEstimatorFitInput(X, samples: y.count, "KNeighborsClassifier.score")
    return accuracyScore(y, predict(X))
  }

  /// The settings and, once fitted, the size of the stored training set and the classes.
  public var description: String {
    let head = "KNeighborsClassifier(nNeighbors: \(nNeighbors), weights: .\(weights), p: \(p))"
    guard let fitX, let classes else { return head + ", not fitted" }
    return head + ", fitted on \(fitX.rows) samples of \(fitX.columns) features"
      + estimatorReportLine("classes", classes)
  }
}
