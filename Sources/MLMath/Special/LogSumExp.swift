#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// log Σ exp(aᵢ) without overflow (SciPy's `scipy.special.logsumexp`).

/// log Σ exp(aᵢ) (or log Σ bᵢ exp(aᵢ) with `weights`), shifted by the largest aᵢ.
///
/// Without weights the largest term is taken out exactly: m + log1p(Σ_{i≠k} exp(aᵢ − m)),
/// which keeps the full relative accuracy of the sum's small part.
func logSumExpElements(_ a: [Double], weights: [Double]?) -> Double {
  if a.isEmpty { return -.infinity }
  var m = -Double.infinity
  var k = -1
  for (i, x) in a.enumerated() {
    // A weight of 0 drops its element first, NaN included, as SciPy does.
    if let w = weights, w[i] == 0 { continue }
    if x.isNaN { return .nan }
    if x > m || k < 0 {
      m = x
      k = i
    }
  }
  if let weights {
    if weights.contains(where: \.isNaN) { return .nan }
    if k < 0 { return -.infinity }  // every weight is 0
    if m.isInfinite {
      if m < 0 { return -.infinity }
      // +∞ terms: their weights decide the sign.
      let total = zip(a, weights).reduce(0.0) { $1.0 == .infinity ? $0 + $1.1 : $0 }
      return total > 0 ? .infinity : .nan
    }
    var sum = 0.0
    for i in a.indices where weights[i] != 0 { sum += weights[i] * exp(a[i] - m) }
    if sum < 0 { return .nan }
    return unsignedNaN(m + log(sum))
  }
  if m.isInfinite { return m }
  var rest = 0.0
  for i in a.indices where i != k { rest += exp(a[i] - m) }
  return m + log1p(rest)
}

/// log Σᵢ exp(aᵢ), computed without overflow or underflow (SciPy's `scipy.special.logsumexp`).
///
/// The log-partition function and the denominator of `softmax`.
/// - Special values: −∞ for an empty vector or when every element is −∞; +∞ when an
///   element is +∞; NaN when an element is NaN.
/// - Algorithm: the largest element m is factored out, and the rest summed as
///   m + log1p(Σ_{i≠k} exp(aᵢ − m)), so no exponential overflows and the result keeps its
///   relative accuracy when one term dominates (as SciPy ≥ 1.15 does).
public func logsumexp(_ a: Vector) -> Double { logSumExpElements(a.elements, weights: nil) }

/// log Σᵢ bᵢ exp(aᵢ) (SciPy's `scipy.special.logsumexp(a, b=b)`).
///
/// - Shapes: `b` has the length of `a` (or length 1); otherwise the program stops.
/// - Special values: NaN when the weighted sum is negative (SciPy, without `return_sign`),
///   −∞ when it is 0 (e.g. every weight 0); elements with weight 0 are ignored, even if +∞.
public func logsumexp(_ a: Vector, b: Vector) -> Double {
  let weights: [Double]
  if b.count == a.count {
    weights = b.elements
  } else if b.count == 1 {
    weights = Array(repeating: b.elements[0], count: a.count)
  } else {
    broadcastFailure("logsumexp", shapeText(a.count), shapeText(b.count), hint: "b needs the shape of a")
  }
  return logSumExpElements(a.elements, weights: weights)
}

/// log Σ exp(aᵢⱼ) over every element of a matrix (SciPy's `scipy.special.logsumexp(m)`).
public func logsumexp(_ a: Matrix) -> Double { logSumExpElements(a.elements, weights: nil) }

/// log Σ exp along an axis: of each column (`axis: 0`) or each row (`axis: 1`; −1 and −2
/// count from the end) (SciPy's `scipy.special.logsumexp(m, axis=…)`).
///
/// - Shapes: a vector of `columns` elements for axis 0, of `rows` for axis 1.
/// - Errors: an axis other than 0, 1, −1, −2 stops the program.
public func logsumexp(_ a: Matrix, axis: Int) -> Vector {
  let axis = checkMatrixAxis(axis, in: "logsumexp")
  return a.along(axis) { logSumExpElements($0, weights: nil) }
}
