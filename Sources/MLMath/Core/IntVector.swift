/// A one-dimensional array of `Int` — MLMath's `np.ndarray` of dtype `int64` with `ndim == 1`.
///
/// Counts, indices and integer samples are `IntVector`s: `argsort`, `Random.randint`,
/// `Random.binomial`, `bincount`, `uniqueCounts` and the like return one, and it
/// prints as NumPy prints an `int64` array (`[6 7 0]`, `array([6, 7, 0])`).
///
/// ```swift
/// let rolls = Random.randint(1, 7, size: 10)   // np.random.randint(1, 7, 10)
/// print(rolls.mean(), bincount(rolls))           // float64 mean, counts per value
/// let x = Vector(rolls) / 6                      // rolls.astype(float) / 6
/// ```
///
/// Arithmetic (`+ - *`) stays integer and stops on overflow instead of wrapping
/// as NumPy does; `/` is true division and gives a ``Vector``. There are no mixed
/// integer–float operators: write `Vector(k) * 0.5` where NumPy would promote
/// `k * 0.5` to floats. It is a
/// collection of `Int`, so `for i in v`, `v[i]` and `v.count` work as on an array.
public struct IntVector: Sendable, Hashable {
  /// The elements, in order.
  public var elements: [Int]

  /// A vector holding `elements`.
  @inlinable
  public init(_ elements: [Int]) {
    self.elements = elements
  }

  /// A vector of `count` copies of `value`.
  public init(repeating value: Int, count: Int) {
    elements = Array(repeating: value, count: checkedCount(count, in: "IntVector(repeating:count:)"))
  }

  /// The elements of `v` truncated toward zero (NumPy's `v.astype(np.int64)`).
  ///
  /// NaN, ±∞ and values outside the range of `Int` stop the program (NumPy
  /// silently produces an arbitrary integer there).
  public init(_ v: Vector) {
    elements = v.elements.enumerated().map { k, x in
      checkedInt(x, at: k, in: "IntVector(_:) (astype(int64))")
    }
  }

  /// `1` where the mask is `true`, `0` elsewhere (NumPy's `mask.astype(int)`); a 2-D mask is flattened.
  public init(_ mask: Mask) {
    elements = mask.elements.map { $0 ? 1 : 0 }
  }

  /// The number of elements (NumPy's `len(v)` / `v.size`).
  @inlinable
  public var count: Int { elements.count }
}

/// `x` truncated toward zero, or a stop naming the value when it has no `Int`.
func checkedInt(_ x: Double, at position: Int, in function: String) -> Int {
  // 2⁶³ is exactly representable; every double below it (and ≥ −2⁶³) truncates into range.
  guard x.isFinite, x >= -9.223372036854775808e18, x < 9.223372036854775808e18 else {
    failure(
      "\(function): element \(position) is \(x.isNaN ? "nan" : "\(x)"), which has no Int value (valid: finite values in -2⁶³..<2⁶³)"
    )
  }
  return Int(x)
}

extension Vector {
  /// The elements of `v` as floats (NumPy's `v.astype(float)`); integers above 2⁵³ round to the nearest double.
  ///
  /// Disfavored so that `Vector([1, 2])` keeps meaning the `[Double]` initializer:
  /// both `[Double]` and `IntVector` can be spelled by that literal.
  @_disfavoredOverload
  public init(_ v: IntVector) {
    self.init(v.elements.map { Double($0) })
  }
}

extension IntVector: ExpressibleByArrayLiteral {
  /// `[1, 2, 3]` is an integer vector of three elements.
  @inlinable
  public init(arrayLiteral elements: Int...) {
    self.elements = elements
  }
}

extension IntVector: RandomAccessCollection, MutableCollection {
  /// The position of the first element: always 0.
  @inlinable public var startIndex: Int { 0 }
  /// One past the position of the last element: `count`.
  @inlinable public var endIndex: Int { elements.count }

  /// The element at position `index`, counting from 0 (NumPy's `v[i]`; negative indices are not allowed).
  @inlinable
  public subscript(index: Int) -> Int {
    get {
      if index < 0 || index >= elements.count { intVectorIndexFailure(index, elements.count) }
      return elements[index]
    }
    set {
      if index < 0 || index >= elements.count { intVectorIndexFailure(index, elements.count) }
      elements[index] = newValue
    }
  }

