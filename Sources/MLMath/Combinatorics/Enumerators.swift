import BigInt

// Lazy enumerators in Python's itertools order. Each is a `Sequence` that keeps
// only its pool of items and one index array: an item is built when it is asked
// for, so `Array(powerSet(of: Array(0..<60)).prefix(10))` takes microseconds
// although the whole power set has 2⁶⁰ members. `count` says how many items the
// sequence yields, exactly (a `BigUInt`), without producing them.

// MARK: Permutations

/// The `length`-item arrangements of a pool, in `itertools.permutations` order
/// (lexicographic in the items' positions); produced lazily. See ``permutations(of:length:)``.
public struct Permutations<Item>: Sequence, CustomStringConvertible {
  /// The items arranged, in the order they were given.
  public let pool: [Item]
  /// How many items each arrangement has.
  public let length: Int

  /// How many arrangements the sequence yields: `P(n, length)` (``Combinatorics/permutations(_:_:)``).
  public var count: BigUInt { Combinatorics.permutations(pool.count, length) }

  /// `permutations(of: [1, 2, 3], length: 2): 6 arrangements, produced lazily`.
  public var description: String {
    "permutations(of: \(pool), length: \(length)): \(count) arrangements, produced lazily"
  }

  /// A fresh iterator from the first item: the sequence can be walked again and again.
  public func makeIterator() -> Iterator { Iterator(pool: pool, length: length) }

  /// Python's `itertools.permutations` algorithm: `indices` holds the current
  /// arrangement's positions, `cycles` how far each place has still to rotate.
  public struct Iterator: IteratorProtocol {
    let pool: [Item]
    let length: Int
    var indices: [Int]
    var cycles: [Int]
    var started = false
    var finished: Bool

    init(pool: [Item], length: Int) {
      self.pool = pool
      self.length = length
      let n = pool.count
      indices = Array(0..<n)
      cycles = length <= n ? Array(stride(from: n, to: n - length, by: -1)) : []
      finished = length > n
    }

    /// The next item, built now; `nil` after the last.
    public mutating func next() -> [Item]? {
      if finished { return nil }
      if !started {
        started = true
        return current()
      }
      let n = pool.count
      var i = length - 1
      while i >= 0 {
        cycles[i] -= 1
        if cycles[i] == 0 {
          // indices[i...] = indices[i + 1...] + [indices[i]]
          let moved = indices.remove(at: i)
          indices.append(moved)
          cycles[i] = n - i
        } else {
          indices.swapAt(i, n - cycles[i])
          return current()
        }
        i -= 1
      }
      finished = true
      return nil
    }

    private func current() -> [Item] { indices[0..<length].map { pool[$0] } }
  }
}

/// The arrangements of `length` distinct positions of `elements` (all of them
/// when `length` is `nil`), lazily, in Python's `itertools.permutations(elements, length)`
/// order: lexicographic in the items' positions, so a sorted input gives sorted output.
///
/// Items are told apart by position, not value: `permutations(of: [1, 1])` yields
/// `[1, 1]` twice. A `length` larger than the pool yields nothing.
/// Count: `P(n, length)` (``Combinatorics/permutations(_:_:)``).
/// Complexity: `O(length)` per arrangement; memory `O(n)`.
///
/// ```swift
/// for p in permutations(of: ["a", "b", "c"], length: 2) { print(p) }  // ["a", "b"], ["a", "c"], ["b", "a"], …
/// ```
public func permutations<S: Sequence>(of elements: S, length: Int? = nil) -> Permutations<S.Element> {
  let pool = Array(elements)
  let length = length ?? pool.count
  if length < 0 {
    failure("permutations(of:length:): length must be non-negative (got length = \(length))")
  }
  return Permutations(pool: pool, length: length)
}

// MARK: Combinations

/// The `k`-item subsets of a pool, as arrays in pool order, in
/// `itertools.combinations` order; produced lazily. See ``combinations(of:choose:)``.
public struct Combinations<Item>: Sequence, CustomStringConvertible {
  /// The items chosen from, in the order they were given.
  public let pool: [Item]
  /// How many items each combination has.
  public let size: Int

  /// How many combinations the sequence yields: `C(n, k)` (``Combinatorics/combinations(_:_:)``).
  public var count: BigUInt { Combinatorics.combinations(pool.count, size) }

