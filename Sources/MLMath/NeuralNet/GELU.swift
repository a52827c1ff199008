#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The Gaussian error linear unit x·Φ(x), exact and with the tanh approximation, written
// with erfc and the sigmoid so that the left tail keeps its relative accuracy.

/// Which GELU `gelu` computes (PyTorch's `approximate` argument).
public enum GELUApproximation: String, Sendable, CaseIterable {
  /// The exact x·Φ(x) (PyTorch's `approximate="none"`).
  case none
  /// 0.5·x·(1 + tanh(√(2/π)(x + 0.044715x³))) (PyTorch's `approximate="tanh"`).
  case tanh
}

/// The Gaussian error linear unit elementwise (PyTorch's
/// `torch.nn.functional.gelu(x, approximate=…)`; D. Hendrycks and K. Gimpel,
/// "Gaussian Error Linear Units (GELUs)", 2016).
///
/// - Exact (`.none`): x·Φ(x), Φ the standard normal cdf, computed as x·½erfc(−x/√2)
///   (PyTorch's x·½(1 + erf(x/√2)) loses its relative accuracy below x ≈ −3 to cancellation).
/// - `.tanh`: ½x(1 + tanh u) with u = √(2/π)(x + 0.044715x³), computed as x·σ(2u), which
///   equals it exactly in real arithmetic and has no cancellation for negative x.
/// - Special values: gelu(−∞) = 0 (the limit), gelu(∞) = ∞, NaN stays NaN.
public func gelu(_ x: Vector, approximate: GELUApproximation = .none) -> Vector {
  Vector(mapElements(x.elements) { geluValue($0, approximate) })
}

/// The Gaussian error linear unit elementwise over a matrix; see `gelu(_:approximate:)` on `Vector`.
public func gelu(_ x: Matrix, approximate: GELUApproximation = .none) -> Matrix {
  x.with(mapElements(x.elements) { geluValue($0, approximate) })
}

/// The derivative of GELU elementwise: Φ(x) + x·φ(x) for the exact form (φ the standard
/// normal density), σ(2u) + 2x·σ(2u)σ(−2u)·u′(x) for the tanh form (PyTorch's
/// `gelu_backward`), with u′ = √(2/π)(1 + 3·0.044715x²). NaN stays NaN.
public func geluDerivative(_ x: Vector, approximate: GELUApproximation = .none) -> Vector {
  Vector(mapElements(x.elements) { geluSlope($0, approximate) })
}

/// The derivative of GELU elementwise over a matrix; see `geluDerivative(_:approximate:)` on `Vector`.
public func geluDerivative(_ x: Matrix, approximate: GELUApproximation = .none) -> Matrix {
  x.with(mapElements(x.elements) { geluSlope($0, approximate) })
}

/// √(2/π).
private let rootTwoOverPi = 0.797_884_560_802_865_4
/// The cubic coefficient of the tanh approximation.
private let geluKappa = 0.044715
/// 1/√(2π).
private let inverseRootTwoPi = 0.398_942_280_401_432_7

private func geluValue(_ x: Double, _ approximate: GELUApproximation) -> Double {
  if x.isInfinite { return x > 0 ? x : 0 }
  switch approximate {
  case .none: return x * standardNormalCDF(x)
  case .tanh: return x * expit(2 * rootTwoOverPi * (x + geluKappa * x * x * x))
  }
}

private func geluSlope(_ x: Double, _ approximate: GELUApproximation) -> Double {
  if x.isInfinite { return x > 0 ? 1 : 0 }
  switch approximate {
  case .none:
    let density = inverseRootTwoPi * exp(-0.5 * x * x)
    return standardNormalCDF(x) + (density == 0 ? 0 : x * density)
  case .tanh:
    let u = rootTwoOverPi * (x + geluKappa * x * x * x)
    let s = expit(2 * u)
    let spread = s * expit(-2 * u)
    if spread == 0 { return s }
    return s + 2 * x * spread * rootTwoOverPi * (1 + 3 * geluKappa * x * x)
  }
}
