import Foundation
import Testing
import XCTest

@testable import MLMath

/// MLMath's information theory against SciPy and scikit-learn (the golden cases
/// of Fixtures/reference/information_theory.json, written by
/// scripts/reference/information_theory.py), the identities that tie the
/// quantities together, and the edge rules: 0 · log 0 = 0, KL = +∞ where q
/// vanishes under p, NaN in → NaN out.
final class InformationTheoryTests: XCTestCase {
  typealias Value = ArraysReference.Value

  // MARK: - Golden values

  func testEveryFunctionMatchesSciPyAndScikitLearn() throws {
    let reference = try InformationTheoryReference.load()
    var checked = 0
    for c in reference.cases {
      guard let operation = InformationTheoryReference.operations[c.op] else {
        XCTFail("\(c.name): no Swift operation for \(c.op)")
        continue
      }
      let actual = operation(c.args.map { reference.resolve($0) })
      let expected = reference.resolve(c.expected)
      if let problem = InformationTheoryReference.mismatch(actual, expected, scale: c.scale) {
        XCTFail("\(c.name) [\(c.op)]: \(problem)")
      }
      checked += 1
    }
    XCTAssertGreaterThan(checked, 500)
  }

  func testEveryOperationIsCovered() throws {
    let reference = try InformationTheoryReference.load()
    let used = Set(reference.cases.map(\.op))
    XCTAssertEqual(Set(InformationTheoryReference.operations.keys).subtracting(used), [])
  }

  // MARK: - Identities

  /// Random distributions of 1…60 outcomes, some with zeros, some unnormalised.
  static func distributions(_ count: Int, seed: Int) -> [Vector] {
    var random = RandomState(seed: seed)
    return (0..<count).map { k in
      var p = random.random(size: 1 + k % 60)
      if k % 3 == 0 && p.count > 1 { p[k % p.count] = 0 }
      return k % 2 == 0 ? p / p.sum() : p * 7
    }
  }

  /// Random joint tables up to 9 × 9, some with empty cells, rows and columns.
  static func tables(_ count: Int, seed: Int) -> [Matrix] {
    var random = RandomState(seed: seed)
    return (0..<count).map { k in
      var t = random.random(size: (rows: 1 + k % 9, columns: 1 + (k / 9) % 9))
      if k % 4 == 0 && t.count > 1 { t[k % t.rows, 0] = 0 }
      if k % 5 == 0 && t.rows > 1 { t[0, ...] = Vector(repeating: 0, count: t.columns) }
      return t
    }
  }

  func testMutualInformationIsTheEntropiesLessTheJointEntropy() {
    for t in Self.tables(81, seed: 1) {
      let hx = entropy(t.sum(axis: 1))
      let hy = entropy(t.sum(axis: 0))
      let hxy = jointEntropy(t)
      let mi = mutualInformation(t)
      XCTAssertEqual(mi, hx + hy - hxy, accuracy: 1e-13, "\(t.shape)")
      XCTAssertGreaterThanOrEqual(mi, 0)
      XCTAssertLessThanOrEqual(mi, Swift.min(hx, hy) + 1e-13)
      XCTAssertEqual(mi, mutualInformation(t.T), accuracy: 1e-13, "symmetry")
      XCTAssertEqual(mi, hy - conditionalEntropy(t), accuracy: 1e-13, "I = H(Y) − H(Y|X)")
      XCTAssertEqual(
        mutualInformation(t, base: .bits), mi / log(2), accuracy: 1e-13, "bits are nats / ln 2")
    }
  }

  func testChainRule() {
    for t in Self.tables(81, seed: 2) {
      let hx = entropy(t.sum(axis: 1))
      let hy = entropy(t.sum(axis: 0))
      let hxy = jointEntropy(t)
      XCTAssertEqual(hxy, hx + conditionalEntropy(t), accuracy: 1e-13, "H(X,Y) = H(X) + H(Y|X)")
      XCTAssertEqual(hxy, hy + conditionalEntropy(t.T), accuracy: 1e-13, "H(X,Y) = H(Y) + H(X|Y)")
      XCTAssertGreaterThanOrEqual(conditionalEntropy(t), 0)
      XCTAssertLessThanOrEqual(conditionalEntropy(t), hy + 1e-13, "conditioning never adds uncertainty")
    }
  }

