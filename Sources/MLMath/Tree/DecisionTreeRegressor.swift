import Foundation

/// A regression tree grown by CART with the squared error (scikit-learn's
/// `sklearn.tree.DecisionTreeRegressor(criterion='squared_error', max_depth=,
/// min_samples_split=, min_samples_leaf=, random_state=)`): each node splits where the two
/// children's summed squared deviations from their means drop the most, and a leaf predicts
/// the mean target of its training samples.
///
/// ```swift
/// let X: Matrix = [[1], [2], [3], [10], [11], [12]]
/// var tree = DecisionTreeRegressor(maxDepth: 1)
/// tree.fit(X, [1, 1.2, 0.8, 5, 5.5, 4.5])
/// print(tree.predict([[2.5], [11]]))   // [1. 5.]
/// print(tree.exportText())
/// ```
///
/// Growth, thresholds, ties and numbering follow ``DecisionTreeClassifier``.
public struct DecisionTreeRegressor: Sendable, CustomStringConvertible {
  /// The largest depth, the root at depth 0; nil: no limit (sklearn's `max_depth`).
  public let maxDepth: Int?
  /// The fewest samples a node needs to be split, ≥ 2 (sklearn's `min_samples_split`).
  public let minSamplesSplit: Int
  /// The fewest samples each child must keep, ≥ 1 (sklearn's `min_samples_leaf`).
  public let minSamplesLeaf: Int
  /// The seed of the order in which features are tried (sklearn's `random_state`); nil: index order.
  public let randomState: Int?
  /// The number of features seen by `fit` (sklearn's `n_features_in_`).
  public private(set) var nFeaturesIn: Int?
  var tree: TreeArrays?

  /// An unfitted tree. Stops when `maxDepth < 1`, `minSamplesSplit < 2` or `minSamplesLeaf < 1`.
  public init(maxDepth: Int? = nil, minSamplesSplit: Int = 2, minSamplesLeaf: Int = 1, randomState: Int? = nil) {
    checkTreeSettings(
      "DecisionTreeRegressor", maxDepth: maxDepth, minSamplesSplit: minSamplesSplit, minSamplesLeaf: minSamplesLeaf)
    self.maxDepth = maxDepth
    self.minSamplesSplit = minSamplesSplit
    self.minSamplesLeaf = minSamplesLeaf
    self.randomState = randomState
  }

  /// Whether `fit` has been called.
  public var isFitted: Bool { tree != nil }

  /// Grows the tree on `X` (n samples × d features) and the targets `y` (n numbers),
  /// forgetting any earlier fit; returns the fitted tree.
  ///
  /// Stops when `X` or `y` is empty or not finite, or the lengths differ.
  @discardableResult
  public mutating func fit(_ X: Matrix, _ y: Vector) -> DecisionTreeRegressor {
    let function = "DecisionTreeRegressor.fit"
    checkEstimatorFitInput(X, samples: y.count, function)
    if let k = y.elements.firstIndex(where: { !$0.isFinite }) {
      failure("\(function): y[\(k)] is \(y.elements[k]) (input y contains NaN or infinity)")
    }
    var builder = TreeBuilder(
      X: X, y: y.elements, criterion: .squaredError, nClasses: 0, maxDepth: maxDepth,
      minSamplesSplit: minSamplesSplit, minSamplesLeaf: minSamplesLeaf, randomState: randomState)
    self.tree = builder.build()
    self.nFeaturesIn = X.columns
    return self
  }

  private func fitted(_ function: String) -> TreeArrays {
    guard let tree else { estimatorNotFitted("DecisionTreeRegressor", function) }
    return tree
  }

  private func checkedLeaves(_ X: Matrix, _ function: String) -> (TreeArrays, [Int]) {
    let tree = fitted(function)
    checkEstimatorInput(X, function)
    checkEstimatorFeatures(X.columns, expected: nFeaturesIn ?? 0, "DecisionTreeRegressor", function)
    return (tree, tree.apply(X))
  }

  /// The number of nodes, leaves included (sklearn's `tree_.node_count`). Stops before fitting.
  public var nodeCount: Int { fitted("DecisionTreeRegressor.nodeCount").nodeCount }
  /// The depth of the deepest leaf, the root at 0 (sklearn's `get_depth()`). Stops before fitting.
  public var depth: Int { fitted("DecisionTreeRegressor.depth").maxDepth }
  /// The number of leaves (sklearn's `get_n_leaves()`). Stops before fitting.
  public var nLeaves: Int { fitted("DecisionTreeRegressor.nLeaves").nLeaves }
  /// Each feature's share of the total squared-error decrease weighted by node size
  /// (sklearn's `feature_importances_`). Stops before fitting.
  public var featureImportances: Vector {
    Vector(fitted("DecisionTreeRegressor.featureImportances").featureImportances(nFeatures: nFeaturesIn ?? 0))
  }

  /// The index of the leaf each row of `X` ends in (sklearn's `apply`).
  ///
  /// Stops before fitting, or when `X` has another number of features or is not finite.
  public func apply(_ X: Matrix) -> IntVector { IntVector(checkedLeaves(X, "DecisionTreeRegressor.apply").1) }

  /// The mean training target of the leaf each row of `X` ends in. Stops as ``apply(_:)``.
  public func predict(_ X: Matrix) -> Vector {
    let (tree, leaves) = checkedLeaves(X, "DecisionTreeRegressor.predict")
    return Vector(leaves.map { tree.value[$0][0] })
  }

  /// The coefficient of determination R² of ``predict(_:)`` on `X` against `y`.
  public func score(_ X: Matrix, _ y: Vector) -> Double {
    checkEstimatorFitInput(X, samples: y.count, "DecisionTreeRegressor.score")
    return r2Score(y, predict(X))
  }

  /// The tree as indented rules, leaves showing `value: [mean]`, as
  /// `sklearn.tree.export_text` prints a regressor; parameters and stops as
  /// ``DecisionTreeClassifier/exportText(featureNames:maxDepth:decimals:showWeights:)``.
  public func exportText(featureNames: [String]? = nil, maxDepth: Int = 10, decimals: Int = 2) -> String {
    let function = "DecisionTreeRegressor.exportText"
    let tree = fitted(function)
    return exportTreeText(
      tree, nFeatures: nFeaturesIn ?? 0, featureNames: featureNames, maxDepth: maxDepth, decimals: decimals,
      function: function
    ) { node in " value: [" + String(format: "%.\(decimals)f", tree.value[node][0]) + "]" }
  }

  /// The settings and, once fitted, the size of the tree and the feature importances.
  public var description: String {
    let head =
      "DecisionTreeRegressor(criterion: squaredError, maxDepth: \(maxDepth.map(String.init) ?? "nil"), minSamplesSplit: \(minSamplesSplit), minSamplesLeaf: \(minSamplesLeaf), randomState: \(randomState.map(String.init) ?? "nil"))"
    guard let tree, let nFeaturesIn else { return head + ", not fitted" }
    return head + ", fitted: \(tree.nodeCount) nodes, \(tree.nLeaves) leaves, depth \(tree.maxDepth)"
      + estimatorReportLine("featureImportances", Vector(tree.featureImportances(nFeatures: nFeaturesIn)))
  }
}
