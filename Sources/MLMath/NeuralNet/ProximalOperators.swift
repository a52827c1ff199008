// The proximal operators of the L1 and elastic-net penalties: the closed-form steps that
// proximal gradient methods (ISTA) and coordinate descent take instead of a subgradient.

/// Soft-thresholding, sign(x)·max(|x| − t, 0): the proximal operator of t·|x|, the minimiser
/// of ½(z − x)² + t|z| (PyWavelets' `pywt.threshold(x, t, mode="soft")`; the lasso's
/// coordinate update in scikit-learn). Values within t of 0 become 0; the rest move t towards 0.
///
/// ```swift
/// softThreshold(Vector([3, -0.5, -2]), 1)   // [ 2. -0. -1.]
/// ```
///
/// - Parameters:
///   - threshold: t ≥ 0 (finite; otherwise the program stops).
/// - Returns: NaN stays NaN; a negative x inside the threshold gives −0.0, as NumPy's
///   `np.sign(x) * np.maximum(np.abs(x) - t, 0)` does.
public func softThreshold(_ x: Vector, _ threshold: Double) -> Vector {
  checkNonNegativeParameter(threshold, "threshold", in: "softThreshold")
  return Vector(mapElements(x.elements) { shrink($0, threshold) })
}

/// Soft-thresholding of every element of a matrix; see `softThreshold(_:_:)` on `Vector`.
public func softThreshold(_ x: Matrix, _ threshold: Double) -> Matrix {
  checkNonNegativeParameter(threshold, "threshold", in: "softThreshold")
  return x.with(mapElements(x.elements) { shrink($0, threshold) })
}

/// Soft-thresholding of one number, sign(x)·max(|x| − t, 0).
public func softThreshold(_ x: Double, _ threshold: Double) -> Double {
  checkNonNegativeParameter(threshold, "threshold", in: "softThreshold")
  return unsignedNaN(shrink(x, threshold))
}

/// The proximal operator of the elastic-net penalty scaled by a step η:
/// argmin_z ½‖z − v‖² + η·(αρ‖z‖₁ + (α(1 − ρ)/2)‖z‖²) = softThreshold(v, ηαρ) / (1 + ηα(1 − ρ)).
///
/// With ρ = 1 it is soft-thresholding at ηα (the lasso's ISTA step); with ρ = 0 the ridge
/// shrinkage v/(1 + ηα).
///
/// - Parameters:
///   - alpha, l1Ratio: the penalty, as in `elasticNetPenalty` (α ≥ 0, ρ in [0, 1]).
///   - stepSize: the step η > 0 of the proximal gradient method (default 1).
public func elasticNetProx(_ v: Vector, alpha: Double = 1, l1Ratio: Double = 0.5, stepSize: Double = 1) -> Vector {
  checkElasticNet(alpha, l1Ratio, in: "elasticNetProx")
  checkPositiveParameter(stepSize, "stepSize", in: "elasticNetProx")
  let threshold = stepSize * alpha * l1Ratio
  let shrinkage = 1 + stepSize * alpha * (1 - l1Ratio)
  return Vector(mapElements(v.elements) { shrink($0, threshold) / shrinkage })
}

/// The elastic-net proximal operator applied to every element of a matrix.
public func elasticNetProx(_ v: Matrix, alpha: Double = 1, l1Ratio: Double = 0.5, stepSize: Double = 1) -> Matrix {
  v.with(elasticNetProx(Vector(v.elements), alpha: alpha, l1Ratio: l1Ratio, stepSize: stepSize).elements)
}

/// sign(x)·max(|x| − t, 0) with NumPy's signs: +0 for x = ±0, −0 for small negative x, NaN kept.
@inline(__always) private func shrink(_ x: Double, _ t: Double) -> Double {
  if x.isNaN { return x }
  let excess = Swift.max(x.magnitude - t, 0)
  return x > 0 ? excess : (x < 0 ? -excess : 0)
}