  func testIndependentAndDeterministicTables() {
    let px: Vector = [0.2, 0.3, 0.5]
    let py: Vector = [0.1, 0.6, 0.3]
    let independent = outer(px, py)
    XCTAssertEqual(mutualInformation(independent), 0, accuracy: 1e-15)
    XCTAssertEqual(jointEntropy(independent), entropy(px) + entropy(py), accuracy: 1e-15)
    let deterministic: Matrix = [[0.2, 0, 0], [0, 0, 0.3], [0, 0.5, 0]]
    XCTAssertEqual(conditionalEntropy(deterministic), 0, "Y is a function of X: exactly 0")
    XCTAssertEqual(mutualInformation(deterministic), entropy(px), accuracy: 1e-15)
  }

  func testKLDivergenceIsNonnegativeAndZeroOnlyForEqualDistributions() {
    let ps = Self.distributions(60, seed: 3)
    let qs = Self.distributions(60, seed: 4).map { $0 + 0.01 }
    for (p, q) in zip(ps, qs) {
      XCTAssertGreaterThanOrEqual(klDivergence(p, q), 0)
      XCTAssertEqual(klDivergence(p, p), 0, accuracy: 1e-15)
      XCTAssertEqual(klDivergence(p, 3 * p), 0, accuracy: 1e-15, "normalised first")
      XCTAssertEqual(entropy(p, q), klDivergence(p, q), "SciPy's spelling is the same function")
      XCTAssertEqual(
        klDivergence(p, q), relEntr(p / p.sum(), q / q.sum()).sum(), accuracy: 1e-13)
      XCTAssertEqual(klDivergence(p, q), klDiv(p / p.sum(), q / q.sum()).sum(), accuracy: 1e-13)
      XCTAssertEqual(
        crossEntropy(p, q), entropy(p) + klDivergence(p, q), accuracy: 1e-12,
        "H(p, q) = H(p) + D(p ‖ q)")
      XCTAssertGreaterThanOrEqual(crossEntropy(p, q), entropy(p) - 1e-13, "Gibbs' inequality")
    }
  }

  func testJensenShannonIsSymmetricAndAtMostLog2() {
    let ps = Self.distributions(60, seed: 5)
    let qs = Self.distributions(60, seed: 6)
    for (p, q) in zip(ps, qs) where p.count == q.count {
      let jsd = jensenShannonDivergence(p, q)
      XCTAssertGreaterThanOrEqual(jsd, 0)
      XCTAssertLessThanOrEqual(jsd, log(2))
      XCTAssertLessThanOrEqual(jensenShannonDivergence(p, q, base: .bits), 1)
      XCTAssertEqual(jsd, jensenShannonDivergence(q, p), accuracy: 1e-15)
      XCTAssertEqual(jensenShannonDistance(p, q), jsd.squareRoot(), accuracy: 1e-15)
      let m = (p / p.sum() + q / q.sum()) / 2
      XCTAssertEqual(jsd, (klDivergence(p, m) + klDivergence(q, m)) / 2, accuracy: 1e-13)
    }
    // Disjoint supports reach the bound: 1 bit, a distance of 1.
    XCTAssertEqual(jensenShannonDivergence([1, 0], [0, 1]), log(2), accuracy: 1e-15)
    XCTAssertEqual(jensenShannonDistance([1, 0, 0], [0, 1, 0], base: .bits), 1)
    XCTAssertEqual(jensenShannonDistance([1, 0], [0.5, 0.5]), 0.46450140402245893, accuracy: 1e-15)
  }

