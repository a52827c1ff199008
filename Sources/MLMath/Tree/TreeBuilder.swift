import Foundation

// CART as scikit-learn grows it (`sklearn.tree._tree.DepthFirstTreeBuilder` with the
// `BestSplitter`), shared by DecisionTreeClassifier and DecisionTreeRegressor.
//
// - The features are converted to Float32 first, as sklearn does, so thresholds and the
//   comparisons `x <= threshold` are sklearn's.
// - A node is a leaf when it is at `maxDepth`, has fewer than `minSamplesSplit` or
//   `2·minSamplesLeaf` samples, is pure (impurity ≤ machine ε), or has no valid split.
// - Otherwise every feature is tried (in a random order drawn as sklearn draws it when a
//   `randomState` is given, else in index order), the samples sorted by it, and every cut
//   between two distinct values (more than 1e-7 apart) leaving `minSamplesLeaf` on each side
//   is scored by sklearn's proxy: −(n_L·impurity_L + n_R·impurity_R) for classification,
//   S_L²/n_L + S_R²/n_R (S the target sums) for squared error. The first strictly best cut
//   wins, so among equally good splits the first one visited is kept: the first feature in
//   the visiting order, and within a feature the smallest threshold.
// - The threshold is the midpoint of the two values around the cut.
// - Nodes are numbered depth first, left before right (sklearn's node ids).

/// The impurity measure of a node.
enum SplitCriterion: Sendable, Hashable {
  case gini, entropy, squaredError
}

/// A fitted tree in sklearn's array form (`tree_`): node `i` is a leaf when `left[i] == -1`.
struct TreeArrays: Sendable, Hashable {
  var left: [Int] = []
  var right: [Int] = []
  var feature: [Int] = []
  var threshold: [Double] = []
  var impurity: [Double] = []
  var nNodeSamples: [Int] = []
  /// Per node: the class fractions (classification) or the mean target (regression).
  var value: [[Double]] = []
  var maxDepth = 0

  var nodeCount: Int { left.count }
  var nLeaves: Int { left.count { $0 == -1 } }

  /// The leaf each row of `X` falls into (`x[feature] <= threshold` goes left).
  func apply(_ X: Matrix) -> [Int] {
    (0..<X.rows).map { i in
      var node = 0
      while left[node] != -1 {
        let x = Double(Float(X.elements[i * X.columns + feature[node]]))
        node = x <= threshold[node] ? left[node] : right[node]
      }
      return node
    }
  }

  /// sklearn's `compute_feature_importances`: the total weighted impurity decrease of the
  /// splits on each feature, divided by the root's samples, then normalised to sum 1.
  func featureImportances(nFeatures: Int) -> [Double] {
    var importances = [Double](repeating: 0, count: nFeatures)
    for node in 0..<nodeCount where left[node] != -1 {
      let l = left[node]
      let r = right[node]
      importances[feature[node]] +=
        Double(nNodeSamples[node]) * impurity[node] - Double(nNodeSamples[l]) * impurity[l]
        - Double(nNodeSamples[r]) * impurity[r]
    }
    let root = Double(nNodeSamples[0])
    importances = importances.map { $0 / root }
    let total = pairwiseSum(importances)
    return total > 0 ? importances.map { $0 / total } : importances
  }

  /// The depth of the subtree under `node`, a leaf counting 1 (sklearn's `_compute_depth`).
  func subtreeDepth(_ node: Int) -> Int {
    left[node] == -1 ? 1 : 1 + max(subtreeDepth(left[node]), subtreeDepth(right[node]))
  }
}

/// sklearn's own random integers for the splitter (`our_rand_r`, a 32-bit xorshift), seeded
/// with `RandomState(seed).randint(0, RAND_R_MAX)`.
struct SplitterRandom {
  static let randRMax: UInt32 = 0x7FFF_FFFF
  var state: UInt32

  init(seed: Int) {
    var rng = RandomState(seed: seed)
    state = UInt32(rng.randint(0, Int(Self.randRMax)))
  }

  /// An integer in `low..<high` (sklearn's `rand_int`).
  mutating func int(_ low: Int, _ high: Int) -> Int {
    if state == 0 { state = 1 }
    state ^= state << 13
    state ^= state >> 17
    state ^= state << 5
    let r = state % (Self.randRMax + 1)
    return low + Int(r % UInt32(high - low))
  }
}

/// Grows a tree on `X` (Float32-rounded) with the targets `y`: class positions 0..<nClasses
/// (as Doubles) for classification, numbers for regression.
struct TreeBuilder {
  let X: [Double]
  let d: Int
  let y: [Double]
  let criterion: SplitCriterion
  let nClasses: Int
  let maxDepth: Int
  let minSamplesSplit: Int
  let minSamplesLeaf: Int
  var random: SplitterRandom?
  /// sklearn's splitter state, kept from node to node: the order in which features are
  /// visited, and the known constant features at its front.
  var features: [Int]
  var constantFeatures: [Int]
  var samples: [Int]
  /// The feature values of the current node's samples, sorted.
  var sortedValues: [Double] = []

  static let featureThreshold = 1e-7

