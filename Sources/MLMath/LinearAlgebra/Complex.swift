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

  /// NumPy's spelling: `(1+2j)`, `(3-0j)`.
  public var description: String {
    let sign = imaginary.sign == .minus ? "-" : "+"
    return "(\(real)\(sign)\(abs(imaginary))j)"
  }
}
