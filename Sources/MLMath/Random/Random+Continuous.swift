// The process-wide forms of the log-normal, Laplace, Cauchy, logistic and Weibull
// samplers (`np.random.lognormal`, …), drawing from the shared `RandomState`.

extension Random {
  /// One log-normal deviate, like `np.random.lognormal(mean, sigma)`; `mean` and `sigma`
  /// belong to the underlying normal.
  public static func lognormal(_ mean: Double = 0, _ sigma: Double = 1) -> Double {
    draw { $0.lognormal(mean, sigma) }
  }

  /// `size` log-normal deviates, like `np.random.lognormal(mean, sigma, size)`.
  public static func lognormal(_ mean: Double = 0, _ sigma: Double = 1, size: Int) -> Vector {
    draw { $0.lognormal(mean, sigma, size: size) }
  }

  /// One Laplace deviate, like `np.random.laplace(loc, scale)`.
  public static func laplace(_ loc: Double = 0, _ scale: Double = 1) -> Double {
    draw { $0.laplace(loc, scale) }
  }

  /// `size` Laplace deviates, like `np.random.laplace(loc, scale, size)`.
  public static func laplace(_ loc: Double = 0, _ scale: Double = 1, size: Int) -> Vector {
    draw { $0.laplace(loc, scale, size: size) }
  }

  /// One standard Cauchy deviate, like `np.random.standard_cauchy()`.
  public static func standardCauchy() -> Double { draw { $0.standardCauchy() } }

  /// `size` standard Cauchy deviates, like `np.random.standard_cauchy(size)`.
  public static func standardCauchy(size: Int) -> Vector { draw { $0.standardCauchy(size: size) } }

  /// One logistic deviate, like `np.random.logistic(loc, scale)`.
  public static func logistic(_ loc: Double = 0, _ scale: Double = 1) -> Double {
    draw { $0.logistic(loc, scale) }
  }

  /// `size` logistic deviates, like `np.random.logistic(loc, scale, size)`.
  public static func logistic(_ loc: Double = 0, _ scale: Double = 1, size: Int) -> Vector {
    draw { $0.logistic(loc, scale, size: size) }
  }

  /// One Weibull deviate with shape `a` and scale 1, like `np.random.weibull(a)`.
  public static func weibull(_ a: Double) -> Double { draw { $0.weibull(a) } }

  /// `size` Weibull deviates with shape `a` and scale 1, like `np.random.weibull(a, size)`.
  public static func weibull(_ a: Double, size: Int) -> Vector { draw { $0.weibull(a, size: size) } }
}
