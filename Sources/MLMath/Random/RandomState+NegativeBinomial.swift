extension LegacyStream {
  /// NumPy's `legacy_negative_binomial`: a Poisson deviate whose mean is a gamma deviate
  /// of shape n and scale (1 − p)/p (the gamma–Poisson mixture).
  mutating func negativeBinomial(_ n: Double, _ p: Double) -> Int {
    let mean = (1 - p) / p * standardGamma(n)
    return poisson(mean)
  }
}

extension RandomState {
  /// One negative binomial deviate — failures before the `n`-th success of probability
  /// `p` — like `rng.negative_binomial(n, p)`; `n` may be any positive real.
  ///
  /// Stops unless n > 0 and 0 < p ≤ 1, and (as NumPy's `Generator` does; the legacy method
  /// returns −2⁶³ instead) where (1 − p)/p · (n + 10√n) exceeds 9.2e18, past which the Poisson
  /// draw overflows.
  public mutating func negativeBinomial(_ n: Double, _ p: Double) -> Int {
    Self.checkNegativeBinomial(n, p)
    return withStream { $0.negativeBinomial(n, p) }
  }

  /// `size` negative binomial deviates, like `rng.negative_binomial(n, p, size)`.
  public mutating func negativeBinomial(_ n: Double, _ p: Double, size: Int) -> IntVector {
    Self.checkNegativeBinomial(n, p)
    return integers(count: size) { $0.negativeBinomial(n, p) }
  }

  static func checkNegativeBinomial(_ n: Double, _ p: Double) {
    guard n > 0, n.isFinite else {
      failure("negativeBinomial: n must be positive and finite, got \(n.isNaN ? "nan" : "\(n)")")
    }
    guard p > 0, p <= 1 else {
      failure("negativeBinomial: p must be in (0, 1], got \(p.isNaN ? "nan" : "\(p)")")
    }
    // NumPy's Generator bound: the gamma mean n plus ten standard deviations, scaled.
    let largestMean = (1 - p) / p * (n + 10 * n.squareRoot())
    guard largestMean <= 9.223372006484771e18 else {
      failure("negativeBinomial: n too large or p too small (n = \(n), p = \(p))")
    }
  }
}

extension Random {
  /// One negative binomial deviate, like `np.random.negative_binomial(n, p)`.
  public static func negativeBinomial(_ n: Double, _ p: Double) -> Int {
    draw { $0.negativeBinomial(n, p) }
  }

  /// `size` negative binomial deviates, like `np.random.negative_binomial(n, p, size)`.
  public static func negativeBinomial(_ n: Double, _ p: Double, size: Int) -> IntVector {
    draw { $0.negativeBinomial(n, p, size: size) }
  }
}
