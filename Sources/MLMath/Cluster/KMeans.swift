/// K-means clustering by Lloyd's algorithm (scikit-learn's
/// `sklearn.cluster.KMeans(algorithm="lloyd")`).
///
/// ```swift
/// var km = KMeans(nClusters: 3, randomState: 0)
/// km.fit(loadIris().data)
/// print(km.clusterCenters!)         // 3 × 4
/// print(km.inertia!)                // 78.85…: Σ squared distances to the nearest centre
/// let labels = km.predict([[5.0, 3.4, 1.5, 0.2]])
/// ```
///
/// Lloyd's algorithm alternates two steps from initial centres: assign each sample to its
/// nearest centre, then move each centre to the mean of its samples. Each step lowers the
/// inertia Σᵢ‖xᵢ − c(xᵢ)‖², so the loop settles in a local minimum; several starts (`nInit`)
/// keep the best.
///
/// As in sklearn:
/// - the data are centred on their column means before clustering (for accurate distances)
///   and the centres shifted back afterwards;
/// - a run stops when the labels no longer change, when the centres move by a total squared
///   distance of at most `tol` × (mean variance of the features), or after `maxIter`
///   iterations; in the last two cases the labels are recomputed for the final centres;
/// - a cluster left empty gets the sample farthest from its centre (sklearn's relocation;
///   with several empty clusters the farthest samples go in order of distance);
/// - of several runs the one with the lowest inertia is kept, unless it is the same
///   partition as the best so far;
/// - `nInit` nil ("auto") means one run for k-means++ or given centres, 10 for random ones.
///
/// Started from the same centres, runs equal sklearn's (labels exactly, centres and inertia
/// to rounding); with k-means++ and the same integer seed the initial centres are sklearn's.
/// `KMeans` is a value: `fit` changes the `var` it is called on.
public struct KMeans: Sendable, CustomStringConvertible {
  /// How the initial centres are chosen (sklearn's `init`).
  public enum Initialization: Sendable, Equatable {
    /// Greedy k-means++ (``kMeansPlusPlus(_:nClusters:randomState:nLocalTrials:)``), sklearn's default.
    case kMeansPlusPlus
    /// `nClusters` distinct rows drawn uniformly.
    case random
    /// These centres, nClusters × d (one run).
    case centers(Matrix)
  }

  /// The number of clusters, k.
  public let nClusters: Int
  /// How the initial centres are chosen.
  public let initialization: Initialization
  /// How many runs from different initial centres (the best is kept).
  public let nInit: Int
  /// The most Lloyd iterations per run.
  public let maxIter: Int
  /// The relative tolerance on the centres' movement (scaled by the mean feature variance).
  public let tol: Double
  /// The seed of the initial centres (sklearn's integer `random_state`); nil draws from the
  /// shared generator ``Random``.
  public let randomState: Int?

  /// The centres, k × d (sklearn's `cluster_centers_`); nil before fitting.
  public private(set) var clusterCenters: Matrix?
  /// The cluster of each fitted sample, in 0..<k (sklearn's `labels_`).
  public private(set) var labels: IntVector?
  /// Σᵢ‖xᵢ − c(xᵢ)‖² over the fitted samples (sklearn's `inertia_`).
  public private(set) var inertia: Double?
  /// The number of Lloyd iterations of the kept run (sklearn's `n_iter_`).
  public private(set) var nIter: Int?
  /// The number of features fitted on (sklearn's `n_features_in_`).
  public private(set) var nFeaturesIn: Int?

