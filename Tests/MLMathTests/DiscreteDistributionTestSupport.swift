import Foundation
import XCTest

@testable import MLMath

/// Fixtures/reference/discrete_distributions.json, as scripts/reference/discrete_distributions.py
/// writes it: the discrete distributions (with the row, moment and stream layout of
/// `DistributionReference`), the multinomial, multivariate normal and KDE cases, and the list
/// of points where SciPy's value was replaced by mpmath's.
struct DiscreteFixture: Decodable {
  var distributions: [DiscreteReference]
  var multinomial: [MultinomialReference]
  var multivariate_normal: [MultivariateNormalReference]
  var bivariate: [[ReferenceNumber]]
  var kde: [KDEReference]
  var scipy_off: [SciPyOff]

  static func load() throws -> DiscreteFixture {
    try decodeReferenceFixture("discrete_distributions", as: DiscreteFixture.self)
  }
}

/// A parameter: a number, or a list of numbers (Categorical's `p`).
enum ReferenceParameter: Decodable {
  case number(Double)
  case list([Double])

  init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    if let list = try? c.decode([ReferenceNumber].self) {
      self = .list(list.map(\.value))
    } else {
      self = .number(try c.decode(ReferenceNumber.self).value)
    }
  }

  var number: Double {
    if case .number(let value) = self { return value }
    return .nan
  }

  var list: [Double] {
    if case .list(let values) = self { return values }
    return []
  }
}

/// One discrete distribution of the fixture.
struct DiscreteReference: Decodable {
  var name: String
  var params: [String: ReferenceParameter]
  var x: [DistributionReference.XRow]
  var q: [DistributionReference.XRow]
  var moments: DistributionReference.Moments
  var stream: DistributionReference.Stream?

  /// The parameter `label` as an `Int`.
  func int(_ label: String) -> Int { Int(params[label]?.number ?? .nan) }
  /// The parameter `label` as a `Double`.
  func double(_ label: String) -> Double { params[label]?.number ?? .nan }

  /// `Binomial(n: 10.0, p: 0.5)` for messages.
  var call: String {
    let args = params.keys.sorted().map { key -> String in
      switch params[key]! {
      case .number(let v): "\(key): \(v)"
      case .list(let v): "\(key): \(v)"
      }
    }
    return "\(name)(\(args.joined(separator: ", ")))"
  }
}

struct MultinomialReference: Decodable {
  struct Row: Decodable {
    var counts: [Int]
    var logpmf: ReferenceNumber
    var pmf: ReferenceNumber
  }
  struct Stream: Decodable {
    var seed: Int
    var one: [Int]
    var many: [[Int]]
  }
  var n: Int
  var p: [ReferenceNumber]
  var counts: [Row]
  var entropy: ReferenceNumber
  var mean: [ReferenceNumber]
  var cov: [[ReferenceNumber]]
  var stream: Stream
}

struct MultivariateNormalReference: Decodable {
  struct Point: Decodable {
    var x: [ReferenceNumber]
    var pdf: ReferenceNumber
    var logpdf: ReferenceNumber
    var mahalanobis: ReferenceNumber
    var cdf: ReferenceNumber?
  }
  struct Stream: Decodable {
    var seed: Int
    var one: [ReferenceNumber]
    var many: [[ReferenceNumber]]
  }
  var mean: [ReferenceNumber]
  var cov: [[ReferenceNumber]]
  var points: [Point]
  var entropy: ReferenceNumber
  var stream: Stream
}

struct KDEReference: Decodable {
  struct Resample: Decodable {
    var seed: Int
    var size: Int
    var values: [[Double]]
  }
  var label: String
  /// 1-D data as a list, d-D data as a list of rows (one per dimension).
  var data: KDEData
  var bandwidth: ReferenceParameterOrName
  var weights: [Double]?
  var points: KDEData
  var evaluate: [ReferenceNumber]
  var logpdf: [ReferenceNumber]
  var factor: ReferenceNumber
  var neff: ReferenceNumber
  var covariance: [[ReferenceNumber]]
  var box: [[ReferenceNumber]]?
  var resample: Resample
}

