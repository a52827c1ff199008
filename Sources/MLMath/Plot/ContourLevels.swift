/// Which values a contour plot draws level curves at.
///
/// Write an integer for "about this many, at nice round values" and an array for
/// exact values:
///
/// ```swift
/// figure.contour(loss, x: -2...2, y: -2...2, levels: 8)
/// figure.contour(loss, x: -2...2, y: -2...2, levels: [0.1, 0.5, 1, 2, 4])
/// ```
public struct ContourLevels: Sendable, Hashable {
  private enum Choice: Sendable, Hashable {
    case count(Int)
    case values([Double])
  }

  private let choice: Choice

  /// About `count` levels at nice round values (multiples of 1, 2 or 5 × 10ᵏ)
  /// strictly between the smallest and largest sample; `count` is taken as at least
  /// 1 and at most 1000.
  public static func count(_ count: Int) -> ContourLevels {
    ContourLevels(choice: .count(min(max(1, count), 1000)))
  }

  /// Exactly these levels.
  public static func values(_ values: [Double]) -> ContourLevels {
    ContourLevels(choice: .values(values.filter(\.isFinite).sorted()))
  }

  /// The level values for samples ranging over `low...high`, lowest first.
  func resolve(low: Double, high: Double) -> [Double] {
    switch choice {
    case .values(let values):
      return values
    case .count(let count):
      guard low < high else { return [] }
      return TickLocator.linear(low, high, target: count + 1).map(\.value).filter {
        $0 > low && $0 < high
      }
    }
  }
}

extension ContourLevels: ExpressibleByIntegerLiteral {
  /// About `value` levels at nice round values; see ``count(_:)``.
  public init(integerLiteral value: Int) {
    self = .count(value)
  }
}

extension ContourLevels: ExpressibleByArrayLiteral {
  /// Exactly these levels; see ``values(_:)``.
  public init(arrayLiteral elements: Double...) {
    self = .values(elements)
  }
}