  func testUniformDistributionHasMaximumEntropy() {
    for n in [1, 2, 3, 6, 10, 1000] {
      let uniform = Vector(repeating: 1, count: n)
      XCTAssertEqual(entropy(uniform), log(Double(n)), accuracy: 1e-13)
      XCTAssertEqual(entropy(uniform, base: .bits), log2(Double(n)), accuracy: 1e-13)
      XCTAssertEqual(perplexity(uniform), Double(n), accuracy: 1e-10)
    }
    for p in Self.distributions(60, seed: 7) {
      XCTAssertGreaterThanOrEqual(entropy(p), 0)
      XCTAssertLessThanOrEqual(entropy(p), log(Double(p.count)) + 1e-13)
      XCTAssertLessThanOrEqual(perplexity(p), Double(p.count) * (1 + 1e-13))
    }
  }

  func testSampleMutualInformationIsThatOfItsContingencyTable() {
    var random = RandomState(seed: 8)
    for (n, kx, ky) in [(50, 2, 3), (400, 4, 4), (1000, 6, 9)] {
      let x = random.randint(kx, size: n).elements
      let y = zip(x, random.randint(ky, size: n)).map { ($0 * 2 + $1) % ky }
      var table = Matrix(rows: kx, columns: ky)
      for (i, j) in zip(x, y) { table[i, j] += 1 }
      let fromTable = mutualInformation(table)
      XCTAssertEqual(mutualInformation(x, y), fromTable, accuracy: 1e-13)
      XCTAssertEqual(mutualInformation(y, x), fromTable, accuracy: 1e-13)
      XCTAssertEqual(mutualInformation(x, y, base: .bits), fromTable / log(2), accuracy: 1e-13)
      XCTAssertEqual(mutualInformation(x, x), labelEntropy(x), accuracy: 1e-13, "I(X; X) = H(X)")
      XCTAssertEqual(
        mutualInformation(x.map { 10 - 3 * $0 }, y.map { $0 + 100 }), mutualInformation(x, y),
        "labels are names: relabelling changes nothing")
    }
    XCTAssertEqual(mutualInformation([Int](), []), 0)
    XCTAssertEqual(mutualInformation([1, 1, 1], [1, 2, 3]), 0, "a single class carries no information")
  }

  func testInformationGainIsTheMutualInformationOfSplitAndLabel() {
    let parent = [0, 0, 1, 1, 1, 2, 2, 2, 2, 0]
    let left = [0, 0, 1, 2]
    let right = [1, 1, 2, 2, 2, 0]
    let side = [Int](repeating: 0, count: left.count) + [Int](repeating: 1, count: right.count)
    let gain = informationGain(parent: parent, splits: [left, right])
    XCTAssertEqual(gain, mutualInformation(left + right, side), accuracy: 1e-15)
    XCTAssertEqual(
      informationGain(parent: parent, splits: [right, left], base: .bits), gain / log(2), accuracy: 1e-15)
    // The textbook split: a pure split of a fair coin gains 1 bit; a useless one 0.
    XCTAssertEqual(informationGain(parent: [0, 0, 1, 1], splits: [[0, 0], [1, 1]], base: .bits), 1)
    XCTAssertEqual(informationGain(parent: [0, 1, 0, 1], splits: [[0, 1], [1, 0]]), 0)
    XCTAssertEqual(informationGain(parent: [0, 1, 1], splits: [[1, 0, 1], []]), 0, "empty child")
    XCTAssertEqual(informationGain(parent: [], splits: [[], []]), 0, "empty node")
    XCTAssertEqual(
      informationGain(parent: parent, splits: parent.map { [$0] }), entropy([3, 3, 4]),
      accuracy: 1e-15, "singleton children are pure: the whole entropy is gained")
  }

  // MARK: - Edge rules

