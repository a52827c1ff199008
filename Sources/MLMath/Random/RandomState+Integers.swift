extension LegacyStream {
  /// The smallest mask of the form `2ᵏ - 1` that covers `value`.
  @inline(__always)
  static func mask(covering value: UInt64) -> UInt64 {
    value == 0 ? 0 : UInt64.max >> value.leadingZeroBitCount
  }

  /// A uniform integer in `0...range` by masked rejection, drawing 32-bit
  /// words when the range fits in 32 bits and 64-bit pairs otherwise (NumPy's
  /// legacy `random_bounded_uint64_fill` with `use_masked=True`).
  @inline(__always)
  mutating func bounded(_ range: UInt64, mask: UInt64) -> UInt64 {
    if range == 0 { return 0 }
    if range <= 0xffff_ffff {
      if range == 0xffff_ffff { return UInt64(nextUInt32()) }
      let mask32 = UInt32(truncatingIfNeeded: mask)
      let range32 = UInt32(truncatingIfNeeded: range)
      var value: UInt32
      repeat { value = nextUInt32() & mask32 } while value > range32
      return UInt64(value)
    }
    if range == UInt64.max { return nextUInt64() }
    var value: UInt64
    repeat { value = nextUInt64() & mask } while value > range
    return value
  }

  /// A uniform integer in `0...max` (NumPy's `random_interval`, used by
  /// `shuffle` and `permutation`).
  @inline(__always)
  mutating func interval(_ max: UInt64) -> UInt64 {
    bounded(max, mask: Self.mask(covering: max))
  }
}

extension RandomState {
  /// One integer drawn uniformly from `low..<high`, like `rng.randint(low, high)`.
  public mutating func randint(_ low: Int, _ high: Int) -> Int {
    let (range, mask) = Self.integerRange(low, high, inclusive: false)
    return withStream {
      Int(bitPattern: UInt(bitPattern: low) &+ UInt($0.bounded(range, mask: mask)))
    }
  }

  /// One integer drawn uniformly from `0..<high`, like `rng.randint(high)`.
  public mutating func randint(_ high: Int) -> Int {
    randint(0, high)
  }

  /// `size` integers drawn uniformly from `low..<high`, like `rng.randint(low, high, size)`.
  public mutating func randint(_ low: Int, _ high: Int, size: Int) -> IntVector {
    integers(low, high, size: size, endpoint: false)
  }

  /// `size` integers drawn uniformly from `0..<high`, like `rng.randint(high, size=size)`.
  public mutating func randint(_ high: Int, size: Int) -> IntVector {
    randint(0, high, size: size)
  }

  /// `size` integers drawn uniformly from `low..<high` (or `low...high` when
  /// `endpoint` is `true`).
  ///
  /// This is `randint` with NumPy's `Generator.integers` spelling; the values
  /// follow `RandomState.randint` (masked rejection), not `Generator.integers`
  /// (which uses a different algorithm and bit generator).
  public mutating func integers(_ low: Int, _ high: Int, size: Int, endpoint: Bool = false)
    -> IntVector
  {
    let (range, mask) = Self.integerRange(low, high, inclusive: endpoint)
    _ = checkedCount(size, in: endpoint ? "integers" : "randint")
    if range != 0, range < 0xffff_ffff {
      // The common case — a range below 2³² - 1 — without per-draw branches.
      let values = withStream { stream in
        [Int](unsafeUninitializedCapacity: size) { buffer, initialized in
          adviseHugePages(UnsafeMutableRawPointer(buffer.baseAddress), byteCount: size * 8)
          if let base = buffer.baseAddress {
            stream.fillBounded32(
              base, count: size, offset: low, range: UInt32(range),
              mask: UInt32(truncatingIfNeeded: mask))
          }
          initialized = size
        }
      }
      return IntVector(values)
    }
    return integers(count: size) {
      Int(bitPattern: UInt(bitPattern: low) &+ UInt($0.bounded(range, mask: mask)))
    }
  }

  /// The width `high - low` (less one for a half-open range) as an unsigned
  /// count, and its rejection mask.
  static func integerRange(_ low: Int, _ high: Int, inclusive: Bool) -> (UInt64, UInt64) {
    if inclusive ? low > high : low >= high {
      failure(
        inclusive
          ? "integers: low > high (low = \(low), high = \(high)); with endpoint: true the range is low...high"
          : "randint: low >= high (low = \(low), high = \(high)); the range is low..<high, so it must not be empty"
      )
    }
    let top = inclusive ? high : high - 1
    let range = UInt64(UInt(bitPattern: top) &- UInt(bitPattern: low))
    return (range, LegacyStream.mask(covering: range))
  }
}
