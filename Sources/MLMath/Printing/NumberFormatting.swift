// Number formatting for lesson output — the equivalents of Python's format
// specs, so a lesson can print exactly what its Python counterpart prints:
//
// | Python               | MLMath                                  |
// |----------------------|-----------------------------------------|
// | `f"{x:.4f}"`         | `x.fixed(4)`                            |
// | `f"{x:>10.4f}"`      | `x.fixed(4, width: 10)`                 |
// | `f"{x:<10.4f}"`      | `x.fixed(4, width: 10, alignment: .left)` |
// | `f"{x:.3e}"`         | `x.scientific(3)`                       |
// | `f"{x:.6g}"`         | `x.general(6)`                          |
// | `f"{x:.1%}"`         | `x.percent(1)`                          |
// | `f"{s:>8}"`          | `s.padded(to: 8)`                       |
// | `f"{s:^8}"`          | `s.padded(to: 8, alignment: .center)`   |

/// Where text goes inside a wider field.
public enum TextAlignment: Sendable, Hashable {
  /// Padding after the text (Python's `<`).
  case left
  /// Padding before the text (Python's `>`).
  case right
  /// Padding on both sides, the extra space after (Python's `^`).
  case center
}

extension String {
  /// The string padded with spaces to at least `width` characters (Python's `f"{s:>width}"`).
  ///
  /// Longer strings are returned unchanged, never truncated.
  public func padded(to width: Int, alignment: TextAlignment = .right) -> String {
    let padding = width - count
    guard padding > 0 else { return self }
    switch alignment {
    case .left: return self + String(repeating: " ", count: padding)
    case .right: return String(repeating: " ", count: padding) + self
    case .center:
      let before = padding / 2
      return String(repeating: " ", count: before) + self
        + String(repeating: " ", count: padding - before)
    }
  }
}

extension Double {
  /// Fixed-point text with `digits` digits after the point (Python's `f"{x:.4f}"` for `fixed(4)`),
  /// padded to `width` (Python's `f"{x:>10.4f}"` for `fixed(4, width: 10)`).
  public func fixed(_ digits: Int, width: Int = 0, alignment: TextAlignment = .right) -> String {
    pythonStyle("%.*f", digits).padded(to: width, alignment: alignment)
  }

  /// Scientific notation with `digits` digits after the point (Python's `f"{x:.3e}"`, e.g. `1.235e+03`).
  public func scientific(_ digits: Int, width: Int = 0, alignment: TextAlignment = .right) -> String {
    pythonStyle("%.*e", digits).padded(to: width, alignment: alignment)
  }

  /// `significant` significant digits, fixed or scientific, whichever is
  /// shorter, trailing zeros removed (Python's `f"{x:.6g}"`).
  public func general(_ significant: Int = 6, width: Int = 0, alignment: TextAlignment = .right)
    -> String
  {
    pythonStyle("%.*g", Swift.max(significant, 1)).padded(to: width, alignment: alignment)
  }

  /// The value times 100 with `digits` digits after the point and a `%` sign
  /// (Python's `f"{x:.1%}"`: `0.25.percent(1)` is `"25.0%"`).
  public func percent(_ digits: Int = 0, width: Int = 0, alignment: TextAlignment = .right)
    -> String
  {
    let text =
      isFinite ? (self * 100).pythonStyle("%.*f", digits) + "%" : pythonStyle("%.*f", 0) + "%"
    return text.padded(to: width, alignment: alignment)
  }

  /// C formatting with Python's spelling of the special values (`nan`, `inf`, `-inf`).
  func pythonStyle(_ format: String, _ precision: Int) -> String {
    if isNaN { return "nan" }
    if isInfinite { return self < 0 ? "-inf" : "inf" }
    if precision > Int(Int32.max) {
      failure("format precision \(precision) is too large (at most \(Int32.max))")
    }
    return cFormat(format, precision: Swift.max(precision, 0), self)
  }
}
