import Foundation

/// How an axis maps data values to positions.
public enum AxisScale: Sendable, Hashable {
  /// Equal distances for equal differences.
  case linear
  /// Equal distances for equal ratios (base 10); values `<= 0` are not drawn.
  case log

  /// `value` in the space where the axis is linear, or `nil` if the scale
  /// cannot show it (non-finite values, and non-positive ones on a log axis).
  func transform(_ value: Double) -> Double? {
    guard value.isFinite else { return nil }
    switch self {
    case .linear:
      return value
    case .log:
      return value > 0 ? Foundation.log10(value) : nil
    }
  }

  /// The data value at `position` in the axis's linear space; the inverse of ``transform(_:)``.
  func untransform(_ position: Double) -> Double {
    switch self {
    case .linear: position
    case .log: Foundation.pow(10, position)
    }
  }
}
