// Taylor polynomials: p(x) = Σₖ cₖ (x − a)ᵏ with cₖ = f⁽ᵏ⁾(a)/k!, from given
// derivatives or from a function (its derivatives by `derivative`).

/// The Taylor polynomial of degree d about a center a: Σₖ₌₀ᵈ cₖ (x − a)ᵏ.
///
/// ```swift
/// let p = taylorPolynomial(derivatives: [1, 1, 1, 1], at: 0)  // eˣ to degree 3
/// p(0.5)  // 1.6458333333333333
/// ```
public struct TaylorPolynomial: Sendable, Equatable, CustomStringConvertible {
  /// The center a.
  public let center: Double
  /// c₀, c₁, …, c_d: the k-th derivative at a over k! (what `mpmath.taylor` returns).
  public let coefficients: Vector

  /// The degree d (the number of coefficients minus one).
  public var degree: Int { coefficients.count - 1 }

  /// p(x), by Horner's rule in (x − a).
  public func callAsFunction(_ x: Double) -> Double {
    let t = x - center
    return unsignedNaN(coefficients.elements.reversed().reduce(0.0) { $0 * t + $1 })
  }

  /// p at every element of `x`.
  public func callAsFunction(_ x: Vector) -> Vector { Vector(x.elements.map { self($0) }) }

  public var description: String {
    let a = center == 0 ? "x" : "(x - \(center))"
    return coefficients.elements.enumerated().map { k, c in
      k == 0 ? "\(c)" : "\(c)·\(a)" + (k == 1 ? "" : "^\(k)")
    }.joined(separator: " + ")
  }
}

/// The Taylor polynomial about `center` from the derivatives f(a), f′(a), …, f⁽ᵈ⁾(a).
///
/// - Parameters:
///   - derivatives: d + 1 ≥ 1 values, the k-th being f⁽ᵏ⁾(a).
///   - center: the point a.
/// - Stops (`failure`) for an empty `derivatives`.
public func taylorPolynomial(derivatives: Vector, at center: Double) -> TaylorPolynomial {
  if derivatives.count == 0 { failure("taylorPolynomial: derivatives is empty (give at least f(a))") }
  var factorial = 1.0
  var coefficients = [Double]()
  for (k, value) in derivatives.elements.enumerated() {
    if k > 0 { factorial *= Double(k) }
    coefficients.append(value / factorial)
  }
  return TaylorPolynomial(center: center, coefficients: Vector(coefficients))
}

/// The Taylor polynomial of degree `degree` of `f` about `center`, its derivatives
/// estimated by `derivative(f, at: center, order: k)`.
///
/// The k-th derivative by differences loses digits as k grows (about 12 for k = 1,
/// 10 for k = 2, 7 for k = 4, fewer beyond); for exact coefficients pass them to
/// `taylorPolynomial(derivatives:at:)`.
///
/// - Stops (`failure`) for a negative degree.
public func taylorPolynomial(_ f: (Double) -> Double, at center: Double, degree: Int) -> TaylorPolynomial {
  if degree < 0 { failure("taylorPolynomial: degree must be >= 0, got \(degree)") }
  var values = [f(center)]
  for k in stride(from: 1, through: degree, by: 1) {
    values.append(derivative(f, at: center, order: k).df)
  }
  return taylorPolynomial(derivatives: Vector(values), at: center)
}
