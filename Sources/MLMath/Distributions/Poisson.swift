#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The Poisson distribution with mean λ: the number of events in an interval when they
/// happen independently at rate λ per interval (SciPy's `scipy.stats.poisson(mu)`).
///
/// P(X = k) = e^(−λ) λᵏ / k! for k = 0, 1, 2, …
///
/// ```swift
/// let calls = try Poisson(lambda: 4)
/// print(calls.pmf(2))     // 0.14652511110987343
/// print(calls.sf(8))      // 0.02136343448798416
/// print(calls.ppf(0.99))  // 9.0
/// ```
///
/// - Accuracy: `pmf`/`logpmf` by Loader's saddle-point form e^(−δ(k) − D(k, λ))/√(2πk) (C.
///   Loader, 2000), full relative accuracy for any λ (SciPy's exp(k log λ − log k! − λ)
///   loses about log₁₀ λ digits); `cdf`/`sf` from the regularised incomplete gamma
///   function, Q(k + 1, λ) and P(k + 1, λ), each accurate in its own tail down to 1e-300
///   (`cdf`/`sf` of Poisson(1000) at 2000 is 1e-197); `logcdf`/`logsf` stay finite beyond.
///   `ppf`/`isf` search the integers from a Cornish–Fisher start; `isf` keeps small q
///   (SciPy's isf(1e-300) is NaN). The entropy sums every term that counts (SciPy's stops
///   after about a thousand terms, so its Poisson(10⁶) entropy is wrong).
/// - Sampling: `sample` draws NumPy's legacy `np.random.poisson(lam)`, bit for bit.
public struct Poisson: DiscreteDistribution, Hashable {
  /// The mean λ ≥ 0 (SciPy's `mu`, NumPy's `lam`).
  public let lambda: Double

  /// Poisson(λ).
  ///
  /// - Throws: ``DistributionError`` unless `lambda` is finite and ≥ 0 (λ = 0 is the point
  ///   mass at 0, as in SciPy).
  public init(lambda: Double) throws {
    if !(lambda >= 0) || lambda.isInfinite {
      throw DistributionError(
        distribution: "Poisson", parameter: "lambda", value: lambda,
        requirement: "must be finite and ≥ 0")
    }
    self.lambda = lambda
  }

  var lattice: LatticeSupport { LatticeSupport(lower: 0, upper: .infinity) }

  public func pmf(_ k: Int) -> Double {
    guard k >= 0 else { return 0 }
    return exp(logPoissonProbability(Double(k), lambda))
  }

  public func logpmf(_ k: Int) -> Double {
    guard k >= 0 else { return -.infinity }
    return logPoissonProbability(Double(k), lambda)
  }

  /// (P(X ≤ k), P(X > k)) for k ≥ 0: (Q(k + 1, λ), P(k + 1, λ)).
  func tails(_ k: Double) -> (cdf: Double, sf: Double) {
    if lambda == 0 { return (1, 0) }
    let pair = incompleteGammaPair(k + 1, lambda)
    return (pair.q, pair.p)
  }

  public func cdf(_ x: Double) -> Double { lattice.cdf(x) { tails($0).cdf } }
  public func sf(_ x: Double) -> Double { lattice.sf(x) { tails($0).sf } }

  public func logcdf(_ x: Double) -> Double {
    lattice.logcdf(x) { k in
      latticeLogCDF(k, cdf: { tails($0).cdf }, sf: { tails($0).sf }) { k in
        latticeTailLogSum(from: k, step: -1, end: 0, logpmf: { logPoissonProbability($0, lambda) }) {
          $0 / lambda
        }
      }
    }
  }

  public func logsf(_ x: Double) -> Double {
    lattice.logsf(x) { k in
      latticeLogSF(k, cdf: { tails($0).cdf }, sf: { tails($0).sf }) { k in
        latticeTailLogSum(from: k + 1, step: 1, end: .infinity, logpmf: { logPoissonProbability($0, lambda) }) {
          lambda / ($0 + 1)
        }
      }
    }
  }

  func guess(_ q: Double) -> Double {
    cornishFisherGuess(q, mean: lambda, std: lambda.squareRoot(), skewness: 1 / lambda.squareRoot())
  }

  public func ppf(_ q: Double) -> Double { lattice.ppf(q, guess: guess(q)) { tails($0).cdf } }
  public func isf(_ q: Double) -> Double { lattice.isf(q, guess: guess(1 - q)) { tails($0).sf } }

  /// λ.
  public var mean: Double { lambda }
  /// λ.
  public var variance: Double { lambda }
  public var median: Double { ppf(0.5) }

  /// −Σ P(k) log P(k) in nats, summed over every k whose term reaches the last digit.
  public var entropy: Double {
    if lambda == 0 { return 0 }
    if let h = nearNormalEntropy(variance: lambda, skewness: 1 / lambda.squareRoot(), excessKurtosis: 1 / lambda) {
      return h
    }
    return latticeEntropy(lower: 0, upper: .infinity, mode: lambda.rounded(.down)) {
      logPoissonProbability($0, lambda)
    }
  }

  /// [0, ∞).
  public var support: (lower: Double, upper: Double) { (0, .infinity) }

  /// One draw, NumPy's `np.random.poisson(lam)`; stops for λ above 9.2e18, whose draws
  /// would not fit in an `Int` (NumPy's limit).
  public func sample(using generator: inout RandomState) -> Int { generator.poisson(lambda) }

  public func sample(_ count: Int, using generator: inout RandomState) -> IntVector {
    generator.poisson(lambda, size: count)
  }

  /// `Poisson(lambda: 4.0)`.
  public var description: String { "Poisson(lambda: \(lambda))" }
}
