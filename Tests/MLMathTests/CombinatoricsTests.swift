import Foundation
import MLMath
import Testing

/// Exact counts, their logarithms, the lazy enumerators and the `Set` helpers,
/// against Fixtures/reference/combinatorics.json (written by
/// scripts/reference/combinatorics.py from Python's math, itertools and SymPy)
/// and against the identities that tie them together.
@Suite struct CombinatoricsTests {
  // MARK: Golden values

  /// The issue's acceptance values, spelled out.
  @Test func acceptanceValues() {
    #expect(Combinatorics.combinations(100, 50) == BigUInt("100891344545564193334812497256"))
    #expect(Combinatorics.factorial(30) == BigUInt("265252859812191058636308480000000"))
    #expect(Combinatorics.bell(20) == 51_724_158_235_372)
    #expect("\(Combinatorics.factorial(30))" == "265252859812191058636308480000000")
  }

  @Test func exactValuesMatchPython() throws {
    let reference = try CombinatoricsReference.load()
    var checked = 0
    for (name, cases) in reference.exact {
      for c in cases {
        let ints = c.args.compactMap(\.int)
        let list = c.args.first?.list ?? []
        let actual: BigUInt
        switch name {
        case "factorial": actual = Combinatorics.factorial(ints[0])
        case "permutations": actual = Combinatorics.permutations(ints[0], ints[1])
        case "combinations": actual = Combinatorics.combinations(ints[0], ints[1])
        case "combinationsWithReplacement": actual = Combinatorics.combinationsWithReplacement(ints[0], ints[1])
        case "multinomial": actual = Combinatorics.multinomial(list)
        case "stirling2": actual = Combinatorics.stirling2(ints[0], ints[1])
        case "bell": actual = Combinatorics.bell(ints[0])
        case "derangements": actual = Combinatorics.derangements(ints[0])
        case "catalan": actual = Combinatorics.catalan(ints[0])
        default:
          Issue.record("no Swift function for \(name)")
          continue
        }
        #expect(actual.description == c.value, "\(name)\(c.args)")
        checked += 1
      }
    }
    #expect(reference.exact.count == 9)
    #expect(checked > 300)
  }

  @Test func logarithmsMatchPython() throws {
    let reference = try CombinatoricsReference.load()
    for c in reference.log {
      let ints = c.args.compactMap(\.int)
      let actual: Double
      switch c.op {
      case "logFactorial": actual = Combinatorics.logFactorial(ints[0])
      case "logPermutations": actual = Combinatorics.logPermutations(ints[0], ints[1])
      case "logCombinations": actual = Combinatorics.logCombinations(ints[0], ints[1])
      case "logMultinomial": actual = Combinatorics.logMultinomial(c.args.first?.list ?? [])
      default:
        Issue.record("no Swift function for \(c.op)")
        continue
      }
      let error = abs(actual - c.value)
      #expect(error <= 1e-13 * max(abs(c.value), 1), "\(c.op)\(c.args): \(actual) vs \(c.value)")
    }
    #expect(reference.log.count > 40)
    #expect(Combinatorics.logCombinations(3, 5) == -.infinity)
    #expect(Combinatorics.logPermutations(3, 5) == -.infinity)
  }

