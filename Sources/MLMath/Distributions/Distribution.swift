#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Probability distributions with one shape, after `scipy.stats`: a value of a
// distribution type holds its parameters (checked once, in a throwing
// initializer) and answers `pdf`/`pmf`, `cdf`, `sf`, `ppf`, `isf`, their logs,
// moments, `interval` and `sample` — each for one `Double` and, elementwise,
// for a `Vector` or `Matrix` of them.
//
// A distribution type implements the scalar core; everything else has a
// default here that the type overrides where it knows better (an `sf` that
// keeps its accuracy in the upper tail, a closed-form `ppf`, a bulk sampler).

/// A probability distribution on the real line, continuous or discrete
/// (SciPy's `rv_continuous` / `rv_discrete` frozen distributions).
///
/// Every method is defined for every `Double` argument: outside the support the
/// cdf is 0 or 1, a quantile outside [0, 1] is NaN, and NaN stays NaN, as in SciPy.
public protocol UnivariateDistribution: Sendable, CustomStringConvertible {
  /// The cumulative distribution function F(x) = P(X ≤ x) (SciPy's `cdf`).
  func cdf(_ x: Double) -> Double
  /// The survival function 1 − F(x) = P(X > x), accurate where F(x) is close to 1
  /// (SciPy's `sf`).
  func sf(_ x: Double) -> Double
  /// log F(x), accurate where F(x) underflows (SciPy's `logcdf`).
  func logcdf(_ x: Double) -> Double
  /// log(1 − F(x)), accurate where 1 − F(x) underflows (SciPy's `logsf`).
  func logsf(_ x: Double) -> Double
  /// The quantile function (inverse of `cdf`): the smallest x with F(x) ≥ q, for
  /// 0 ≤ q ≤ 1; NaN outside (SciPy's `ppf`).
  func ppf(_ q: Double) -> Double
  /// The inverse survival function: `ppf(1 − q)`, accurate for small q (SciPy's `isf`).
  func isf(_ q: Double) -> Double
  /// The mean E[X]; `nan` where it does not exist (Cauchy), `inf` where it diverges.
  var mean: Double { get }
  /// The variance Var[X]; `nan` or `inf` where it does not exist.
  var variance: Double { get }
  /// The median, `ppf(0.5)`.
  var median: Double { get }
  /// The differential entropy (continuous) or the entropy (discrete), in nats.
  var entropy: Double { get }
  /// The smallest closed interval holding all the probability: (−∞, ∞) for a normal
  /// distribution, [0, n] for a binomial one (SciPy's `support()`).
  var support: (lower: Double, upper: Double) { get }
}

extension UnivariateDistribution {
  public func sf(_ x: Double) -> Double { unsignedNaN(1 - cdf(x)) }
  /// log F(x), from whichever of F and 1 − F is the smaller (log1p(−sf) near F = 1),
  /// so both tails keep their relative accuracy when `sf` is accurate.
  public func logcdf(_ x: Double) -> Double {
    let lower = cdf(x)
    return unsignedNaN(lower > 0.5 ? log1p(-sf(x)) : log(lower))
  }

  /// log(1 − F(x)), from whichever of F and 1 − F is the smaller.
  public func logsf(_ x: Double) -> Double {
    let upper = sf(x)
    return unsignedNaN(upper > 0.5 ? log1p(-cdf(x)) : log(upper))
  }
  public func isf(_ q: Double) -> Double { ppf(1 - q) }
  public var median: Double { ppf(0.5) }

  /// The standard deviation √Var[X] (SciPy's `std()`).
  public var std: Double { unsignedNaN(variance.squareRoot()) }

  /// The central interval holding probability `confidence`: from `ppf((1 − c)/2)` to
  /// `isf((1 − c)/2)` (SciPy's `interval(confidence)`).
  ///
  /// - Parameter confidence: between 0 and 1; for 0.95 a normal distribution gives
  ///   μ ± 1.96σ. NaN ends outside [0, 1].
  public func interval(_ confidence: Double) -> (lower: Double, upper: Double) {
    guard confidence >= 0, confidence <= 1 else { return (.nan, .nan) }
    let tail = (1 - confidence) / 2
    return (ppf(tail), isf(tail))
  }