  /// An unfitted k-means model.
  ///
  /// Stops when `nClusters`, `nInit` or `maxIter` is below 1, `tol` is negative or NaN, or
  /// given centres do not have `nClusters` rows or are not finite.
  public init(
    nClusters: Int = 8, initialization: Initialization = .kMeansPlusPlus, nInit: Int? = nil,
    maxIter: Int = 300, tol: Double = 1e-4, randomState: Int? = nil
  ) {
    let function = "KMeans"
    if nClusters < 1 { failure("\(function): nClusters must be at least 1, got \(nClusters)") }
    if let nInit, nInit < 1 { failure("\(function): nInit must be at least 1 (or nil for auto), got \(nInit)") }
    if maxIter < 1 { failure("\(function): maxIter must be at least 1, got \(maxIter)") }
    if !(tol >= 0) { failure("\(function): tol must be at least 0, got \(tol)") }
    if case .centers(let C) = initialization {
      if C.rows != nClusters {
        failure(
          "\(function): the initial centers have shape \(shapeText(C.rows, C.columns)); expected \(nClusters) rows, one per cluster"
        )
      }
      if C.elements.contains(where: { !$0.isFinite }) {
        failure("\(function): the initial centers contain NaN or infinity")
      }
    }
    self.nClusters = nClusters
    self.initialization = initialization
    switch initialization {
    case .centers: self.nInit = 1  // sklearn warns and runs once
    case .kMeansPlusPlus: self.nInit = nInit ?? 1
    case .random: self.nInit = nInit ?? 10
    }
    self.maxIter = maxIter
    self.tol = tol
    self.randomState = randomState
  }

  /// Whether `fit` has been called.
  public var isFitted: Bool { clusterCenters != nil }

  /// Clusters the rows of `X` (n samples × d features), forgetting any earlier fit; returns
  /// the fitted model.
  ///
  /// Stops when `X` has fewer rows than `nClusters`, no column, a NaN or an infinity, or
  /// when given initial centres do not have d columns.
  @discardableResult
  public mutating func fit(_ X: Matrix) -> KMeans {
    let function = "KMeans.fit"
    checkUnsupervisedInput(X, minimumSamples: 1, function)
    checkClusterCount(X.rows, nClusters, function)
    let result = withSplitRandomState(randomState) { rng in fitLloyd(X, rng: &rng, function) }
    clusterCenters = result.centers
    labels = IntVector(result.labels)
    inertia = result.inertia
    nIter = result.nIter
    nFeaturesIn = X.columns
    return self
  }

  /// sklearn's `KMeans.fit` drawing from `rng`: the best of `nInit` Lloyd runs on the centred data.
  func fitLloyd(_ X: Matrix, rng: inout RandomState, _ function: String) -> LloydRun {
    let (n, d) = (X.rows, X.columns)
    if case .centers(let C) = initialization, C.columns != d {
      failure(
        "\(function): the initial centers have shape \(shapeText(C.rows, C.columns)); expected \(shapeText(nClusters, d)) to match X's \(d) features"
      )
    }
    // sklearn's _tolerance: tol × the mean of the features' (population) variances.
    let means = columnMeans(X)
    var varianceSum = 0.0
    for j in 0..<d {
      var s = 0.0
      for i in 0..<n { s += (X.elements[i * d + j] - means[j]) * (X.elements[i * d + j] - means[j]) }
      varianceSum += s / Double(n)
    }
    let tolerance = tol == 0 ? 0 : varianceSum / Double(d) * tol
    let centred = subtractingRowVector(X, means)
    let norms = rowSquaredNorms(centred)
    var best: LloydRun?
    for _ in 0..<nInit {
      let start: Matrix
      switch initialization {
      case .kMeansPlusPlus:
        start = rowsOf(
          centred,
          kMeansPlusPlusIndices(centred, squaredNorms: norms, nClusters: nClusters, nLocalTrials: nil, rng: &rng))
      case .random:
        start = rowsOf(
          centred,
          rng.choice(n, size: nClusters, replace: false, p: Vector(repeating: 1 / Double(n), count: n)).elements)
      case .centers(let C):
        start = subtractingRowVector(C, means)
      }
      let run = lloyd(centred, start: start, maxIter: maxIter, tolerance: tolerance)
      if let current = best {
        if run.inertia < current.inertia && !sameClustering(run.labels, current.labels, nClusters) { best = run }
      } else {
        best = run
      }
    }
    guard var result = best else { failure("\(function): no run") }
    result.centers = subtractingRowVector(result.centers, means.map { -$0 })
    return result
  }

