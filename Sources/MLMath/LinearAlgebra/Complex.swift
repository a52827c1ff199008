/// A complex number `real + imaginary·i`, as returned by `eig(_:)` — NumPy's `complex128`.
public struct Complex: Hashable, Sendable, CustomStringConvertible {
  /// The real part.
  public var real: Double
  /// The imaginary part.
  public var imaginary: Double

  /// The number `real + imaginary·i`.
  public init(_ real: Double, _ imaginary: Double = 0) {
    self.real = real
    self.imaginary = imaginary
  }

  /// Whether the imaginary part is zero.
  public var isReal: Bool { imaginary == 0 }

  /// The modulus `|z|`, like `np.abs(z)`.
  public var magnitude: Double {
    let scale = max(abs(real), abs(imaginary))
    guard scale > 0, scale.isFinite else { return scale }
    let (x, y) = (real / scale, imaginary / scale)
    return scale * (x * x + y * y).squareRoot()
  }

  /// The complex conjugate `real - imaginary·i`.
  public var conjugate: Complex { Complex(real, -imaginary) }

  /// NumPy's and Python's spelling: `(1+2j)`, `(1.5-0.25j)`, `(3-0j)`, and
  /// `2j` when the real part is +0 — each part in its shortest form, whole
  /// numbers without `.0`.
  public var description: String {
    func part(_ x: Double) -> String {
      if x.isNaN { return "nan" }
      let text = x.description
      return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
    let sign = imaginary.sign == .minus && !imaginary.isNaN ? "-" : "+"
    let imaginaryText = part(imaginary.isNaN ? imaginary : abs(imaginary)) + "j"
    if real == 0 && real.sign == .plus { return (sign == "-" ? "-" : "") + imaginaryText }
    return "(\(part(real))\(sign)\(imaginaryText))"
  }
}
