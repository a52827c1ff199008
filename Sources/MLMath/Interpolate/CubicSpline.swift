#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The cubic spline interpolant of SciPy's `scipy.interpolate.CubicSpline`: the
// slopes at the knots solve SciPy's tridiagonal system (with its not-a-knot,
// natural and clamped end conditions, and its special cases for 2 and 3 points),
// the pieces are SciPy's `PPoly` coefficients, evaluated as `PPoly` evaluates them.

/// The end condition of a `CubicSpline` (SciPy's `bc_type`).
public enum SplineBoundary: Sendable, Equatable {
  /// The third derivative is continuous at the second and the second-to-last knots (SciPy's default).
  case notAKnot
  /// The second derivative is 0 at both ends.
  case natural
  /// The first derivative at the ends is given (SciPy's `((1, left), (1, right))`;
  /// `clamped(0, 0)` is SciPy's `"clamped"`).
  case clamped(Double, Double)
}

/// A piecewise cubic, twice continuously differentiable interpolant through
/// (x, y) (SciPy's `scipy.interpolate.CubicSpline` for one-dimensional y).
///
/// ```swift
/// let cs = try CubicSpline(x: [0, 1, 2, 3], y: [0, 1, 8, 27])
/// cs(1.5)            // 3.375 — the spline, at a point
/// cs(1.5, nu: 1)     // its first derivative
/// cs.integrate(0, 3) // ∫₀³
/// ```
/// Outside [x₀, x_last] the end pieces are extended (SciPy's `extrapolate=True`).
public struct CubicSpline: Sendable, Equatable {
  /// The knots, strictly increasing.
  public let x: Vector
  /// The coefficients, shape (4, n − 1): on [xᵢ, xᵢ₊₁] the spline is
  /// c[0, i]·t³ + c[1, i]·t² + c[2, i]·t + c[3, i] with t = x − xᵢ (SciPy's `c`).
  public let c: Matrix

  /// The spline through (x, y) with end condition `bc` (SciPy's `CubicSpline(x, y, bc_type=…)`).
  ///
  /// - Parameters:
  ///   - x: n ≥ 2 knots, strictly increasing and finite.
  ///   - y: the n values, finite.
  ///   - bc: `.notAKnot` (default), `.natural` or `.clamped(left, right)`. With two
  ///     points not-a-knot gives the straight line; with three, the parabola.
  /// - Throws: `CalculusError` where SciPy raises `ValueError` for the values:
  ///   `x` not strictly increasing, non-finite `x` or `y`.
  /// - Stops (`failure`) for fewer than 2 points or lengths that differ.
  public init(x: Vector, y: Vector, bc: SplineBoundary = .notAKnot) throws {
    let n = x.count
    if n < 2 { failure("CubicSpline: `x` must contain at least 2 elements, got \(n)") }
    if y.count != n {
      failure("CubicSpline: the length of `y` (\(y.count)) doesn't match the length of `x` (\(n))")
    }
    if !x.elements.allSatisfy(\.isFinite) {
      throw CalculusError(function: "CubicSpline", reason: "`x` must contain only finite values.")
    }
    if !y.elements.allSatisfy(\.isFinite) {
      throw CalculusError(function: "CubicSpline", reason: "`y` must contain only finite values.")
    }
    let xs = x.elements
    let ys = y.elements
    let dx = (0..<(n - 1)).map { xs[$0 + 1] - xs[$0] }
    if let i = dx.firstIndex(where: { $0 <= 0 }) {
      throw CalculusError(
        function: "CubicSpline",
        reason: "`x` must be strictly increasing sequence (x[\(i)] = \(xs[i]), x[\(i + 1)] = \(xs[i + 1]))")
    }
    let slope = (0..<(n - 1)).map { (ys[$0 + 1] - ys[$0]) / dx[$0] }
    let s = Self.knotSlopes(xs, ys, dx, slope, bc)
    var coefficients = [Double](repeating: 0, count: 4 * (n - 1))
    for i in 0..<(n - 1) {
      let t = (s[i] + s[i + 1] - 2 * slope[i]) / dx[i]
      coefficients[i] = t / dx[i]
      coefficients[(n - 1) + i] = (slope[i] - s[i]) / dx[i] - t
      coefficients[2 * (n - 1) + i] = s[i]
      coefficients[3 * (n - 1) + i] = ys[i]
    }
    self.x = x
    self.c = Matrix(rows: 4, columns: n - 1, elements: coefficients)
  }