  /// Counts print and convert like Python ints: `float(math.factorial(170))`, and past the range `inf`.
  @Test func countsConvertToDouble() {
    #expect(Double(Combinatorics.factorial(170)) == 7.257415615307999e306)  // float(math.factorial(170))
    #expect(Double(Combinatorics.factorial(171)) == .infinity)
    #expect(Double(Combinatorics.combinations(52, 5)) == 2_598_960)
    // Correctly rounded, as Python's float(): 2⁶⁴ + 2¹¹ is a tie (to even: 2⁶⁴),
    // one more is above it; 30! and C(100, 50) as Python prints them.
    let twoTo64 = BigUInt(1) << 64
    #expect(Double(twoTo64 + 2048) == 18_446_744_073_709_551_616)
    #expect(Double(twoTo64 + 2049) == 18_446_744_073_709_555_712)
    #expect(Double(twoTo64 + 6144) == 18_446_744_073_709_559_808)
    #expect("\(Double(Combinatorics.factorial(30)))" == "2.6525285981219107e+32")
    #expect("\(Double(Combinatorics.combinations(100, 50)))" == "1.008913445455642e+29")
    #expect(Double(BigUInt(1) << 1023) == 0x1p1023)
    #expect(Double(BigUInt(1) << 1024) == .infinity)
    let big = Combinatorics.factorial(5000)
    #expect(abs(Combinatorics.naturalLog(big) - Combinatorics.logFactorial(5000)) < 1e-12 * 40_000)
    #expect(Combinatorics.naturalLog(0) == -.infinity)
    #expect(abs(Combinatorics.naturalLog(BigUInt(1) << 5000) - 5000 * M_LN2) < 1e-12 * 5000)
    #expect(abs(Combinatorics.naturalLog(BigUInt(3).power(1000)) - 1000 * log(3.0)) < 1e-12 * 1100)
  }

  // MARK: Enumerator order

  @Test func enumeratorsFollowItertoolsOrder() throws {
    let reference = try CombinatoricsReference.load()
    var ops: Set<String> = []
    for e in reference.enumerators {
      let pool = (e.pool ?? []).map(\.text)
      let pools = (e.pools ?? []).map { $0.map(\.text) }
      let actual: [JSONTree]
      switch e.op {
      case "permutations":
        actual = permutations(of: pool, length: e.r).map { JSONTree($0) }
      case "combinations":
        actual = combinations(of: pool, choose: e.r ?? -1).map { JSONTree($0) }
      case "combinationsWithReplacement":
        actual = combinationsWithReplacement(of: pool, choose: e.r ?? -1).map { JSONTree($0) }
      case "powerSet":
        actual = powerSet(of: pool).map { JSONTree($0) }
      case "product2":
        actual = product(pools[0], pools[1]).map { JSONTree([$0.0, $0.1]) }
      case "productRepeating":
        actual = product(pool, repeating: e.r ?? -1).map { JSONTree($0) }
      case "productPools":
        actual = product(pools).map { JSONTree($0) }
      case "partitions":
        actual = partitions(of: pool, blocks: e.r).map { JSONTree.list($0.map { JSONTree($0) }) }
      default:
        Issue.record("no Swift enumerator for \(e.op)")
        continue
      }
      ops.insert(e.op)
      #expect(actual == e.items, "\(e.op)(\(pool)\(pools), r: \(e.r.map(String.init) ?? "nil"))")
    }
    #expect(ops.count == 8)
  }

  // MARK: Counts of distinct items