  func testZeroTimesLogZeroIsZero() {
    XCTAssertEqual(entropy([0.5, 0.5, 0]), log(2))
    XCTAssertEqual(entropy([0, 1, 0, 0]), 0, "a certain outcome")
    XCTAssertEqual(entr([0, -0.0]), [0, 0])
    XCTAssertEqual(relEntr([0, 0], [0, 0.5]), [0, 0])
    XCTAssertEqual(klDiv([0, 0], [0, 0.5]), [0, 0.5], "kl_div(0, y) = y")
    XCTAssertEqual(klDivergence([0.5, 0.5, 0], [0.25, 0.25, 0.5]), log(2), accuracy: 1e-15)
    XCTAssertEqual(klDivergence([0.5, 0.5, 0], [0.5, 0.5, 0]), 0, "0 · log(0 / 0) = 0")
    XCTAssertEqual(crossEntropy([1, 0], [0.5, 0]), 0, "0 · log 0 = 0 in the cross-entropy too")
    XCTAssertEqual(jointEntropy([[0.5, 0], [0, 0.5]]), log(2))
    XCTAssertEqual(perplexity([0, 0, 1]), 1)
  }

  func testKLDivergenceIsInfiniteWhereQVanishesAndPDoesNot() {
    XCTAssertEqual(klDivergence([0.5, 0.5], [1, 0]), .infinity)
    XCTAssertEqual(entropy([0.5, 0.5], [1, 0], base: .bits), .infinity)
    XCTAssertEqual(klDivergence([1, 0], [0.5, 0.5]), log(2), accuracy: 1e-15, "the reverse is finite")
    XCTAssertEqual(crossEntropy([0.5, 0.5], [1, 0]), .infinity)
    XCTAssertEqual(perplexity([0.5, 0.5], [1, 0]), .infinity)
    XCTAssertEqual(relEntr([0.5], [0]), [.infinity])
    XCTAssertEqual(klDiv([0.5], [0]), [.infinity])
    XCTAssertEqual(relEntr([-1], [1]), [.infinity], "scipy.special: +∞ outside the domain")
    XCTAssertEqual(entr([-1]), [-.infinity])
    XCTAssertEqual(jensenShannonDivergence([0.5, 0.5], [1, 0]).isFinite, true, "JSD is always finite")
  }

  func testNaNInGivesUnsignedNaNOut() {
    let p: Vector = [0.2, .nan, 0.8]
    let q: Vector = [0.3, 0.3, 0.4]
    let t: Matrix = [[0.25, .nan], [0.25, 0.25]]
    let results = [
      entropy(p), entropy(p, q), entropy(q, p), klDivergence(p, q), crossEntropy(p, q), crossEntropy(q, p),
      jensenShannonDistance(p, q), jensenShannonDivergence(q, p), perplexity(p), perplexity(p, q),
      jointEntropy(t), conditionalEntropy(t), mutualInformation(t), entropy(Vector([-.nan, 1])),
    ]
    for (k, r) in results.enumerated() {
      XCTAssertTrue(r.isNaN, "result \(k) is \(r)")
      XCTAssertEqual(r.sign, .plus, "result \(k) prints as -nan")
    }
    XCTAssertTrue(entr([.nan])[0].isNaN)
    XCTAssertTrue(relEntr([0], [.nan])[0].isNaN)
    XCTAssertTrue(klDiv([.nan], [1])[0].isNaN)
    // Weights that sum to 0 cannot be normalised: NaN, as in SciPy.
    XCTAssertTrue(entropy([0, 0]).isNaN)
    XCTAssertEqual(entropy(Vector([])), 0, "an empty sum")
  }

  func testUnnormalisedInputIsNormalisedAsInSciPy() {
    let p: Vector = [1, 1, 2]
    let q: Vector = [3, 1, 1]
    XCTAssertEqual(entropy(p), entropy(p / 4), accuracy: 1e-16)
    XCTAssertEqual(entropy(p), 1.0397207708399179, accuracy: 1e-15)
    XCTAssertEqual(klDivergence(p, q), klDivergence(p / 4, q / 5), accuracy: 1e-16)
    XCTAssertEqual(crossEntropy(p, q), crossEntropy(p / 4, q / 5), accuracy: 1e-16)
    XCTAssertEqual(jensenShannonDistance(p, q), jensenShannonDistance(p / 4, q / 5), accuracy: 1e-16)
    XCTAssertEqual(mutualInformation([[2, 0], [1, 1]]), mutualInformation([[0.5, 0], [0.25, 0.25]]))
  }