  init(
    X: Matrix, y: [Double], criterion: SplitCriterion, nClasses: Int, maxDepth: Int?,
    minSamplesSplit: Int, minSamplesLeaf: Int, randomState: Int?
  ) {
    self.X = X.elements.map { Double(Float($0)) }
    self.d = X.columns
    self.y = y
    self.criterion = criterion
    self.nClasses = nClasses
    self.maxDepth = maxDepth ?? Int.max
    self.minSamplesSplit = max(minSamplesSplit, 2 * minSamplesLeaf)
    self.minSamplesLeaf = minSamplesLeaf
    self.random = randomState.map(SplitterRandom.init(seed:))
    self.features = Array(0..<X.columns)
    self.constantFeatures = Array(0..<X.columns)
    self.samples = Array(0..<X.rows)
  }

  // MARK: Node statistics

  /// Class counts (classification) or [Σy, Σy²] (regression) of `samples[range]`.
  func statistics(_ range: Range<Int>) -> [Double] {
    var stats = [Double](repeating: 0, count: criterion == .squaredError ? 2 : nClasses)
    for p in range { add(samples[p], to: &stats, sign: 1) }
    return stats
  }

  func add(_ sample: Int, to stats: inout [Double], sign: Double) {
    let target = y[sample]
    if criterion == .squaredError {
      stats[0] += sign * target
    } else {
      stats[Int(target)] += sign
    }
  }

  /// The impurity of a node with `stats` over `n` samples; for squared error, `squares` is
  /// the node's Σy².
  func impurity(_ stats: [Double], n: Double, squares: Double = 0) -> Double {
    switch criterion {
    case .gini:
      var sq = 0.0
      for count in stats { sq += count * count }
      return 1.0 - sq / (n * n)
    case .entropy:
      var entropy = 0.0
      for count in stats where count > 0 {
        let share = count / n
        entropy -= share * (log(share) / log(2.0))
      }
      return entropy
    case .squaredError:
      let mean = stats[0] / n
      return squares / n - mean * mean
    }
  }

  func sumOfSquares(_ range: Range<Int>) -> Double {
    var sq = 0.0
    for p in range { sq += y[samples[p]] * y[samples[p]] }
    return sq
  }

  // MARK: Splitting

  struct Split {
    var feature: Int
    var position: Int
    var threshold: Double
    var impurityLeft: Double
    var impurityRight: Double
  }

  /// Sorts `samples[start..<end]` by `feature`, filling `sortedValues` (stable order).
  mutating func sortSamples(_ start: Int, _ end: Int, by feature: Int) {
    var slice = Array(samples[start..<end])
    slice.sort { (X[$0 * d + feature], $0) < (X[$1 * d + feature], $1) }
    samples.replaceSubrange(start..<end, with: slice)
    sortedValues = slice.map { X[$0 * d + feature] }
  }

  /// The index of a feature slot in `low..<high` to visit next: sklearn's random draw, or
  /// without a random state the slot holding the smallest feature index.
  mutating func drawSlot(_ low: Int, _ high: Int) -> Int {
    if random != nil { return random!.int(low, high) }
    return (low..<high).min { features[$0] < features[$1] }!
  }

  /// The best split of `samples[start..<end]` (sklearn's `BestSplitter.node_split`), or nil;
  /// `nConstant` is the number of features known constant here, updated for the children.
  mutating func bestSplit(_ start: Int, _ end: Int, nConstant: inout Int) -> Split? {
    let n = end - start
    var fI = d
    var nVisited = 0
    var nFoundConstants = 0
    var nDrawnConstants = 0
    let nKnownConstants = nConstant
    var nTotalConstants = nKnownConstants
    var best: (proxy: Double, feature: Int, position: Int, threshold: Double)?
    let total = statistics(start..<end)
    while fI > nTotalConstants && (nVisited < d || nVisited <= nFoundConstants + nDrawnConstants) {
      nVisited += 1
      var fJ = drawSlot(nDrawnConstants, fI - nFoundConstants)
      if fJ < nKnownConstants {
        features.swapAt(nDrawnConstants, fJ)
        nDrawnConstants += 1
        continue
      }
      fJ += nFoundConstants
      let feature = features[fJ]
      sortSamples(start, end, by: feature)
      if sortedValues[n - 1] <= sortedValues[0] + Self.featureThreshold {
        features.swapAt(fJ, nTotalConstants)
        nFoundConstants += 1
        nTotalConstants += 1
        continue
      }
      fI -= 1
      features.swapAt(fI, fJ)
      // Scan the cuts from left to right, moving samples from the right child to the left.
      var leftStats = [Double](repeating: 0, count: total.count)
      var moved = start
      var p = start
      while p < end {
        while p + 1 < end && sortedValues[p + 1 - start] <= sortedValues[p - start] + Self.featureThreshold { p += 1 }
        let previous = p
        p += 1
        if p >= end { continue }
        let nLeft = p - start
        let nRight = end - p
        if nLeft < minSamplesLeaf || nRight < minSamplesLeaf { continue }
        updateLeft(&leftStats, total: total, from: &moved, to: p, end: end)
        let proxy = proxyImprovement(leftStats, total: total, nLeft: Double(nLeft), nRight: Double(nRight))
        if proxy > (best?.proxy ?? -.infinity) {
          let a = sortedValues[previous - start]
          let b = sortedValues[p - start]
          var threshold = a / 2.0 + b / 2.0
          if threshold == b || threshold.isInfinite { threshold = a }
          best = (proxy, feature, p, threshold)
        }
      }
    }
    // sklearn keeps the known constants in their original order for the children.
    for k in 0..<nKnownConstants { features[k] = constantFeatures[k] }
    for k in nKnownConstants..<(nKnownConstants + nFoundConstants) { constantFeatures[k] = features[k] }
    nConstant = nTotalConstants
    guard let best else { return nil }
    // Put the samples going left (x <= threshold) first, as sklearn's partition does.
    var lo = start
    var hi = end
    while lo < hi {
      if X[samples[lo] * d + best.feature] <= best.threshold {
        lo += 1
      } else {
        hi -= 1
        samples.swapAt(lo, hi)
      }
    }
    let position = best.position
    let left = statistics(start..<position)
    let right = zip(total, left).map { $0 - $1 }
    let nLeft = Double(position - start)
    let nRight = Double(end - position)
    if criterion == .squaredError {
      let leftSquares = sumOfSquares(start..<position)
      let rightSquares = sumOfSquares(start..<end) - leftSquares
      return Split(
        feature: best.feature, position: position, threshold: best.threshold,
        impurityLeft: impurity(left, n: nLeft, squares: leftSquares),
        impurityRight: impurity(right, n: nRight, squares: rightSquares))
    }
    return Split(
      feature: best.feature, position: position, threshold: best.threshold,
      impurityLeft: impurity(left, n: nLeft), impurityRight: impurity(right, n: nRight))
  }

