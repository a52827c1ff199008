#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Gradients, Jacobians and Hessians of functions of a vector, each entry a central
// difference extrapolated to step 0 as in `derivative` (Ridders' method, every
// entry with its own tableau and stopping point), with step hⱼ = 0.1·max(1, |xⱼ|/1000)
// in coordinate j unless given.

/// The per-coordinate initial steps: `step`, or 0.1·max(1, |xⱼ|/1000).
private func initialSteps(_ x: Vector, _ step: Double?, in function: String) -> [Double] {
  if x.count == 0 { failure("\(function): x is empty (the function needs at least one variable)") }
  if let step, !(step > 0 && step.isFinite) {
    failure("\(function): step must be positive and finite, got \(step)")
  }
  return x.elements.map { step ?? defaultStep($0) }
}

/// The gradient ∇f(x) of a scalar function of n variables (shape (n,)), each partial
/// derivative by an extrapolated central difference (Ridders' method).
///
/// SciPy has no single call for this (`scipy.optimize.approx_fprime` uses forward
/// differences); the accuracy is that of `derivative`, about 12 digits.
///
/// - Parameters:
///   - f: a function of a `Vector` of n ≥ 1 variables.
///   - x: the point, shape (n,).
///   - step: the initial step in every coordinate (default 0.1·max(1, |xⱼ|/1000)).
/// - Stops (`failure`) for an empty x or a step that is not positive and finite.
public func gradient(_ f: (Vector) -> Double, at x: Vector, step: Double? = nil) -> Vector {
  let steps = initialSteps(x, step, in: "gradient")
  let n = x.count
  let outcome = richardson(
    step: 1, maxiter: 10, atol: 0, rtol: Double.ulpOfOne.squareRoot(), components: n
  ) { scale in
    (0..<n).map { j in
      let h = steps[j] * scale
      var plus = x
      var minus = x
      plus.elements[j] += h
      minus.elements[j] -= h
      return (f(plus) - f(minus)) / (2 * h)
    }
  }
  return Vector(outcome.value.map(unsignedNaN))
}

/// The Jacobian J[i, j] = ∂fᵢ/∂xⱼ of f: ℝⁿ → ℝᵐ, an m × n `Matrix`, each column by
/// an extrapolated central difference (Ridders' method).
///
/// - Parameters:
///   - f: a function from a `Vector` of n ≥ 1 variables to a `Vector` of m values.
///   - x: the point, shape (n,).
///   - step: the initial step in every coordinate (default 0.1·max(1, |xⱼ|/1000)).
/// - Stops (`failure`) for an empty x, a bad step, or f returning vectors of different lengths.
public func jacobian(_ f: (Vector) -> Vector, at x: Vector, step: Double? = nil) -> Matrix {
  let steps = initialSteps(x, step, in: "jacobian")
  let n = x.count
  let m = f(x).count
  let outcome = richardson(
    step: 1, maxiter: 10, atol: 0, rtol: Double.ulpOfOne.squareRoot(), components: m * n
  ) { scale in
    var entries = [Double](repeating: 0, count: m * n)
    for j in 0..<n {
      let h = steps[j] * scale
      var plus = x
      var minus = x
      plus.elements[j] += h
      minus.elements[j] -= h
      let fp = f(plus)
      let fm = f(minus)
      if fp.count != m || fm.count != m {
        failure("jacobian: f returned \(fp.count == m ? fm.count : fp.count) values at one point and \(m) at x")
      }
      for i in 0..<m { entries[i * n + j] = (fp.elements[i] - fm.elements[i]) / (2 * h) }
    }
    return entries
  }
  return Matrix(rows: m, columns: n, elements: outcome.value.map(unsignedNaN))
}

/// The Hessian H[i, j] = ∂²f/∂xᵢ∂xⱼ of a scalar function of n variables, an n × n
/// symmetric `Matrix`: second central differences on the diagonal, the four-point
/// mixed difference off it, each extrapolated to step 0 (Ridders' method).
///
/// About 9–10 correct digits (second differences lose more to roundoff than first ones).
///
/// - Parameters:
///   - f: a function of a `Vector` of n ≥ 1 variables.
///   - x: the point, shape (n,).
///   - step: the initial step in every coordinate (default 0.1·max(1, |xⱼ|/1000)).
/// - Stops (`failure`) for an empty x or a step that is not positive and finite.
public func hessian(_ f: (Vector) -> Double, at x: Vector, step: Double? = nil) -> Matrix {
  let steps = initialSteps(x, step, in: "hessian")
  let n = x.count
  let pairs = (0..<n).flatMap { i in (i..<n).map { (i, $0) } }
  let outcome = richardson(
    step: 1, maxiter: 10, atol: 0, rtol: Double.ulpOfOne.squareRoot(), components: pairs.count
  ) { scale in
    let center = f(x)
    return pairs.map { pair in
      let (i, j) = pair
      let hi = steps[i] * scale
      if i == j {
        var plus = x
        var minus = x
        plus.elements[i] += hi
        minus.elements[i] -= hi
        return (f(plus) - 2 * center + f(minus)) / (hi * hi)
      }
      let hj = steps[j] * scale
      func shifted(_ si: Double, _ sj: Double) -> Double {
        var point = x
        point.elements[i] += si * hi
        point.elements[j] += sj * hj
        return f(point)
      }
      return (shifted(1, 1) - shifted(1, -1) - shifted(-1, 1) + shifted(-1, -1)) / (4 * hi * hj)
    }
  }
  var elements = [Double](repeating: 0, count: n * n)
  for (index, pair) in pairs.enumerated() {
    let value = unsignedNaN(outcome.value[index])
    elements[pair.0 * n + pair.1] = value
    elements[pair.1 * n + pair.0] = value
  }
  return Matrix(rows: n, columns: n, elements: elements)
}