  /// `combinations(of: [1, 2, 3, 4], choose: 2): 6 combinations, produced lazily`.
  public var description: String {
    "combinations(of: \(pool), choose: \(size)): \(count) combinations, produced lazily"
  }

  /// A fresh iterator from the first item: the sequence can be walked again and again.
  public func makeIterator() -> Iterator { Iterator(pool: pool, size: size) }

  /// Python's `itertools.combinations` algorithm: `indices` is the current
  /// combination's increasing positions; the rightmost one that can still move
  /// advances and the ones after it follow it.
  public struct Iterator: IteratorProtocol {
    let pool: [Item]
    var indices: [Int]
    var started = false
    var finished: Bool

    init(pool: [Item], size: Int) {
      self.pool = pool
      indices = Array(0..<Swift.min(size, pool.count))
      finished = size > pool.count
    }

    /// The next item, built now; `nil` after the last.
    public mutating func next() -> [Item]? {
      if finished { return nil }
      if started {
        let n = pool.count
        let r = indices.count
        var i = r - 1
        while i >= 0 && indices[i] == i + n - r { i -= 1 }
        if i < 0 {
          finished = true
          return nil
        }
        indices[i] += 1
        for j in (i + 1)..<r { indices[j] = indices[j - 1] + 1 }
      }
      started = true
      return indices.map { pool[$0] }
    }
  }
}

/// The `k`-item combinations of `elements` (subsets, kept in input order),
/// lazily, in Python's `itertools.combinations(elements, k)` order: lexicographic in
/// the items' positions.
///
/// Items are told apart by position, not value. `k` larger than the pool yields
/// nothing; `k = 0` yields one empty combination. Count: `C(n, k)`
/// (``Combinatorics/combinations(_:_:)``). Complexity: `O(k)` per combination; memory `O(n)`.
///
/// ```swift
/// Array(combinations(of: [1, 2, 3, 4], choose: 2))  // [[1, 2], [1, 3], [1, 4], [2, 3], [2, 4], [3, 4]]
/// ```
public func combinations<S: Sequence>(of elements: S, choose k: Int) -> Combinations<S.Element> {
  if k < 0 { failure("combinations(of:choose:): k must be non-negative (got k = \(k))") }
  return Combinations(pool: Array(elements), size: k)
}

/// The `k`-item multisets of a pool (combinations with repetition), in
/// `itertools.combinations_with_replacement` order; produced lazily.
/// See ``combinationsWithReplacement(of:choose:)``.
public struct CombinationsWithReplacement<Item>: Sequence, CustomStringConvertible {
  /// The items chosen from, in the order they were given.
  public let pool: [Item]
  /// How many items each combination has.
  public let size: Int

  /// How many combinations the sequence yields: `C(n + k − 1, k)`
  /// (``Combinatorics/combinationsWithReplacement(_:_:)``).
  public var count: BigUInt { Combinatorics.combinationsWithReplacement(pool.count, size) }

  /// `combinationsWithReplacement(of: [1, 2], choose: 2): 3 combinations, produced lazily`.
  public var description: String {
    "combinationsWithReplacement(of: \(pool), choose: \(size)): \(count) combinations, produced lazily"
  }

  /// A fresh iterator from the first item: the sequence can be walked again and again.
  public func makeIterator() -> Iterator { Iterator(pool: pool, size: size) }

  /// Python's `itertools.combinations_with_replacement` algorithm: `indices` is
  /// non-decreasing; the rightmost one below `n − 1` advances and the ones after
  /// it take its new value.
  public struct Iterator: IteratorProtocol {
    let pool: [Item]
    var indices: [Int]
    var started = false
    var finished: Bool

    init(pool: [Item], size: Int) {
      self.pool = pool
      indices = Array(repeating: 0, count: size)
      finished = pool.isEmpty && size > 0
    }

    /// The next item, built now; `nil` after the last.
    public mutating func next() -> [Item]? {
      if finished { return nil }
      if started {
        let n = pool.count
        var i = indices.count - 1
        while i >= 0 && indices[i] == n - 1 { i -= 1 }
        if i < 0 {
          finished = true
          return nil
        }
        let value = indices[i] + 1
        for j in i..<indices.count { indices[j] = value }
      }
      started = true
      return indices.map { pool[$0] }
    }
  }
}

