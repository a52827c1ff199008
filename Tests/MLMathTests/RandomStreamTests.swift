import Foundation
import XCTest

@testable import MLMath

/// The legacy NumPy stream, bit for bit: the first 10,000 draws after
/// `seed(0)`, `seed(42)` and `seed(2**32 - 1)`, recorded by NumPy.
final class RandomStreamTests: XCTestCase {
  var streams: [[String: Any]] = []

  override func setUpWithError() throws {
    streams = try XCTUnwrap(ReferenceFixture.load("random_stream")["streams"] as? [[String: Any]])
    XCTAssertEqual(streams.count, 3)
  }

  /// Runs `body` once per seeded stream with a fresh generator.
  func forEachSeed(
    _ body: (_ seed: Int, _ reference: [String: Any], _ rng: inout RandomState) -> Void
  ) {
    for reference in streams {
      let seed = (reference["seed"] as! NSNumber).intValue
      var rng = RandomState(seed: seed)
      body(seed, reference, &rng)
    }
  }

  func testSeedingIsInitGenrand() {
    forEachSeed { seed, reference, rng in
      XCTAssertEqual(
        rng.twister.key.prefix(8).map(Int.init), ReferenceFixture.integers(reference["state_head"]))
      XCTAssertEqual(rng.twister.position, 624)
    }
  }

  func testRandom() {
    forEachSeed { seed, reference, rng in
      assertBitIdentical(
        rng.random(size: 10_000).elements, ReferenceFixture.bitPatterns(reference["random"]),
        "random seed \(seed)")
    }
  }

  func testNormal() {
    forEachSeed { seed, reference, rng in
      assertBitIdentical(
        rng.normal(0, 1, size: 10_000).elements, ReferenceFixture.bitPatterns(reference["normal"]),
        "normal seed \(seed)")
      rng.seed(seed)
      assertBitIdentical(
        rng.normal(1.5, 2.5, size: 101).elements,
        ReferenceFixture.bitPatterns(reference["normal_loc_scale"]),
        "normal(1.5, 2.5) seed \(seed)")
    }
  }

  func testUniform() {
    forEachSeed { seed, reference, rng in
      assertBitIdentical(
        rng.uniform(-3, 7, size: 1000).elements, ReferenceFixture.bitPatterns(reference["uniform"]),
        "uniform seed \(seed)")
    }
  }

  func testRandint() {
    forEachSeed { seed, reference, rng in
      XCTAssertEqual(
        rng.randint(0, 10, size: 10_000).elements, ReferenceFixture.integers(reference["randint"]))
      rng.seed(seed)
      XCTAssertEqual(
        rng.randint(-5, 1 << 40, size: 1000).elements, ReferenceFixture.integers(reference["randint_wide"]))
      rng.seed(seed)
      XCTAssertEqual(
        rng.randint(0, 1 << 32, size: 100).elements, ReferenceFixture.integers(reference["randint_full32"]))
    }
  }

  func testChoice() {
    forEachSeed { seed, reference, rng in
      XCTAssertEqual(rng.choice(10, size: 10_000).elements, ReferenceFixture.integers(reference["choice"]))
      let p = Vector((1...100).map(Double.init))
      let weights = Vector(p.elements.map { $0 / p.elements.reduce(0, +) })
      rng.seed(seed)
      XCTAssertEqual(
        rng.choice(100, size: 10_000, p: weights).elements, ReferenceFixture.integers(reference["choice_p"]))
      rng.seed(seed)
      XCTAssertEqual(
        rng.choice(10_000, size: 1000, replace: false).elements,
        ReferenceFixture.integers(reference["choice_noreplace"]))
      let ramp = (0..<50).map { Double($0) / 49 }
      let total = ramp.reduce(0, +)
      rng.seed(seed)
      XCTAssertEqual(
        rng.choice(50, size: 30, replace: false, p: Vector(ramp.map { $0 / total })).elements,
        ReferenceFixture.integers(reference["choice_noreplace_p"]))
    }
  }

