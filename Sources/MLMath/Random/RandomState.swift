/// A seeded source of random numbers that reproduces NumPy's legacy
/// `numpy.random.RandomState` draw for draw.
///
/// ```swift
/// var rng = RandomState(seed: 42)        // rng = np.random.RandomState(42)
/// let x = rng.normal(0, 1, size: 5)      // x = rng.normal(0, 1, 5)
/// let k = rng.randint(0, 10, size: 3)    // k = rng.randint(0, 10, 3)
/// ```
///
/// `RandomState` is a value: drawing mutates it, so declare it with `var`;
/// copying it forks the stream (both copies then produce the same numbers).
/// The shared generator behind ``Random`` is one of these.
///
/// Like NumPy's, the generator is the 32-bit Mersenne Twister (MT19937) with
/// NumPy's seeding, plus the cached second deviate of the polar Box–Muller
/// method, so after the same seed and the same calls, `random`, `uniform`,
/// `normal`, `standardNormal`, `randint`, `choice`, `shuffle`, `permutation`,
/// `exponential`, `gamma`, `beta`, `binomial` and `poisson` return exactly
/// NumPy's values, bit for bit.
public struct RandomState: Sendable, Hashable {
  /// The Mersenne Twister words and read position.
  var twister: MersenneTwister
  /// Whether a second normal deviate from the last Box–Muller step is waiting.
  var hasGauss = false
  /// That waiting deviate.
  var gauss = 0.0

  /// A generator seeded like `np.random.RandomState(seed)` /
  /// `np.random.seed(seed)`; `seed` must be in `0...4_294_967_295`.
  public init(seed: Int) {
    twister = MersenneTwister(seed: Self.checkedSeed(seed))
  }

  /// A generator seeded with an array of 32-bit integers, like
  /// `np.random.RandomState([1, 2, 3])`.
  public init(seed: [Int]) {
    guard !seed.isEmpty else { failure("RandomState(seed:): an array seed must not be empty") }
    twister = MersenneTwister(seedArray: seed.map(Self.checkedSeed))
  }

  /// A generator seeded from the system's entropy source, like
  /// `np.random.RandomState()`: its numbers differ on every run.
  public init() {
    var system = SystemRandomNumberGenerator()
    let words = (0..<MersenneTwister.stateCount).map { _ in
      UInt32.random(in: .min ... .max, using: &system)
    }
    twister = MersenneTwister(seedArray: words)
  }

  /// Re-seeds this generator, like `rng.seed(seed)`, forgetting any cached
  /// normal deviate.
  public mutating func seed(_ seed: Int) {
    self = RandomState(seed: seed)
  }

  /// Re-seeds this generator from an array of 32-bit integers.
  public mutating func seed(_ seed: [Int]) {
    self = RandomState(seed: seed)
  }

  static func checkedSeed(_ seed: Int) -> UInt32 {
    guard let word = UInt32(exactly: seed) else {
      failure("seed: a seed must be between 0 and 2**32 - 1, got \(seed)")
    }
    return word
  }

  /// Runs `body` with the generator's state exposed as a ``LegacyStream``
  /// and stores the advanced state back.
  @inline(__always)
  mutating func withStream<Result>(_ body: (inout LegacyStream) throws -> Result) rethrows -> Result {
    // Copied out first: `self` cannot be read while its key array is borrowed.
    var scalars = (position: twister.position, hasGauss: hasGauss, gauss: gauss)
    let result = try twister.key.withUnsafeMutableBufferPointer { words in
      // The key always holds 624 words, so its buffer has a base address.
      var stream = LegacyStream(
        key: words.baseAddress!, position: scalars.position, hasGauss: scalars.hasGauss,
        gauss: scalars.gauss)
      defer { scalars = (stream.position, stream.hasGauss, stream.gauss) }
      return try body(&stream)
    }
    twister.position = scalars.position
    hasGauss = scalars.hasGauss
    gauss = scalars.gauss
    return result
  }

  /// Fills a new vector with `count` values from `draw`.
  @inline(__always)
  mutating func vector(count: Int, _ draw: (inout LegacyStream) -> Double) -> Vector {
    _ = checkedCount(count, in: "random size")
    return withStream { stream in
      Vector(
        [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
          adviseHugePages(UnsafeMutableRawPointer(buffer.baseAddress), byteCount: count * 8)
          for index in 0..<count { buffer[index] = draw(&stream) }
          initialized = count
        })
    }
  }

  /// Fills a new matrix with `shape.rows * shape.columns` values from `draw`, row by row.
  @inline(__always)
  mutating func matrix(shape: (rows: Int, columns: Int), _ draw: (inout LegacyStream) -> Double)
    -> Matrix
  {
    let count = checkedElementCount(shape.rows, shape.columns, in: "random size")
    let values = vector(count: count, draw)
    return Matrix(rows: shape.rows, columns: shape.columns, elements: values.elements)
  }

  /// Fills a new integer array with `count` values from `draw`.
  @inline(__always)
  mutating func integers(count: Int, _ draw: (inout LegacyStream) -> Int) -> IntVector {
    _ = checkedCount(count, in: "random size")
    let values = withStream { stream in
      [Int](unsafeUninitializedCapacity: count) { buffer, initialized in
        adviseHugePages(UnsafeMutableRawPointer(buffer.baseAddress), byteCount: count * 8)
        for index in 0..<count { buffer[index] = draw(&stream) }
        initialized = count
      }
    }
    return IntVector(values)
  }
}

extension RandomState: RandomNumberGenerator {
  /// The next 64 random bits (two Mersenne Twister words, high word first),
  /// so a `RandomState` also works with the standard library, as in
  /// `Int.random(in: 1...6, using: &rng)` or `names.shuffled(using: &rng)`.
  ///
  /// The standard library's algorithms differ from NumPy's, so these uses do
  /// not reproduce NumPy's values.
  public mutating func next() -> UInt64 {
    withStream { $0.nextUInt64() }
  }
}