  func testBasesAreUnitsOfTheSameQuantity() {
    let p: Vector = [0.1, 0.2, 0.3, 0.4]
    XCTAssertEqual(LogBase.bits, 2)
    XCTAssertEqual(LogBase.base(2), .bits)
    XCTAssertEqual(LogBase.nats, LogBase(floatLiteral: M_E))
    XCTAssertEqual(entropy(p, base: .bits), entropy(p) / log(2))
    XCTAssertEqual(entropy(p, base: 2), entropy(p, base: .bits))
    XCTAssertEqual(entropy(p, base: .base(M_E)), entropy(p), "ln e is exactly 1")
    XCTAssertEqual(entropy(p, base: 10), entropy(p) / log(10))
    XCTAssertEqual(entropy([0.5, 0.5], base: .bits), 1, "a fair coin is one bit")
    XCTAssertEqual(entropy([0.9, 0.1], base: .bits), 0.46899559358928117, accuracy: 1e-16)
    XCTAssertEqual(entropy([0.5, 0.5], [0.9, 0.1], base: .bits), 0.7369655941662062, accuracy: 1e-15)
    XCTAssertEqual(
      "\(LogBase.nats) \(LogBase.bits) \(LogBase.base(10)) \(LogBase.base(3))",
      "nats bits hartleys base-3.0 units")
  }

  func testPerplexityIsTheNumberOfEquallyLikelyOutcomes() {
    XCTAssertEqual(perplexity(Vector(repeating: 1, count: 6)), 6, accuracy: 1e-14, "a fair die")
    XCTAssertEqual(perplexity([0.5, 0.25, 0.25]), pow(2, entropy([0.5, 0.25, 0.25], base: .bits)), accuracy: 1e-15)
    let p: Vector = [0.7, 0.2, 0.1]
    let q: Vector = [0.5, 0.3, 0.2]
    XCTAssertEqual(perplexity(p, q), exp(crossEntropy(p, q)))
    XCTAssertGreaterThan(perplexity(p, q), perplexity(p))
    XCTAssertEqual(perplexity(p, p), perplexity(p), accuracy: 1e-15)
    XCTAssertEqual(perplexity(Vector([])), 1)
  }
}

/// Misuse stops the program with a message naming the argument and its value
/// (each case runs in a child process, as in ``TrapMessageTests``).
@Suite struct InformationTheoryFailureTests {
  @Test(arguments: InformationTheoryFailures.all.map(\.name))
  func misusePrintsItsMessage(_ name: String) async throws {
    let trap = try #require(InformationTheoryFailures.named(name))
    let exit = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
      [name] in
      InformationTheoryFailures.named(name)?.body()
    }
    let stderr = String(decoding: try #require(exit).standardErrorContent, as: UTF8.self)
    #expect(
      stderr.contains("Fatal error: \(trap.message)"),
      "expected “Fatal error: \(trap.message)”, the child printed:\n\(stderr)")
  }
}

enum InformationTheoryFailures {
  static func named(_ name: String) -> TrapCase? { all.first { $0.name == name } }

  static let negativeHint = "is negative (probabilities and counts must be ≥ 0)"
  static let lengthHint = "(both must give the probabilities of the same outcomes)"

