#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The log-cosh loss, computed so that it neither overflows for large errors nor loses
// its relative accuracy for small ones (Keras's `log_cosh`; PyTorch has no such loss).

/// The log-cosh loss mean(log cosh(input − target)) over all elements (Keras's
/// `keras.losses.log_cosh`, a mean over every element here; PyTorch has no built-in).
///
/// log cosh d ≈ d²/2 for small d and |d| − log 2 for large |d|: a smooth Huber loss.
///
/// ```swift
/// logCoshLoss([0, 0], [1, 1000])   // (0.4337808304830271 + 999.3068528194401) / 2
/// ```
///
/// - Algorithm: log1p(2 sinh²(d/2)) for |d| ≤ 2 (cosh d − 1 = 2 sinh²(d/2) without
///   cancellation, so tiny d keep their relative accuracy), and
///   |d| + log1p(e^(−2|d|)) − log 2 beyond, which never overflows (cosh does past |d| ≈ 710).
/// - Shapes: `input` and `target` have the same length; otherwise the program stops.
/// - Returns: NaN for empty arrays and where an element is NaN.
public func logCoshLoss(_ input: Vector, _ target: Vector) -> Double {
  checkSameShape(input, target, in: "logCoshLoss")
  return meanOfTerms(input.elements, target.elements) { logCosh($0 - $1) }
}

/// The log-cosh loss over every element of two matrices of the same shape; see
/// `logCoshLoss(_:_:)` on `Vector`.
public func logCoshLoss(_ input: Matrix, _ target: Matrix) -> Double {
  checkSameShape(input, target, in: "logCoshLoss")
  return meanOfTerms(input.elements, target.elements) { logCosh($0 - $1) }
}

/// The gradient of `logCoshLoss` with respect to `input`: tanh(input − target)/n.
public func logCoshLossGradient(_ input: Vector, _ target: Vector) -> Vector {
  checkSameShape(input, target, in: "logCoshLossGradient")
  return Vector(meanGradient(input.elements, target.elements) { tanh($0 - $1) })
}

/// The gradient of `logCoshLoss` over matrices: tanh(input − target)/n elementwise.
public func logCoshLossGradient(_ input: Matrix, _ target: Matrix) -> Matrix {
  checkSameShape(input, target, in: "logCoshLossGradient")
  return input.with(meanGradient(input.elements, target.elements) { tanh($0 - $1) })
}

/// log cosh d, accurate for every d (see `logCoshLoss`).
func logCosh(_ d: Double) -> Double {
  let a = d.magnitude
  if a <= 2 {
    let s = sinh(0.5 * a)
    return log1p(2 * s * s)
  }
  return a + log1p(exp(-2 * a)) - 0.693_147_180_559_945_3
}
