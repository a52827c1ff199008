import BigInt

// Set helpers that Swift's `Set` lacks (it already has union, intersection,
// subtracting, symmetricDifference, isSubset and isDisjoint). A `Set`'s iteration
// order changes from run to run, so when the elements are `Comparable` these
// helpers work through them in sorted order and print the same every time;
// otherwise they follow the set's iteration order.

extension Set {
  /// Every subset of the set (`2ⁿ` of them) as `Set`s, lazily: by size, then in
  /// `itertools.combinations` order of the elements (sorted, when they are
  /// `Comparable`). Mirrors the itertools "powerset" recipe applied to a Python `set`.
  ///
  /// Complexity: `O(size)` per subset; memory `O(n)`.
  public func powerSet() -> LazyMapSequence<PowerSet<Element>, Set<Element>> {
    PowerSet(pool: orderedForEnumeration).lazy.map { Set($0) }
  }

  /// Every pair `(a, b)` with `a` in this set and `b` in `other`, lazily, in
  /// `itertools.product(self, other)` order (elements sorted, when `Comparable`).
  /// Tuples are not `Hashable`, so the product is a sequence of pairs rather than a `Set`.
  ///
  /// Count: `count · other.count`. Complexity: `O(1)` per pair.
  public func cartesianProduct<Other: Hashable>(_ other: Set<Other>) -> CartesianProduct<Element, Other> {
    CartesianProduct(first: orderedForEnumeration, second: other.orderedForEnumeration)
  }

  /// The Jaccard similarity `|A ∩ B| / |A ∪ B|`: 1 for equal sets, 0 for
  /// disjoint ones; two empty sets count as equal (similarity 1).
  ///
  /// Complexity: `O(count + other.count)`. Mirrors `1 - scipy.spatial.distance.jaccard(u, v)`
  /// on the sets' indicator vectors (and `sklearn.metrics.jaccard_score`).
  public func jaccardSimilarity(_ other: Set<Element>) -> Double {
    let union = self.union(other).count
    if union == 0 { return 1 }
    return Double(intersection(other).count) / Double(union)
  }

  /// The Jaccard distance `1 − |A ∩ B| / |A ∪ B|` (0 for two empty sets).
  ///
  /// Complexity: `O(count + other.count)`. Mirrors `scipy.spatial.distance.jaccard(u, v)`
  /// on the sets' indicator vectors.
  public func jaccardDistance(_ other: Set<Element>) -> Double { 1 - jaccardSimilarity(other) }

  /// The partitions of the set into non-empty blocks (all of them, or those with
  /// exactly `blocks` blocks), each a list of `Set`s, lazily — in the order of
  /// ``partitions(of:blocks:)`` on the (sorted, when `Comparable`) elements.
  ///
  /// Count: the Bell number `B(n)` or `S(n, blocks)`. Complexity: `O(n)` per partition.
  public func partitions(blocks: Int? = nil) -> LazyMapSequence<SetPartitions<Element>, [Set<Element>]> {
    if let k = blocks, k < 0 { failure("Set.partitions(blocks:): blocks must be non-negative (got blocks = \(k))") }
    return SetPartitions(pool: orderedForEnumeration, blocks: blocks).lazy.map { $0.map { Set($0) } }
  }

  /// The elements in a fixed order: sorted when `Comparable` (so that output
  /// repeats from run to run), else the set's own iteration order.
  var orderedForEnumeration: [Element] {
    if let sortable = (self as Any) as? any ComparableElements {
      return sortable.sortedElements() as? [Element] ?? Array(self)
    }
    return Array(self)
  }
}

/// A set whose elements can be sorted, found at run time by `orderedForEnumeration`.
protocol ComparableElements {
  func sortedElements() -> [Any]
}

extension Set: ComparableElements where Element: Comparable {
  func sortedElements() -> [Any] { sorted() }
}