  /// Moves the left child's boundary from `moved` to `position` (sklearn's `Criterion.update`:
  /// adds the newly covered samples, or recomputes from the right end when that is shorter).
  func updateLeft(_ left: inout [Double], total: [Double], from moved: inout Int, to position: Int, end: Int) {
    if position - moved <= end - position {
      for p in moved..<position { add(samples[p], to: &left, sign: 1) }
    } else {
      left = total
      for p in stride(from: end - 1, through: position, by: -1) { add(samples[p], to: &left, sign: -1) }
    }
    moved = position
  }

  /// sklearn's `proxy_impurity_improvement`: larger is better.
  func proxyImprovement(_ left: [Double], total: [Double], nLeft: Double, nRight: Double) -> Double {
    let right = zip(total, left).map { $0 - $1 }
    if criterion == .squaredError {
      return left[0] * left[0] / nLeft + right[0] * right[0] / nRight
    }
    return -nRight * impurity(right, n: nRight) - nLeft * impurity(left, n: nLeft)
  }

  // MARK: Growing

  /// Grows the whole tree depth first, as sklearn's `DepthFirstTreeBuilder`.
  mutating func build() -> TreeArrays {
    struct Record {
      var start, end, depth, parent: Int
      var isLeft: Bool
      var impurity: Double
      var nConstant: Int
    }
    var tree = TreeArrays()
    var stack = [
      Record(start: 0, end: samples.count, depth: 0, parent: -1, isLeft: false, impurity: .infinity, nConstant: 0)
    ]
    var first = true
    while var record = stack.popLast() {
      let n = record.end - record.start
      var isLeaf = record.depth >= maxDepth || n < minSamplesSplit || n < 2 * minSamplesLeaf
      if first {
        let stats = statistics(record.start..<record.end)
        record.impurity = impurity(stats, n: Double(n), squares: sumOfSquares(record.start..<record.end))
        first = false
      }
      isLeaf = isLeaf || record.impurity <= Double.ulpOfOne
      var split: Split?
      if !isLeaf {
        split = bestSplit(record.start, record.end, nConstant: &record.nConstant)
        isLeaf = split == nil
      }
      let id = tree.nodeCount
      if record.parent >= 0 {
        if record.isLeft { tree.left[record.parent] = id } else { tree.right[record.parent] = id }
      }
      tree.left.append(-1)
      tree.right.append(-1)
      tree.feature.append(split?.feature ?? -2)
      tree.threshold.append(split?.threshold ?? -2)
      tree.impurity.append(record.impurity)
      tree.nNodeSamples.append(n)
      let stats = statistics(record.start..<record.end)
      tree.value.append(criterion == .squaredError ? [stats[0] / Double(n)] : stats.map { $0 / Double(n) })
      tree.maxDepth = max(tree.maxDepth, record.depth)
      if let split {
        stack.append(
          Record(
            start: split.position, end: record.end, depth: record.depth + 1, parent: id, isLeft: false,
            impurity: split.impurityRight, nConstant: record.nConstant))
        stack.append(
          Record(
            start: record.start, end: split.position, depth: record.depth + 1, parent: id, isLeft: true,
            impurity: split.impurityLeft, nConstant: record.nConstant))
      }
    }
    return tree
  }
}
