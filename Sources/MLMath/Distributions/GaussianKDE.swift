#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A Gaussian kernel density estimate: the average of normal densities centred on the data
/// points, all with the data's covariance scaled by a bandwidth factor
/// (SciPy's `scipy.stats.gaussian_kde(dataset, bw_method, weights)`).
///
/// f̂(x) = Σᵢ wᵢ N(x; xᵢ, h² S), S the (weighted) sample covariance of the data, h the
/// bandwidth factor: Scott's rule n_eff^(−1/(d+4)) by default, Silverman's
/// (n_eff (d + 2)/4)^(−1/(d+4)), or a number; n_eff = 1/Σ wᵢ².
///
/// ```swift
/// let kde = try GaussianKDE(Vector([1.2, 1.9, 2.1, 3.5, 4.0, 4.4]))
/// print(kde(Vector([2.0, 3.0])))        // [0.22318627 0.21512023], the density at 2 and 3
/// print(kde.integrateBox1D(0, 2.5))     // 0.40394457138716283, the probability of [0, 2.5]
/// ```
///
/// Data in d dimensions is a d × n `Matrix`, **one column per point**, as SciPy's `dataset`
/// and as MLMath's `cov(m)` (rows are variables); points to evaluate are a d × m matrix,
/// one column each, and `resample` returns d × size.
///
/// - Accuracy: SciPy's formulas in SciPy's order — the covariance as NumPy's
///   `np.cov(dataset, aweights=weights)`, its Cholesky factor L scaled by h, the points and
///   data whitened by L⁻¹ — so values agree with SciPy's to rounding (1e-14 relative);
///   `logpdf` is a log-sum-exp over the data points, finite far beyond where the density
///   underflows.
/// - Sampling: `resample` draws as SciPy's `resample` does on NumPy's legacy stream: first the
///   kernel offsets with `multivariate_normal(0, covariance, size)`, then the data points with
///   `choice(n, size, p=weights)`.
public struct GaussianKDE: Sendable, Hashable, CustomStringConvertible {
  /// How the bandwidth factor h is chosen (SciPy's `bw_method`).
  public enum Bandwidth: Sendable, Hashable, CustomStringConvertible {
    /// Scott's rule h = n_eff^(−1/(d+4)) (SciPy's default, `"scott"`).
    case scott
    /// Silverman's rule h = (n_eff (d + 2)/4)^(−1/(d+4)) (`"silverman"`).
    case silverman
    /// A given factor h > 0 (SciPy's scalar `bw_method`).
    case factor(Double)

    public var description: String {
      switch self {
      case .scott: ".scott"
      case .silverman: ".silverman"
      case .factor(let h): ".factor(\(h))"
      }
    }
  }

  /// The data, d × n, one column per point (SciPy's `dataset`).
  public let dataset: Matrix
  /// The weights of the points, normalised to sum to 1 (1/n each by default).
  public let weights: Vector
  /// The effective number of points 1/Σ wᵢ² (SciPy's `neff`).
  public let neff: Double
  /// The bandwidth rule.
  public let bandwidth: Bandwidth
  /// The bandwidth factor h (SciPy's `factor`).
  public let factor: Double
  /// The kernel covariance h² S (SciPy's `covariance`), d × d.
  public let covariance: Matrix
  /// The lower Cholesky factor of `covariance` (SciPy's `cho_cov`).
  let kernelFactor: Matrix
  /// The data whitened by the kernel factor: L⁻¹ xᵢ, d × n.
  let whitenedData: [Double]
  /// log((2π)^(−d/2) / Π Lᵢᵢ).
  let logNorm: Double

  /// The number of dimensions d (SciPy's `d`).
  public var dimension: Int { dataset.rows }
  /// The number of points n (SciPy's `n`).
  public var count: Int { dataset.columns }