  static let all: [TrapCase] = [
    TrapCase(name: "entropy negative", message: "entropy: p[1] = -0.25 \(negativeHint)") {
      print(entropy([0.5, -0.25, 0.75]))
    },
    TrapCase(name: "entropy(p, q) negative q", message: "entropy: q[0] = -1.0 \(negativeHint)") {
      print(entropy([0.5, 0.5], [-1, 2]))
    },
    TrapCase(
      name: "klDivergence lengths", message: "klDivergence: p has 2 elements but q has 3 \(lengthHint)"
    ) {
      print(klDivergence([0.5, 0.5], [0.2, 0.3, 0.5]))
    },
    TrapCase(name: "klDivergence negative -inf", message: "klDivergence: p[0] = -inf \(negativeHint)") {
      print(klDivergence([-.infinity, 1], [0.5, 0.5]))
    },
    TrapCase(name: "crossEntropy negative", message: "crossEntropy: q[2] = -0.1 \(negativeHint)") {
      print(crossEntropy([0.2, 0.3, 0.5], [0.6, 0.5, -0.1]))
    },
    TrapCase(
      name: "crossEntropy lengths", message: "crossEntropy: p has 3 elements but q has 1 \(lengthHint)"
    ) {
      print(crossEntropy([0.2, 0.3, 0.5], [1]))
    },
    TrapCase(
      name: "jensenShannonDistance lengths",
      message: "jensenShannonDistance: p has 0 elements but q has 2 \(lengthHint)"
    ) {
      print(jensenShannonDistance(Vector([]), [0.5, 0.5]))
    },
    TrapCase(
      name: "jensenShannonDivergence negative",
      message: "jensenShannonDivergence: p[1] = -0.5 \(negativeHint)"
    ) {
      print(jensenShannonDivergence([1, -0.5], [0.5, 0.5]))
    },
    TrapCase(name: "jointEntropy negative", message: "jointEntropy: joint[1, 0] = -0.1 \(negativeHint)") {
      print(jointEntropy([[0.5, 0.2], [-0.1, 0.4]]))
    },
    TrapCase(
      name: "conditionalEntropy negative", message: "conditionalEntropy: joint[0, 2] = -3.0 \(negativeHint)"
    ) {
      print(conditionalEntropy([[1, 2, -3], [4, 5, 6]]))
    },
    TrapCase(
      name: "mutualInformation negative", message: "mutualInformation: joint[2, 1] = -1e-09 \(negativeHint)"
    ) {
      print(mutualInformation([[0.1, 0.2], [0.3, 0.1], [0.3, -1e-9]]))
    },
    TrapCase(
      name: "mutualInformation samples lengths",
      message:
        "mutualInformation: x has 3 samples but y has 2 (x[i] and y[i] must label the same sample)"
    ) {
      print(mutualInformation([1, 2, 3], [1, 2]))
    },
    TrapCase(name: "perplexity negative", message: "perplexity: p[0] = -2.0 \(negativeHint)") {
      print(perplexity([-2, 3]))
    },
    TrapCase(name: "perplexity(p, q) lengths", message: "perplexity: p has 2 elements but q has 3 \(lengthHint)") {
      print(perplexity([0.5, 0.5], [0.2, 0.3, 0.5]))
    },
    TrapCase(name: "relEntr lengths", message: "relEntr: shapes (2,) and (3,) cannot be broadcast together") {
      print(relEntr([0.5, 0.5], [0.2, 0.3, 0.5]))
    },
    TrapCase(
      name: "informationGain not a partition",
      message:
        "informationGain: splits are not a partition of parent: label 1 occurs 2 times in parent but 1 time in the splits"
    ) {
      print(informationGain(parent: [0, 1, 1, 2], splits: [[0, 1], [2]]))
    },
    TrapCase(
      name: "informationGain extra label",
      message:
        "informationGain: splits are not a partition of parent: label 5 occurs 0 times in parent but 1 time in the splits"
    ) {
      print(informationGain(parent: [0, 1], splits: [[0], [1, 5]]))
    },
    TrapCase(
      name: "base 1",
      message: "LogBase: 1.0 is not a logarithm base (use .nats, .bits, or a finite base > 0 other than 1)"
    ) {
      print(entropy([0.5, 0.5], base: 1))
    },
    TrapCase(
      name: "base negative",
      message: "LogBase: -2.0 is not a logarithm base (use .nats, .bits, or a finite base > 0 other than 1)"
    ) {
      print(entropy([0.5, 0.5], base: .base(-2)))
    },
    TrapCase(
      name: "base nan",
      message: "LogBase: nan is not a logarithm base (use .nats, .bits, or a finite base > 0 other than 1)"
    ) {
      print(klDivergence([0.5, 0.5], [0.5, 0.5], base: .base(.nan)))
    },
  ]
}

// MARK: - Fixture model

enum InformationTheoryReference {
  typealias Value = ArraysReference.Value