  /// The first derivatives at the knots: SciPy's linear system for them.
  private static func knotSlopes(
    _ x: [Double], _ y: [Double], _ dx: [Double], _ slope: [Double], _ bc: SplineBoundary
  ) -> [Double] {
    let n = x.count
    // (kind, value): kind 1 fixes the first derivative, 2 the second; 0 is not-a-knot.
    var start: (Int, Double)
    var end: (Int, Double)
    switch bc {
    case .notAKnot: (start, end) = ((0, 0), (0, 0))
    case .natural: (start, end) = ((2, 0), (2, 0))
    case .clamped(let left, let right): (start, end) = ((1, left), (1, right))
    }
    if n == 2 {
      if start.0 == 0 { start = (1, slope[0]) }
      if end.0 == 0 { end = (1, slope[0]) }
    }
    if n == 3 && start.0 == 0 && end.0 == 0 {
      // The parabola through three points.
      let a = [[1, 1, 0], [dx[1], 2 * (dx[0] + dx[1]), dx[0]], [0, 1, 1]]
      let b = [2 * slope[0], 3 * (dx[0] * slope[1] + dx[1] * slope[0]), 2 * slope[1]]
      return (try? solve(Matrix(a), Vector(b)).elements) ?? [Double](repeating: .nan, count: 3)
    }
    var lower = [Double](repeating: 0, count: n - 1)  // A[i + 1, i]
    var diagonal = [Double](repeating: 0, count: n)
    var upper = [Double](repeating: 0, count: n - 1)  // A[i, i + 1]
    var b = [Double](repeating: 0, count: n)
    for i in 1..<(n - 1) {
      diagonal[i] = 2 * (dx[i - 1] + dx[i])
      upper[i] = dx[i - 1]
      lower[i - 1] = dx[i]
      b[i] = 3 * (dx[i] * slope[i - 1] + dx[i - 1] * slope[i])
    }
    switch start.0 {
    case 0:
      diagonal[0] = dx[1]
      let d = x[2] - x[0]
      upper[0] = d
      b[0] = ((dx[0] + 2 * d) * dx[1] * slope[0] + dx[0] * dx[0] * slope[1]) / d
    case 1:
      diagonal[0] = 1
      upper[0] = 0
      b[0] = start.1
    default:
      diagonal[0] = 2 * dx[0]
      upper[0] = dx[0]
      b[0] = -0.5 * start.1 * dx[0] * dx[0] + 3 * (y[1] - y[0])
    }
    switch end.0 {
    case 0:
      diagonal[n - 1] = dx[n - 3]
      let d = x[n - 1] - x[n - 3]
      lower[n - 2] = d
      b[n - 1] = (dx[n - 2] * dx[n - 2] * slope[n - 3] + (2 * d + dx[n - 2]) * dx[n - 3] * slope[n - 2]) / d
    case 1:
      diagonal[n - 1] = 1
      lower[n - 2] = 0
      b[n - 1] = end.1
    default:
      diagonal[n - 1] = 2 * dx[n - 2]
      lower[n - 2] = dx[n - 2]
      b[n - 1] = 0.5 * end.1 * dx[n - 2] * dx[n - 2] + 3 * (y[n - 1] - y[n - 2])
    }
    return solveTridiagonal(lower, diagonal, upper, b)
  }

  /// The spline (nu = 0) or its nu-th derivative at `x` (SciPy's `cs(x, nu)`).
  ///
  /// - Parameter nu: 0, 1, 2, 3 (higher derivatives are 0), as SciPy's `nu ≥ 0`.
  /// - Returns: NaN for NaN; the end pieces extended outside the knots.
  public func callAsFunction(_ x: Double, nu: Int = 0) -> Double {
    if nu < 0 {
      failure("CubicSpline: nu must be >= 0, got \(nu) (use integrate(a, b) for integrals)")
    }
    let knots = self.x.elements
    let pieces = c.columns
    let interval: Int
    if x.isNaN { return .nan }
    if x < knots[0] {
      interval = 0
    } else if x >= knots[pieces] {
      interval = pieces - 1
    } else {
      var lo = 0
      var hi = pieces
      while hi - lo > 1 {
        let mid = (lo + hi) / 2
        if knots[mid] <= x { lo = mid } else { hi = mid }
      }
      interval = lo
    }
    return unsignedNaN(evaluatePiece(interval, x - knots[interval], nu: nu))
  }

