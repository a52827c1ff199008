import Foundation

/// Stops unless the tree settings are valid (sklearn's parameter validation).
func checkTreeSettings(_ type: String, maxDepth: Int?, minSamplesSplit: Int, minSamplesLeaf: Int) {
  if let maxDepth, maxDepth < 1 {
    failure("\(type): maxDepth must be an int in the range [1, inf) or nil, got \(maxDepth)")
  }
  if minSamplesSplit < 2 {
    failure("\(type): minSamplesSplit must be an int in the range [2, inf), got \(minSamplesSplit)")
  }
  if minSamplesLeaf < 1 {
    failure("\(type): minSamplesLeaf must be an int in the range [1, inf), got \(minSamplesLeaf)")
  }
}

/// A decision tree classifier grown by CART (scikit-learn's
/// `sklearn.tree.DecisionTreeClassifier(criterion=, max_depth=, min_samples_split=,
/// min_samples_leaf=, random_state=)`): each node splits on the one feature and threshold
/// `x[feature] <= threshold` that most reduces the Gini impurity 1 − Σₖ pₖ² (or the entropy
/// −Σₖ pₖ log₂ pₖ) of its children, until the leaves are pure or a limit stops them.
///
/// ```swift
/// let iris = loadIris()
/// let (xTrain, xTest, yTrain, yTest) = trainTestSplit(iris.data, iris.target, testSize: 0.3, randomState: 42)
/// var tree = DecisionTreeClassifier(maxDepth: 3, randomState: 0)
/// tree.fit(xTrain, yTrain)
/// print(tree.score(xTest, yTest))                       // 1.0
/// print(tree.exportText(featureNames: iris.featureNames))
/// ```
///
/// The tree is sklearn's: features rounded to Float32 as sklearn stores them, thresholds at
/// the midpoint between consecutive distinct values, nodes numbered depth first (left before
/// right), and the same stopping rules. **Ties** between equally good splits go to the first
/// one found, which is the smallest threshold of the first feature visited; with a
/// `randomState` the features are visited in the random order sklearn draws for
/// `random_state=` (its own xorshift generator seeded from NumPy's `RandomState`), so the tree
/// is sklearn's for the same seed; without one they are visited in index order, so ties go to
/// the lowest feature index. Deterministic either way.
public struct DecisionTreeClassifier: Sendable, CustomStringConvertible {
  /// The impurity measure a split reduces.
  public enum Criterion: String, Sendable, Hashable {
    /// 1 − Σₖ pₖ² (sklearn's `'gini'`, the default).
    case gini
    /// −Σₖ pₖ log₂ pₖ, the information gain (sklearn's `'entropy'`).
    case entropy
  }

  /// The impurity measure (sklearn's `criterion`, default `.gini`).
  public let criterion: Criterion
  /// The largest depth, the root at depth 0; nil: no limit (sklearn's `max_depth`).
  public let maxDepth: Int?
  /// The fewest samples a node needs to be split, ≥ 2 (sklearn's `min_samples_split`).
  public let minSamplesSplit: Int
  /// The fewest samples each child must keep, ≥ 1 (sklearn's `min_samples_leaf`).
  public let minSamplesLeaf: Int
  /// The seed of the order in which features are tried (sklearn's `random_state`); nil: index order.
  public let randomState: Int?
  /// The sorted distinct labels seen by `fit` (sklearn's `classes_`).
  public private(set) var classes: IntVector?
  /// The number of features seen by `fit` (sklearn's `n_features_in_`).
  public private(set) var nFeaturesIn: Int?
  var tree: TreeArrays?

  /// An unfitted tree. Stops when `maxDepth < 1`, `minSamplesSplit < 2` or `minSamplesLeaf < 1`.
  public init(
    criterion: Criterion = .gini, maxDepth: Int? = nil, minSamplesSplit: Int = 2, minSamplesLeaf: Int = 1,
    randomState: Int? = nil
  ) {
    checkTreeSettings(
      "DecisionTreeClassifier", maxDepth: maxDepth, minSamplesSplit: minSamplesSplit, minSamplesLeaf: minSamplesLeaf)
    self.criterion = criterion
    self.maxDepth = maxDepth
    self.minSamplesSplit = minSamplesSplit
    self.minSamplesLeaf = minSamplesLeaf
    self.randomState = randomState
  }

