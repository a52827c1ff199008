extension RandomState {
  /// One float in the half-open interval `[0, 1)`, like `rng.random()` /
  /// `rng.random_sample()` / `rng.rand()`.
  public mutating func random() -> Double {
    withStream { $0.nextDouble() }
  }

  /// `size` floats in `[0, 1)`, like `rng.random(size)` / `rng.rand(size)`.
  public mutating func random(size: Int) -> Vector {
    guard size >= 0 else { fatalError("Negative dimensions are not allowed (size \(size))") }
    return withStream { stream in
      Vector(
        [Double](unsafeUninitializedCapacity: size) { buffer, initialized in
          adviseHugePages(UnsafeMutableRawPointer(buffer.baseAddress), byteCount: size * 8)
          if let base = buffer.baseAddress { stream.fillDoubles(base, count: size) }
          initialized = size
        })
    }
  }

  /// A `rows × columns` matrix of floats in `[0, 1)`, like `rng.random((rows, columns))`.
  public mutating func random(size: (rows: Int, columns: Int)) -> Matrix {
    matrix(shape: size) { $0.nextDouble() }
  }

  /// `count` floats in `[0, 1)`, like `rng.rand(count)`.
  public mutating func rand(_ count: Int) -> Vector {
    random(size: count)
  }

  /// A `rows × columns` matrix of floats in `[0, 1)`, like `rng.rand(rows, columns)`.
  public mutating func rand(_ rows: Int, _ columns: Int) -> Matrix {
    random(size: (rows, columns))
  }

  /// One float drawn uniformly from `[low, high)`, like `rng.uniform(low, high)`.
  public mutating func uniform(_ low: Double = 0, _ high: Double = 1) -> Double {
    let range = Self.uniformRange(low, high)
    return withStream { low + range * $0.nextDouble() }
  }

  /// `size` floats drawn uniformly from `[low, high)`, like `rng.uniform(low, high, size)`.
  public mutating func uniform(_ low: Double = 0, _ high: Double = 1, size: Int) -> Vector {
    let range = Self.uniformRange(low, high)
    return vector(count: size) { low + range * $0.nextDouble() }
  }

  /// A `rows × columns` matrix of floats drawn uniformly from `[low, high)`,
  /// like `rng.uniform(low, high, (rows, columns))`.
  public mutating func uniform(
    _ low: Double = 0, _ high: Double = 1, size: (rows: Int, columns: Int)
  )
    -> Matrix
  {
    let range = Self.uniformRange(low, high)
    return matrix(shape: size) { low + range * $0.nextDouble() }
  }

  static func uniformRange(_ low: Double, _ high: Double) -> Double {
    let range = high - low
    guard range.isFinite else { fatalError("uniform: range \(low)..<\(high) exceeds valid bounds") }
    return range
  }
}