  /// The spline or its nu-th derivative at every element of `x`.
  public func callAsFunction(_ x: Vector, nu: Int = 0) -> Vector {
    Vector(x.elements.map { self($0, nu: nu) })
  }

  /// PPoly's `evaluate_poly1`: Σₖ c[3 − k]·(d^nu/dt^nu) tᵏ, summed from the constant term up.
  private func evaluatePiece(_ interval: Int, _ s: Double, nu: Int) -> Double {
    var result = 0.0
    var z = 1.0
    for kp in 0..<4 {
      if kp < nu { continue }
      var prefactor = 1.0
      if nu > 0 {
        for k in stride(from: kp, to: kp - nu, by: -1) { prefactor *= Double(k) }
      }
      result = result + c[3 - kp, interval] * z * prefactor
      if kp < 3 { z *= s }
    }
    return result
  }

  /// ∫ₐᵇ of the spline, the end pieces extended outside the knots (SciPy's
  /// `cs.integrate(a, b)`); b < a gives the negative.
  public func integrate(_ a: Double, _ b: Double) -> Double {
    if a.isNaN || b.isNaN { return .nan }
    if b < a { return unsignedNaN(-integrate(b, a)) }
    let knots = x.elements
    let pieces = c.columns
    var total = 0.0
    for i in 0..<pieces {
      // The part of [a, b] that piece i covers (the first and last reach to ∓∞).
      let lo = i == 0 ? a : Swift.max(a, knots[i])
      let hi = i == pieces - 1 ? b : Swift.min(b, knots[i + 1])
      if hi <= lo { continue }
      total += primitive(i, hi - knots[i]) - primitive(i, lo - knots[i])
    }
    return unsignedNaN(total)
  }

  /// ∫₀ˢ of piece i.
  private func primitive(_ i: Int, _ s: Double) -> Double {
    ((c[0, i] / 4 * s + c[1, i] / 3) * s + c[2, i] / 2) * s * s + c[3, i] * s
  }
}

/// Solves a tridiagonal system by Gaussian elimination with partial pivoting
/// (LAPACK's `dgtsv`), as SciPy's banded solve pivots.
func solveTridiagonal(_ lower: [Double], _ diagonal: [Double], _ upper: [Double], _ rhs: [Double]) -> [Double] {
  let n = diagonal.count
  let dl = lower
  var d = diagonal
  var du = upper
  var du2 = [Double](repeating: 0, count: Swift.max(n - 2, 0))
  var b = rhs
  for i in 0..<(n - 1) {
    if abs(d[i]) >= abs(dl[i]) {
      // No row interchange.
      if d[i] == 0 { return [Double](repeating: .nan, count: n) }
      let factor = dl[i] / d[i]
      d[i + 1] -= factor * du[i]
      b[i + 1] -= factor * b[i]
      if i < n - 2 { du2[i] = 0 }
    } else {
      // Interchange rows i and i + 1.
      let factor = d[i] / dl[i]
      d[i] = dl[i]
      let temp = d[i + 1]
      d[i + 1] = du[i] - factor * temp
      if i < n - 2 {
        du2[i] = du[i + 1]
        du[i + 1] = -factor * du2[i]
      }
      du[i] = temp
      (b[i], b[i + 1]) = (b[i + 1], b[i] - factor * b[i + 1])
    }
  }
  if d[n - 1] == 0 { return [Double](repeating: .nan, count: n) }
  var x = [Double](repeating: 0, count: n)
  x[n - 1] = b[n - 1] / d[n - 1]
  if n > 1 { x[n - 2] = (b[n - 2] - du[n - 2] * x[n - 1]) / d[n - 2] }
  if n > 2 {
    for i in stride(from: n - 3, through: 0, by: -1) {
      x[i] = (b[i] - du[i] * x[i + 1] - du2[i] * x[i + 2]) / d[i]
    }
  }
  return x
}
