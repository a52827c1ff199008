extension LegacyStream {
  /// Shuffles `count` items in place by the Fisher–Yates walk NumPy's legacy
  /// `shuffle` makes: from the last position down to 1, swap with a uniform
  /// position at or below it.
  @inline(__always)
  mutating func shuffle(count: Int, swap: (Int, Int) -> Void) {
    var i = count - 1
    while i >= 1 {
      let j = Int(interval(UInt64(i)))
      swap(i, j)
      i -= 1
    }
  }
}

extension RandomState {
  /// Shuffles `array` in place, like `rng.shuffle(x)`.
  public mutating func shuffle<Element>(_ array: inout [Element]) {
    array.withUnsafeMutableBufferPointer { buffer in
      withStream { stream in stream.shuffle(count: buffer.count) { buffer.swapAt($0, $1) } }
    }
  }

  /// Shuffles the elements of `vector` in place, like `rng.shuffle(x)`.
  public mutating func shuffle(_ vector: inout Vector) {
    shuffle(&vector.elements)
  }

  /// Shuffles the rows of `matrix` in place, like `rng.shuffle(x)` for a 2-D array.
  public mutating func shuffle(_ matrix: inout Matrix) {
    let (rows, columns) = (matrix.rows, matrix.columns)
    matrix.elements.withUnsafeMutableBufferPointer { buffer in
      withStream { stream in
        stream.shuffle(count: rows) { i, j in
          guard i != j else { return }
          for column in 0..<columns { buffer.swapAt(i * columns + column, j * columns + column) }
        }
      }
    }
  }

  /// The integers `0..<count` in random order, like `rng.permutation(count)`.
  public mutating func permutation(_ count: Int) -> IntVector {
    guard count >= 0 else { failure("permutation: count must be non-negative, got \(count)") }
    var values = Array(0..<count)
    shuffle(&values)
    return IntVector(values)
  }

  /// A shuffled copy of `array`, like `rng.permutation(x)`.
  public mutating func permutation<Element>(_ array: [Element]) -> [Element] {
    var copy = array
    shuffle(&copy)
    return copy
  }

  /// A shuffled copy of `vector`, like `rng.permutation(x)`.
  public mutating func permutation(_ vector: Vector) -> Vector {
    var copy = vector
    shuffle(&copy)
    return copy
  }

  /// A copy of `matrix` with its rows shuffled, like `rng.permutation(x)` for a 2-D array.
  public mutating func permutation(_ matrix: Matrix) -> Matrix {
    var copy = matrix
    shuffle(&copy)
    return copy
  }
}