  func testShuffleAndPermutation() {
    forEachSeed { seed, reference, rng in
      var x = Array(0..<10_000)
      rng.shuffle(&x)
      XCTAssertEqual(x, ReferenceFixture.integers(reference["shuffle"]))
      rng.seed(seed)
      XCTAssertEqual(rng.permutation(100).elements, ReferenceFixture.integers(reference["permutation"]))
      rng.seed(seed)
      var rows = Matrix(rows: 50, columns: 3, elements: (0..<150).map(Double.init))
      rng.shuffle(&rows)
      XCTAssertEqual(
        rows.elements.map { Int($0) }, ReferenceFixture.integers(reference["shuffle_rows"]))
      rng.seed(seed)
      XCTAssertEqual(
        (0..<5).map { _ in rng.choice(20, replace: false) },
        ReferenceFixture.integers(reference["choice_scalar_noreplace"]))
    }
  }

  func testInterleavedCallsKeepTheCachedGaussian() {
    forEachSeed { seed, reference, rng in
      var mixed = rng.normal(0, 1, size: 3).elements
      mixed.append(rng.standardNormal())
      mixed.append(rng.random())
      mixed.append(rng.normal(2, 3))
      mixed.append(Double(rng.randint(0, 1000)))
      mixed += rng.standardNormal(size: 5).elements
      mixed.append(Double(rng.choice(7)))
      mixed += rng.normal(size: 2).elements
      assertBitIdentical(
        mixed, ReferenceFixture.bitPatterns(reference["mixed"]), "mixed seed \(seed)")
    }
  }

  func testGlobalGeneratorFollowsTheSameStream() {
    let reference = streams[1]
    Random.seed(42)
    assertBitIdentical(
      Random.normal(0, 1, size: 10_000).elements, ReferenceFixture.bitPatterns(reference["normal"]),
      "Random.normal")
    Random.seed(42)
    XCTAssertEqual(
      Random.randint(0, 10, size: 10_000).elements, ReferenceFixture.integers(reference["randint"]))
  }

  func testBulkFillsEqualScalarDrawsAcrossTwists() {
    for skipped in 0..<3 {
      var bulk = RandomState(seed: 11)
      for _ in 0..<skipped { _ = bulk.withStream { $0.nextUInt32() } }
      var scalar = bulk
      let values = bulk.random(size: 2_000).elements
      assertBitIdentical(
        values, (0..<2_000).map { _ in scalar.random() }, "random(size:) after \(skipped) words")
      XCTAssertEqual(
        bulk.randint(-3, 97, size: 2_000).elements, (0..<2_000).map { _ in scalar.randint(-3, 97) })
      XCTAssertEqual(bulk, scalar)
    }
  }

  func testSharedGeneratorIsSafeAcrossThreads() {
    Random.seed(99)
    DispatchQueue.concurrentPerform(iterations: 8) { _ in
      for _ in 0..<500 { _ = Random.random() }
    }
    var sequential = RandomState(seed: 99)
    for _ in 0..<4_000 { _ = sequential.random() }
    XCTAssertEqual(Random.getState(), sequential, "every draw was counted exactly once")
  }

  func testCopiesForkTheStream() {
    var a = RandomState(seed: 7)
    _ = a.standardNormal()
    var b = a
    XCTAssertEqual(a.normal(size: 5), b.normal(size: 5))
  }

  func testMatrixShapes() {
    var rng = RandomState(seed: 3)
    let m = rng.randn(3, 2)
    XCTAssertEqual(m.rows, 3)
    XCTAssertEqual(m.columns, 2)
    rng.seed(3)
    XCTAssertEqual(m.elements, rng.standardNormal(size: 6).elements)
  }

  func testArraySeedMatchesInitByArray() {
    // np.random.RandomState([1, 2, 3]).random_sample(3)
    var rng = RandomState(seed: [1, 2, 3])
    XCTAssertEqual(
      rng.random(size: 3).elements.map(\.bitPattern),
      [0.6098612722867289, 0.8866970434146851, 0.47633673750662764].map(\.bitPattern))
  }
}
