// Integrals of sampled values by the trapezoidal rule: NumPy's `np.trapezoid` and
// SciPy's `scipy.integrate.cumulative_trapezoid`, with their arithmetic (the
// terms d·(y[i+1] + y[i])/2, summed pairwise as NumPy sums).

/// ∫ y dx over samples at coordinates x, by the trapezoidal rule (NumPy's `np.trapezoid(y, x=x)`).
///
/// - Parameters:
///   - y: the samples; fewer than two give 0, as in NumPy.
///   - x: their coordinates, as many as `y`, in any order (decreasing x integrates backwards).
/// - Stops (`failure`) when the lengths differ (NumPy raises for the shapes).
public func trapezoid(_ y: Vector, x: Vector) -> Double {
  if x.count != y.count {
    failure("trapezoid: y has \(y.count) elements but x has \(x.count) (give one coordinate per sample)")
  }
  if y.count < 2 { return 0 }
  let terms = (0..<(y.count - 1)).map { i -> Double in
    let d: Double = x.elements[i + 1] - x.elements[i]
    let pair: Double = y.elements[i + 1] + y.elements[i]
    return d * pair / 2.0
  }
  return unsignedNaN(pairwiseSum(terms))
}

/// ∫ y dx over samples spaced `dx` apart, by the trapezoidal rule (NumPy's `np.trapezoid(y, dx=dx)`).
///
/// - Parameters:
///   - y: the samples; fewer than two give 0.
///   - dx: the spacing (NumPy's default 1).
public func trapezoid(_ y: Vector, dx: Double = 1) -> Double {
  if y.count < 2 { return 0 }
  let terms = (0..<(y.count - 1)).map { i -> Double in
    let pair: Double = y.elements[i + 1] + y.elements[i]
    return dx * pair / 2.0
  }
  return unsignedNaN(pairwiseSum(terms))
}

/// The running trapezoidal integral of samples at coordinates x
/// (SciPy's `scipy.integrate.cumulative_trapezoid(y, x=x, initial=…)`).
///
/// - Parameters:
///   - y: n ≥ 1 samples.
///   - x: their coordinates, as many as `y`.
///   - initial: nil gives n − 1 values (∫ up to x[1], …, x[n−1]); 0 prepends a 0, giving n
///     values (SciPy accepts only `None` or `0`).
/// - Stops (`failure`) where SciPy raises: an empty `y`, lengths that differ, `initial` other than 0.
public func cumulativeTrapezoid(_ y: Vector, x: Vector, initial: Double? = nil) -> Vector {
  if y.count == 0 { failure("cumulativeTrapezoid: At least one point is required along `axis`.") }
  if x.count != y.count {
    failure(
      "cumulativeTrapezoid: If given, length of x along axis must be the same as y (y has \(y.count) elements, x has \(x.count))"
    )
  }
  let steps = (0..<(y.count - 1)).map { x.elements[$0 + 1] - x.elements[$0] }
  return runningTrapezoid(y, steps, initial)
}

/// The running trapezoidal integral of samples spaced `dx` apart
/// (SciPy's `scipy.integrate.cumulative_trapezoid(y, dx=dx, initial=…)`).
public func cumulativeTrapezoid(_ y: Vector, dx: Double = 1, initial: Double? = nil) -> Vector {
  if y.count == 0 { failure("cumulativeTrapezoid: At least one point is required along `axis`.") }
  return runningTrapezoid(y, [Double](repeating: dx, count: y.count - 1), initial)
}

private func runningTrapezoid(_ y: Vector, _ steps: [Double], _ initial: Double?) -> Vector {
  if let initial, initial != 0 {
    failure("cumulativeTrapezoid: `initial` must be `None` or `0` (nil or 0), got \(initial)")
  }
  var out = initial == nil ? [] : [0.0]
  var total = 0.0
  for i in 0..<steps.count {
    let pair: Double = y.elements[i + 1] + y.elements[i]
    total += steps[i] * pair / 2.0
    out.append(unsignedNaN(total))
  }
  return Vector(out)
}
