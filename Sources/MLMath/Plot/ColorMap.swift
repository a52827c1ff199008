import Foundation

/// A sequential colour map from low values (dark purple) to high values (yellow),
/// approximating matplotlib's perceptually uniform "viridis".
enum ColorMap {
  /// Evenly spaced anchor colours; values in between are interpolated linearly.
  private static let anchors: [(Double, Double, Double)] = [
    (68, 1, 84), (72, 40, 120), (62, 74, 137), (49, 104, 142), (38, 130, 142),
    (31, 158, 137), (53, 183, 121), (109, 205, 89), (180, 222, 44), (253, 231, 37),
  ]

  /// The number of distinct colours used by renderings; values are quantised to these
  /// steps so that neighbouring equal-coloured cells merge and SVGs stay small.
  static let steps = 16

  /// The colour step (`0..<steps`) of `fraction` in `0...1` (clamped).
  static func step(_ fraction: Double) -> Int {
    Int(fraction * Double(steps), rounding: .down, clampedTo: 0...(steps - 1))
  }

  /// The colour of step `step`, as `#rrggbb`.
  static func color(step: Int) -> String {
    color(at: (Double(step) + 0.5) / Double(steps))
  }

  /// The colour at `fraction` in `0...1` (clamped), as `#rrggbb`.
  static func color(at fraction: Double) -> String {
    "#" + channels(at: fraction).map { hex(Int($0.rounded())) }.joined()
  }

  /// Whether text on step `step` should be dark: the colour's relative luminance
  /// (WCAG) is high enough for black text to contrast more than white.
  static func prefersDarkText(step: Int) -> Bool {
    let linear = channels(at: (Double(step) + 0.5) / Double(steps)).map { channel in
      let c = channel / 255
      return c <= 0.04045 ? c / 12.92 : Foundation.pow((c + 0.055) / 1.055, 2.4)
    }
    let luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    // Equal contrast with black and white at luminance ≈ 0.18.
    return luminance > 0.18
  }

  /// The red, green and blue channels (`0...255`) at `fraction` in `0...1` (clamped).
  private static func channels(at fraction: Double) -> [Double] {
    let position = (fraction.isNaN ? 0 : min(max(fraction, 0), 1)) * Double(anchors.count - 1)
    let lower = Int(position, rounding: .down, clampedTo: 0...(anchors.count - 2))
    let t = position - Double(lower)
    let (r0, g0, b0) = anchors[lower]
    let (r1, g1, b1) = anchors[lower + 1]
    return [r0 + (r1 - r0) * t, g0 + (g1 - g0) * t, b0 + (b1 - b0) * t]
  }

  /// `value` (`0...255`) as two lowercase hexadecimal digits.
  private static func hex(_ value: Int) -> String {
    let digits = Array("0123456789abcdef")
    return String([digits[value / 16], digits[value % 16]])
  }
}
