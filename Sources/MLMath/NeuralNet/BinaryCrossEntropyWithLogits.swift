// Binary cross-entropy from logits: the loss written with softplus, so that no probability
// is formed and no logarithm of a rounded 0 or 1 is taken (PyTorch's BCEWithLogits).

/// The binary cross-entropy of logits, averaged over all elements (PyTorch's
/// `torch.nn.functional.binary_cross_entropy_with_logits(input, target)` with
/// `reduction="mean"` and no weights).
///
/// With p = σ(x) the sigmoid of the logit x, each element costs
/// −[y·log σ(x) + (1 − y)·log(1 − σ(x))] = y·softplus(−x) + (1 − y)·softplus(x),
/// using −log σ(x) = softplus(−x) and −log(1 − σ(x)) = softplus(x).
///
/// ```swift
/// binaryCrossEntropyWithLogits([800, -3], [0, 0])   // (800 + 0.04858735157374206) / 2
/// ```
///
/// - Algorithm: both softplus terms are non-negative, so their sum has no cancellation and
///   keeps full relative accuracy for any logit (PyTorch's (1 − y)x + log(1 + e^(−x)), with
///   its max-shift, loses it in the tails: for y = 0 and x = −40 the terms cancel).
/// - Parameters:
///   - input: logits, any real numbers.
///   - target: labels 0 or 1, or soft labels in between (not checked, as in PyTorch).
/// - Shapes: `input` and `target` have the same length; otherwise the program stops.
/// - Returns: NaN for empty arrays and where an element is NaN.
public func binaryCrossEntropyWithLogits(_ input: Vector, _ target: Vector) -> Double {
  checkSameShape(input, target, in: "binaryCrossEntropyWithLogits")
  return meanOfTerms(input.elements, target.elements, logisticLossTerm)
}

/// The binary cross-entropy of logits over every element of two matrices of the same shape;
/// see `binaryCrossEntropyWithLogits(_:_:)` on `Vector`.
public func binaryCrossEntropyWithLogits(_ input: Matrix, _ target: Matrix) -> Double {
  checkSameShape(input, target, in: "binaryCrossEntropyWithLogits")
  return meanOfTerms(input.elements, target.elements, logisticLossTerm)
}

/// The gradient of `binaryCrossEntropyWithLogits` with respect to the logits:
/// (σ(x) − y)/n (PyTorch's `binary_cross_entropy_with_logits` backward), formed as
/// (1 − y)·σ(x) − y·σ(−x), which for 0/1 labels has no cancellation (σ(x) − 1 = −σ(−x)).
public func binaryCrossEntropyWithLogitsGradient(_ input: Vector, _ target: Vector) -> Vector {
  checkSameShape(input, target, in: "binaryCrossEntropyWithLogitsGradient")
  return Vector(meanGradient(input.elements, target.elements) { logisticResidual($0, $1) })
}

/// The gradient of `binaryCrossEntropyWithLogits` over matrices: (σ(x) − y)/n elementwise.
public func binaryCrossEntropyWithLogitsGradient(_ input: Matrix, _ target: Matrix) -> Matrix {
  checkSameShape(input, target, in: "binaryCrossEntropyWithLogitsGradient")
  return input.with(meanGradient(input.elements, target.elements) { logisticResidual($0, $1) })
}

/// y·softplus(−x) + (1 − y)·softplus(x), the cross-entropy of logit x against label y;
/// a term with weight 0 is skipped, so softplus(∓∞) = ∞ never meets a 0 weight.
@inline(__always) func logisticLossTerm(_ x: Double, _ y: Double) -> Double {
  var total = 0.0
  if y != 0 { total += y * softplus(-x) }
  if y != 1 { total += (1 - y) * softplus(x) }
  return total
}

/// σ(x) − y as (1 − y)·σ(x) − y·σ(−x), exact in form for 0/1 labels.
@inline(__always) func logisticResidual(_ x: Double, _ y: Double) -> Double {
  var r = 0.0
  if y != 1 { r += (1 - y) * expit(x) }
  if y != 0 { r -= y * expit(-x) }
  return r
}