  /// The elementwise cdf (SciPy's `cdf` on an array): same shape as `x`.
  public func cdf(_ x: Vector) -> Vector { Vector(mapCostlyElements(x.elements) { cdf($0) }) }
  /// The elementwise cdf of a matrix, same shape.
  public func cdf(_ x: Matrix) -> Matrix { x.with(mapCostlyElements(x.elements) { cdf($0) }) }
  /// The elementwise survival function, same shape as `x`.
  public func sf(_ x: Vector) -> Vector { Vector(mapCostlyElements(x.elements) { sf($0) }) }
  /// The elementwise survival function of a matrix, same shape.
  public func sf(_ x: Matrix) -> Matrix { x.with(mapCostlyElements(x.elements) { sf($0) }) }
  /// The elementwise log cdf, same shape as `x`.
  public func logcdf(_ x: Vector) -> Vector { Vector(mapCostlyElements(x.elements) { logcdf($0) }) }
  /// The elementwise log cdf of a matrix, same shape.
  public func logcdf(_ x: Matrix) -> Matrix { x.with(mapCostlyElements(x.elements) { logcdf($0) }) }
  /// The elementwise log survival function, same shape as `x`.
  public func logsf(_ x: Vector) -> Vector { Vector(mapCostlyElements(x.elements) { logsf($0) }) }
  /// The elementwise log survival function of a matrix, same shape.
  public func logsf(_ x: Matrix) -> Matrix { x.with(mapCostlyElements(x.elements) { logsf($0) }) }
  /// The elementwise quantile function, same shape as `q`.
  public func ppf(_ q: Vector) -> Vector { Vector(mapCostlyElements(q.elements) { ppf($0) }) }
  /// The elementwise quantile function of a matrix, same shape.
  public func ppf(_ q: Matrix) -> Matrix { q.with(mapCostlyElements(q.elements) { ppf($0) }) }
  /// The elementwise inverse survival function, same shape as `q`.
  public func isf(_ q: Vector) -> Vector { Vector(mapCostlyElements(q.elements) { isf($0) }) }
  /// The elementwise inverse survival function of a matrix, same shape.
  public func isf(_ q: Matrix) -> Matrix { q.with(mapCostlyElements(q.elements) { isf($0) }) }
}

/// A distribution with a density (SciPy's `rv_continuous`).
///
/// Conforming types implement `pdf`, `cdf`, `ppf`, the moments, `support`,
/// `description` and the one-draw `sample(using:)`; they override `logpdf`, `sf`,
/// `isf`, `logcdf`, `logsf` and the bulk `sample(_:using:)` where a direct formula is
/// more accurate or faster than the defaults.
public protocol ContinuousDistribution: UnivariateDistribution {
  /// The probability density f(x); 0 outside the support (SciPy's `pdf`).
  func pdf(_ x: Double) -> Double
  /// log f(x), finite far into the tails where f(x) underflows (SciPy's `logpdf`).
  func logpdf(_ x: Double) -> Double
  /// One draw from the distribution on `generator`'s stream. Where NumPy's legacy
  /// `np.random` has the sampler, the draw is bit for bit NumPy's after the same seed.
  func sample(using generator: inout RandomState) -> Double
  /// `count` draws, in the order `count` calls of `sample(using:)` would make them
  /// (NumPy's `np.random.<sampler>(…, size=count)`).
  func sample(_ count: Int, using generator: inout RandomState) -> Vector
}

extension ContinuousDistribution {
  public func logpdf(_ x: Double) -> Double { unsignedNaN(log(pdf(x))) }