  struct Case: Decodable {
    var name: String
    var op: String
    var args: [Value]
    var expected: Value
    var tolerance: String
    var scale: Double?
  }

  struct File: Decodable {
    var inputs: [String: Value]
    var cases: [Case]

    func resolve(_ value: Value) -> Value {
      if case .ref(let name) = value {
        guard let input = inputs[name] else { fatalError("no input named \(name)") }
        return input
      }
      return value
    }
  }

  nonisolated(unsafe) static var cached: File?

  static func load() throws -> File {
    if let cached { return cached }
    let file: File = try decodeReferenceFixture("information_theory")
    cached = file
    return file
  }

  /// Why `actual` differs from `expected`: each element must be within 1e-12 of
  /// the reference relatively, or within 1e-12 × `scale` for differences of entropies.
  static func mismatch(_ actual: Value, _ expected: Value, scale: Double?) -> String? {
    let a: [Double]
    let e: [Double]
    switch (actual, expected) {
    case (.vector(let x), .vector(let y)): (a, e) = (x, y)
    case (.scalar(let x), .scalar(let y)): (a, e) = ([x], [y])
    default: return "\(actual), expected \(expected)"
    }
    if a.count != e.count { return "count \(a.count), expected \(e.count)" }
    for i in a.indices {
      let (x, y) = (a[i], e[i])
      if x.isNaN && y.isNaN {
        if x.sign == .minus { return "element \(i) is -nan" }
        continue
      }
      if x == y { continue }
      let bound = 1e-12 * Swift.max(y.magnitude, scale ?? 0)
      if !(x.isFinite && y.isFinite && (x - y).magnitude <= bound) {
        return "element \(i) is \(x), expected \(y) (difference \(x - y))"
      }
    }
    return nil
  }

  /// `.str("nats")`, `.str("bits")` or a number.
  static func base(_ value: Value) -> LogBase {
    switch value {
    case .string("nats"): .nats
    case .string("bits"): .bits
    default: .base(value.double)
    }
  }

  typealias Operation = @Sendable ([Value]) -> Value

  static let operations: [String: Operation] = [
    "entr": { .vector(entr($0[0].vector).elements) },
    "relEntr": { .vector(relEntr($0[0].vector, $0[1].vector).elements) },
    "klDiv": { .vector(klDiv($0[0].vector, $0[1].vector).elements) },
    "entropy": { .scalar(entropy($0[0].vector, base: base($0[1]))) },
    "entropy2": { .scalar(entropy($0[0].vector, $0[1].vector, base: base($0[2]))) },
    "klDivergence": { .scalar(klDivergence($0[0].vector, $0[1].vector, base: base($0[2]))) },
    "crossEntropy": { .scalar(crossEntropy($0[0].vector, $0[1].vector, base: base($0[2]))) },
    "jsDistance": { .scalar(jensenShannonDistance($0[0].vector, $0[1].vector, base: base($0[2]))) },
    "jsDivergence": { .scalar(jensenShannonDivergence($0[0].vector, $0[1].vector, base: base($0[2]))) },
    "perplexity": { .scalar(perplexity($0[0].vector)) },
    "perplexity2": { .scalar(perplexity($0[0].vector, $0[1].vector)) },
    "jointEntropy": { .scalar(jointEntropy($0[0].matrix, base: base($0[1]))) },
    "conditionalEntropy": { .scalar(conditionalEntropy($0[0].matrix, base: base($0[1]))) },
    "mutualInformation": { .scalar(mutualInformation($0[0].matrix, base: base($0[1]))) },
    "mutualInformationSamples": { .scalar(mutualInformation($0[0].ints, $0[1].ints, base: base($0[2]))) },
    "informationGain": { args in
      var labels = args[1].ints[...]
      var splits: [[Int]] = []
      for size in args[2].ints {
        splits.append(Array(labels.prefix(size)))
        labels = labels.dropFirst(size)
      }
      return .scalar(informationGain(parent: args[0].ints, splits: splits, base: base(args[3])))
    },
  ]
}