  @Test func enumeratorsYieldTheCountedNumberOfDistinctItems() {
    for n in 0...7 {
      let pool = Array(0..<n)
      for k in 0...(n + 1) {
        let p = permutations(of: pool, length: k)
        #expect(
          BigUInt(Set(p).count) == Combinatorics.permutations(n, k) && p.count == Combinatorics.permutations(n, k))
        #expect(Array(p).count == Set(p).count, "permutations of \(n) repeat an arrangement")
        let c = combinations(of: pool, choose: k)
        #expect(BigUInt(Set(c.map { Set($0) }).count) == Combinatorics.combinations(n, k))
        #expect(BigUInt(Array(c).count) == c.count)
        let r = combinationsWithReplacement(of: pool, choose: k)
        #expect(BigUInt(Set(r).count) == Combinatorics.combinationsWithReplacement(n, k))
        #expect(BigUInt(Array(r).count) == r.count)
        if k <= 4 {
          let t = product(pool, repeating: k)
          #expect(Set(t).count == Int(pow(Double(n), Double(k))) && BigUInt(Array(t).count) == t.count)
        }
        let s = partitions(of: pool, blocks: k)
        #expect(BigUInt(Set(s.map(Self.canonical)).count) == Combinatorics.stirling2(n, k))
        #expect(BigUInt(Array(s).count) == s.count)
      }
      let subsets = powerSet(of: pool)
      #expect(Set(subsets.map { Set($0) }).count == 1 << n && subsets.count == BigUInt(1) << n)
      let all = partitions(of: pool)
      #expect(
        BigUInt(Set(all.map(Self.canonical)).count) == Combinatorics.bell(n) && all.count == Combinatorics.bell(n))
      #expect(Array(product(pool, ["a", "b"])).count == 2 * n)
    }
    #expect(Array(partitions(of: Array(0..<10))).count == 115_975)
  }

  /// A partition as a set of blocks, forgetting the order of blocks and items.
  static func canonical(_ partition: [[Int]]) -> Set<Set<Int>> { Set(partition.map { Set($0) }) }

  // MARK: Laziness

  /// Enumerators hold their pool and a cursor, never the items: the first few
  /// items of astronomically long sequences come at once.
  @Test func enumeratorsAreLazy() {
    let start = ContinuousClock.now
    let first = Array(powerSet(of: Array(0..<60)).prefix(10))
    let elapsed = ContinuousClock.now - start
    #expect(elapsed < .milliseconds(50), "first 10 subsets of a 60-set took \(elapsed)")
    #expect(first == [[], [0], [1], [2], [3], [4], [5], [6], [7], [8]])
    #expect(powerSet(of: Array(0..<60)).count == BigUInt(1) << 60)
    #expect(powerSet(of: Array(0..<200)).count == BigUInt(1) << 200)

    let clock = ContinuousClock.now
    #expect(Array(permutations(of: Array(0..<25)).prefix(2)).last == Array(0..<23) + [24, 23])
    #expect(Array(combinations(of: Array(0..<1000), choose: 500).prefix(2)).count == 2)
    #expect(Array(combinationsWithReplacement(of: Array(0..<100), choose: 100).prefix(2)).count == 2)
    #expect(Array(product([0, 1], repeating: 100).prefix(2)).last == Array(repeating: 0, count: 99) + [1])
    #expect(Array(partitions(of: Array(0..<100)).prefix(2)).last == [Array(0..<99), [99]])
    #expect(Array(partitions(of: Array(0..<100), blocks: 50).prefix(1)).first?.count == 50)
    #expect(Array(powerSet(of: Array(0..<100)).dropFirst(101).prefix(1)) == [[0, 1]])
    #expect(ContinuousClock.now - clock < .milliseconds(500))

    // Each enumerator is its pool plus a few scalars: nothing of its output is stored.
    #expect(MemoryLayout<PowerSet<Int>>.size == MemoryLayout<[Int]>.size)
    #expect(MemoryLayout<Combinations<Int>>.size <= MemoryLayout<[Int]>.size + MemoryLayout<Int>.size)
    #expect(MemoryLayout<Permutations<Int>>.size <= MemoryLayout<[Int]>.size + MemoryLayout<Int>.size)
    #expect(permutations(of: Array(0..<60)).underestimatedCount == 0)
  }

  @Test func enumeratorsDescribeThemselves() {
    #expect(
      "\(permutations(of: [1, 2, 3], length: 2))"
        == "permutations(of: [1, 2, 3], length: 2): 6 arrangements, produced lazily")
    #expect("\(powerSet(of: Array(0..<60)))".hasSuffix("1152921504606846976 subsets, produced lazily"))
    #expect("\(partitions(of: [1, 2, 3]))" == "partitions(of: [1, 2, 3]): 5 partitions, produced lazily")
  }

  // MARK: Identities

  @Test func binomialRowsSumToPowersOfTwo() {
    for n in 0...64 {
      let sum = (0...n).reduce(BigUInt(0)) { $0 + Combinatorics.combinations(n, $1) }
      #expect(sum == BigUInt(1) << n, "Σ C(\(n), k)")
      // Pascal's rule and symmetry.
      for k in 1...max(n, 1) where n > 0 {
        #expect(
          Combinatorics.combinations(n, k)
            == Combinatorics.combinations(n - 1, k - 1) + Combinatorics.combinations(n - 1, k))
        #expect(Combinatorics.combinations(n, k) == Combinatorics.combinations(n, n - k))
      }
    }
    #expect(Combinatorics.permutations(20, 7) == Combinatorics.combinations(20, 7) * Combinatorics.factorial(7))
    #expect(
      Combinatorics.multinomial(10, 20, 30)
        == Combinatorics.factorial(60)
        / (Combinatorics.factorial(10) * Combinatorics.factorial(20) * Combinatorics.factorial(30)))
  }

  @Test func bellNumbersSumStirlingNumbers() {
    for n in 0...40 {
      let sum = (0...n).reduce(BigUInt(0)) { $0 + Combinatorics.stirling2(n, $1) }
      #expect(sum == Combinatorics.bell(n), "B(\(n)) = Σ S(\(n), k)")
    }
    // Bell's recurrence B(n + 1) = Σ C(n, k) B(k).
    for n in 0...25 {
      let sum = (0...n).reduce(BigUInt(0)) { $0 + Combinatorics.combinations(n, $1) * Combinatorics.bell($1) }
      #expect(sum == Combinatorics.bell(n + 1))
    }
  }

  @Test func derangementsAndCatalanRecurrences() {
    for n in 1...60 {
      // !n = n·!(n − 1) + (−1)ⁿ
      let scaled = Combinatorics.derangements(n - 1).multiplied(byWord: UInt(n))
      let expected = n % 2 == 0 ? scaled + 1 : scaled - 1
      #expect(Combinatorics.derangements(n) == expected, "!\(n)")
    }
    #expect(abs(Double(Combinatorics.derangements(30)) / Double(Combinatorics.factorial(30)) - exp(-1.0)) < 1e-15)
    for n in 0...30 {
      let sum = (0...n).reduce(BigUInt(0)) { $0 + Combinatorics.catalan($1) * Combinatorics.catalan(n - $1) }
      #expect(sum == Combinatorics.catalan(n + 1), "C(\(n + 1)) = Σ Cᵢ Cₙ₋ᵢ")
    }
    // Derangements counted by brute force.
    for n in 0...6 {
      let count = permutations(of: Array(0..<n)).filter { p in p.enumerated().allSatisfy { $0.offset != $0.element } }
        .count
      #expect(BigUInt(count) == Combinatorics.derangements(n))
    }
  }

  // MARK: Set helpers

  @Test func setHelpers() {
    let s: Set = [3, 1, 2]
    let subsets: [Set<Int>] = [[], [1], [2], [3], [1, 2], [1, 3], [2, 3], [1, 2, 3]]
    #expect(Array(s.powerSet()) == subsets)
    let pairs = Array(s.cartesianProduct(Set(["b", "a"])))
    #expect(pairs.map { "\($0.0)\($0.1)" } == ["1a", "1b", "2a", "2b", "3a", "3b"])
    #expect(Set([1, 2, 3]).jaccardSimilarity([2, 3, 4]) == 0.5)
    #expect(Set([1, 2, 3]).jaccardDistance([2, 3, 4]) == 0.5)
    #expect(Set<Int>().jaccardSimilarity([]) == 1)
    #expect(Set([1]).jaccardSimilarity([2]) == 0)
    #expect(Set([1, 2, 3]).symmetricDifference([2, 3, 4]) == [1, 4])
    #expect(Array(s.partitions()).count == 5)
    #expect(Array(Set(0..<5).partitions(blocks: 2)).count == 15)
    #expect(Array(s.partitions()).first == [Set([1, 2, 3])])
    #expect(Array(s.partitions()).last == [[1], [2], [3]])

    // Elements that cannot be sorted are enumerated in the set's own order.
    struct Tag: Hashable { var name: String }
    let tags: Set = [Tag(name: "x"), Tag(name: "y"), Tag(name: "z")]
    #expect(Set(tags.powerSet()).count == 8)
    #expect(Array(tags.partitions()).count == 5)
    #expect(Array(tags.cartesianProduct(tags)).count == 9)
  }

  // MARK: Invalid input

  @Test func outOfRangeChoicesCountZero() {
    #expect(Combinatorics.combinations(5, 6) == 0)
    #expect(Combinatorics.permutations(0, 1) == 0)
    #expect(Combinatorics.stirling2(3, 4) == 0)
    #expect(Combinatorics.stirling2(3, 0) == 0)
    #expect(Array(combinations(of: [1, 2], choose: 3)).isEmpty)
    #expect(Array(permutations(of: [1, 2], length: 3)).isEmpty)
  }

  @Test(arguments: [
    ("factorial", "Combinatorics.factorial: n must be a non-negative integer (got n = -1)"),
    ("combinations", "Combinatorics.combinations: k must be a non-negative integer (got k = -2)"),
    ("multinomial", "Combinatorics.multinomial: counts must be non-negative integers (got counts[1] = -3)"),
    ("enumerator", "combinations(of:choose:): k must be non-negative (got k = -1)"),
  ])
  func negativeArgumentsStopWithTheirName(_ name: String, _ message: String) async throws {
    let exit = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) { [name] in
      switch name {
      case "factorial": print(Combinatorics.factorial(-1))
      case "combinations": print(Combinatorics.combinations(5, -2))
      case "multinomial": print(Combinatorics.multinomial([1, -3]))
      default: print(Array(combinations(of: [1, 2], choose: -1)))
      }
    }
    let stderr = String(decoding: try #require(exit).standardErrorContent, as: UTF8.self)
    #expect(stderr.contains("Fatal error: \(message)"), "the child printed:\n\(stderr)")
  }
}

