#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Maximum-likelihood fits of continuous distributions to a sample, after SciPy's
// `rv_continuous.fit` with the closed forms and one-dimensional solvers SciPy uses
// (`norm.fit`, `expon.fit(data, floc=0)`, `gamma.fit(data, floc=0)`).

/// Data that a maximum-likelihood fit cannot use: empty, not finite, outside the
/// distribution's support, or without a finite maximum (every value equal).
///
/// SciPy raises `ValueError`/`FitDataError` for most of these and returns NaN or a zero
/// scale for the rest; MLMath throws this error, whose description names the function and
/// the problem, as `Gamma.fit: data[2] = -1.0 is outside the support x > 0`.
public struct DistributionFitError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The fitting function, as `Gamma.fit`.
  public let function: String
  /// What is wrong with the data.
  public let message: String

  /// An error for `function` (as `Gamma.fit`) with `message` saying what is wrong with the data.
  public init(_ function: String, _ message: String) {
    self.function = function
    self.message = message
  }

  public var description: String { "\(function): \(message)" }
}

/// Throws unless `data` is non-empty and finite and every value satisfies `inSupport`.
private func checkFitData(
  _ data: Vector, _ function: String, support: String, _ inSupport: (Double) -> Bool = { _ in true }
) throws {
  if data.count == 0 {
    throw DistributionFitError(function, "data must not be empty")
  }
  for (i, x) in data.elements.enumerated() {
    if !x.isFinite {
      throw DistributionFitError(function, "data[\(i)] = \(unsignedNaN(x)) is not finite")
    }
    if !inSupport(x) {
      throw DistributionFitError(function, "data[\(i)] = \(x) is outside the support \(support)")
    }
  }
}

extension Normal {
  /// The maximum-likelihood normal distribution for `data`: the sample mean and the
  /// standard deviation with divisor n (`ddof = 0`) (SciPy's `scipy.stats.norm.fit(data)`,
  /// which returns the same two numbers, bit for bit).
  ///
  /// ```swift
  /// let d = try Normal.fit(Vector([4.2, 5.1, 3.9, 6.0, 5.5]))
  /// print(d)   // Normal(loc: 4.94, scale: 0.7863841300535)
  /// ```
  ///
  /// - Throws: ``DistributionFitError`` for empty data, a value that is not finite, or data
  ///   without spread (one value, or all equal: the fitted scale would be 0, which SciPy
  ///   returns and MLMath's `Normal` does not allow).
  public static func fit(_ data: Vector) throws -> Normal {
    try checkFitData(data, "Normal.fit", support: "(-inf, inf)")
    let loc = data.mean()
    let scale = data.std()
    guard scale > 0 else {
      throw DistributionFitError(
        "Normal.fit", "every value equals \(loc), so the fitted scale would be 0; a normal distribution needs scale > 0"
      )
    }
    guard loc.isFinite && scale.isFinite else {
      throw DistributionFitError("Normal.fit", "the mean or the spread of the data overflows Double")
    }
    return Normal(validLoc: loc, scale: scale)
  }
}

extension Exponential {
  /// The maximum-likelihood exponential distribution for data on x ≥ 0: scale = the sample
  /// mean (SciPy's `scipy.stats.expon.fit(data, floc=0)`, whose scale this equals bit for bit).
  ///
  /// - Throws: ``DistributionFitError`` for empty data, a value that is not finite, a negative
  ///   value, or data that are all 0 (the fitted scale would be 0).
  public static func fit(_ data: Vector) throws -> Exponential {
    try checkFitData(data, "Exponential.fit", support: "x >= 0") { $0 >= 0 }
    let scale = data.mean()
    guard scale > 0 else {
      throw DistributionFitError(
        "Exponential.fit",
        "every value is 0, so the fitted scale would be 0; an exponential distribution needs scale > 0")
    }
    guard scale.isFinite else {
      throw DistributionFitError("Exponential.fit", "the mean of the data overflows Double")
    }
    return try Exponential(scale: scale)
  }
}