/// The `k`-item combinations of `elements` in which an item may repeat, lazily,
/// in Python's `itertools.combinations_with_replacement(elements, k)` order.
///
/// Count: `C(n + k − 1, k)` (``Combinatorics/combinationsWithReplacement(_:_:)``).
/// Complexity: `O(k)` per combination; memory `O(n + k)`.
///
/// ```swift
/// Array(combinationsWithReplacement(of: ["a", "b"], choose: 2))  // [["a", "a"], ["a", "b"], ["b", "b"]]
/// ```
public func combinationsWithReplacement<S: Sequence>(of elements: S, choose k: Int)
  -> CombinationsWithReplacement<S.Element>
{
  if k < 0 { failure("combinationsWithReplacement(of:choose:): k must be non-negative (got k = \(k))") }
  return CombinationsWithReplacement(pool: Array(elements), size: k)
}

// MARK: Power set

/// Every subset of a pool, as arrays in pool order: by size, then in
/// `itertools.combinations` order; produced lazily. See ``powerSet(of:)``.
public struct PowerSet<Item>: Sequence, CustomStringConvertible {
  /// The items whose subsets are listed, in the order they were given.
  public let pool: [Item]

  /// How many subsets the sequence yields: `2ⁿ`.
  public var count: BigUInt { BigUInt(1) << pool.count }

  /// `powerSet(of: [1, 2, 3]): 8 subsets, produced lazily`.
  public var description: String { "powerSet(of: \(pool)): \(count) subsets, produced lazily" }

  /// A fresh iterator from the first item: the sequence can be walked again and again.
  public func makeIterator() -> Iterator { Iterator(pool: pool) }

  /// The subsets of size 0, then 1, …, then `n`, each size's from a combinations iterator.
  public struct Iterator: IteratorProtocol {
    let pool: [Item]
    var size = 0
    var sizeIterator: Combinations<Item>.Iterator

    init(pool: [Item]) {
      self.pool = pool
      sizeIterator = Combinations.Iterator(pool: pool, size: 0)
    }

    /// The next item, built now; `nil` after the last.
    public mutating func next() -> [Item]? {
      while size <= pool.count {
        if let subset = sizeIterator.next() { return subset }
        size += 1
        sizeIterator = Combinations.Iterator(pool: pool, size: size)
      }
      return nil
    }
  }
}

/// Every subset of `elements` (`2ⁿ` of them), lazily: the empty set, then the
/// singletons, then the pairs, …, each size in `itertools.combinations` order —
/// the order of Python's `chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))`
/// (the itertools "powerset" recipe).
///
/// Laziness makes huge power sets usable: `Array(powerSet(of: Array(0..<60)).prefix(10))`
/// is instant. Complexity: `O(size)` per subset; memory `O(n)`.
///
/// ```swift
/// Array(powerSet(of: [1, 2, 3]))  // [[], [1], [2], [3], [1, 2], [1, 3], [2, 3], [1, 2, 3]]
/// ```
public func powerSet<S: Sequence>(of elements: S) -> PowerSet<S.Element> {
  PowerSet(pool: Array(elements))
}

// MARK: Cartesian products

/// The pairs `(a, b)` of two pools, in `itertools.product` order (the last pool
/// varies fastest); produced lazily. See ``product(_:_:)``.
public struct CartesianProduct<First, Second>: Sequence, CustomStringConvertible {
  /// The items of the pairs' first places, in the order they were given.
  public let first: [First]
  /// The items of the pairs' second places, in the order they were given.
  public let second: [Second]

  /// How many pairs the sequence yields: `first.count · second.count`.
  public var count: BigUInt { BigUInt(first.count) * BigUInt(second.count) }

  /// `product([1, 2], ["a", "b"]): 4 pairs, produced lazily`.
  public var description: String { "product(\(first), \(second)): \(count) pairs, produced lazily" }

  /// A fresh iterator from the first item: the sequence can be walked again and again.
  public func makeIterator() -> Iterator { Iterator(first: first, second: second) }

  /// Row `i` of the pairs table, column `j` within it.
  public struct Iterator: IteratorProtocol {
    let first: [First]
    let second: [Second]
    var i = 0
    var j = 0

    /// The next item, built now; `nil` after the last.
    public mutating func next() -> (First, Second)? {
      if i >= first.count || second.isEmpty { return nil }
      let pair = (first[i], second[j])
      j += 1
      if j == second.count { (i, j) = (i + 1, 0) }
      return pair
    }
  }
}

