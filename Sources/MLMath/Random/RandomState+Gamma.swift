#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension LegacyStream {
  /// A standard exponential deviate by inversion, `-log(1 - U)` (NumPy's
  /// `legacy_standard_exponential`).
  @inline(__always)
  mutating func standardExponential() -> Double {
    -log(1.0 - nextDouble())
  }

  /// A standard gamma deviate (NumPy's `legacy_standard_gamma`): the
  /// exponential for shape 1, Johnk-style rejection from uniform and
  /// exponential deviates below 1, and Marsaglia–Tsang squeeze and rejection on
  /// the polar-method normals above 1.
  mutating func standardGamma(_ shape: Double) -> Double {
    if shape == 1 { return standardExponential() }
    if shape == 0 { return 0 }
    if shape < 1 {
      while true {
        let u = nextDouble()
        let v = standardExponential()
        if u <= 1.0 - shape {
          let x = pow(u, 1.0 / shape)
          if x <= v { return x }
        } else {
          let y = -log((1 - u) / shape)
          let x = pow(1.0 - shape + shape * y, 1.0 / shape)
          if x <= v + y { return x }
        }
      }
    }
    let b = shape - 1.0 / 3.0
    let c = 1.0 / (9 * b).squareRoot()
    while true {
      var x: Double
      var v: Double
      repeat {
        x = gaussian()
        v = 1.0 + c * x
      } while v <= 0
      v = v * v * v
      let u = nextDouble()
      if u < 1.0 - 0.0331 * (x * x) * (x * x) { return b * v }
      if log(u) < 0.5 * x * x + b * (1.0 - v + log(v)) { return b * v }
    }
  }

  /// A beta deviate (NumPy's `legacy_beta`): Johnk's algorithm when both
  /// shapes are at most 1, otherwise the ratio of two gamma deviates.
  mutating func beta(_ a: Double, _ b: Double) -> Double {
    guard a <= 1, b <= 1 else {
      let ga = standardGamma(a)
      let gb = standardGamma(b)
      return ga / (ga + gb)
    }
    while true {
      let u = nextDouble()
      let v = nextDouble()
      let x = pow(u, 1.0 / a)
      let y = pow(v, 1.0 / b)
      if x + y <= 1 {
        if x + y > 0 { return x / (x + y) }
        // Both powers underflowed: finish in logarithms.
        var logX = log(u) / a
        var logY = log(v) / b
        let logMax = logX > logY ? logX : logY
        logX -= logMax
        logY -= logMax
        return exp(logX - log(exp(logX) + exp(logY)))
      }
    }
  }
}

extension RandomState {
  /// One exponential deviate with mean `scale`, like `rng.exponential(scale)`.
  public mutating func exponential(_ scale: Double = 1) -> Double {
    Self.checkNonNegative(scale, "scale", in: "exponential")
    return withStream { scale * $0.standardExponential() }
  }

  /// `size` exponential deviates with mean `scale`, like `rng.exponential(scale, size)`.
  public mutating func exponential(_ scale: Double = 1, size: Int) -> Vector {
    Self.checkNonNegative(scale, "scale", in: "exponential")
    return vector(count: size) { scale * $0.standardExponential() }
  }

  /// One gamma deviate with shape `k` and scale `θ`, like `rng.gamma(shape, scale)`.
  public mutating func gamma(_ shape: Double, _ scale: Double = 1) -> Double {
    Self.checkNonNegative(shape, "shape", in: "gamma")
    Self.checkNonNegative(scale, "scale", in: "gamma")
    return withStream { scale * $0.standardGamma(shape) }
  }

  /// `size` gamma deviates with shape `k` and scale `θ`, like `rng.gamma(shape, scale, size)`.
  public mutating func gamma(_ shape: Double, _ scale: Double = 1, size: Int) -> Vector {
    Self.checkNonNegative(shape, "shape", in: "gamma")
    Self.checkNonNegative(scale, "scale", in: "gamma")
    return vector(count: size) { scale * $0.standardGamma(shape) }
  }

  /// One beta deviate with shapes `a` and `b`, like `rng.beta(a, b)`.
  public mutating func beta(_ a: Double, _ b: Double) -> Double {
    Self.checkPositive(a, "a", in: "beta")
    Self.checkPositive(b, "b", in: "beta")
    return withStream { $0.beta(a, b) }
  }

  /// `size` beta deviates with shapes `a` and `b`, like `rng.beta(a, b, size)`.
  public mutating func beta(_ a: Double, _ b: Double, size: Int) -> Vector {
    Self.checkPositive(a, "a", in: "beta")
    Self.checkPositive(b, "b", in: "beta")
    return vector(count: size) { $0.beta(a, b) }
  }
}
