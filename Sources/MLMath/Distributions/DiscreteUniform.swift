#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The discrete uniform distribution on the integers of a closed range, each equally
/// likely — a fair die is `DiscreteUniform(1...6)` (SciPy's `scipy.stats.randint(low, high + 1)`,
/// whose `high` is excluded; NumPy's `np.random.randint(low, high + 1)`).
///
/// P(X = k) = 1/m for k in `low...high`, m = high − low + 1.
///
/// ```swift
/// let die = DiscreteUniform(1...6)
/// print(die.mean, die.variance)   // 3.5 2.9166666666666665
/// print(die.cdf(4))               // 0.6666666666666666
/// ```
///
/// - Accuracy: exact ratios: cdf (k − low + 1)/m, sf (high − k)/m (SciPy's sf is 1 − cdf),
///   entropy log m.
/// - Sampling: `sample` draws NumPy's legacy `np.random.randint(low, high + 1)`, bit for bit
///   (and works for `high` = `Int.max`, which `randint` cannot spell).
public struct DiscreteUniform: DiscreteDistribution, Hashable {
  /// The smallest value.
  public let low: Int
  /// The largest value (included, unlike SciPy's and NumPy's `high`).
  public let high: Int

  /// The uniform distribution on `range`, e.g. `DiscreteUniform(1...6)`. Every closed range
  /// is a valid support, so this initializer does not throw.
  public init(_ range: ClosedRange<Int>) {
    low = range.lowerBound
    high = range.upperBound
  }

  /// The number of values m = high − low + 1 (2⁶⁴ for the whole `Int` range).
  var count: Double { Double(UInt64(bitPattern: Int64(high &- low))) + 1 }
  var lattice: LatticeSupport { LatticeSupport(lower: Double(low), upper: Double(high)) }

  /// The values at or below k, k − low + 1, exactly (k is inside the support).
  func countUpTo(_ k: Double) -> Double {
    let top = Int(k)
    return Double(UInt64(bitPattern: Int64(top &- low))) + 1
  }

  public func pmf(_ k: Int) -> Double { k >= low && k <= high ? 1 / count : 0 }
  public func logpmf(_ k: Int) -> Double { k >= low && k <= high ? -log(count) : -.infinity }

  public func cdf(_ x: Double) -> Double { lattice.cdf(x) { countUpTo($0) / count } }
  public func sf(_ x: Double) -> Double { lattice.sf(x) { (count - countUpTo($0)) / count } }
  public func logcdf(_ x: Double) -> Double {
    lattice.logcdf(x) { k in
      latticeLogCDF(k, cdf: { countUpTo($0) / count }, sf: { (count - countUpTo($0)) / count }) { _ in -.infinity }
    }
  }

  public func logsf(_ x: Double) -> Double {
    lattice.logsf(x) { k in
      latticeLogSF(k, cdf: { countUpTo($0) / count }, sf: { (count - countUpTo($0)) / count }) { _ in -.infinity }
    }
  }

  /// SciPy's ⌈q m + low⌉ − 1, checked against the cdf.
  public func ppf(_ q: Double) -> Double {
    lattice.ppf(q, guess: (q * count + Double(low)).rounded(.up) - 1) { countUpTo($0) / count }
  }

  public func isf(_ q: Double) -> Double {
    lattice.isf(q, guess: ((1 - q) * count + Double(low)).rounded(.up) - 1) {
      (count - countUpTo($0)) / count
    }
  }

  /// (low + high)/2.
  public var mean: Double { Double(low) / 2 + Double(high) / 2 }
  /// (m² − 1)/12.
  public var variance: Double { (count * count - 1) / 12 }
  public var median: Double { ppf(0.5) }
  /// log m nats.
  public var entropy: Double { log(count) }
  /// [low, high].
  public var support: (lower: Double, upper: Double) { (Double(low), Double(high)) }

  public func sample(using generator: inout RandomState) -> Int {
    generator.integers(low, high, size: 1, endpoint: true)[0]
  }

  public func sample(_ count: Int, using generator: inout RandomState) -> IntVector {
    generator.integers(low, high, size: count, endpoint: true)
  }

  /// `DiscreteUniform(1...6)`.
  public var description: String { "DiscreteUniform(\(low)...\(high))" }
}