  public func sample(_ count: Int, using generator: inout RandomState) -> Vector {
    _ = checkedCount(count, in: "sample")
    var values = [Double]()
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(sample(using: &generator)) }
    return Vector(values)
  }

  /// One draw from the process-wide stream that `Random.seed` seeds (SciPy's `rvs()`).
  public func sample() -> Double { Random.draw { sample(using: &$0) } }

  /// `count` draws from the process-wide stream that `Random.seed` seeds
  /// (SciPy's `rvs(size=count)`, NumPy's `np.random.<sampler>(…, size=count)`).
  public func sample(_ count: Int) -> Vector { Random.draw { sample(count, using: &$0) } }

  /// The elementwise density (SciPy's `pdf` on an array): same shape as `x`.
  public func pdf(_ x: Vector) -> Vector { Vector(mapCostlyElements(x.elements) { pdf($0) }) }
  /// The elementwise density of a matrix, same shape.
  public func pdf(_ x: Matrix) -> Matrix { x.with(mapCostlyElements(x.elements) { pdf($0) }) }
  /// The elementwise log density, same shape as `x`.
  public func logpdf(_ x: Vector) -> Vector { Vector(mapCostlyElements(x.elements) { logpdf($0) }) }
  /// The elementwise log density of a matrix, same shape.
  public func logpdf(_ x: Matrix) -> Matrix { x.with(mapCostlyElements(x.elements) { logpdf($0) }) }

  /// The log-likelihood Σ log f(xᵢ) of a sample (the quantity `fit` maximises).
  public func logLikelihood(_ data: Vector) -> Double {
    var total = 0.0
    for x in data.elements { total += logpdf(x) }
    return unsignedNaN(total)
  }
}

/// A distribution on the integers (SciPy's `rv_discrete`).
///
/// Conforming types implement `pmf`, `cdf`, the moments, `support`,
/// `description` and the one-draw `sample(using:)`. The default `ppf` searches the
/// cdf; types with a faster inverse override it.
public protocol DiscreteDistribution: UnivariateDistribution {
  /// The probability mass P(X = k); 0 outside the support (SciPy's `pmf`).
  func pmf(_ k: Int) -> Double
  /// log P(X = k), finite where the pmf underflows (SciPy's `logpmf`).
  func logpmf(_ k: Int) -> Double
  /// One draw on `generator`'s stream; bit for bit NumPy's legacy sampler where it has one.
  func sample(using generator: inout RandomState) -> Int
  /// `count` draws, in the order `count` calls of `sample(using:)` would make them.
  func sample(_ count: Int, using generator: inout RandomState) -> IntVector
}

extension DiscreteDistribution {
  public func logpmf(_ k: Int) -> Double { unsignedNaN(log(pmf(k))) }

