#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// NumPy's legacy samplers for the log-normal, Laplace, Cauchy, logistic and
// Weibull distributions, transcribed from `legacy-distributions.c` and
// `distributions.c` so that each consumes the same words as `np.random.RandomState`.

extension LegacyStream {
  /// `exp(mean + sigma·N)` with N from the polar method (NumPy's `legacy_lognormal`).
  @inline(__always)
  mutating func lognormal(_ mean: Double, _ sigma: Double) -> Double {
    exp(mean + sigma * gaussian())
  }

  /// A Laplace deviate by inversion of one uniform, redrawing on U = 0
  /// (NumPy's `random_laplace`, which the legacy generator uses too).
  @inline(__always)
  mutating func laplace(_ loc: Double, _ scale: Double) -> Double {
    while true {
      let u = nextDouble()
      if u >= 0.5 { return loc - scale * log(2.0 - u - u) }
      if u > 0.0 { return loc + scale * log(u + u) }
    }
  }

  /// The ratio of two polar-method normals, numerator first (NumPy's
  /// `legacy_standard_cauchy`; x86-64 builds evaluate the left call first).
  @inline(__always)
  mutating func standardCauchy() -> Double {
    let numerator = gaussian()
    return numerator / gaussian()
  }

  /// A logistic deviate `loc + scale·log(U/(1 − U))`, redrawing on U = 0
  /// (NumPy's `random_logistic`).
  @inline(__always)
  mutating func logistic(_ loc: Double, _ scale: Double) -> Double {
    while true {
      let u = nextDouble()
      if u > 0.0 { return loc + scale * log(u / (1.0 - u)) }
    }
  }

  /// `E^(1/a)` for a standard exponential E, and 0 for a = 0 (NumPy's `legacy_weibull`).
  @inline(__always)
  mutating func weibull(_ a: Double) -> Double {
    if a == 0 { return 0 }
    return pow(standardExponential(), 1.0 / a)
  }
}

extension RandomState {
  /// One log-normal deviate `exp(N(mean, sigma²))`, like `rng.lognormal(mean, sigma)`.
  ///
  /// `mean` and `sigma` are the mean and standard deviation of the underlying normal,
  /// not of the result; `sigma` must be non-negative. See ``LogNormal`` for the distribution.
  public mutating func lognormal(_ mean: Double = 0, _ sigma: Double = 1) -> Double {
    Self.checkNonNegative(sigma, "sigma", in: "lognormal")
    return withStream { $0.lognormal(mean, sigma) }
  }

  /// `size` log-normal deviates, like `rng.lognormal(mean, sigma, size)`.
  public mutating func lognormal(_ mean: Double = 0, _ sigma: Double = 1, size: Int) -> Vector {
    Self.checkNonNegative(sigma, "sigma", in: "lognormal")
    return vector(count: size) { $0.lognormal(mean, sigma) }
  }

  /// One Laplace (double exponential) deviate with location `loc` and scale `scale`,
  /// like `rng.laplace(loc, scale)`; `scale` must be non-negative.
  public mutating func laplace(_ loc: Double = 0, _ scale: Double = 1) -> Double {
    Self.checkNonNegative(scale, "scale", in: "laplace")
    return withStream { $0.laplace(loc, scale) }
  }

  /// `size` Laplace deviates, like `rng.laplace(loc, scale, size)`.
  public mutating func laplace(_ loc: Double = 0, _ scale: Double = 1, size: Int) -> Vector {
    Self.checkNonNegative(scale, "scale", in: "laplace")
    return vector(count: size) { $0.laplace(loc, scale) }
  }

  /// One standard Cauchy deviate (the ratio of two standard normals), like
  /// `rng.standard_cauchy()`. For location `loc` and scale `s`, use `loc + s * draw`
  /// (or ``Cauchy``).
  public mutating func standardCauchy() -> Double {
    withStream { $0.standardCauchy() }
  }

  /// `size` standard Cauchy deviates, like `rng.standard_cauchy(size)`.
  public mutating func standardCauchy(size: Int) -> Vector {
    vector(count: size) { $0.standardCauchy() }
  }

  /// One logistic deviate with location `loc` and scale `scale`, like
  /// `rng.logistic(loc, scale)`; `scale` must be non-negative.
  public mutating func logistic(_ loc: Double = 0, _ scale: Double = 1) -> Double {
    Self.checkNonNegative(scale, "scale", in: "logistic")
    return withStream { $0.logistic(loc, scale) }
  }

  /// `size` logistic deviates, like `rng.logistic(loc, scale, size)`.
  public mutating func logistic(_ loc: Double = 0, _ scale: Double = 1, size: Int) -> Vector {
    Self.checkNonNegative(scale, "scale", in: "logistic")
    return vector(count: size) { $0.logistic(loc, scale) }
  }

  /// One Weibull deviate with shape `a` and scale 1, like `rng.weibull(a)`; multiply by
  /// λ for scale λ (or use ``Weibull``). `a` must be non-negative; `a = 0` gives 0.
  public mutating func weibull(_ a: Double) -> Double {
    Self.checkNonNegative(a, "a", in: "weibull")
    return withStream { $0.weibull(a) }
  }

  /// `size` Weibull deviates with shape `a` and scale 1, like `rng.weibull(a, size)`.
  public mutating func weibull(_ a: Double, size: Int) -> Vector {
    Self.checkNonNegative(a, "a", in: "weibull")
    return vector(count: size) { $0.weibull(a) }
  }
}