  /// Iterates over the elements in order, for `for x in v`.
  ///
  /// The standard `IndexingIterator` would reach each element through the collection's
  /// generic witnesses, which a program compiled without optimisation (such as a lesson)
  /// runs unspecialised, at about 20 ns an element; this iterator's `next()` is one call
  /// into MLMath's optimised code (about 6 ns), and optimised clients inline it as before.
  public struct Iterator: IteratorProtocol {
    @usableFromInline var elements: [Int]
    @usableFromInline var position: Int

    @inlinable init(_ elements: [Int]) {
      self.elements = elements
      position = 0
    }

    /// The next element, or nil after the last.
    @inlinable
    public mutating func next() -> Int? {
      if position == elements.count { return nil }
      defer { position += 1 }
      return elements[position]
    }
  }

  /// An iterator over the elements, in order.
  @inlinable public func makeIterator() -> Iterator { Iterator(elements) }
}

/// The failure of `v[index]` on an integer vector of `count` elements.
@usableFromInline
@inline(never)
func intVectorIndexFailure(_ index: Int, _ count: Int) -> Never {
  indexFailure(
    index, count: count, in: intVectorText(count), fix: "v[v.count - \(index.magnitude)]")
}

/// `an IntVector of 3 elements`, `an empty IntVector`.
func intVectorText(_ count: Int) -> String {
  switch count {
  case 0: "an empty IntVector"
  case 1: "an IntVector of 1 element"
  default: "an IntVector of \(count) elements"
  }
}

// MARK: - Slicing and fancy indexing

extension IntVector {
  /// The elements at positions `range`, as a new vector indexed from 0 (NumPy's `v[a:b]`).
  public subscript(range: Range<Int>) -> IntVector {
    get { IntVector(Array(elements[checked(range)])) }
    set { replace(checked(range), with: newValue) }
  }

  /// The elements at positions `range`, as a new vector (NumPy's `v[a:b+1]`).
  public subscript(range: ClosedRange<Int>) -> IntVector {
    get { IntVector(Array(elements[checked(range)])) }
    set { replace(checked(range), with: newValue) }
  }

  /// The elements at positions `range`, e.g. `v[2...]` or `v[..<3]`.
  public subscript(range: some RangeExpression<Int>) -> IntVector {
    get { IntVector(Array(elements[checked(range)])) }
    set { replace(checked(range), with: newValue) }
  }

  /// The elements at `indices`, in that order (NumPy's `v[[3, 0, 1]]`).
  public subscript(indices: IntVector) -> IntVector {
    IntVector(gather(elements, indices.elements, in: intVectorText(count)))
  }

  /// The elements where `mask` is `true` (NumPy's `v[v > 0]`).
  public subscript(mask: Mask) -> IntVector {
    if mask.shape != [count] {
      failure(
        "boolean index did not match: a Mask of shape \(Mask.describe(mask.shape)) cannot select from \(intVectorText(count))"
      )
    }
    return IntVector(elements.indices.filter { mask.elements[$0] }.map { elements[$0] })
  }

  func checked(_ range: some RangeExpression<Int>) -> Range<Int> {
    checkedBounds(range, count: count, what: "range", in: intVectorText(count))
  }

  mutating func replace(_ range: Range<Int>, with newValue: IntVector) {
    if newValue.count == 1 && range.count != 1 {
      elements.replaceSubrange(range, with: repeatElement(newValue.elements[0], count: range.count))
      return
    }
    if newValue.count != range.count {
      failure(
        "cannot assign \(intVectorText(newValue.count)) to the slice \(range) of \(range.count) elements"
      )
    }
    elements.replaceSubrange(range, with: newValue.elements)
  }
}

extension Vector {
  /// The elements at `indices`, in that order (NumPy's `v[idx]` with an integer array):
  /// `x[argsort(x)]` is `x` sorted.
  ///
  /// Assigning writes `newValue[k]` to position `indices[k]` (NumPy's `v[idx] = w`).
  public subscript(indices: IntVector) -> Vector {
    get { Vector(gather(elements, indices.elements, in: vectorText(count))) }
    set { self[indices.elements] = newValue }
  }
}

/// `source[i]` for every `i` in `indices`, stopping on the first index out of range.
func gather<T>(_ source: [T], _ indices: [Int], in container: @autoclosure () -> String) -> [T] {
  for (k, i) in indices.enumerated() where i < 0 || i >= source.count {
    indexFailure(
      i, count: source.count, in: "\(container()) (at position \(k) of the index list)",
      fix: "v.count - \(i.magnitude)")
  }
  return indices.map { source[$0] }
}