  /// The pmf at a real x: P(X = x) when x is an integer, otherwise 0 (as SciPy's `pmf`
  /// of a float).
  public func pmf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    guard let k = Int(exactly: x) else { return 0 }
    return pmf(k)
  }

  /// log of the pmf at a real x: `-inf` off the integers.
  public func logpmf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    guard let k = Int(exactly: x) else { return -.infinity }
    return logpmf(k)
  }

  /// The elementwise pmf of integers (SciPy's `pmf` on an array): `pmf(arange(0, 11))`.
  public func pmf(_ k: IntVector) -> Vector { Vector(k.elements.map { pmf($0) }) }
  /// The elementwise pmf of reals (0 off the integers), same shape as `x`.
  public func pmf(_ x: Vector) -> Vector { Vector(x.elements.map { pmf($0) }) }
  /// The elementwise log pmf of integers.
  public func logpmf(_ k: IntVector) -> Vector { Vector(k.elements.map { logpmf($0) }) }
  /// The elementwise log pmf of reals (`-inf` off the integers), same shape as `x`.
  public func logpmf(_ x: Vector) -> Vector { Vector(x.elements.map { logpmf($0) }) }
  /// The elementwise cdf of integers.
  public func cdf(_ k: IntVector) -> Vector { Vector(k.elements.map { cdf(Double($0)) }) }
  /// The elementwise survival function of integers.
  public func sf(_ k: IntVector) -> Vector { Vector(k.elements.map { sf(Double($0)) }) }

  /// The smallest integer k in the support with F(k) ≥ q, as a `Double` (SciPy returns
  /// a float, so that NaN can mark q outside [0, 1]).
  ///
  /// The default brackets the answer by doubling steps from the mean and bisects on the
  /// integers, as SciPy's `rv_discrete._ppf` does.
  public func ppf(_ q: Double) -> Double {
    guard q >= 0, q <= 1 else { return .nan }
    let (lower, upper) = support
    if q == 0 { return lower - 1 }  // SciPy: ppf(0) is one below the support
    if q == 1 { return upper }
    var low = mean.isFinite ? (mean.rounded(.down)) : 0
    low = max(min(low, upper), lower)
    var step = 1.0
    var high = low
    while cdf(low) >= q, low > lower {
      high = low
      low = max(low - step, lower)
      step *= 2
    }
    if cdf(low) >= q { return low }
    step = 1
    while cdf(high) < q {
      low = high
      high = min(high + step, upper)
      step *= 2
      if high == upper { break }
    }
    // Now cdf(low) < q ≤ cdf(high): bisect on the integers.
    while high - low > 1 {
      let middle = (low + ((high - low) / 2).rounded(.down))
      if cdf(middle) >= q { high = middle } else { low = middle }
    }
    return high
  }

  public func sample(_ count: Int, using generator: inout RandomState) -> IntVector {
    _ = checkedCount(count, in: "sample")
    var values = [Int]()
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(sample(using: &generator)) }
    return IntVector(values)
  }

  /// One draw from the process-wide stream that `Random.seed` seeds (SciPy's `rvs()`).
  public func sample() -> Int { Random.draw { sample(using: &$0) } }

  /// `count` draws from the process-wide stream (SciPy's `rvs(size=count)`).
  public func sample(_ count: Int) -> IntVector { Random.draw { sample(count, using: &$0) } }

  /// The log-likelihood Σ log P(X = kᵢ) of a sample.
  public func logLikelihood(_ data: IntVector) -> Double {
    var total = 0.0
    for k in data.elements { total += logpmf(k) }
    return unsignedNaN(total)
  }
}

/// A distribution parameter outside its domain, as `Normal(loc: 0, scale: -1)`.
///
/// SciPy returns NaN from every method of such a distribution; MLMath refuses to
/// build it, and the message names the distribution, the parameter, its value and
/// the condition it broke.
public struct DistributionError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The distribution, as `Normal`.
  public let distribution: String
  /// The parameter's name in the initializer, as `scale`.
  public let parameter: String
  /// The value it was given (for a vector parameter, the offending element or sum).
  public let value: Double
  /// What the value must satisfy, as `must be > 0`.
  public let requirement: String

  public init(distribution: String, parameter: String, value: Double, requirement: String) {
    self.distribution = distribution
    self.parameter = parameter
    self.value = value
    self.requirement = requirement
  }

  public var description: String {
    "\(distribution): \(parameter) \(requirement), got \(value)"
  }
}

/// Throws unless `value > 0` (and finite when `finite` is true, the default).
func requirePositive(
  _ value: Double, _ parameter: String, of distribution: String, finite: Bool = true
) throws {
  if !(value > 0) || (finite && value.isInfinite) {
    throw DistributionError(
      distribution: distribution, parameter: parameter, value: value,
      requirement: finite ? "must be positive and finite" : "must be > 0")
  }
}

/// Throws unless `value` is finite.
func requireFinite(_ value: Double, _ parameter: String, of distribution: String) throws {
  if !value.isFinite {
    throw DistributionError(
      distribution: distribution, parameter: parameter, value: value, requirement: "must be finite")
  }
}

/// Throws unless `0 ≤ value ≤ 1`.
func requireProbability(_ value: Double, _ parameter: String, of distribution: String) throws {
  if !(value >= 0 && value <= 1) {
    throw DistributionError(
      distribution: distribution, parameter: parameter, value: value,
      requirement: "must be a probability in [0, 1]")
  }
}
