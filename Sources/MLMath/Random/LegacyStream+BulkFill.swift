extension LegacyStream {
  /// Fills `output` with `count` doubles in `[0, 1)` — exactly the values
  /// `count` calls of ``nextDouble()`` return — working through the state
  /// block a run of whole word pairs at a time, so the compiler can temper
  /// and convert several words per instruction.
  mutating func fillDoubles(_ output: UnsafeMutablePointer<Double>, count: Int) {
    let n = MersenneTwister.stateCount
    var produced = 0
    while produced < count {
      if position == n {
        MersenneTwister.twist(key)
        position = 0
      }
      let pairs = min((n - position) / 2, count - produced)
      if pairs == 0 {
        // One word left in this block: the pair straddles the twist.
        output[produced] = nextDouble()
        produced += 1
        continue
      }
      let words = key + position
      let out = output + produced
      for j in 0..<pairs {
        let a = MersenneTwister.temper(words[2 * j]) >> 5
        let b = MersenneTwister.temper(words[2 * j + 1]) >> 6
        out[j] = (Double(a) * 67_108_864.0 + Double(b)) / 9_007_199_254_740_992.0
      }
      position += 2 * pairs
      produced += pairs
    }
  }

  /// Fills `output` with `count` integers `offset + k`, `k` uniform in
  /// `0...range`, by masked rejection on 32-bit words — the values `count`
  /// calls of ``bounded(_:mask:)`` return for a range below `2³² - 1`.
  ///
  /// Every candidate is stored and the write position advances only when it
  /// is accepted, so rejections cost no branch mispredictions.
  mutating func fillBounded32(
    _ output: UnsafeMutablePointer<Int>, count: Int, offset: Int, range: UInt32, mask: UInt32
  ) {
    var accepted = 0
    while accepted < count {
      let candidate = nextUInt32() & mask
      output[accepted] = offset &+ Int(candidate)
      accepted &+= candidate <= range ? 1 : 0
    }
  }
}
