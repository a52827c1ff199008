#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Categorical cross-entropy from logits through the log-softmax (PyTorch's
// `F.cross_entropy`), with class labels or with class probabilities (one-hot or soft) as
// targets; rows are samples, columns classes.

/// The cross-entropy of softmax(logits) against class labels, averaged over the rows
/// (PyTorch's `torch.nn.functional.cross_entropy(input, target)` with integer targets and
/// `reduction="mean"`; scikit-learn's `log_loss` of the softmax).
///
/// Row i costs −log softmax(zᵢ)_{yᵢ} = logsumexp(zᵢ) − zᵢ,yᵢ, computed from the row's
/// log-softmax (the row maximum subtracted first), so no logit overflows and no
/// probability underflows to log 0.
///
/// ```swift
/// let z: Matrix = [[2, 1, 0], [0, 0, 5]]
/// crossEntropyLoss(logits: z, labels: [0, 2])   // 0.21049593308291467
/// ```
///
/// - Parameters:
///   - logits: an `(n, k)` matrix of unnormalised scores, one row per sample.
///   - labels: n class indices in `0..<k`.
/// - Shapes: stops when `labels.count` ≠ n or a label is out of range.
/// - Returns: NaN for n = 0 (the mean of no rows), and where a row holds NaN.
/// - SeeAlso: `crossEntropyLossGradient(logits:labels:)`; the reverse-mode
///   `crossEntropyLoss(logits:labels:)` on a `Tensor`.
public func crossEntropyLoss(logits: Matrix, labels: IntVector) -> Double {
  checkClassLabels(logits, labels, "logits", in: "crossEntropyLoss")
  let logProbabilities = rowLogSoftmax(logits)
  var total = 0.0
  for (i, label) in labels.elements.enumerated() { total -= logProbabilities.elements[i * logits.columns + label] }
  return logits.rows == 0 ? .nan : unsignedNaN(total / Double(logits.rows))
}

/// The cross-entropy of softmax(logits) against class probabilities, averaged over the rows
/// (PyTorch's `F.cross_entropy(input, target)` with a floating `target` of class
/// probabilities, `reduction="mean"`, which divides by the number of rows).
///
/// Row i costs −Σₖ tᵢₖ log softmax(zᵢ)ₖ; with one-hot rows this equals the label version.
/// A class with target 0 contributes 0 even when its log-probability is −∞ (0·log 0 = 0;
/// PyTorch gives NaN there).
///
/// - Parameters:
///   - logits: an `(n, k)` matrix of scores.
///   - targets: an `(n, k)` matrix of class probabilities (one-hot or soft; not checked, as
///     in PyTorch).
/// - Shapes: stops when the shapes differ.
public func crossEntropyLoss(logits: Matrix, targets: Matrix) -> Double {
  checkSameShape(logits, targets, in: "crossEntropyLoss", ("logits", "targets"))
  let logProbabilities = rowLogSoftmax(logits)
  var total = 0.0
  for (t, l) in zip(targets.elements, logProbabilities.elements) where t != 0 { total -= t * l }
  return logits.rows == 0 ? .nan : unsignedNaN(total / Double(logits.rows))
}

/// The cross-entropy of one sample's logits against its class label: logsumexp(z) − z_label
/// (PyTorch's `F.cross_entropy` on a 1-D input and a 0-d target).
///
/// - Shapes: stops unless `label` is in `0..<logits.count`.
public func crossEntropyLoss(logits: Vector, label: Int) -> Double {
  checkClassLabel(label, classes: logits.count, in: "crossEntropyLoss")
  return crossEntropyLoss(logits: logits.asRow, labels: IntVector([label]))
}

/// The cross-entropy of one sample's logits against class probabilities, −Σₖ tₖ log softmax(z)ₖ.
///
/// - Shapes: stops unless `target` has the length of `logits`.
public func crossEntropyLoss(logits: Vector, target: Vector) -> Double {
  checkSameShape(logits, target, in: "crossEntropyLoss", ("logits", "target"))
  return crossEntropyLoss(logits: logits.asRow, targets: target.asRow)
}

/// The gradient of `crossEntropyLoss(logits:labels:)` with respect to the logits:
/// (softmax(zᵢ) − onehot(yᵢ))/n in row i.
public func crossEntropyLossGradient(logits: Matrix, labels: IntVector) -> Matrix {
  checkClassLabels(logits, labels, "logits", in: "crossEntropyLossGradient")
  var d = rowSoftmax(logits).elements
  for (i, label) in labels.elements.enumerated() { d[i * logits.columns + label] -= 1 }
  let n = Double(logits.rows)
  return logits.with(d.map { $0 / n })
}

/// The gradient of `crossEntropyLoss(logits:targets:)` with respect to the logits:
/// (softmax(zᵢ)·Σₖ tᵢₖ − tᵢ)/n in row i, which is (softmax(zᵢ) − tᵢ)/n when the targets
/// sum to 1.
public func crossEntropyLossGradient(logits: Matrix, targets: Matrix) -> Matrix {
  checkSameShape(logits, targets, in: "crossEntropyLossGradient", ("logits", "targets"))
  let s = rowSoftmax(logits).elements
  let k = logits.columns
  let n = Double(logits.rows)
  var d = s
  for i in 0..<logits.rows {
    var mass = 0.0
    for j in 0..<k { mass += targets.elements[i * k + j] }
    for j in 0..<k { d[i * k + j] = (s[i * k + j] * mass - targets.elements[i * k + j]) / n }
  }
  return logits.with(d)
}

/// The gradient of `crossEntropyLoss(logits:label:)`: softmax(z) − onehot(label).
public func crossEntropyLossGradient(logits: Vector, label: Int) -> Vector {
  checkClassLabel(label, classes: logits.count, in: "crossEntropyLossGradient")
  return crossEntropyLossGradient(logits: logits.asRow, labels: IntVector([label])).flattened()
}

/// The gradient of `crossEntropyLoss(logits:target:)`: softmax(z)·Σₖ tₖ − t.
public func crossEntropyLossGradient(logits: Vector, target: Vector) -> Vector {
  checkSameShape(logits, target, in: "crossEntropyLossGradient", ("logits", "target"))
  return crossEntropyLossGradient(logits: logits.asRow, targets: target.asRow).flattened()
}

/// Stops unless there is one label per row, each in `0..<columns`.
func checkClassLabels(_ scores: Matrix, _ labels: IntVector, _ name: String, in function: String) {
  if labels.count != scores.rows {
    failure(
      "\(function): \(name) has \(scores.rows) \(scores.rows == 1 ? "row" : "rows") (shape \(shapeText(scores.rows, scores.columns))) but labels has \(labels.count) \(labels.count == 1 ? "element" : "elements") (give one label per row)"
    )
  }
  for (i, label) in labels.elements.enumerated() where label < 0 || label >= scores.columns {
    failure(
      "\(function): label \(label) (labels[\(i)]) is out of range for \(scores.columns) classes (\(validPositions(scores.columns)))"
    )
  }
}

/// Stops unless `label` is in `0..<classes`.
func checkClassLabel(_ label: Int, classes: Int, in function: String) {
  if label < 0 || label >= classes {
    failure("\(function): label \(label) is out of range for \(classes) classes (\(validPositions(classes)))")
  }
}
