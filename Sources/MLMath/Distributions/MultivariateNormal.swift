#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The multivariate normal (Gaussian) distribution N(μ, Σ) in d dimensions
/// (SciPy's `scipy.stats.multivariate_normal(mean, cov)`).
///
/// Density f(x) = exp(−½ (x − μ)ᵀ Σ⁻¹ (x − μ)) / √((2π)ᵈ det Σ).
///
/// ```swift
/// let d = try MultivariateNormal(mean: [0, 0], cov: [[1, 0.5], [0.5, 2]])
/// print(d.pdf([0, 0]))                  // 0.12030982838508356
/// print(try d.cdf([0, 0]))              // 0.307513364040654
/// print(d.mahalanobis([1, 1]))          // 1.0690449676496976
/// ```
///
/// Points are `Vector`s of length d; a `Matrix` holds one point per row (SciPy's last axis).
///
/// - Accuracy: the covariance is factored once, by Cholesky (Σ = L Lᵀ), in the initializer;
///   log f = −½ (d log 2π + 2 Σ log Lᵢᵢ + |L⁻¹(x − μ)|²). Each Schur complement
///   Σᵢⱼ − Σₖ LᵢₖLⱼₖ is summed in twice the working precision (Ogita, Rump and Oishi's Dot2),
///   so a nearly singular Σ keeps its determinant's digits (ρ = 0.999999: 1 − ρ² to the last
///   bit, where a plain Cholesky loses five digits). SciPy factors by `eigh`; the two agree
///   to 1e-14 relative for well-conditioned Σ. The cdf is exact for d = 1
///   (erfc) and for d = 2 by Drezner and Wesolowsky's integral over the correlation,
///   arranged so that nothing cancels (see `cdf(_:)`): full relative accuracy, also in the
///   tails, where SciPy's randomized quasi-Monte Carlo has an absolute error of 1e-5 by default.
/// - Sampling: `sample` draws NumPy's legacy `np.random.multivariate_normal(mean, cov)`: the same
///   standard normal deviates from the stream, mapped through the SVD of Σ as NumPy does
///   (values agree to rounding; see `RandomState.multivariateNormal(mean:cov:)`).
public struct MultivariateNormal: Sendable, Hashable, CustomStringConvertible {
  /// The mean vector μ (length d).
  public let mean: Vector
  /// The covariance matrix Σ (d × d, symmetric positive definite).
  public let cov: Matrix
  /// The lower Cholesky factor L of Σ.
  let factor: Matrix
  /// log det Σ.
  let logDeterminant: Double

  /// N(mean, cov).
  ///
  /// - Throws: ``DistributionError`` if `mean` is empty or not finite, or `cov` is not
  ///   finite, not symmetric (to 1e-10 of its largest entry), or not positive definite —
  ///   SciPy's test: an eigenvalue at or below 1e6 ε times the largest makes Σ singular
  ///   (`allow_singular=False`); the message gives the smallest eigenvalue.
  ///   A `cov` whose shape does not match `mean` stops with a message, as a shape error.
  public init(mean: Vector, cov: Matrix) throws {
    let d = mean.count
    guard d > 0 else {
      throw DistributionError(
        distribution: "MultivariateNormal", parameter: "mean", value: 0,
        requirement: "must have at least one element (its count)")
    }
    guard cov.rows == d, cov.columns == d else {
      failure(
        "MultivariateNormal: mean has shape \(shapeText(d)), so cov must have shape \(shapeText(d, d)), got \(shapeText(cov.rows, cov.columns))"
      )
    }
    for value in mean.elements where !value.isFinite {
      throw DistributionError(
        distribution: "MultivariateNormal", parameter: "mean", value: value, requirement: "must be finite")
    }
    for value in cov.elements where !value.isFinite {
      throw DistributionError(
        distribution: "MultivariateNormal", parameter: "cov", value: value, requirement: "must be finite")
    }
    let largest = cov.elements.map(\.magnitude).max() ?? 0
    var asymmetry = 0.0
    for i in 0..<d {
      for j in 0..<i { asymmetry = max(asymmetry, (cov[i, j] - cov[j, i]).magnitude) }
    }
    if asymmetry > 1e-10 * largest {
      throw DistributionError(
        distribution: "MultivariateNormal", parameter: "cov", value: asymmetry,
        requirement: "must be symmetric (the largest |cov[i, j] − cov[j, i]| is shown)")
    }
    // SciPy's `_PSD`: eigenvalues at or below 1e6 ε max|λ| count as zero.
    let eigenvalues = (try? eigvalsh(cov))?.elements ?? [.nan]
    let cutoff = 1e6 * Double.ulpOfOne * (eigenvalues.map(\.magnitude).max() ?? 0)
    let smallest = eigenvalues.min() ?? .nan
    guard smallest > cutoff, let factor = compensatedCholesky(cov) else {
      throw DistributionError(
        distribution: "MultivariateNormal", parameter: "cov", value: smallest,
        requirement:
          "must be positive definite (its smallest eigenvalue is shown; SciPy's allow_singular is not supported)")
    }
    self.mean = mean
    self.cov = cov
    self.factor = factor
    var logDeterminant = 0.0
    for i in 0..<d { logDeterminant += 2 * log(factor[i, i]) }
    self.logDeterminant = logDeterminant
  }

