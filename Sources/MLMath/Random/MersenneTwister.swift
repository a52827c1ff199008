/// The 32-bit Mersenne Twister (MT19937) of Matsumoto and Nishimura, laid out
/// exactly as NumPy's legacy `RandomState` keeps it: 624 words of state and a
/// read position, seeded either by `init_genrand` (an integer seed) or by
/// `init_by_array` (an array seed).
///
/// The state words live in a Swift array so that a ``RandomState`` stays a
/// plain value; the hot loops borrow a pointer to them through
/// ``LegacyStream``.
struct MersenneTwister: Sendable, Hashable {
  /// The number of 32-bit words of state.
  static let stateCount = 624
  /// The twist offset `M`.
  static let shift = 397
  /// The twist matrix `A`, as its last row.
  static let twistMatrix: UInt32 = 0x9908_b0df

  /// The state words.
  var key: [UInt32]
  /// The index of the next word to temper; `stateCount` means "regenerate first".
  var position: Int

  /// The state NumPy's `RandomState(seed)` builds for an integer seed
  /// (Matsumoto and Nishimura's `init_genrand`).
  init(seed: UInt32) {
    var key = [UInt32](repeating: 0, count: Self.stateCount)
    var word = seed
    for index in 0..<Self.stateCount {
      key[index] = word
      word = 1_812_433_253 &* (word ^ (word >> 30)) &+ UInt32(index + 1)
    }
    self.key = key
    self.position = Self.stateCount
  }

  /// The state NumPy's `RandomState(seed)` builds for an array seed
  /// (Matsumoto and Nishimura's `init_by_array`).
  init(seedArray: [UInt32]) {
    if seedArray.isEmpty { failure("RandomState(seed:): an array seed must not be empty") }
    self.init(seed: 19_650_218)
    let n = Self.stateCount
    var i = 1
    var j = 0
    for _ in 0..<max(n, seedArray.count) {
      let previous = key[i - 1] ^ (key[i - 1] >> 30)
      key[i] = (key[i] ^ (previous &* 1_664_525)) &+ seedArray[j] &+ UInt32(truncatingIfNeeded: j)
      i += 1
      j += 1
      if i >= n {
        key[0] = key[n - 1]
        i = 1
      }
      if j >= seedArray.count { j = 0 }
    }
    for _ in 0..<(n - 1) {
      let previous = key[i - 1] ^ (key[i - 1] >> 30)
      key[i] = (key[i] ^ (previous &* 1_566_083_941)) &- UInt32(i)
      i += 1
      if i >= n {
        key[0] = key[n - 1]
        i = 1
      }
    }
    key[0] = 0x8000_0000
  }

  /// Refills all 624 words (the "twist") and rewinds the read position.
  @inline(__always)
  static func twist(_ key: UnsafeMutablePointer<UInt32>) {
    let n = stateCount
    let m = shift
    @inline(__always) func mixed(_ upper: UInt32, _ lower: UInt32, _ far: UInt32) -> UInt32 {
      let y = (upper & 0x8000_0000) | (lower & 0x7fff_ffff)
      return far ^ (y >> 1) ^ ((0 &- (y & 1)) & twistMatrix)
    }
    for i in 0..<(n - m) {
      key[i] = mixed(key[i], key[i + 1], key[i + m])
    }
    for i in (n - m)..<(n - 1) {
      key[i] = mixed(key[i], key[i + 1], key[i + m - n])
    }
    key[n - 1] = mixed(key[n - 1], key[0], key[m - 1])
  }

  /// The tempering transform applied to a state word on output.
  @inline(__always)
  static func temper(_ word: UInt32) -> UInt32 {
    var y = word
    y ^= y >> 11
    y ^= (y << 7) & 0x9d2c_5680
    y ^= (y << 15) & 0xefc6_0000
    y ^= y >> 18
    return y
  }
}
