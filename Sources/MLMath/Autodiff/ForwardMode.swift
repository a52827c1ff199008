// Forward-mode derivatives, gradients and Jacobians: one pass of f on dual numbers per
// input direction. Named `forward…` to stand apart from the finite-difference
// `derivative(_:at:)`, `gradient(_:at:)` and `jacobian(_:at:)` in Differentiate/.

/// The derivative f′(x) by forward-mode automatic differentiation: f runs once on
/// `Dual.variable(x)` (JAX's `jax.jvp(f, (x,), (1.0,))[1]`, or `jax.grad` of a scalar function).
///
/// Exact up to the rounding of the elementary functions involved — no step size — where
/// `derivative(_:at:)` estimates the same number from finite differences.
///
/// ```swift
/// func f<T: RealScalar>(_ x: T) -> T { tanh(2 * x) + x * x }
/// forwardDerivative(of: f, at: 0.3)   // 2(1 − tanh²0.6) + 0.6
/// ```
///
/// - Parameters:
///   - f: a function on `Dual` — usually a generic `RealScalar` function passed by name.
///   - x: the point.
/// - Returns: f′(x); NaN or ±∞ where f is not differentiable in IEEE arithmetic (see `Dual`).
public func forwardDerivative(of f: (Dual) -> Dual, at x: Double) -> Double {
  unsignedNaN(f(Dual.variable(x)).derivative)
}

/// The value f(x) and the derivative f′(x) from one forward pass (JAX's `jax.jvp` with tangent 1).
public func forwardValueAndDerivative(of f: (Dual) -> Dual, at x: Double) -> (value: Double, derivative: Double) {
  let y = f(Dual.variable(x))
  return (unsignedNaN(y.value), unsignedNaN(y.derivative))
}

/// The gradient ∇f(x) of f: ℝⁿ → ℝ by forward mode: n passes, pass i seeding direction eᵢ
/// (JAX's `jax.jacfwd` of a scalar function).
///
/// f receives the point as `[Dual]`; write it generically over `RealScalar` to use the same
/// code on `[Double]`. For many inputs and one output, reverse mode (`Value`, `Tensor`) needs
/// one pass instead of n.
///
/// - Returns: the vector of the n partial derivatives (empty for an empty x, without calling f).
public func forwardGradient(of f: ([Dual]) -> Dual, at x: Vector) -> Vector {
  let n = x.count
  var point = x.elements.map { Dual($0) }
  var g = [Double](repeating: 0, count: n)
  for i in 0..<n {
    point[i].derivative = 1
    g[i] = unsignedNaN(f(point).derivative)
    point[i].derivative = 0
  }
  return Vector(g)
}

/// The Jacobian J[i, j] = ∂fᵢ/∂xⱼ of f: ℝⁿ → ℝᵐ by forward mode: n passes, pass j giving
/// column j (JAX's `jax.jacfwd`).
///
/// - Returns: an m × n matrix (m × 0 for an empty x, with m from one call of f).
/// - Stops (`failure`) when f returns a different number of outputs on different passes.
public func forwardJacobian(of f: ([Dual]) -> [Dual], at x: Vector) -> Matrix {
  let n = x.count
  var point = x.elements.map { Dual($0) }
  if n == 0 { return Matrix(rows: f(point).count, columns: 0) }
  var columns: [[Double]] = []
  columns.reserveCapacity(n)
  for j in 0..<n {
    point[j].derivative = 1
    let y = f(point)
    point[j].derivative = 0
    if let first = columns.first, first.count != y.count {
      failure(
        "forwardJacobian: f returned \(first.count) outputs on the first pass and \(y.count) on pass \(j) (it must return the same number every time)"
      )
    }
    columns.append(y.map { unsignedNaN($0.derivative) })
  }
  let m = columns[0].count
  var elements = [Double](repeating: 0, count: m * n)
  for j in 0..<n {
    for i in 0..<m { elements[i * n + j] = columns[j][i] }
  }
  return Matrix(rows: m, columns: n, elements: elements)
}