// MARK: - The reference file

/// Fixtures/reference/combinatorics.json, decoded.
struct CombinatoricsReference: Decodable {
  struct ExactCase: Decodable {
    var args: [Argument]
    var value: String
  }
  struct LogCase: Decodable {
    var op: String
    var args: [Argument]
    var value: Double
  }
  struct Enumeration: Decodable {
    var op: String
    var pool: [Item]?
    var pools: [[Item]]?
    var r: Int?
    var items: [JSONTree]
  }

  /// An integer argument, or a list of them (multinomial counts).
  enum Argument: Decodable, CustomStringConvertible {
    case int(Int)
    case list([Int])
    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let value = try? container.decode(Int.self) {
        self = .int(value)
      } else {
        self = .list(try container.decode([Int].self))
      }
    }
    var int: Int? { if case .int(let v) = self { v } else { nil } }
    var list: [Int]? { if case .list(let v) = self { v } else { nil } }
    var description: String { int.map(String.init) ?? "\(list ?? [])" }
  }

  /// A pool item (an integer or a string), compared as its text.
  struct Item: Decodable {
    var text: String
    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let value = try? container.decode(Int.self) {
        text = String(value)
      } else {
        text = try container.decode(String.self)
      }
    }
  }

  var exact: [String: [ExactCase]]
  var log: [LogCase]
  var enumerators: [Enumeration]

  static func load() throws -> CombinatoricsReference {
    let url = try #require(
      Bundle.module.url(
        forResource: "combinatorics", withExtension: "json", subdirectory: "Fixtures/reference"))
    return try JSONDecoder().decode(CombinatoricsReference.self, from: Data(contentsOf: url))
  }
}

/// Nested lists of items, with every leaf as text: how enumerator output is compared.
indirect enum JSONTree: Decodable, Equatable {
  case leaf(String)
  case list([JSONTree])

  init(_ items: [String]) { self = .list(items.map { .leaf($0) }) }

  init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let value = try? container.decode(Int.self) {
      self = .leaf(String(value))
    } else if let value = try? container.decode(String.self) {
      self = .leaf(value)
    } else {
      self = .list(try container.decode([JSONTree].self))
    }
  }
}
