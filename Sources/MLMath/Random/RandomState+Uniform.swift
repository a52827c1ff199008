extension RandomState {
  /// One float in the half-open interval `[0, 1)`, like `rng.random()` /
  /// `rng.random_sample()` / `rng.rand()`.
  public mutating func random() -> Double {
    withStream { $0.nextDouble() }
  }

  /// `size` floats in `[0, 1)`, like `rng.random(size)` / `rng.rand(size)`.
  public mutating func random(size: Int) -> Vector {
    _ = checkedCount(size, in: "random size")
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
    let count = checkedElementCount(size.rows, size.columns, in: "random size")
    return Matrix(rows: size.rows, columns: size.columns, elements: random(size: count).elements)
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
    var values = random(size: size)
    values.elements.withUnsafeMutableBufferPointer { buffer in
      for index in buffer.indices { buffer[index] = low + range * buffer[index] }
    }
    return values
  }

  /// A `rows × columns` matrix of floats drawn uniformly from `[low, high)`,
  /// like `rng.uniform(low, high, (rows, columns))`.
  public mutating func uniform(
    _ low: Double = 0, _ high: Double = 1, size: (rows: Int, columns: Int)
  )
    -> Matrix
  {
    let count = checkedElementCount(size.rows, size.columns, in: "uniform")
    let values = uniform(low, high, size: count)
    return Matrix(rows: size.rows, columns: size.columns, elements: values.elements)
  }

  static func uniformRange(_ low: Double, _ high: Double) -> Double {
    let range = high - low
    guard range.isFinite else { failure("uniform: the range high - low = \(high) - \(low) is not finite") }
    return range
  }
}
