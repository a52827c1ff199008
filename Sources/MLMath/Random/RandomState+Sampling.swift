#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The samplers of the sampling distributions — χ², Student's t and F — built from
// gamma and normal deviates exactly as NumPy's legacy `RandomState` builds them.

extension LegacyStream {
  /// A χ² deviate with `df` degrees of freedom: 2 · Gamma(df/2) (NumPy's `legacy_chisquare`).
  @inline(__always)
  mutating func chisquare(_ df: Double) -> Double { 2.0 * standardGamma(df / 2.0) }

  /// A Student t deviate: Z · √(df/2) / √G with G ~ Gamma(df/2), the normal drawn first
  /// (NumPy's `legacy_standard_t`).
  @inline(__always)
  mutating func standardT(_ df: Double) -> Double {
    let numerator = gaussian()
    let denominator = standardGamma(df / 2)
    return (df / 2).squareRoot() * numerator / denominator.squareRoot()
  }

  /// An F deviate: (χ²(dfnum) · dfden) / (χ²(dfden) · dfnum) (NumPy's `legacy_f`).
  @inline(__always)
  mutating func f(_ dfnum: Double, _ dfden: Double) -> Double {
    (chisquare(dfnum) * dfden) / (chisquare(dfden) * dfnum)
  }
}

extension RandomState {
  /// One χ² deviate with `df` > 0 degrees of freedom, like `rng.chisquare(df)`.
  public mutating func chisquare(_ df: Double) -> Double {
    Self.checkPositive(df, "df", in: "chisquare")
    return withStream { $0.chisquare(df) }
  }

  /// `size` χ² deviates, like `rng.chisquare(df, size)`.
  public mutating func chisquare(_ df: Double, size: Int) -> Vector {
    Self.checkPositive(df, "df", in: "chisquare")
    return vector(count: size) { $0.chisquare(df) }
  }

  /// One deviate of Student's t distribution with `df` > 0 degrees of freedom, like
  /// `rng.standard_t(df)`.
  public mutating func standardT(_ df: Double) -> Double {
    Self.checkPositive(df, "df", in: "standard_t")
    return withStream { $0.standardT(df) }
  }

  /// `size` Student t deviates, like `rng.standard_t(df, size)`.
  public mutating func standardT(_ df: Double, size: Int) -> Vector {
    Self.checkPositive(df, "df", in: "standard_t")
    return vector(count: size) { $0.standardT(df) }
  }

  /// One F deviate with `dfnum`, `dfden` > 0 degrees of freedom, like `rng.f(dfnum, dfden)`.
  public mutating func f(_ dfnum: Double, _ dfden: Double) -> Double {
    Self.checkPositive(dfnum, "dfnum", in: "f")
    Self.checkPositive(dfden, "dfden", in: "f")
    return withStream { $0.f(dfnum, dfden) }
  }

  /// `size` F deviates, like `rng.f(dfnum, dfden, size)`.
  public mutating func f(_ dfnum: Double, _ dfden: Double, size: Int) -> Vector {
    Self.checkPositive(dfnum, "dfnum", in: "f")
    Self.checkPositive(dfden, "dfden", in: "f")
    return vector(count: size) { $0.f(dfnum, dfden) }
  }
}

extension Random {
  /// One χ² deviate from the shared stream, like `np.random.chisquare(df)`.
  public static func chisquare(_ df: Double) -> Double { draw { $0.chisquare(df) } }
  /// `size` χ² deviates, like `np.random.chisquare(df, size)`.
  public static func chisquare(_ df: Double, size: Int) -> Vector { draw { $0.chisquare(df, size: size) } }
  /// One Student t deviate, like `np.random.standard_t(df)`.
  public static func standardT(_ df: Double) -> Double { draw { $0.standardT(df) } }
  /// `size` Student t deviates, like `np.random.standard_t(df, size)`.
  public static func standardT(_ df: Double, size: Int) -> Vector { draw { $0.standardT(df, size: size) } }
  /// One F deviate, like `np.random.f(dfnum, dfden)`.
  public static func f(_ dfnum: Double, _ dfden: Double) -> Double { draw { $0.f(dfnum, dfden) } }
  /// `size` F deviates, like `np.random.f(dfnum, dfden, size)`.
  public static func f(_ dfnum: Double, _ dfden: Double, size: Int) -> Vector {
    draw { $0.f(dfnum, dfden, size: size) }
  }
}