  /// The dimension d.
  public var dimension: Int { mean.count }

  /// |L⁻¹(x − μ)|², by forward substitution.
  func squaredDistance(_ x: [Double]) -> Double {
    let d = dimension
    var z = [Double](repeating: 0, count: d)
    var sum = 0.0
    let l = factor.elements
    for i in 0..<d {
      var value = x[i] - mean.elements[i]
      for j in 0..<i { value -= l[i * d + j] * z[j] }
      z[i] = value / l[i * d + i]
      sum += z[i] * z[i]
    }
    return sum
  }

  func checkPoint(_ count: Int, _ method: String) {
    guard count == dimension else {
      failure(
        "MultivariateNormal.\(method): the point has \(count) coordinates, the distribution has dimension \(dimension)"
      )
    }
  }

  /// The Mahalanobis distance √((x − μ)ᵀ Σ⁻¹ (x − μ)) of x from the mean
  /// (SciPy's `scipy.spatial.distance.mahalanobis(x, mean, inv(cov))`).
  public func mahalanobis(_ x: Vector) -> Double {
    checkPoint(x.count, "mahalanobis")
    return unsignedNaN(squaredDistance(x.elements).squareRoot())
  }

  /// log f(x) for a point x of length d (SciPy's `logpdf`).
  public func logpdf(_ x: Vector) -> Double {
    checkPoint(x.count, "logpdf")
    return logDensity(x.elements)
  }

  func logDensity(_ x: [Double]) -> Double {
    unsignedNaN(-0.5 * (Double(dimension) * log(2 * Double.pi) + logDeterminant + squaredDistance(x)))
  }

  /// The density f(x) at a point x of length d (SciPy's `pdf`).
  public func pdf(_ x: Vector) -> Double { exp(logpdf(x)) }

  /// log f of each row of `x` (an m × d matrix of m points): a vector of length m.
  public func logpdf(_ x: Matrix) -> Vector {
    checkPoint(x.columns, "logpdf")
    let d = dimension
    return Vector((0..<x.rows).map { logDensity(Array(x.elements[($0 * d)..<($0 * d + d)])) })
  }

  /// The density at each row of `x` (m × d): a vector of length m.
  public func pdf(_ x: Matrix) -> Vector { Vector(logpdf(x).elements.map { exp($0) }) }

  /// P(X ≤ x), componentwise, for d = 1 and d = 2 (SciPy's `cdf`).
  ///
  /// d = 1 is Φ((x − μ)/σ); d = 2 is the bivariate normal integral by Drezner and
  /// Wesolowsky's formula as an integral over the correlation, started where every term is
  /// positive (from ρ = 0 for ρ > 0, from ρ = −1 for ρ < 0) and summed by adaptive
  /// Gauss–Legendre quadrature — deterministic, with full relative accuracy down to 1e-300.
  /// SciPy's `multivariate_normal.cdf` integrates by randomized quasi-Monte Carlo, to
  /// `abseps=1e-5` unless asked for more.
  ///
  /// - Throws: ``UnsupportedDimensionError`` for d > 2.
  public func cdf(_ x: Vector) throws -> Double {
    checkPoint(x.count, "cdf")
    return try cumulative(x.elements)
  }

