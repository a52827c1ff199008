import Foundation
import XCTest

@testable import MLMath

/// One distribution of a `Fixtures/reference/*_distributions.json` fixture, as
/// `scripts/reference/continuous_distributions.py` writes it.
struct DistributionReference: Decodable {
  struct XRow: Decodable {
    var x: ReferenceNumber
    var values: [String: ReferenceNumber]

    private struct Key: CodingKey {
      var stringValue: String
      var intValue: Int? { nil }
      init?(stringValue: String) { self.stringValue = stringValue }
      init?(intValue: Int) { nil }
    }

    init(from decoder: Decoder) throws {
      let c = try decoder.container(keyedBy: Key.self)
      var values: [String: ReferenceNumber] = [:]
      var x: ReferenceNumber?
      for key in c.allKeys {
        let number = try c.decode(ReferenceNumber.self, forKey: key)
        if key.stringValue == "x" || key.stringValue == "q" { x = number } else { values[key.stringValue] = number }
      }
      self.x =
        try x
        ?? {
          throw DecodingError.keyNotFound(Key(stringValue: "x")!, .init(codingPath: [], debugDescription: "no x"))
        }()
      self.values = values
    }
  }

  struct Moments: Decodable {
    var mean, variance, std, median, entropy: ReferenceNumber
    var interval95: [ReferenceNumber]
    var support: [ReferenceNumber]
  }

  struct Stream: Decodable {
    var seed: Int
    var values: [ReferenceNumber]
  }

  var name: String
  /// `[label, value]` pairs in initializer order.
  var params: [[ParamCell]]
  var x: [XRow]
  var q: [XRow]
  var moments: Moments
  var stream: Stream?

  enum ParamCell: Decodable {
    case label(String)
    case number(Double)
    init(from decoder: Decoder) throws {
      let c = try decoder.singleValueContainer()
      if let d = try? c.decode(ReferenceNumber.self) {
        self = .number(d.value)
      } else {
        self = .label(try c.decode(String.self))
      }
    }
  }

  /// The parameters by label.
  var parameters: [String: Double] {
    var out: [String: Double] = [:]
    for pair in params {
      if case .label(let label) = pair[0], case .number(let value) = pair[1] { out[label] = value }
    }
    return out
  }

  /// `Normal(loc: 0.0, scale: 1.0)` for messages.
  var call: String {
    let args = params.compactMap { pair -> String? in
      guard case .label(let label) = pair[0], case .number(let value) = pair[1] else { return nil }
      return "\(label): \(value)"
    }
    return "\(name)(\(args.joined(separator: ", ")))"
  }
}

/// Whether `actual` is within `relative` of `expected` (NaN matches NaN, infinities match exactly,
/// and values below `absolute` in magnitude compare absolutely).
func referenceClose(_ actual: Double, _ expected: Double, relative: Double, absolute: Double = 0) -> Bool {
  if expected.isNaN { return actual.isNaN }
  if expected.isInfinite || actual.isInfinite { return actual == expected }
  let difference = (actual - expected).magnitude
  return difference <= relative * expected.magnitude || difference <= absolute
}

/// The Kolmogorov–Smirnov statistic D = sup |Fₙ(x) − F(x)| of a sample against a continuous cdf.
func kolmogorovSmirnovStatistic(_ sample: [Double], cdf: (Double) -> Double) -> Double {
  let sorted = sample.sorted()
  let n = Double(sorted.count)
  var d = 0.0
  for (i, x) in sorted.enumerated() {
    let f = cdf(x)
    d = max(d, Double(i + 1) / n - f, f - Double(i) / n)
  }
  return d
}

/// The 0.1 %-level critical value of the one-sample KS statistic for n draws
/// (asymptotic: √(−½ log(α/2)) / √n ≈ 1.949/√n), so a correct sampler fails one seed in a thousand.
func kolmogorovSmirnovCritical(_ n: Int) -> Double { (-0.5 * log(0.0005)).squareRoot() / Double(n).squareRoot() }

/// Pearson's chi-square statistic of observed counts against expected counts.
func chiSquareStatistic(observed: [Int], expected: [Double]) -> Double {
  zip(observed, expected).reduce(0) { $0 + (Double($1.0) - $1.1) * (Double($1.0) - $1.1) / $1.1 }
}

/// The upper 0.1 % point of the chi-square distribution with `df` degrees of freedom
/// (Wilson–Hilferty, within 1 % of the exact value for df ≥ 3, conservative below).
func chiSquareCritical(df: Int) -> Double {
  let k = Double(max(df, 1))
  let z = 3.090232306167813  // Φ⁻¹(0.999)
  let t = 1 - 2 / (9 * k) + z * (2 / (9 * k)).squareRoot()
  return max(k * t * t * t, 10.83)
}