  /// Fits on `X` and returns the labels of its rows (sklearn's `fit_predict`).
  public mutating func fitPredict(_ X: Matrix) -> IntVector {
    fit(X)
    return labels ?? IntVector([])
  }

  /// The index of the nearest centre to each row of `X` (ties to the lowest index).
  ///
  /// Stops before fitting, and when `X` has no row, another number of features, a NaN or an infinity.
  public func predict(_ X: Matrix) -> IntVector {
    let centers = fittedCenters(X, "KMeans.predict")
    return IntVector(nearestCenters(X, centers))
  }

  /// The Euclidean distance from each row of `X` to each centre, n × k (sklearn's `transform`,
  /// "cluster-distance space").
  ///
  /// Stops as ``predict(_:)``.
  public func transform(_ X: Matrix) -> Matrix {
    let centers = fittedCenters(X, "KMeans.transform")
    let (n, d, k) = (X.rows, X.columns, centers.rows)
    var distances = Matrix(rows: n, columns: k)
    for i in 0..<n {
      for c in 0..<k {
        var s = 0.0
        for j in 0..<d {
          let t = X.elements[i * d + j] - centers.elements[c * d + j]
          s += t * t
        }
        distances.elements[i * k + c] = s.squareRoot()
      }
    }
    return distances
  }

  /// Fits on `X` and returns the distances of its rows to the centres (sklearn's `fit_transform`).
  public mutating func fitTransform(_ X: Matrix) -> Matrix {
    fit(X)
    return transform(X)
  }

  /// Minus the inertia of `X` for the fitted centres, −Σᵢ minₖ‖xᵢ − cₖ‖² (sklearn's `score`:
  /// higher is better).
  ///
  /// Stops as ``predict(_:)``.
  public func score(_ X: Matrix) -> Double {
    let centers = fittedCenters(X, "KMeans.score")
    return -clusterInertia(X, centers, nearestCenters(X, centers))
  }

  private func fittedCenters(_ X: Matrix, _ function: String) -> Matrix {
    guard let clusterCenters else { transformerNotFitted("KMeans", function) }
    checkUnsupervisedInput(X, minimumSamples: 1, function)
    checkTransformerFeatures(X.columns, expected: clusterCenters.columns, "KMeans", function)
    return clusterCenters
  }

  /// The settings and, once fitted, the centres and inertia.
  public var description: String {
    let start: String
    switch initialization {
    case .kMeansPlusPlus: start = "k-means++"
    case .random: start = "random"
    case .centers: start = "given centers"
    }
    let head =
      "KMeans(nClusters: \(nClusters), init: \(start), nInit: \(nInit), maxIter: \(maxIter), tol: \(tol), randomState: \(randomState.map(String.init) ?? "nil"))"
    guard let clusterCenters, let labels, let inertia, let nIter else { return head + ", not fitted" }
    let sizes = (0..<nClusters).map { c in labels.elements.count { $0 == c } }
    return head + ", fitted on \(labels.count) samples in \(nIter) iterations"
      + "\n  inertia: \(inertia)"
      + "\n  cluster sizes: \(IntVector(sizes))"
      + "\n  cluster centers:\n"
      + clusterCenters.description.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
  }
}

/// `X` with `v` subtracted from every row.
func subtractingRowVector(_ X: Matrix, _ v: [Double]) -> Matrix {
  let d = X.columns
  var result = X
  for i in 0..<X.rows {
    for j in 0..<d { result.elements[i * d + j] -= v[j] }
  }
  return result
}

/// Whether two labellings are the same partition up to renaming the clusters (sklearn's
/// `_is_same_clustering`).
func sameClustering(_ a: [Int], _ b: [Int], _ nClusters: Int) -> Bool {
  var mapping = [Int](repeating: -1, count: nClusters)
  for (x, y) in zip(a, b) {
    if mapping[x] == -1 {
      mapping[x] = y
    } else if mapping[x] != y {
      return false
    }
  }
  return true
}
