// Exact counts (30!, C(100, 50), Bell(20)) outgrow every fixed-width integer, so
// MLMath's combinatorics return attaswift/BigInt's `BigUInt`. Lessons write only
// `import MLMath`; re-exporting BigInt lets them name `BigUInt`, compare results
// with literals and convert them (`Double(count)`) without a second import.
@_exported import BigInt

extension Double {
  /// `value` rounded to the nearest `Double` (ties to even), as Python's
  /// `float(n)` rounds an `int`; `inf` past `Double.greatestFiniteMagnitude`
  /// (where Python raises `OverflowError`).
  ///
  /// BigInt's own conversion (for any `BinaryFloatingPoint`) can be a few units
  /// off in the last place (`Double(170!)` gives `7.257415615307998e+306`,
  /// Python `7.257415615307999e+306`); this one, declared on `Double` itself, is
  /// the one `Double(count)` picks. Complexity: `O(1)` beyond reading the top
  /// 64 bits and finding the lowest set bit.
  public init(_ value: BigUInt) {
    let width = value.bitWidth  // significant bits (BigUInt drops leading zeros)
    if width <= 64 {
      self = Double(UInt64(value))
      return
    }
    let shift = width - 64
    var top = UInt64(value >> shift)
    // A 1 among the bits shifted out rounds like a 1 in the lowest kept bit,
    // which lies below the 53 bits a Double keeps and its rounding bit.
    if value.trailingZeroBitCount < shift { top |= 1 }
    self = Double(sign: .plus, exponent: shift, significand: Double(top))
  }
}
