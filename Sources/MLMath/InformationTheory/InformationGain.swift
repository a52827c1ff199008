/// The information gain of splitting a decision-tree node: the entropy of its
/// labels minus the size-weighted entropy of its children's,
/// IG = H(parent) − Σₖ (nₖ / n) H(childₖ).
///
/// - Parameters:
///   - parent: the class labels of the node's n samples (any integers).
///   - splits: the labels of each child (for a binary split, `[left, right]`);
///     together they hold exactly the parent's labels, in any order.
///   - base: the unit: ``LogBase/nats`` (the default, as in SciPy), ``LogBase/bits`` (as
///     decision trees are often taught), or any base.
/// - Returns: the gain, between 0 (the children are mixed as the parent) and
///   H(parent) (every child pure). Each entropy is that of the labels' counts
///   (``entropy(_:base:)`` of the counts of each distinct label); the result is
///   the mutual information of label and child, clipped at 0 as
///   ``mutualInformation(_:_:base:)``.
///
/// scikit-learn's trees (`criterion="entropy"`) choose splits by this gain,
/// computed from the same entropies. Edge rules: empty children add nothing; an
/// empty parent gives 0. Splits that are not a partition of the parent — a label
/// occurring more or fewer times across the splits than in `parent` — stop the
/// program, naming the label and both counts.
public func informationGain(parent: [Int], splits: [[Int]], base: LogBase = .nats) -> Double {
  checkPartition(parent, splits)
  if parent.isEmpty { return 0 }
  let n = Double(parent.count)
  let children = splits.map { Double($0.count) / n * labelEntropy($0) }
  return unsignedNaN(base.fromNats(clippedAtZero(labelEntropy(parent) - pairwiseSum(children))))
}

/// Stops unless every label occurs as many times across `splits` as in `parent`.
func checkPartition(_ parent: [Int], _ splits: [[Int]]) {
  var balance: [Int: Int] = [:]
  for label in parent { balance[label, default: 0] += 1 }
  for split in splits {
    for label in split { balance[label, default: 0] -= 1 }
  }
  guard let label = balance.keys.sorted().first(where: { balance[$0] != 0 }) else { return }
  let inParent = parent.count(where: { $0 == label })
  let inSplits = inParent - (balance[label] ?? 0)
  failure(
    "informationGain: splits are not a partition of parent: label \(label) occurs \(times(inParent)) in parent but \(times(inSplits)) in the splits"
  )
}

/// `1 time`, `3 times`.
func times(_ n: Int) -> String { n == 1 ? "1 time" : "\(n) times" }