/// The Cartesian product of two sequences: every pair `(a, b)`, lazily, in
/// Python's `itertools.product(first, second)` order — `first`'s items in turn,
/// each with all of `second`'s.
///
/// Count: `m · n`. Complexity: `O(1)` per pair.
///
/// ```swift
/// Array(product([1, 2], ["x", "y"]))  // [(1, "x"), (1, "y"), (2, "x"), (2, "y")]
/// ```
public func product<A: Sequence, B: Sequence>(_ first: A, _ second: B) -> CartesianProduct<A.Element, B.Element> {
  CartesianProduct(first: Array(first), second: Array(second))
}

/// The tuples (as arrays) of several pools of one item type, in
/// `itertools.product` order (the last pool varies fastest); produced lazily.
/// See ``product(_:repeating:)`` and ``product(_:)``.
public struct CartesianPower<Item>: Sequence, CustomStringConvertible {
  /// The pools, one per place of each tuple.
  public let pools: [[Item]]

  /// How many tuples the sequence yields: the product of the pools' sizes
  /// (1 for no pools: the empty tuple).
  public var count: BigUInt { pools.reduce(BigUInt(1)) { $0 * BigUInt($1.count) } }

  /// `product([[0, 1], [0, 1]]): 4 tuples, produced lazily`.
  public var description: String { "product(\(pools)): \(count) tuples, produced lazily" }

  /// A fresh iterator from the first item: the sequence can be walked again and again.
  public func makeIterator() -> Iterator { Iterator(pools: pools) }

  /// An odometer over the pools' positions, rightmost wheel fastest.
  public struct Iterator: IteratorProtocol {
    let pools: [[Item]]
    var indices: [Int]
    var started = false
    var finished: Bool

    init(pools: [[Item]]) {
      self.pools = pools
      indices = Array(repeating: 0, count: pools.count)
      finished = pools.contains { $0.isEmpty }
    }

    /// The next item, built now; `nil` after the last.
    public mutating func next() -> [Item]? {
      if finished { return nil }
      if started {
        var i = pools.count - 1
        while i >= 0 {
          indices[i] += 1
          if indices[i] < pools[i].count { break }
          indices[i] = 0
          i -= 1
        }
        if i < 0 {
          finished = true
          return nil
        }
      }
      started = true
      return indices.indices.map { pools[$0][indices[$0]] }
    }
  }
}

/// The Cartesian power of one sequence: every tuple (as an array) of `count`
/// items drawn from `elements` with repetition, lazily, in Python's
/// `itertools.product(elements, repeat=count)` order — like an odometer, the last
/// place fastest. `count = 0` yields one empty tuple.
///
/// Count: `nᶜᵒᵘⁿᵗ`. Complexity: `O(count)` per tuple.
///
/// ```swift
/// Array(product([0, 1], repeating: 3))  // [[0, 0, 0], [0, 0, 1], [0, 1, 0], …, [1, 1, 1]]
/// ```
public func product<S: Sequence>(_ elements: S, repeating count: Int) -> CartesianPower<S.Element> {
  if count < 0 { failure("product(_:repeating:): count must be non-negative (got count = \(count))") }
  return CartesianPower(pools: Array(repeating: Array(elements), count: count))
}

/// The Cartesian product of any number of pools of one item type: every tuple
/// (as an array) taking its `i`-th item from `pools[i]`, lazily, in Python's
/// `itertools.product(*pools)` order. No pools yields one empty tuple.
///
/// Count: the product of the pools' sizes. Complexity: `O(pools.count)` per tuple.
///
/// ```swift
/// Array(product([[1, 2], [3], [4, 5]]))  // [[1, 3, 4], [1, 3, 5], [2, 3, 4], [2, 3, 5]]
/// ```
public func product<Item>(_ pools: [[Item]]) -> CartesianPower<Item> {
  CartesianPower(pools: pools)
}

// MARK: Set partitions

/// The partitions of a pool into non-empty blocks; produced lazily.
/// See ``partitions(of:blocks:)``.
public struct SetPartitions<Item>: Sequence, CustomStringConvertible {
  /// The items partitioned, in the order they were given.
  public let pool: [Item]
  /// The number of blocks every partition has, or `nil` for any number.
  public let blocks: Int?

  /// How many partitions the sequence yields: the Bell number `B(n)`, or the
  /// Stirling number `S(n, blocks)`.
  public var count: BigUInt {
    blocks.map { Combinatorics.stirling2(pool.count, $0) } ?? Combinatorics.bell(pool.count)
  }