  /// Whether `fit` has been called.
  public var isFitted: Bool { tree != nil }

  /// Grows the tree on `X` (n samples × d features) and the labels `y` (n integers),
  /// forgetting any earlier fit; returns the fitted tree.
  ///
  /// Stops when `X` is empty or not finite, or the lengths differ.
  @discardableResult
  public mutating func fit(_ X: Matrix, _ y: IntVector) -> DecisionTreeClassifier {
    checkEstimatorFitInput(X, samples: y.count, "DecisionTreeClassifier.fit")
    let (classes, encoded) = encodeClassLabels(y)
    var builder = TreeBuilder(
      X: X, y: encoded.map(Double.init), criterion: criterion == .gini ? .gini : .entropy, nClasses: classes.count,
      maxDepth: maxDepth, minSamplesSplit: minSamplesSplit, minSamplesLeaf: minSamplesLeaf, randomState: randomState)
    self.tree = builder.build()
    self.classes = classes
    self.nFeaturesIn = X.columns
    return self
  }

  private func fitted(_ function: String) -> TreeArrays {
    guard let tree else { estimatorNotFitted("DecisionTreeClassifier", function) }
    return tree
  }

  private func checkedLeaves(_ X: Matrix, _ function: String) -> (TreeArrays, [Int]) {
    let tree = fitted(function)
    checkEstimatorInput(X, function)
    checkEstimatorFeatures(X.columns, expected: nFeaturesIn ?? 0, "DecisionTreeClassifier", function)
    return (tree, tree.apply(X))
  }

  /// The number of nodes, leaves included (sklearn's `tree_.node_count`). Stops before fitting.
  public var nodeCount: Int { fitted("DecisionTreeClassifier.nodeCount").nodeCount }
  /// The depth of the deepest leaf, the root at 0 (sklearn's `get_depth()`). Stops before fitting.
  public var depth: Int { fitted("DecisionTreeClassifier.depth").maxDepth }
  /// The number of leaves (sklearn's `get_n_leaves()`). Stops before fitting.
  public var nLeaves: Int { fitted("DecisionTreeClassifier.nLeaves").nLeaves }
  /// Each feature's share of the total impurity decrease weighted by node size, summing to 1
  /// (0s for a single-leaf tree) (sklearn's `feature_importances_`). Stops before fitting.
  public var featureImportances: Vector {
    Vector(fitted("DecisionTreeClassifier.featureImportances").featureImportances(nFeatures: nFeaturesIn ?? 0))
  }

  /// The index of the leaf each row of `X` ends in (sklearn's `apply`).
  ///
  /// Stops before fitting, or when `X` has another number of features or is not finite.
  public func apply(_ X: Matrix) -> IntVector { IntVector(checkedLeaves(X, "DecisionTreeClassifier.apply").1) }

  /// The class fractions of the leaf each row of `X` ends in, n × classes, columns in the
  /// order of ``classes`` (sklearn's `predict_proba`). Stops as ``apply(_:)``.
  public func predictProba(_ X: Matrix) -> Matrix {
    let (tree, leaves) = checkedLeaves(X, "DecisionTreeClassifier.predictProba")
    let c = classes?.count ?? 0
    var out = [Double]()
    for leaf in leaves {
      let value = tree.value[leaf]
      let total = pairwiseSum(value)
      out += value.map { total == 0 ? $0 : $0 / total }
    }
    return Matrix(rows: X.rows, columns: c, elements: out)
  }

  /// The majority class of the leaf each row of `X` ends in (the smaller label on a tie).
  /// Stops as ``apply(_:)``.
  public func predict(_ X: Matrix) -> IntVector {
    let (tree, leaves) = checkedLeaves(X, "DecisionTreeClassifier.predict")
    let classes = self.classes ?? []
    return IntVector(
      leaves.map { leaf in
        let value = tree.value[leaf]
        var best = 0
        for k in value.indices where value[k] > value[best] { best = k }
        return classes.elements[best]
      })
  }

  /// The accuracy of ``predict(_:)`` on `X` against the labels `y`.
  public func score(_ X: Matrix, _ y: IntVector) -> Double {
    checkEstimatorFitInput(X, samples: y.count, "DecisionTreeClassifier.score")
    return accuracyScore(y, predict(X))
  }