/// A vector (1-D data) or a matrix given by rows.
enum KDEData: Decodable {
  case vector([Double])
  case matrix([[Double]])

  init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    if let rows = try? c.decode([[Double]].self) {
      self = .matrix(rows)
    } else {
      self = .vector(try c.decode([Double].self))
    }
  }
}

/// SciPy's `bw_method`: "scott", "silverman" or a number.
enum ReferenceParameterOrName: Decodable {
  case name(String)
  case number(Double)

  init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    if let value = try? c.decode(Double.self) {
      self = .number(value)
    } else {
      self = .name(try c.decode(String.self))
    }
  }
}

struct SciPyOff: Decodable {
  var call: String
  var method: String
}

/// Tracks the worst relative error of each method against the reference, for the report.
struct WorstErrors {
  private(set) var worst: [String: (error: Double, at: String)] = [:]

  mutating func record(_ method: String, _ actual: Double, _ expected: Double, at: String) {
    guard expected.isFinite, actual.isFinite, expected != 0 else { return }
    let error = (actual - expected).magnitude / expected.magnitude
    if error > (worst[method]?.error ?? -1) { worst[method] = (error, at) }
  }

  var summary: String {
    worst.keys.sorted().map { "\($0) \(String(format: "%.1e", worst[$0]!.error)) (\(worst[$0]!.at))" }
      .joined(separator: "; ")
  }
}

/// Pearson's chi-square statistic of `draws` against a discrete distribution: the cells are
/// cut at the quantiles k = ppf(i/cells) (so a distribution spread over millions of integers
/// costs no more than one on six), each holding the integers (previous cut, k], with the
/// expected counts from the cdf; a cell expecting fewer than five draws is merged into the next
/// (the last into the one before). Returns the statistic and its degrees of freedom (cells − 1).
func chiSquareAgainstCDF(
  _ draws: [Int], cells: Int = 40, cdf: (Double) -> Double, ppf: (Double) -> Double
) -> (statistic: Double, df: Int) {
  let total = Double(draws.count)
  var cuts: [Double] = []
  for i in 1..<cells {
    let k = ppf(Double(i) / Double(cells))
    if k.isFinite, cuts.last.map({ k > $0 }) ?? true { cuts.append(k) }
  }
  // Cell j holds (cuts[j − 1], cuts[j]], the first everything up to cuts[0], the last the rest.
  var expected: [Double] = []
  var previous = 0.0
  for k in cuts {
    let c = cdf(k)
    expected.append(total * (c - previous))
    previous = c
  }
  expected.append(total * (1 - previous))
  var observed = [Int](repeating: 0, count: expected.count)
  for draw in draws {
    let x = Double(draw)
    var low = 0
    var high = cuts.count
    while low < high {
      let middle = (low + high) / 2
      if x <= cuts[middle] { high = middle } else { low = middle + 1 }
    }
    observed[low] += 1
  }
  var mergedObserved: [Int] = []
  var mergedExpected: [Double] = []
  var o = 0
  var e = 0.0
  for (count, expectation) in zip(observed, expected) {
    o += count
    e += expectation
    if e >= 5 {
      mergedObserved.append(o)
      mergedExpected.append(e)
      o = 0
      e = 0
    }
  }
  if e > 0 || o > 0 {
    if mergedObserved.isEmpty {
      mergedObserved.append(o)
      mergedExpected.append(e)
    } else {
      mergedObserved[mergedObserved.count - 1] += o
      mergedExpected[mergedExpected.count - 1] += e
    }
  }
  return (chiSquareStatistic(observed: mergedObserved, expected: mergedExpected), mergedObserved.count - 1)
}