  /// `partitions(of: [1, 2, 3]): 5 partitions, produced lazily`.
  public var description: String {
    let size = blocks.map { ", blocks: \($0)" } ?? ""
    return "partitions(of: \(pool)\(size)): \(count) partitions, produced lazily"
  }

  /// A fresh iterator from the first item: the sequence can be walked again and again.
  public func makeIterator() -> Iterator { Iterator(pool: pool, blocks: blocks) }

  /// Walks the restricted growth strings `a` (item `i` goes to block `a[i]`,
  /// `a[0] = 0`, and `a[i] ≤ 1 + max(a[0..<i])`) in lexicographic order, keeping
  /// only those with exactly `blocks` blocks when that is given.
  public struct Iterator: IteratorProtocol {
    let pool: [Item]
    let blocks: Int?
    var labels: [Int]
    var started = false
    var finished = false

    init(pool: [Item], blocks: Int?) {
      self.pool = pool
      self.blocks = blocks
      labels = Array(repeating: 0, count: pool.count)
      if let k = blocks {
        if pool.isEmpty {
          finished = k != 0
        } else if k == 0 || k > pool.count {
          finished = true
        } else {
          fill(after: 0, largest: 0)
        }
      }
    }

    /// Gives `labels[(position + 1)...]` the smallest values that keep the
    /// string valid and, when `blocks` is set, still reach `blocks − 1`.
    mutating func fill(after position: Int, largest: Int) {
      let n = pool.count
      var needed = (blocks ?? 1) - 1 - largest  // new labels still to open
      var j = n - 1
      while j > position {
        if needed > 0 {
          labels[j] = largest + needed
          needed -= 1
        } else {
          labels[j] = 0
        }
        j -= 1
      }
    }

    /// The next item, built now; `nil` after the last.
    public mutating func next() -> [[Item]]? {
      if finished { return nil }
      if started {
        guard advance() else {
          finished = true
          return nil
        }
      }
      started = true
      let count = (labels.max() ?? -1) + 1
      var result = [[Item]](repeating: [], count: count)
      for (item, label) in zip(pool, labels) { result[label].append(item) }
      return result
    }

    /// Moves `labels` to the next valid string; false after the last.
    mutating func advance() -> Bool {
      let n = pool.count
      if n < 2 { return false }
      // prefixMax[i] = max(labels[0..<i])
      var prefixMax = [Int](repeating: 0, count: n)
      for i in 1..<n { prefixMax[i] = Swift.max(prefixMax[i - 1], labels[i - 1]) }
      var i = n - 1
      while i >= 1 {
        let value = labels[i] + 1
        let largest = Swift.max(prefixMax[i], value)
        var allowed = value <= prefixMax[i] + 1
        if let k = blocks { allowed = allowed && largest <= k - 1 && (k - 1 - largest) <= n - 1 - i }
        if allowed {
          labels[i] = value
          fill(after: i, largest: largest)
          return true
        }
        i -= 1
      }
      return false
    }
  }
}

/// The partitions of `elements` into non-empty blocks (all of them, or those with
/// exactly `blocks` blocks), lazily. Each partition is a list of blocks; each
/// block keeps the input order, and the blocks are ordered by their first item.
///
/// Order: lexicographic in the restricted growth string that puts item `i` in
/// block `a[i]` — first the single block `[[a, b, c]]`, last the singletons
/// `[[a], [b], [c]]`. Count: the Bell number `B(n)` (``Combinatorics/bell(_:)``),
/// or `S(n, blocks)` (``Combinatorics/stirling2(_:_:)``). Python's standard
/// library has none; SymPy's `multiset_partitions(elements)` and
/// `more_itertools.set_partitions(elements, k)` list the same partitions in
/// another order. Complexity: `O(n)` per partition; memory `O(n)`.
///
/// ```swift
/// Array(partitions(of: [1, 2, 3]))  // [[[1, 2, 3]], [[1, 2], [3]], [[1, 3], [2]], [[1], [2, 3]], [[1], [2], [3]]]
/// ```
public func partitions<S: Sequence>(of elements: S, blocks: Int? = nil) -> SetPartitions<S.Element> {
  if let k = blocks, k < 0 {
    failure("partitions(of:blocks:): blocks must be non-negative (got blocks = \(k))")
  }
  return SetPartitions(pool: Array(elements), blocks: blocks)
}