  /// The estimate from one-dimensional data.
  ///
  /// - Throws: ``DistributionError`` as `init(_:bandwidth:weights:)` for a matrix.
  public init(_ data: Vector, bandwidth: Bandwidth = .scott, weights: Vector? = nil) throws {
    try self.init(data.asRow, bandwidth: bandwidth, weights: weights)
  }

  /// The estimate from d-dimensional data, a d × n matrix with one column per point.
  ///
  /// - Throws: ``DistributionError`` if there are fewer than two values, more dimensions than
  ///   points, values that are not finite, weights that are negative, not finite or sum to
  ///   0, a bandwidth factor that is not positive and finite, or data whose covariance is
  ///   singular (it lies in a lower-dimensional subspace — SciPy's `LinAlgError`). Weights
  ///   of the wrong length stop with a message, as a shape error.
  public init(_ data: Matrix, bandwidth: Bandwidth = .scott, weights: Vector? = nil) throws {
    let d = data.rows
    let n = data.columns
    guard d * n > 1 else {
      throw DistributionError(
        distribution: "GaussianKDE", parameter: "dataset", value: Double(d * n),
        requirement: "must have multiple elements (its size is shown)")
    }
    if d > n {
      throw DistributionError(
        distribution: "GaussianKDE", parameter: "dataset", value: Double(n),
        requirement:
          "must have at least as many points (columns) as dimensions (rows, \(d)); each column is one point, so consider transposing (the number of columns is shown)"
      )
    }
    for value in data.elements where !value.isFinite {
      throw DistributionError(
        distribution: "GaussianKDE", parameter: "dataset", value: value, requirement: "must be finite")
    }
    var w: [Double]
    if let weights {
      guard weights.count == n else {
        failure("GaussianKDE: weights must have one entry per point (\(n)), got \(weights.count)")
      }
      for value in weights.elements where !(value >= 0 && value.isFinite) {
        throw DistributionError(
          distribution: "GaussianKDE", parameter: "weights", value: value,
          requirement: "must be finite and ≥ 0")
      }
      let total = weights.elements.reduce(0, +)
      guard total > 0 else {
        throw DistributionError(
          distribution: "GaussianKDE", parameter: "weights", value: total, requirement: "must not sum to 0")
      }
      w = weights.elements.map { $0 / total }
    } else {
      w = [Double](repeating: 1 / Double(n), count: n)
    }
    let neff = 1 / w.reduce(0) { $0 + $1 * $1 }
    let h: Double
    switch bandwidth {
    case .scott: h = pow(neff, -1 / Double(d + 4))
    case .silverman: h = pow(neff * (Double(d) + 2) / 4, -1 / Double(d + 4))
    case .factor(let value):
      try requirePositive(value, "bandwidth factor", of: "GaussianKDE")
      h = value
    }
    let dataCovariance = Self.weightedCovariance(data, w)
    guard let dataFactor = try? cholesky(dataCovariance), dataFactor.elements.allSatisfy(\.isFinite)
    else {
      let smallest = (try? eigvalsh(dataCovariance))?.elements.min() ?? .nan
      throw DistributionError(
        distribution: "GaussianKDE", parameter: "dataset", value: smallest,
        requirement:
          "must not lie in a lower-dimensional subspace (its covariance matrix is singular; its smallest eigenvalue is shown)"
      )
    }
    self.dataset = data
    self.weights = Vector(w)
    self.neff = neff
    self.bandwidth = bandwidth
    self.factor = h
    self.covariance = dataCovariance * (h * h)
    let kernelFactor = dataFactor * h
    self.kernelFactor = kernelFactor
    var logNorm = -Double(d) / 2 * log(2 * Double.pi)
    for i in 0..<d { logNorm -= log(kernelFactor[i, i]) }
    self.logNorm = logNorm
    var whitened = [Double](repeating: 0, count: d * n)
    for j in 0..<n {
      let z = Self.whiten((0..<d).map { data[$0, j] }, kernelFactor)
      for i in 0..<d { whitened[i * n + j] = z[i] }
    }
    self.whitenedData = whitened
  }

