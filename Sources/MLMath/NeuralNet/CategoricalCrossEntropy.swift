#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Categorical cross-entropy from probabilities (a softmax already applied), clipped away
// from 0 as Keras does; the logits versions in CrossEntropyLoss.swift need no clipping.

/// The cross-entropy of predicted class probabilities against class labels, averaged over
/// the rows: −(1/n) Σᵢ log clip(pᵢ,yᵢ, ε, 1 − ε) (PyTorch's
/// `F.nll_loss(torch.log(p), target)`, with the clipping of Keras's
/// `categorical_crossentropy`).
///
/// ```swift
/// let p: Matrix = [[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]]
/// crossEntropyLoss(probabilities: p, labels: [0, 2])   // (−log 0.7 − log 0.8)/2 = 0.2899092476264711
/// ```
///
/// - Parameters:
///   - probabilities: an `(n, k)` matrix whose rows are the predicted distributions, each
///     element in [0, 1] (outside, or NaN, stops the program). The rows are used as given:
///     Keras first divides each row by its sum, PyTorch's `nll_loss` does not.
///   - labels: n class indices in `0..<k`.
///   - epsilon: the clipping margin ε in [0, ½) (Keras's 1e-7, `probabilityClippingEpsilon`).
/// - Shapes: stops when `labels.count` ≠ n or a label is out of range.
/// - Returns: NaN for n = 0.
public func crossEntropyLoss(
  probabilities: Matrix, labels: IntVector, epsilon: Double = probabilityClippingEpsilon
) -> Double {
  checkProbabilityRows(probabilities, epsilon, in: "crossEntropyLoss")
  checkClassLabels(probabilities, labels, "probabilities", in: "crossEntropyLoss")
  var total = 0.0
  for (i, label) in labels.elements.enumerated() {
    total -= log(clipProbability(probabilities.elements[i * probabilities.columns + label], epsilon))
  }
  return probabilities.rows == 0 ? .nan : unsignedNaN(total / Double(probabilities.rows))
}

/// The cross-entropy of predicted class probabilities against target distributions
/// (one-hot or soft), averaged over the rows: −(1/n) Σᵢ Σₖ tᵢₖ log clip(pᵢₖ, ε, 1 − ε)
/// (Keras's `categorical_crossentropy` without its row renormalisation). Classes with
/// target 0 contribute 0.
///
/// - Shapes: `probabilities` and `targets` have the same shape; otherwise the program stops.
public func crossEntropyLoss(
  probabilities: Matrix, targets: Matrix, epsilon: Double = probabilityClippingEpsilon
) -> Double {
  checkSameShape(probabilities, targets, in: "crossEntropyLoss", ("probabilities", "targets"))
  checkProbabilityRows(probabilities, epsilon, in: "crossEntropyLoss")
  var total = 0.0
  for (t, p) in zip(targets.elements, probabilities.elements) where t != 0 {
    total -= t * log(clipProbability(p, epsilon))
  }
  return probabilities.rows == 0 ? .nan : unsignedNaN(total / Double(probabilities.rows))
}

/// The cross-entropy of one predicted distribution against a class label: −log clip(p_label).
public func crossEntropyLoss(
  probabilities: Vector, label: Int, epsilon: Double = probabilityClippingEpsilon
) -> Double {
  checkProbabilityVector(probabilities, epsilon, in: "crossEntropyLoss")
  checkClassLabel(label, classes: probabilities.count, in: "crossEntropyLoss")
  return crossEntropyLoss(probabilities: probabilities.asRow, labels: IntVector([label]), epsilon: epsilon)
}

/// The cross-entropy of one predicted distribution against a target distribution:
/// −Σₖ tₖ log clip(pₖ).
public func crossEntropyLoss(
  probabilities: Vector, target: Vector, epsilon: Double = probabilityClippingEpsilon
) -> Double {
  checkSameShape(probabilities, target, in: "crossEntropyLoss", ("probabilities", "target"))
  checkProbabilityVector(probabilities, epsilon, in: "crossEntropyLoss")
  return crossEntropyLoss(probabilities: probabilities.asRow, targets: target.asRow, epsilon: epsilon)
}

