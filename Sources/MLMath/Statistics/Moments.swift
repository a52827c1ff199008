#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Spread and shape: variance, standard deviation, skewness, kurtosis, z-scores.
// Defaults follow NumPy (`ddof = 0`) and SciPy (`bias=True`, Fisher's excess kurtosis).

extension Vector {
  /// The variance, `Σ(x − mean)² / (n − ddof)` (NumPy's `v.var(ddof=…)`).
  ///
  /// `ddof: 0` (the default, as in NumPy) is the population variance;
  /// `ddof: 1` the unbiased sample variance (pandas' and R's default).
  /// As in NumPy, the divisor is `max(n − ddof, 0)`: `ddof ≥ n` gives +∞
  /// (NaN when every deviation is 0), and an empty vector gives NaN.
  public func variance(ddof: Double = 0) -> Double {
    let m = mean()
    return unsignedNaN(
      pairwiseSum(elements) { ($0 - m) * ($0 - m) } / varianceDivisor(count, ddof))
  }

  /// The standard deviation, `√variance(ddof:)` (NumPy's `v.std(ddof=…)`).
  public func std(ddof: Double = 0) -> Double {
    variance(ddof: ddof).squareRoot()
  }

  /// The mean of `(x − mean)^order`, by exponentiation by squaring as SciPy's `moment` does.
  func centralMoment(_ order: Int, about m: Double) -> Double {
    switch order {
    case 2: return pairwiseSum(elements) { ($0 - m) * ($0 - m) } / Double(count)
    case 3: return pairwiseSum(elements) { (($0 - m) * ($0 - m)) * ($0 - m) } / Double(count)
    default:
      return pairwiseSum(elements) {
        let s = ($0 - m) * ($0 - m)
        return s * s
      } / Double(count)
    }
  }
}

/// The variance of `v` (NumPy's `np.var(v, ddof=…)`); see ``Vector/variance(ddof:)``.
public func variance(_ v: Vector, ddof: Double = 0) -> Double { v.variance(ddof: ddof) }

/// The standard deviation of `v` (NumPy's `np.std(v, ddof=…)`).
public func std(_ v: Vector, ddof: Double = 0) -> Double { v.std(ddof: ddof) }

/// The variance of every element of `m` (NumPy's `np.var(m, ddof=…)`).
public func variance(_ m: Matrix, ddof: Double = 0) -> Double { m.flattened().variance(ddof: ddof) }

/// The standard deviation of every element of `m` (NumPy's `np.std(m, ddof=…)`).
public func std(_ m: Matrix, ddof: Double = 0) -> Double { m.flattened().std(ddof: ddof) }

/// The variance of each column (`axis: 0`) or row (`axis: 1`) (NumPy's `np.var(m, axis, ddof=…)`).
public func variance(_ m: Matrix, axis: Int, ddof: Double = 0) -> Vector {
  let axis = m.checkAxis(axis)
  let n = axis == 0 ? m.rows : m.columns
  let deviations = axis == 0 ? m - m.mean(axis: 0) : m - m.mean(axis: 1).asColumn
  return (deviations * deviations).sum(axis: axis) / varianceDivisor(n, ddof)
}

/// NumPy's divisor for a variance of `n` values: `max(n − ddof, 0)`.
func varianceDivisor(_ n: Int, _ ddof: Double) -> Double {
  Swift.max(Double(n) - ddof, 0)
}

/// The standard deviation of each column (`axis: 0`) or row (`axis: 1`) (NumPy's `np.std(m, axis, ddof=…)`).
public func std(_ m: Matrix, axis: Int, ddof: Double = 0) -> Vector {
  sqrt(variance(m, axis: axis, ddof: ddof))
}

/// The sample skewness `m₃ / m₂^1.5`, biased (SciPy's `scipy.stats.skew(v)`).
///
/// NaN when the data are constant.
public func skewness(_ v: Vector) -> Double {
  let m = v.mean()
  let m2 = v.centralMoment(2, about: m)
  let m3 = v.centralMoment(3, about: m)
  let eps = Double.ulpOfOne
  if m2 <= (eps * m) * (eps * m) { return .nan }
  return unsignedNaN(m3 / pow(m2, 1.5))
}

/// The sample kurtosis `m₄ / m₂² − 3`, biased, Fisher's excess definition
/// (SciPy's `scipy.stats.kurtosis(v)`): 0 for a normal distribution.
///
/// Pass `excess: false` for Pearson's kurtosis (normal = 3). NaN when the data are constant.
public func kurtosis(_ v: Vector, excess: Bool = true) -> Double {
  let m = v.mean()
  let m2 = v.centralMoment(2, about: m)
  let m4 = v.centralMoment(4, about: m)
  let eps = Double.ulpOfOne
  if m2 <= (eps * m) * (eps * m) { return .nan }
  let k = m4 / (m2 * m2)
  return unsignedNaN(excess ? k - 3 : k)
}

/// The standard scores `(x − mean) / std(ddof:)` (SciPy's `scipy.stats.zscore(v, ddof=…)`).
///
/// All NaN when the data are constant.
public func zscore(_ v: Vector, ddof: Double = 0) -> Vector {
  let m = v.mean()
  let s = v.std(ddof: ddof)
  if s <= (Double.ulpOfOne * m).magnitude { return Vector(repeating: .nan, count: v.count) }
  return (v - m) / s
}

/// The standard scores of each column (`axis: 0`, SciPy's default) or row (`axis: 1`)
/// (SciPy's `scipy.stats.zscore(m, axis, ddof=…)`).
public func zscore(_ m: Matrix, axis: Int = 0, ddof: Double = 0) -> Matrix {
  var out = m
  switch m.checkAxis(axis) {
  case 0:
    for j in 0..<m.columns { out[..., j] = zscore(m.column(j), ddof: ddof) }
  default:
    for i in 0..<m.rows { out[i, ...] = zscore(m.row(i), ddof: ddof) }
  }
  return out
}

/// The skewness of each column (`axis: 0`, SciPy's default) or row (`axis: 1`)
/// (SciPy's `scipy.stats.skew(m, axis)`).
public func skewness(_ m: Matrix, axis: Int = 0) -> Vector {
  Vector(m.lines(axis).map { skewness(Vector($0)) })
}

/// The kurtosis of each column (`axis: 0`, SciPy's default) or row (`axis: 1`)
/// (SciPy's `scipy.stats.kurtosis(m, axis)`); Fisher's excess unless `excess: false`.
public func kurtosis(_ m: Matrix, axis: Int = 0, excess: Bool = true) -> Vector {
  Vector(m.lines(axis).map { kurtosis(Vector($0), excess: excess) })
}
