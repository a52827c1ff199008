#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Composite Simpson's rule on samples, SciPy's `scipy.integrate.simpson` (SciPy ≥
// 1.11): pairs of intervals take Simpson's parabola (the uneven-spacing form when
// x is given); with an even number of samples the last interval gets Cartwright's
// correction (the parabola through the last three points over the last interval
// only), and two samples give the trapezoid.

/// ∫ y dx over samples at coordinates x by composite Simpson's rule (SciPy's `simpson(y, x=x)`).
///
/// - Parameters:
///   - y: n ≥ 1 samples (one sample gives 0).
///   - x: their coordinates, as many as `y`.
/// - Stops (`failure`) where SciPy raises: an empty `y`, lengths that differ.
public func simpson(_ y: Vector, x: Vector) -> Double {
  if x.count != y.count {
    failure(
      "simpson: If given, length of x along axis must be the same as y (y has \(y.count) elements, x has \(x.count))")
  }
  return simpsonRule(y.elements, x: x.elements, dx: 1)
}

/// ∫ y dx over samples spaced `dx` apart by composite Simpson's rule (SciPy's `simpson(y, dx=dx)`).
///
/// - Stops (`failure`) for an empty `y`.
public func simpson(_ y: Vector, dx: Double = 1) -> Double {
  simpsonRule(y.elements, x: nil, dx: dx)
}

private func simpsonRule(_ y: [Double], x: [Double]?, dx: Double) -> Double {
  let n = y.count
  if n == 0 { failure("simpson: y is empty (index -1 is out of bounds for axis 0 with size 0)") }
  if n % 2 == 1 { return unsignedNaN(basicSimpson(y, stop: n - 2, x: x, dx: dx)) }
  if n == 2 {
    let lastDx = x.map { $0[1] - $0[0] } ?? dx
    return unsignedNaN(0.0 + 0.5 * lastDx * (y[1] + y[0]))
  }
  var result = basicSimpson(y, stop: n - 3, x: x, dx: dx)
  let h0 = x.map { $0[n - 2] - $0[n - 3] } ?? dx
  let h1 = x.map { $0[n - 1] - $0[n - 2] } ?? dx
  // Cartwright's correction for the last interval (SciPy's alpha, beta, eta).
  var den = 6 * (h1 + h0)
  let alpha = den != 0 ? (2 * (h1 * h1) + 3 * h0 * h1) / den : 0
  den = 6 * h0
  let beta = den != 0 ? (h1 * h1 + 3.0 * h0 * h1) / den : 0
  den = 6 * h0 * (h0 + h1)
  let eta = den != 0 ? (1 * pow(h1, 3)) / den : 0
  result += alpha * y[n - 1] + beta * y[n - 2] - eta * y[n - 3]
  return unsignedNaN(result)
}

/// SciPy's `_basic_simpson` over the interval pairs starting at 0, 2, …, below `stop`.
private func basicSimpson(_ y: [Double], stop: Int, x: [Double]?, dx: Double) -> Double {
  let starts = Array(stride(from: 0, to: stop, by: 2))
  guard let x else {
    return pairwiseSum(starts.map { y[$0] + 4.0 * y[$0 + 1] + y[$0 + 2] }) * (dx / 3.0)
  }
  let terms = starts.map { i -> Double in
    let h0 = x[i + 1] - x[i]
    let h1 = x[i + 2] - x[i + 1]
    let hsum = h0 + h1
    let hprod = h0 * h1
    let h0divh1 = h1 != 0 ? h0 / h1 : 0
    let inverse = h0divh1 != 0 ? 1.0 / h0divh1 : 0
    let middle = hprod != 0 ? hsum / hprod : 0
    return hsum / 6.0 * (y[i] * (2.0 - inverse) + y[i + 1] * (hsum * middle) + y[i + 2] * (2.0 - h0divh1))
  }
  return pairwiseSum(terms)
}
