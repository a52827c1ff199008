#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Binary cross-entropy from probabilities, clipped away from 0 and 1 as Keras does so that
// a rounded probability never costs log 0 = −∞.

/// The probabilities' clipping margin ε of `binaryCrossEntropy` and
/// `crossEntropyLoss(probabilities:…)`: Keras's `keras.config.epsilon()`, 1e-7.
public let probabilityClippingEpsilon = 1e-7

/// The binary cross-entropy of predicted probabilities, averaged over all elements
/// (PyTorch's `torch.nn.functional.binary_cross_entropy(input, target)`, with Keras's
/// clipping of `keras.losses.binary_crossentropy`).
///
/// Each element costs −[y·log p + (1 − y)·log(1 − p)] with p = clip(input, ε, 1 − ε):
/// the negative log-likelihood of a Bernoulli(p) observation y.
///
/// ```swift
/// binaryCrossEntropy([0.9, 0.2], [1, 0])   // (−log 0.9 − log 0.8) / 2 = 0.164252033486018
/// ```
///
/// - Parameters:
///   - input: predicted probabilities in [0, 1]; an element outside (or NaN) stops the
///     program, as PyTorch raises.
///   - target: labels 0 or 1, or soft labels in between (not checked, as in PyTorch).
///   - epsilon: the clipping margin ε ≥ 0 (default `probabilityClippingEpsilon`, Keras's
///     1e-7). PyTorch instead clamps each log at −100, which changes the result only for
///     probabilities within 1e-7 of 0 or 1; for such values pass logits to
///     `binaryCrossEntropyWithLogits`, which needs no clipping.
/// - Shapes: `input` and `target` have the same length; otherwise the program stops.
/// - Returns: NaN for empty arrays and where a target is NaN.
public func binaryCrossEntropy(
  _ input: Vector, _ target: Vector, epsilon: Double = probabilityClippingEpsilon
) -> Double {
  checkBinaryCrossEntropy(input.elements, target.elements, epsilon, in: "binaryCrossEntropy") { vectorPosition($0) }
  return meanOfTerms(input.elements, target.elements) { bceTerm($0, $1, epsilon) }
}

/// The binary cross-entropy over every element of two matrices of the same shape; see
/// `binaryCrossEntropy(_:_:epsilon:)` on `Vector`.
public func binaryCrossEntropy(
  _ input: Matrix, _ target: Matrix, epsilon: Double = probabilityClippingEpsilon
) -> Double {
  checkSameShape(input, target, in: "binaryCrossEntropy")
  checkBinaryCrossEntropy(input.elements, target.elements, epsilon, in: "binaryCrossEntropy") {
    matrixPosition($0, columns: input.columns)
  }
  return meanOfTerms(input.elements, target.elements) { bceTerm($0, $1, epsilon) }
}

/// The gradient of `binaryCrossEntropy` with respect to `input`: (p − y)/(p(1 − p))/n where
/// ε ≤ input ≤ 1 − ε, and 0 where the clip is active (the clip's derivative, as in Keras).
public func binaryCrossEntropyGradient(
  _ input: Vector, _ target: Vector, epsilon: Double = probabilityClippingEpsilon
) -> Vector {
  checkBinaryCrossEntropy(input.elements, target.elements, epsilon, in: "binaryCrossEntropyGradient") {
    vectorPosition($0)
  }
  return Vector(meanGradient(input.elements, target.elements) { bceSlope($0, $1, epsilon) })
}

/// The gradient of `binaryCrossEntropy` over matrices; see
/// `binaryCrossEntropyGradient(_:_:epsilon:)` on `Vector`.
public func binaryCrossEntropyGradient(
  _ input: Matrix, _ target: Matrix, epsilon: Double = probabilityClippingEpsilon
) -> Matrix {
  checkSameShape(input, target, in: "binaryCrossEntropyGradient")
  checkBinaryCrossEntropy(input.elements, target.elements, epsilon, in: "binaryCrossEntropyGradient") {
    matrixPosition($0, columns: input.columns)
  }
  return input.with(meanGradient(input.elements, target.elements) { bceSlope($0, $1, epsilon) })
}

private func checkBinaryCrossEntropy(
  _ input: [Double], _ target: [Double], _ epsilon: Double, in function: String, position: (Int) -> String
) {
  if input.count != target.count {
    failure(
      "\(function): input has shape \(shapeText(input.count)) but target has shape \(shapeText(target.count)) (they must be equal)"
    )
  }
  checkParameter(epsilon, "epsilon", "in [0, 0.5)", in: function) { $0 >= 0 && $0 < 0.5 }
  checkProbabilities(input, "input", in: function, shape: position)
}

/// The probability clipped to [ε, 1 − ε].
@inline(__always) func clipProbability(_ p: Double, _ epsilon: Double) -> Double {
  Swift.min(Swift.max(p, epsilon), 1 - epsilon)
}

@inline(__always) private func bceTerm(_ p: Double, _ y: Double, _ epsilon: Double) -> Double {
  let q = clipProbability(p, epsilon)
  return -(y * log(q) + (1 - y) * log1p(-q))
}

@inline(__always) private func bceSlope(_ p: Double, _ y: Double, _ epsilon: Double) -> Double {
  if p < epsilon || p > 1 - epsilon { return y.isNaN ? .nan : 0 }
  return (p - y) / (p * (1 - p))
}
