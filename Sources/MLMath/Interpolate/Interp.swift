// One-dimensional linear interpolation, NumPy's `np.interp`: the same search
// (the interval xp[j] ≤ x < xp[j+1]), the same edge rules (left/right values,
// the last point returned exactly, NaN kept) and the same arithmetic.

/// The piecewise-linear interpolant through (xp, fp) at `x` (NumPy's `np.interp`).
///
/// - Parameters:
///   - x: where to evaluate.
///   - xp: the sample points, non-decreasing, at least one.
///   - fp: the values there, as many as `xp`.
///   - left: the value for x < xp[0] (default fp[0]); `right`: for x > xp[last] (default fp[last]).
/// - Returns: fp[j] + slope·(x − xp[j]) inside; exactly fp[j] at a sample point; NaN for NaN.
/// - Stops (`failure`) for an empty `xp` or `fp`, lengths that differ (NumPy raises),
///   and for a decreasing or NaN `xp`, where NumPy silently returns nonsense.
public func interp(_ x: Double, _ xp: Vector, _ fp: Vector, left: Double? = nil, right: Double? = nil) -> Double {
  checkInterpArguments(xp, fp)
  return interpolateLinear(x, xp.elements, fp.elements, left ?? fp.elements[0], right ?? fp.elements[fp.count - 1])
}

/// `np.interp` at every element of `x`: a `Vector` of the same length.
public func interp(_ x: Vector, _ xp: Vector, _ fp: Vector, left: Double? = nil, right: Double? = nil) -> Vector {
  checkInterpArguments(xp, fp)
  let lval = left ?? fp.elements[0]
  let rval = right ?? fp.elements[fp.count - 1]
  return Vector(x.elements.map { interpolateLinear($0, xp.elements, fp.elements, lval, rval) })
}

private func checkInterpArguments(_ xp: Vector, _ fp: Vector) {
  if xp.count == 0 { failure("interp: array of sample points is empty") }
  if xp.count != fp.count {
    failure("interp: fp and xp are not of the same length (xp has \(xp.count) elements, fp has \(fp.count))")
  }
  for i in 0..<xp.count {
    if xp.elements[i].isNaN { failure("interp: xp[\(i)] is nan (the sample points must be increasing)") }
    if i > 0 && xp.elements[i] < xp.elements[i - 1] {
      failure(
        "interp: xp must be increasing, but xp[\(i)] = \(xp.elements[i]) < xp[\(i - 1)] = \(xp.elements[i - 1]) (sort the points first: let order = argsort(xp))"
      )
    }
  }
}

/// NumPy's `arr_interp` for one point.
private func interpolateLinear(_ x: Double, _ xp: [Double], _ fp: [Double], _ left: Double, _ right: Double)
  -> Double
{
  let n = xp.count
  if n == 1 { return unsignedNaN(x < xp[0] ? left : (x > xp[0] ? right : fp[0])) }
  if x.isNaN { return x }
  if x < xp[0] { return left }
  if x > xp[n - 1] { return right }
  // The largest j with xp[j] ≤ x.
  var lo = 0
  var hi = n
  while hi - lo > 1 {
    let mid = (lo + hi) / 2
    if xp[mid] <= x { lo = mid } else { hi = mid }
  }
  let j = lo
  if j == n - 1 || xp[j] == x { return fp[j] }
  let slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j])
  var value = slope * (x - xp[j]) + fp[j]
  // A NaN from one side (an infinite slope) may be finite from the other.
  if value.isNaN {
    value = slope * (x - xp[j + 1]) + fp[j + 1]
    if value.isNaN && fp[j] == fp[j + 1] { value = fp[j] }
  }
  return unsignedNaN(value)
}