  /// The tree as indented rules, as `sklearn.tree.export_text(tree, feature_names=,
  /// max_depth=, decimals=, show_weights=)` prints it:
  ///
  /// ```text
  /// |--- petal length (cm) <= 2.45
  /// |   |--- class: 0
  /// |--- petal length (cm) >  2.45
  /// |   |--- petal width (cm) <= 1.75
  /// ...
  /// ```
  ///
  /// - Parameters:
  ///   - featureNames: one name per feature; nil: `feature_0`, `feature_1`, …
  ///   - maxDepth: deeper branches are summarised as `truncated branch of depth k` (default 10).
  ///   - decimals: digits after the point of thresholds (and weights).
  ///   - showWeights: also print each leaf's class counts.
  /// - Stops before fitting, or when `featureNames` has the wrong length.
  public func exportText(
    featureNames: [String]? = nil, maxDepth: Int = 10, decimals: Int = 2, showWeights: Bool = false
  )
    -> String
  {
    let function = "DecisionTreeClassifier.exportText"
    let tree = fitted(function)
    let names = (classes ?? []).elements.map { "\($0)" }
    return exportTreeText(
      tree, nFeatures: nFeaturesIn ?? 0, featureNames: featureNames, maxDepth: maxDepth, decimals: decimals,
      function: function
    ) { node in
      let value = tree.value[node]
      var best = 0
      for k in value.indices where value[k] > value[best] { best = k }
      var text = ""
      if showWeights {
        let n = Double(tree.nNodeSamples[node])
        text = " weights: [" + value.map { String(format: "%.\(decimals)f", $0 * n) }.joined(separator: ", ") + "]"
      }
      return text + " class: " + names[best]
    }
  }

  /// The settings and, once fitted, the size of the tree and the feature importances.
  public var description: String {
    let head =
      "DecisionTreeClassifier(criterion: .\(criterion), maxDepth: \(maxDepth.map(String.init) ?? "nil"), minSamplesSplit: \(minSamplesSplit), minSamplesLeaf: \(minSamplesLeaf), randomState: \(randomState.map(String.init) ?? "nil"))"
    guard let tree, let classes, let nFeaturesIn else { return head + ", not fitted" }
    return head + ", fitted: \(tree.nodeCount) nodes, \(tree.nLeaves) leaves, depth \(tree.maxDepth)"
      + estimatorReportLine("classes", classes)
      + estimatorReportLine("featureImportances", Vector(tree.featureImportances(nFeatures: nFeaturesIn)))
  }
}

/// sklearn's `export_text` walk: `leafText` gives the text after `|--- ` for a leaf.
func exportTreeText(
  _ tree: TreeArrays, nFeatures: Int, featureNames: [String]?, maxDepth: Int, decimals: Int, function: String,
  leafText: (Int) -> String
) -> String {
  if let featureNames, featureNames.count != nFeatures {
    failure("\(function): featureNames must contain \(nFeatures) elements, got \(featureNames.count)")
  }
  if maxDepth < 0 { failure("\(function): maxDepth must be at least 0, got \(maxDepth)") }
  if decimals < 0 { failure("\(function): decimals must be at least 0, got \(decimals)") }
  var report = ""
  func name(_ feature: Int) -> String { featureNames?[feature] ?? "feature_\(feature)" }
  func recurse(_ node: Int, _ depth: Int) {
    let indent = String(repeating: "|   ", count: depth - 1) + "|---"
    if depth <= maxDepth + 1 {
      if tree.left[node] != -1 {
        let threshold = String(format: "%.\(decimals)f", tree.threshold[node])
        report += "\(indent) \(name(tree.feature[node])) <= \(threshold)\n"
        recurse(tree.left[node], depth + 1)
        report += "\(indent) \(name(tree.feature[node])) >  \(threshold)\n"
        recurse(tree.right[node], depth + 1)
      } else {
        report += indent + leafText(node) + "\n"
      }
    } else {
      let subtree = tree.subtreeDepth(node)
      if subtree == 1 {
        report += indent + leafText(node) + "\n"
      } else {
        report += "\(indent) truncated branch of depth \(subtree)\n"
      }
    }
  }
  recurse(0, 1)
  return report
}