/// The gradient of `crossEntropyLoss(probabilities:labels:)` with respect to the
/// probabilities: −1/(n·pᵢ,yᵢ) at each row's label where the clip is inactive, 0 elsewhere.
public func crossEntropyLossGradient(
  probabilities: Matrix, labels: IntVector, epsilon: Double = probabilityClippingEpsilon
) -> Matrix {
  checkProbabilityRows(probabilities, epsilon, in: "crossEntropyLossGradient")
  checkClassLabels(probabilities, labels, "probabilities", in: "crossEntropyLossGradient")
  let n = Double(probabilities.rows)
  var d = [Double](repeating: 0, count: probabilities.count)
  for (i, label) in labels.elements.enumerated() {
    let k = i * probabilities.columns + label
    d[k] = clippedLogSlope(probabilities.elements[k], 1, epsilon) / n
  }
  return probabilities.with(d)
}

/// The gradient of `crossEntropyLoss(probabilities:targets:)`: −tᵢₖ/(n·pᵢₖ) where the clip is
/// inactive, 0 where it is active.
public func crossEntropyLossGradient(
  probabilities: Matrix, targets: Matrix, epsilon: Double = probabilityClippingEpsilon
) -> Matrix {
  checkSameShape(probabilities, targets, in: "crossEntropyLossGradient", ("probabilities", "targets"))
  checkProbabilityRows(probabilities, epsilon, in: "crossEntropyLossGradient")
  let n = Double(probabilities.rows)
  return probabilities.with(
    zipElements(probabilities.elements, targets.elements) { clippedLogSlope($0, $1, epsilon) / n })
}

/// The gradient of `crossEntropyLoss(probabilities:label:)`.
public func crossEntropyLossGradient(
  probabilities: Vector, label: Int, epsilon: Double = probabilityClippingEpsilon
) -> Vector {
  checkProbabilityVector(probabilities, epsilon, in: "crossEntropyLossGradient")
  checkClassLabel(label, classes: probabilities.count, in: "crossEntropyLossGradient")
  return crossEntropyLossGradient(probabilities: probabilities.asRow, labels: IntVector([label]), epsilon: epsilon)
    .flattened()
}

/// The gradient of `crossEntropyLoss(probabilities:target:)`.
public func crossEntropyLossGradient(
  probabilities: Vector, target: Vector, epsilon: Double = probabilityClippingEpsilon
) -> Vector {
  checkSameShape(probabilities, target, in: "crossEntropyLossGradient", ("probabilities", "target"))
  checkProbabilityVector(probabilities, epsilon, in: "crossEntropyLossGradient")
  return crossEntropyLossGradient(probabilities: probabilities.asRow, targets: target.asRow, epsilon: epsilon)
    .flattened()
}

/// d/dp of −t·log clip(p): −t/p inside [ε, 1 − ε], 0 where the clip is active (and for t = 0).
@inline(__always) private func clippedLogSlope(_ p: Double, _ t: Double, _ epsilon: Double) -> Double {
  if t == 0 || p < epsilon || p > 1 - epsilon { return 0 }
  return -t / p
}

private func checkProbabilityRows(_ p: Matrix, _ epsilon: Double, in function: String) {
  checkParameter(epsilon, "epsilon", "in [0, 0.5)", in: function) { $0 >= 0 && $0 < 0.5 }
  checkProbabilities(p.elements, "probabilities", in: function) { matrixPosition($0, columns: p.columns) }
}

private func checkProbabilityVector(_ p: Vector, _ epsilon: Double, in function: String) {
  checkParameter(epsilon, "epsilon", "in [0, 0.5)", in: function) { $0 >= 0 && $0 < 0.5 }
  checkProbabilities(p.elements, "probabilities", in: function, shape: vectorPosition)
}
