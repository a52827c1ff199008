#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The categorical distribution on the labels 0, 1, …, k − 1, label i drawn with
/// probability `p[i]` — one roll of a loaded die (SciPy has no frozen class of its own:
/// `scipy.stats.rv_discrete(values=(np.arange(k), p))` is the same distribution, and
/// NumPy draws it as `np.random.choice(k, p=p)`).
///
/// ```swift
/// let weather = try Categorical(p: [0.5, 0.3, 0.2])   // sun, cloud, rain
/// print(weather.pmf(2))     // 0.2
/// print(weather.cdf(1))     // 0.8
/// print(weather.entropy)    // 1.0296530140645737
/// ```
///
/// - Accuracy: the pmf is `p` itself (not renormalised); the cdf and the survival function
///   are running sums from the left and from the right (each compensated), so each keeps
///   its small values; the moments and the entropy are the sums over the k labels.
/// - Sampling: `sample` draws `np.random.choice(k, p=p)`, bit for bit.
public struct Categorical: DiscreteDistribution, Hashable {
  /// The probabilities of the labels 0, 1, …, k − 1.
  public let p: Vector
  /// P(X ≤ i) for i = 0…k − 1.
  let cumulative: [Double]
  /// P(X > i) for i = 0…k − 1.
  let survival: [Double]

  /// The categorical distribution with probabilities `p`.
  ///
  /// - Throws: ``DistributionError`` if `p` is empty, an entry is not in [0, 1] (naming its
  ///   index), or the entries do not sum to 1 within 1e-8.
  public init(p: Vector) throws {
    guard p.count > 0 else {
      throw DistributionError(
        distribution: "Categorical", parameter: "p", value: 0,
        requirement: "must hold at least one probability (its count)")
    }
    for (i, value) in p.elements.enumerated() {
      try requireProbability(value, "p[\(i)]", of: "Categorical")
    }
    var running = NeumaierSum()
    var cumulative = [Double]()
    cumulative.reserveCapacity(p.count)
    for value in p.elements {
      running.add(value)
      cumulative.append(running.value)
    }
    let total = running.value
    if abs(total - 1) > 1e-8 {
      throw DistributionError(
        distribution: "Categorical", parameter: "sum(p)", value: total,
        requirement: "must be 1 (within 1e-8)")
    }
    var fromRight = NeumaierSum()
    var survival = [Double](repeating: 0, count: p.count)
    for i in stride(from: p.count - 1, to: 0, by: -1) {
      fromRight.add(p.elements[i])
      survival[i - 1] = fromRight.value
    }
    self.p = p
    self.cumulative = cumulative
    self.survival = survival
  }

  /// k, the number of labels.
  public var count: Int { p.count }
  var lattice: LatticeSupport { LatticeSupport(lower: 0, upper: Double(p.count - 1)) }

  public func pmf(_ k: Int) -> Double { k >= 0 && k < p.count ? p.elements[k] : 0 }
  public func logpmf(_ k: Int) -> Double { k >= 0 && k < p.count ? log(p.elements[k]) : -.infinity }

  public func cdf(_ x: Double) -> Double { lattice.cdf(x) { cumulative[Int($0)] } }
  public func sf(_ x: Double) -> Double { lattice.sf(x) { survival[Int($0)] } }
  // Near 1, the log of one tail is log1p of minus the other, which keeps its digits.
  public func logcdf(_ x: Double) -> Double {
    lattice.logcdf(x) { k in
      let i = Int(k)
      return cumulative[i] > 0.5 ? log1pOfNegated(survival[i]) : log(cumulative[i])
    }
  }

  public func logsf(_ x: Double) -> Double {
    lattice.logsf(x) { k in
      let i = Int(k)
      return survival[i] > 0.5 ? log1pOfNegated(cumulative[i]) : log(survival[i])
    }
  }

  public func ppf(_ q: Double) -> Double {
    lattice.ppf(q, guess: Double(p.count / 2)) { cumulative[Int($0)] }
  }

  public func isf(_ q: Double) -> Double {
    lattice.isf(q, guess: Double(p.count / 2)) { survival[Int($0)] }
  }

  /// Σ i pᵢ.
  public var mean: Double {
    var sum = NeumaierSum()
    for (i, value) in p.elements.enumerated() { sum.add(Double(i) * value) }
    return sum.value
  }

  /// Σ (i − mean)² pᵢ.
  public var variance: Double {
    let mu = mean
    var sum = NeumaierSum()
    for (i, value) in p.elements.enumerated() { sum.add((Double(i) - mu) * (Double(i) - mu) * value) }
    return sum.value
  }

  public var median: Double { ppf(0.5) }

  /// −Σ pᵢ log pᵢ nats (0 log 0 = 0), as `scipy.stats.entropy(p)` without its renormalisation.
  public var entropy: Double {
    var sum = NeumaierSum()
    for value in p.elements { sum.add(-xlogy(value, value)) }
    return sum.value
  }

  /// [0, k − 1].
  public var support: (lower: Double, upper: Double) { (0, Double(p.count - 1)) }

  public func sample(using generator: inout RandomState) -> Int { generator.choice(p.count, p: p) }

  public func sample(_ count: Int, using generator: inout RandomState) -> IntVector {
    generator.choice(p.count, size: count, p: p)
  }

  /// `Categorical(p: [0.5 0.3 0.2])`.
  public var description: String { "Categorical(p: \(p))" }
}
