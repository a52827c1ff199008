// `np.gradient` of sampled values: second-order central differences inside,
// one-sided differences of order 1 (NumPy's default `edge_order=1`) or 2 at the
// ends, for uniform spacing or a coordinate vector — NumPy's formulas and order
// of operations, so results print as NumPy's.

/// The derivative of evenly spaced samples (NumPy's `np.gradient(y, spacing, edge_order=…)`).
///
/// Inside, (y[i+1] − y[i−1])/(2h); at the ends, one-sided differences of order
/// `edgeOrder`: 1 gives (y[1] − y[0])/h, 2 gives (−3y[0] + 4y[1] − y[2])/(2h).
///
/// - Parameters:
///   - y: the samples, at least `edgeOrder + 1` of them.
///   - spacing: the step h between samples (NumPy's scalar `varargs`).
///   - edgeOrder: 1 (NumPy's default) or 2.
/// - Returns: a `Vector` of the same length as `y`.
/// - Stops (`failure`) where NumPy raises: too few samples, `edgeOrder` not 1 or 2.
public func gradient(_ y: Vector, spacing: Double = 1, edgeOrder: Int = 1) -> Vector {
  checkGradient(y.count, edgeOrder)
  return gradientUniform(y.elements, spacing, edgeOrder)
}

/// The derivative of samples y at coordinates x (NumPy's `np.gradient(y, x, edge_order=…)`).
///
/// Inside, the second-order difference for uneven spacing,
/// y′ᵢ ≈ −h₂/(h₁(h₁+h₂))·yᵢ₋₁ + (h₂−h₁)/(h₁h₂)·yᵢ + h₁/(h₂(h₁+h₂))·yᵢ₊₁ with
/// h₁ = xᵢ − xᵢ₋₁, h₂ = xᵢ₊₁ − xᵢ; evenly spaced x gives the uniform formula, as in NumPy.
///
/// - Parameters:
///   - y: the samples, at least `edgeOrder + 1`.
///   - x: their coordinates, as many as `y` (repeated coordinates give ±∞ or NaN, as in NumPy).
///   - edgeOrder: 1 (default) or 2.
/// - Stops (`failure`) where NumPy raises: lengths that differ, too few samples, `edgeOrder` not 1 or 2.
public func gradient(_ y: Vector, _ x: Vector, edgeOrder: Int = 1) -> Vector {
  if x.count != y.count {
    failure(
      "gradient: when 1d, distances must match the length of the corresponding dimension (y has \(y.count) elements, x has \(x.count))"
    )
  }
  checkGradient(y.count, edgeOrder)
  let dx = (0..<(x.count - 1)).map { x.elements[$0 + 1] - x.elements[$0] }
  if dx.allSatisfy({ $0 == dx[0] }) { return gradientUniform(y.elements, dx[0], edgeOrder) }
  let f = y.elements
  let n = f.count
  var out = [Double](repeating: 0, count: n)
  for i in 1..<(n - 1) {
    let dx1 = dx[i - 1]
    let dx2 = dx[i]
    let a = -(dx2) / (dx1 * (dx1 + dx2))
    let b = (dx2 - dx1) / (dx1 * dx2)
    let c = dx1 / (dx2 * (dx1 + dx2))
    out[i] = a * f[i - 1] + b * f[i] + c * f[i + 1]
  }
  if edgeOrder == 1 {
    out[0] = (f[1] - f[0]) / dx[0]
    out[n - 1] = (f[n - 1] - f[n - 2]) / dx[n - 2]
  } else {
    var dx1 = dx[0]
    var dx2 = dx[1]
    var a = -(2 * dx1 + dx2) / (dx1 * (dx1 + dx2))
    var b = (dx1 + dx2) / (dx1 * dx2)
    var c = -dx1 / (dx2 * (dx1 + dx2))
    out[0] = a * f[0] + b * f[1] + c * f[2]
    dx1 = dx[n - 3]
    dx2 = dx[n - 2]
    a = (dx2) / (dx1 * (dx1 + dx2))
    b = -(dx2 + dx1) / (dx1 * dx2)
    c = (2 * dx2 + dx1) / (dx2 * (dx1 + dx2))
    out[n - 1] = a * f[n - 3] + b * f[n - 2] + c * f[n - 1]
  }
  return Vector(out.map(unsignedNaN))
}

private func checkGradient(_ count: Int, _ edgeOrder: Int) {
  if edgeOrder != 1 && edgeOrder != 2 {
    failure("gradient: edgeOrder must be 1 or 2, got \(edgeOrder) ('edge_order' greater than 2 not supported)")
  }
  if count < edgeOrder + 1 {
    failure(
      "gradient: Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required (edgeOrder \(edgeOrder) needs \(edgeOrder + 1), got \(count))"
    )
  }
}

private func gradientUniform(_ f: [Double], _ h: Double, _ edgeOrder: Int) -> Vector {
  let n = f.count
  var out = [Double](repeating: 0, count: n)
  for i in 1..<Swift.max(1, n - 1) where n > 2 { out[i] = (f[i + 1] - f[i - 1]) / (2 * h) }
  if edgeOrder == 1 {
    out[0] = (f[1] - f[0]) / h
    out[n - 1] = (f[n - 1] - f[n - 2]) / h
  } else {
    out[0] = (-1.5 / h) * f[0] + (2 / h) * f[1] + (-0.5 / h) * f[2]
    out[n - 1] = (0.5 / h) * f[n - 3] + (-2 / h) * f[n - 2] + (1.5 / h) * f[n - 1]
  }
  return Vector(out.map(unsignedNaN))
}