  /// NumPy's `np.cov(m, aweights=w)` (rows are variables, ddof 1): the weighted mean removed,
  /// the product scaled by 1/(Σw − Σw²/Σw).
  static func weightedCovariance(_ m: Matrix, _ w: [Double]) -> Matrix {
    let d = m.rows
    let n = m.columns
    let totalWeight = w.reduce(0, +)
    let fact = totalWeight - w.reduce(0) { $0 + $1 * $1 } / totalWeight
    var centred = m
    var weighted = m
    for i in 0..<d {
      var sum = 0.0
      for j in 0..<n { sum += m[i, j] * w[j] }
      let average = sum / totalWeight
      for j in 0..<n {
        centred.elements[i * n + j] = m[i, j] - average
        weighted.elements[i * n + j] = centred.elements[i * n + j] * w[j]
      }
    }
    return LAPACK.product(centred, weighted.transposed()) * (1 / fact)
  }

  /// L⁻¹ x for the lower-triangular L, by forward substitution.
  static func whiten(_ x: [Double], _ l: Matrix) -> [Double] {
    let d = x.count
    var z = [Double](repeating: 0, count: d)
    for i in 0..<d {
      var value = x[i]
      for j in 0..<i { value -= l[i, j] * z[j] }
      z[i] = value / l[i, i]
    }
    return z
  }

  /// The squared whitened distances from the point (one column, d values) to every data point.
  func squaredDistances(_ point: [Double]) -> [Double] {
    let z = Self.whiten(point, kernelFactor)
    let n = count
    var distances = [Double](repeating: 0, count: n)
    for i in 0..<dimension {
      let zi = z[i]
      for j in 0..<n {
        let residual = whitenedData[i * n + j] - zi
        distances[j] += residual * residual
      }
    }
    return distances
  }

  func density(_ point: [Double]) -> Double {
    let norm = exp(logNorm)
    var estimate = 0.0
    for (j, arg) in squaredDistances(point).enumerated() { estimate += weights[j] * (exp(-arg / 2) * norm) }
    return unsignedNaN(estimate)
  }

  func logDensity(_ point: [Double]) -> Double {
    let terms = squaredDistances(point).enumerated().map { -$0.element / 2 + logNorm + log(weights[$0.offset]) }
    let largest = terms.max() ?? -.infinity
    if !largest.isFinite { return unsignedNaN(largest) }
    var sum = 0.0
    for t in terms { sum += exp(t - largest) }
    return unsignedNaN(largest + log(sum))
  }

  /// The columns of `points` (d × m), or of a d-vector as one point.
  func columns(of points: Matrix, _ method: String) -> [[Double]] {
    guard points.rows == dimension else {
      failure("GaussianKDE.\(method): points have dimension \(points.rows), dataset has dimension \(dimension)")
    }
    return (0..<points.columns).map { j in (0..<dimension).map { points[$0, j] } }
  }

  /// The points of a vector: each element one point for d = 1, the whole vector one point
  /// for d > 1 (SciPy's reading of a 1-D array).
  func points(of x: Vector, _ method: String) -> [[Double]] {
    if dimension == 1 { return x.elements.map { [$0] } }
    guard x.count == dimension else {
      failure("GaussianKDE.\(method): points have dimension 1, dataset has dimension \(dimension)")
    }
    return [x.elements]
  }

  /// The estimated density at each column of `points` (d × m): a vector of length m
  /// (SciPy's `evaluate`, `pdf`, `__call__`).
  public func evaluate(_ points: Matrix) -> Vector {
    Vector(columns(of: points, "evaluate").map(density))
  }

  /// The estimated density at each element of `x` (d = 1), or at the point `x` (length d).
  public func evaluate(_ x: Vector) -> Vector { Vector(points(of: x, "evaluate").map(density)) }

