// PyTorch's softplus activation, with its β and its linear threshold; SciPy's
// `softplus(_:)` (Special/Logistic.swift) is the β = 1 function without a threshold.

/// The softplus activation (1/β)·log(1 + e^(βx)) elementwise, with PyTorch's switch to the
/// identity where βx > threshold (`torch.nn.functional.softplus(x, beta, threshold)`).
///
/// `softplus(x)` without arguments is SciPy's `scipy.special.softplus`, log(1 + eˣ) with no
/// threshold; the two differ only above the threshold, by less than e^(−threshold)/β.
///
/// - Parameters:
///   - beta: β > 0 (PyTorch's default 1; pass it to select this function).
///   - threshold: above βx > threshold the result is x (PyTorch's default 20); any value
///     but NaN.
/// - Algorithm: `softplus(βx)/β` from Special, which never overflows (PyTorch's
///   log1p(exp(βx)) would, for a threshold above 709).
/// - Stops the program for β ≤ 0 or non-finite, or a NaN threshold.
public func softplus(_ x: Vector, beta: Double, threshold: Double = 20) -> Vector {
  checkSoftplus(beta, threshold, in: "softplus")
  return Vector(mapElements(x.elements) { softplusValue($0, beta, threshold) })
}

/// PyTorch's softplus elementwise over a matrix; see `softplus(_:beta:threshold:)` on `Vector`.
public func softplus(_ x: Matrix, beta: Double, threshold: Double = 20) -> Matrix {
  checkSoftplus(beta, threshold, in: "softplus")
  return x.with(mapElements(x.elements) { softplusValue($0, beta, threshold) })
}

/// The derivative of PyTorch's softplus: σ(βx) where βx ≤ threshold, 1 above it (PyTorch's
/// `softplus_backward`). With the defaults it is the derivative of SciPy's softplus too,
/// except above x = 20, where σ(x) and 1 differ by less than 2.1e-9. NaN stays NaN.
public func softplusDerivative(_ x: Vector, beta: Double = 1, threshold: Double = 20) -> Vector {
  checkSoftplus(beta, threshold, in: "softplusDerivative")
  return Vector(mapElements(x.elements) { softplusSlope($0, beta, threshold) })
}

/// The derivative of PyTorch's softplus elementwise over a matrix; see
/// `softplusDerivative(_:beta:threshold:)` on `Vector`.
public func softplusDerivative(_ x: Matrix, beta: Double = 1, threshold: Double = 20) -> Matrix {
  checkSoftplus(beta, threshold, in: "softplusDerivative")
  return x.with(mapElements(x.elements) { softplusSlope($0, beta, threshold) })
}

private func checkSoftplus(_ beta: Double, _ threshold: Double, in function: String) {
  checkPositiveParameter(beta, "beta", in: function)
  checkParameter(threshold, "threshold", "a number (not NaN)", in: function) { !$0.isNaN }
}

@inline(__always) private func softplusValue(_ x: Double, _ beta: Double, _ threshold: Double) -> Double {
  beta * x > threshold ? x : softplus(beta * x) / beta
}

@inline(__always) private func softplusSlope(_ x: Double, _ beta: Double, _ threshold: Double) -> Double {
  beta * x > threshold ? 1 : expit(beta * x)
}