extension Gamma {
  /// The maximum-likelihood gamma distribution for data on x > 0 (SciPy's
  /// `scipy.stats.gamma.fit(data, floc=0)`).
  ///
  /// The shape k solves log k − ψ(k) = s with s = log x̄ − mean(log x) > 0, by Newton's method
  /// in log k from Minka's approximation k₀ = (3 − s + √((s − 3)² + 24s))/(12s) (T. P. Minka,
  /// "Estimating a Gamma distribution", 2002), to the last bits of k; then θ = x̄/k.
  /// SciPy solves the same equation with `brentq` (absolute tolerance 2e-12 on k, with
  /// log k − ψ(k) formed with cancellation for large k), so the two agree to about 1e-9
  /// relative, and the tests hold them to 1e-7.
  ///
  /// ```swift
  /// let g = try Gamma.fit(Vector([1.2, 0.4, 2.9, 1.7, 0.8, 3.3]))
  /// print(g.shape, g.scale)   // ≈ 2.2801643 0.7528697
  /// ```
  ///
  /// - Throws: ``DistributionFitError`` for empty data, a value that is not finite, a value
  ///   ≤ 0, or data whose values are all equal (then s = 0 and the likelihood grows without
  ///   bound as k → ∞; SciPy's solver fails there too).
  public static func fit(_ data: Vector) throws -> Gamma {
    try checkFitData(data, "Gamma.fit", support: "x > 0") { $0 > 0 }
    let mean = data.mean()
    let logs = Vector(data.elements.map { log($0) })
    let s = log(mean) - logs.mean()
    guard s > 0 else {
      throw DistributionFitError(
        "Gamma.fit",
        "the log of the mean does not exceed the mean of the logs (the values are all equal, or too close "
          + "to tell apart in double precision), so the likelihood has no maximum: it grows without bound as "
          + "the shape goes to infinity")
    }
    guard mean.isFinite else {
      throw DistributionFitError("Gamma.fit", "the mean of the data overflows Double")
    }
    let shape = gammaShapeSolving(s)
    return try Gamma(shape: shape, scale: mean / shape)
  }
}

/// log k − ψ(k), accurate for large k where it is ≈ 1/(2k).
private func logMinusDigamma(_ k: Double) -> Double {
  k >= 10 ? -digammaMinusLog(k) : log(k) - digamma(k)
}

/// k·ψ′(k) − 1 for k > 0 (ψ′ the trigamma function): for k ≥ 10 the asymptotic series
/// 1/(2k) + Σ B₂ₖ/k^(2k) (DLMF 5.15.8) without the cancelling 1; below, the recurrence
/// ψ′(k) = ψ′(k + 1) + 1/k² carries ψ′ up from k + n ≥ 10. It only steers Newton's steps, whose
/// fixed point does not depend on it.
private func kTrigammaMinusOne(_ k: Double) -> Double {
  func series(_ x: Double) -> Double {  // x·ψ′(x) − 1 for x ≥ 10
    let r2 = 1 / (x * x)
    return 0.5 / x + r2 * (1.0 / 6 + r2 * (-1.0 / 30 + r2 * (1.0 / 42 + r2 * (-1.0 / 30 + r2 * (5.0 / 66)))))
  }
  if k >= 10 { return series(k) }
  var x = k
  var shift = 0.0
  while x < 10 {
    shift += 1 / (x * x)
    x += 1
  }
  let trigamma = shift + (1 + series(x)) / x
  return k * trigamma - 1
}

/// The k > 0 with log k − ψ(k) = s, for s > 0.
private func gammaShapeSolving(_ s: Double) -> Double {
  // Minka's closed-form start, within 1.5 % of the root for every s.
  var k = (3 - s + ((s - 3) * (s - 3) + 24 * s).squareRoot()) / (12 * s)
  // Newton's method on g(u) = log k − ψ(k) − s in u = log k: g′(u) = 1 − kψ′(k) < 0, and the
  // steps stay positive in k.
  for _ in 0..<100 {
    let g = logMinusDigamma(k) - s
    let slope = -kTrigammaMinusOne(k)
    guard slope < 0 && g.isFinite else { break }
    let step = max(min(-g / slope, 1), -1)
    k *= exp(step)
    if step.magnitude <= 1e-15 { break }
  }
  return k
}
