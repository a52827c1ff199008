#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension LegacyStream {
  /// A standard normal deviate by Marsaglia's polar method, keeping the
  /// second deviate of each accepted pair for the next call (NumPy's
  /// `legacy_gauss`).
  @inline(__always)
  mutating func gaussian() -> Double {
    if hasGauss {
      hasGauss = false
      let saved = gauss
      gauss = 0
      return saved
    }
    var x1: Double
    var x2: Double
    var r2: Double
    repeat {
      x1 = 2.0 * nextDouble() - 1.0
      x2 = 2.0 * nextDouble() - 1.0
      r2 = x1 * x1 + x2 * x2
    } while r2 >= 1.0 || r2 == 0.0
    let factor = (-2.0 * log(r2) / r2).squareRoot()
    gauss = factor * x1
    hasGauss = true
    return factor * x2
  }
}

extension RandomState {
  /// One standard normal deviate (mean 0, standard deviation 1), like
  /// `rng.standard_normal()` / `rng.randn()`.
  public mutating func standardNormal() -> Double {
    withStream { $0.gaussian() }
  }

  /// `size` standard normal deviates, like `rng.standard_normal(size)`.
  public mutating func standardNormal(size: Int) -> Vector {
    vector(count: size) { $0.gaussian() }
  }

  /// A `rows × columns` matrix of standard normal deviates, like
  /// `rng.standard_normal((rows, columns))`.
  public mutating func standardNormal(size: (rows: Int, columns: Int)) -> Matrix {
    matrix(shape: size) { $0.gaussian() }
  }

  /// `count` standard normal deviates, like `rng.randn(count)`.
  public mutating func randn(_ count: Int) -> Vector {
    standardNormal(size: count)
  }

  /// A `rows × columns` matrix of standard normal deviates, like `rng.randn(rows, columns)`.
  public mutating func randn(_ rows: Int, _ columns: Int) -> Matrix {
    standardNormal(size: (rows, columns))
  }

  /// One deviate from the normal distribution with mean `loc` and standard
  /// deviation `scale`, like `rng.normal(loc, scale)`.
  public mutating func normal(_ loc: Double = 0, _ scale: Double = 1) -> Double {
    Self.checkNonNegative(scale, "scale", in: "normal")
    return withStream { loc + scale * $0.gaussian() }
  }

  /// `size` normal deviates with mean `loc` and standard deviation `scale`,
  /// like `rng.normal(loc, scale, size)`.
  public mutating func normal(_ loc: Double = 0, _ scale: Double = 1, size: Int) -> Vector {
    Self.checkNonNegative(scale, "scale", in: "normal")
    return vector(count: size) { loc + scale * $0.gaussian() }
  }

  /// A `rows × columns` matrix of normal deviates with mean `loc` and standard
  /// deviation `scale`, like `rng.normal(loc, scale, (rows, columns))`.
  public mutating func normal(
    _ loc: Double = 0, _ scale: Double = 1, size: (rows: Int, columns: Int)
  )
    -> Matrix
  {
    Self.checkNonNegative(scale, "scale", in: "normal")
    return matrix(shape: size) { loc + scale * $0.gaussian() }
  }

  static func checkNonNegative(_ value: Double, _ name: String, in function: String) {
    guard value >= 0 else { failure("\(function): \(name) must be non-negative, got \(value)") }
  }

  static func checkPositive(_ value: Double, _ name: String, in function: String) {
    guard value > 0 else { failure("\(function): \(name) must be positive, got \(value)") }
  }
}