  /// The estimated density at x (d = 1).
  public func evaluate(_ x: Double) -> Double {
    guard dimension == 1 else {
      failure(
        "GaussianKDE.evaluate: a single number is a point only for 1-D data; the dataset has dimension \(dimension)")
    }
    return density([x])
  }

  /// `evaluate(points)`: `kde(points)` as SciPy's `kde(points)`.
  public func callAsFunction(_ points: Matrix) -> Vector { evaluate(points) }
  /// `evaluate(x)`.
  public func callAsFunction(_ x: Vector) -> Vector { evaluate(x) }
  /// `evaluate(x)`.
  public func callAsFunction(_ x: Double) -> Double { evaluate(x) }

  /// The same as `evaluate` (SciPy's `pdf`).
  public func pdf(_ points: Matrix) -> Vector { evaluate(points) }
  /// The same as `evaluate`.
  public func pdf(_ x: Vector) -> Vector { evaluate(x) }
  /// The same as `evaluate`.
  public func pdf(_ x: Double) -> Double { evaluate(x) }

  /// The log of the estimated density at each column of `points` (SciPy's `logpdf`), by a
  /// log-sum-exp over the data points: finite where the density underflows.
  public func logpdf(_ points: Matrix) -> Vector {
    Vector(columns(of: points, "logpdf").map(logDensity))
  }

  /// The log density at each element of `x` (d = 1), or at the point `x` (length d).
  public func logpdf(_ x: Vector) -> Vector { Vector(points(of: x, "logpdf").map(logDensity)) }

  /// The log density at x (d = 1).
  public func logpdf(_ x: Double) -> Double {
    guard dimension == 1 else {
      failure(
        "GaussianKDE.logpdf: a single number is a point only for 1-D data; the dataset has dimension \(dimension)")
    }
    return logDensity([x])
  }

  /// The estimated probability of [low, high] for 1-D data (SciPy's `integrate_box_1d`):
  /// Σ wᵢ (Φ((high − xᵢ)/σ) − Φ((low − xᵢ)/σ)), σ the kernel's standard deviation.
  public func integrateBox1D(_ low: Double, _ high: Double) -> Double {
    guard dimension == 1 else {
      failure("GaussianKDE.integrateBox1D: only handles 1-D data, the dataset has dimension \(dimension)")
    }
    let sd = covariance[0, 0].squareRoot()
    var sum = 0.0
    for j in 0..<count {
      let x = dataset[0, j]
      let delta = standardNormalCDF((high - x) / sd) - standardNormalCDF((low - x) / sd)
      sum += weights[j] * delta
    }
    return unsignedNaN(sum)
  }

  /// `size` draws from the estimate, d × size, one column per draw (SciPy's `resample`;
  /// `size` defaults to ⌊n_eff⌋): kernel offsets from `multivariate_normal(0, covariance,
  /// size)` then data points from `choice(n, size, p=weights)`, on `generator`'s stream.
  public func resample(_ size: Int? = nil, using generator: inout RandomState) -> Matrix {
    let size = size ?? Int(neff)
    let d = dimension
    let offsets = generator.multivariateNormal(mean: zeros(d), cov: covariance, size: size)
    let indices = generator.choice(count, size: size, p: weights)
    var elements = [Double](repeating: 0, count: d * size)
    for j in 0..<size {
      let index = indices[j]
      for i in 0..<d { elements[i * size + j] = dataset[i, index] + offsets[j, i] }
    }
    return Matrix(rows: d, columns: size, elements: elements)
  }

  /// `size` draws from the process-wide stream (SciPy's `resample(size)` after `np.random.seed`).
  public func resample(_ size: Int? = nil) -> Matrix { Random.draw { resample(size, using: &$0) } }

  /// `GaussianKDE(d: 1, n: 6, bandwidth: .scott, factor: 0.6988271187715792)`.
  public var description: String {
    "GaussianKDE(d: \(dimension), n: \(count), bandwidth: \(bandwidth), factor: \(factor))"
  }
}