  /// The cdf of each row of `x` (m × d): a vector of length m.
  ///
  /// - Throws: ``UnsupportedDimensionError`` for d > 2.
  public func cdf(_ x: Matrix) throws -> Vector {
    checkPoint(x.columns, "cdf")
    let d = dimension
    return Vector(try (0..<x.rows).map { try cumulative(Array(x.elements[($0 * d)..<($0 * d + d)])) })
  }

  func cumulative(_ x: [Double]) throws -> Double {
    switch dimension {
    case 1:
      return unsignedNaN(standardNormalCDF((x[0] - mean[0]) / factor[0, 0]))
    case 2:
      let s0 = cov[0, 0].squareRoot()
      let s1 = cov[1, 1].squareRoot()
      let rho = cov[1, 0] / (s0 * s1)
      return unsignedNaN(bivariateNormalCDF((x[0] - mean[0]) / s0, (x[1] - mean[1]) / s1, rho))
    default:
      throw UnsupportedDimensionError(method: "MultivariateNormal.cdf", dimension: dimension, largest: 2)
    }
  }

  /// The differential entropy ½ (d (1 + log 2π) + log det Σ) in nats.
  public var entropy: Double { 0.5 * (Double(dimension) * (1 + log(2 * Double.pi)) + logDeterminant) }

  /// One draw (a vector of length d), NumPy's legacy `np.random.multivariate_normal(mean, cov)`.
  public func sample(using generator: inout RandomState) -> Vector {
    generator.multivariateNormal(mean: mean, cov: cov)
  }

  /// `count` draws, one per row (`count × d`), NumPy's
  /// `np.random.multivariate_normal(mean, cov, size=count)`.
  public func sample(_ count: Int, using generator: inout RandomState) -> Matrix {
    generator.multivariateNormal(mean: mean, cov: cov, size: count)
  }

  /// One draw from the process-wide stream that `Random.seed` seeds (SciPy's `rvs()`).
  public func sample() -> Vector { Random.draw { sample(using: &$0) } }

  /// `count` draws, one per row, from the process-wide stream (SciPy's `rvs(size=count)`).
  public func sample(_ count: Int) -> Matrix { Random.draw { sample(count, using: &$0) } }

  /// `MultivariateNormal(mean: [0. 0.], cov: [[1.  0.5] [0.5 2. ]])`.
  public var description: String {
    "MultivariateNormal(mean: \(mean), cov: \(cov.description.split(separator: "\n").joined()))"
  }
}

/// A method asked for a dimension it does not handle, as `MultivariateNormal.cdf` in three
/// dimensions.
public struct UnsupportedDimensionError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The method, as `MultivariateNormal.cdf`.
  public let method: String
  /// The dimension it was asked for.
  public let dimension: Int
  /// The largest dimension it supports.
  public let largest: Int

  public var description: String {
    "\(method): only dimensions up to \(largest) are supported, got dimension \(dimension) "
      + "(SciPy integrates higher dimensions by randomized quasi-Monte Carlo)"
  }
}

/// Σ = L Lᵀ with every Schur complement Σᵢⱼ − Σₖ LᵢₖLⱼₖ accumulated by Dot2 (error-free
/// products by a fused multiply-add, error-free sums by TwoSum; Ogita, Rump and Oishi,
/// "Accurate sum and dot product", SIAM J. Sci. Comput. 26, 2005), as if in twice the
/// precision: cancellation in a nearly singular Σ costs no digits. Returns L (d × d, lower
/// triangular), or nil if a pivot is not positive. IEEE fma is correctly rounded, so the
/// result is the same on every machine.
func compensatedCholesky(_ a: Matrix) -> Matrix? {
  let d = a.rows
  var l = [Double](repeating: 0, count: d * d)
  for i in 0..<d {
    for j in 0...i {
      // s + c is Σᵢⱼ − Σₖ LᵢₖLⱼₖ: the running sum and the rounding errors it dropped.
      var s = a[i, j]
      var c = 0.0
      for k in 0..<j {
        let (product, productError) = twoProduct(-l[i * d + k], l[j * d + k])
        let (sum, sumError) = twoSum(s, product)
        c += sumError + productError
        s = sum
      }
      let value = s + c
      if i == j {
        guard value > 0 else { return nil }
        l[i * d + i] = value.squareRoot()
      } else {
        l[i * d + j] = value / l[j * d + j]
      }
    }
  }
  return Matrix(rows: d, columns: d, elements: l)
}
