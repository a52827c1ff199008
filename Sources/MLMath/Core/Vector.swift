/// A one-dimensional array of `Double` — MLMath's `np.ndarray` with `ndim == 1`.
///
/// `Vector` has value semantics: its elements live in a Swift `Array`, which is
/// copied on write, so passing a vector around never copies until one side mutates.
public struct Vector: Sendable, Hashable {
  /// The elements, in order.
  public var elements: [Double]

  /// A vector holding `elements`.
  @inlinable
  public init(_ elements: [Double]) {
    self.elements = elements
  }

  /// A vector of `count` copies of `value`.
  public init(repeating value: Double, count: Int) {
    elements = Array(repeating: value, count: checkedCount(count, in: "Vector(repeating:count:)"))
  }

  /// The number of elements (NumPy's `len(v)` / `v.size`).
  @inlinable
  public var count: Int { elements.count }
}

extension Vector: ExpressibleByArrayLiteral {
  /// `[1, 2.5, 3]` is a vector of three elements.
  @inlinable
  public init(arrayLiteral elements: Double...) {
    self.elements = elements
  }
}

extension Vector: RandomAccessCollection, MutableCollection {
  /// The position of the first element: always 0.
  @inlinable public var startIndex: Int { 0 }
  /// One past the position of the last element: `count`.
  @inlinable public var endIndex: Int { elements.count }

  /// The element at position `index`, counting from 0 (NumPy's `v[i]`; negative indices are not allowed).
  ///
  /// An index outside `0..<count` stops the program with a message naming it
  /// and the valid range.
  @inlinable
  public subscript(index: Int) -> Double {
    get {
      if index < 0 || index >= elements.count { vectorIndexFailure(index, elements.count) }
      return elements[index]
    }
    set {
      if index < 0 || index >= elements.count { vectorIndexFailure(index, elements.count) }
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
    @usableFromInline var elements: [Double]
    @usableFromInline var position: Int

    @inlinable init(_ elements: [Double]) {
      self.elements = elements
      position = 0
    }

    /// The next element, or nil after the last.
    @inlinable
    public mutating func next() -> Double? {
      if position == elements.count { return nil }
      defer { position += 1 }
      return elements[position]
    }
  }

  /// An iterator over the elements, in order.
  @inlinable public func makeIterator() -> Iterator { Iterator(elements) }
}
