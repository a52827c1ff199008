/// A borrowed view of a ``RandomState`` while it draws: the Mersenne Twister
/// words (by pointer, so hot loops avoid array bookkeeping), the read
/// position, and the cached second value of the polar Box–Muller method.
///
/// Every sampling algorithm is written against this type, as a transcription
/// of NumPy's legacy C functions, so that each call consumes exactly the same
/// 32-bit words in the same order as `numpy.random.RandomState`.
struct LegacyStream {
  /// The 624 Mersenne Twister words.
  var key: UnsafeMutablePointer<UInt32>
  /// The index of the next word to temper.
  var position: Int
  /// Whether ``gauss`` holds an unused normal deviate.
  var hasGauss: Bool
  /// The normal deviate saved by the last polar Box–Muller step.
  var gauss: Double

  /// The next 32 random bits (NumPy's `next_uint32`).
  @inline(__always)
  mutating func nextUInt32() -> UInt32 {
    if position == MersenneTwister.stateCount {
      MersenneTwister.twist(key)
      position = 0
    }
    let word = key[position]
    position += 1
    return MersenneTwister.temper(word)
  }

  /// The next 64 random bits: the first 32-bit word is the high half
  /// (NumPy's `mt19937_next64`).
  @inline(__always)
  mutating func nextUInt64() -> UInt64 {
    let high = UInt64(nextUInt32())
    return high << 32 | UInt64(nextUInt32())
  }

  /// A double in `[0, 1)` with 53 random bits: 27 bits of one word and 26 of
  /// the next (NumPy's `mt19937_next_double`).
  @inline(__always)
  mutating func nextDouble() -> Double {
    let a = nextUInt32() >> 5
    let b = nextUInt32() >> 6
    return (Double(a) * 67_108_864.0 + Double(b)) / 9_007_199_254_740_992.0
  }

  /// Converts a double to `Int` the way x86-64's `cvttsd2si` does in NumPy's C
  /// casts: truncation toward zero, and `Int.min` for NaN or out-of-range values
  /// (where a Swift conversion would trap).
  @inline(__always)
  static func truncatingToInt(_ x: Double) -> Int {
    if x.isNaN || x >= 9_223_372_036_854_775_808.0 || x < -9_223_372_036_854_775_808.0 {
      return Int.min
    }
    return Int(x)
  }
}
