import Foundation
import XCTest

@testable import MLMath

/// MLMath's splitters against scikit-learn's: with the same seed, `trainTestSplit`,
/// `ShuffleSplit`, `StratifiedShuffleSplit`, `KFold` and `StratifiedKFold` must select the
/// same indices in the same order (the splits of Fixtures/reference/metrics_preprocessing.json).
final class MetricsModelSelectionTests: XCTestCase {
  static let fixture = Result { try decodeReferenceFixture("metrics_preprocessing", as: SplitFixture.self) }

  func testTrainTestSplitSelectsScikitLearnsRows() throws {
    let cases = try Self.fixture.get().splits.trainTestSplit
    for c in cases {
      let context = "n \(c.n), testSize \(String(describing: c.testSize)), seed \(String(describing: c.seed))"
      let x = IntVector(Array(0..<c.n))
      let (train, test) = trainTestSplit(
        x, testSize: c.testSize?.size, trainSize: c.trainSize?.size, randomState: c.seed, shuffle: c.shuffle,
        stratify: c.stratify.map(IntVector.init))
      XCTAssertEqual(train.elements, c.train, context)
      XCTAssertEqual(test.elements, c.test, context)
      // Features and labels are cut by the same indices.
      let X = Matrix(rows: c.n, columns: 2, elements: (0..<(2 * c.n)).map(Double.init))
      let y = Vector(x) * 10
      let (xTrain, xTest, yTrain, yTest) = trainTestSplit(
        X, y, testSize: c.testSize?.size, trainSize: c.trainSize?.size, randomState: c.seed, shuffle: c.shuffle,
        stratify: c.stratify.map(IntVector.init))
      XCTAssertEqual(xTrain.column(0).elements, c.train.map { Double(2 * $0) }, context)
      XCTAssertEqual(xTest.column(1).elements, c.test.map { Double(2 * $0 + 1) }, context)
      XCTAssertEqual(yTrain.elements, c.train.map { Double(10 * $0) }, context)
      XCTAssertEqual(yTest.elements, c.test.map { Double(10 * $0) }, context)
    }
    XCTAssertGreaterThan(cases.count, 15)
  }

  /// `randomState: nil` draws from the process-wide generator, as sklearn's `None` draws from
  /// NumPy's global one: after the same seed, the same splits, and the stream moves on.
  func testUnseededSplitsContinueTheGlobalStream() throws {
    for c in try Self.fixture.get().splits.globalStream {
      Random.seed(c.globalSeed)
      for call in c.calls {
        let (train, test) = trainTestSplit(IntVector(Array(0..<c.n)), testSize: c.testSize.size)
        XCTAssertEqual(train.elements, call.train, "global seed \(c.globalSeed)")
        XCTAssertEqual(test.elements, call.test, "global seed \(c.globalSeed)")
      }
    }
  }

  func testSplittersMakeScikitLearnsFolds() throws {
    let splits = try Self.fixture.get().splits
    for c in splits.shuffleSplit {
      let splitter = ShuffleSplit(
        nSplits: c.nSplits, testSize: c.testSize?.size, trainSize: c.trainSize?.size, randomState: c.seed)
      Self.assertFolds(splitter.split(Matrix(rows: c.n, columns: 1)), c.folds, "\(splitter)")
    }
    for c in splits.stratifiedShuffleSplit {
      let splitter = StratifiedShuffleSplit(
        nSplits: c.nSplits, testSize: c.testSize?.size, trainSize: c.trainSize?.size, randomState: c.seed)
      let y = IntVector(c.y)
      Self.assertFolds(splitter.split(Matrix(rows: y.count, columns: 1), y), c.folds, "\(splitter)")
    }
    for c in splits.kFold {
      let splitter = KFold(nSplits: c.nSplits, shuffle: c.shuffle, randomState: c.seed)
      Self.assertFolds(splitter.split(Matrix(rows: c.n, columns: 2)), c.folds, "\(splitter), n \(c.n)")
      // Every sample is tested exactly once.
      let tested = splitter.split(Vector(repeating: 0, count: c.n)).flatMap(\.test.elements).sorted()
      XCTAssertEqual(tested, Array(0..<c.n))
    }
    for c in splits.stratifiedKFold {
      let splitter = StratifiedKFold(nSplits: c.nSplits, shuffle: c.shuffle, randomState: c.seed)
      let y = IntVector(c.y)
      Self.assertFolds(splitter.split(y, y), c.folds, "\(splitter), y \(c.y)")
    }
  }

  /// A split's seed fixes it: repeated calls agree, and a `KFold` without shuffling ignores randomness.
  func testSeededSplitsAreReproducible() {
    let X = Matrix(rows: 30, columns: 3)
    let a = trainTestSplit(X, testSize: 0.2, randomState: 5)
    let b = trainTestSplit(X, testSize: 0.2, randomState: 5)
    XCTAssertEqual(a.train, b.train)
    XCTAssertEqual(a.test.rows, 6)
    let kf = KFold(nSplits: 4, shuffle: true, randomState: 9)
    XCTAssertEqual(kf.split(X).map(\.test), kf.split(X).map(\.test))
    XCTAssertEqual(KFold(nSplits: 3).split(X).map(\.test.count), [10, 10, 10])
    XCTAssertEqual(KFold(nSplits: 4).split(Vector(repeating: 0, count: 10)).map(\.test.count), [3, 3, 2, 2])
    XCTAssertEqual("\(kf)", "KFold(nSplits: 4, shuffle: true, randomState: 9)")
    // Stratified folds keep the class shares: 12 of class 0 and 6 of class 1 in 3 folds.
    let y = IntVector(Array(repeating: 0, count: 12) + Array(repeating: 1, count: 6))
    for (_, test) in StratifiedKFold(nSplits: 3).split(y, y) {
      XCTAssertEqual(test.elements.count { y[$0] == 0 }, 4)
      XCTAssertEqual(test.elements.count { y[$0] == 1 }, 2)
    }
    // Strings and other arrays split too.
    let names = ["a", "b", "c", "d"]
    let (train, test) = trainTestSplit(names, testSize: 1, shuffle: false)
    XCTAssertEqual(train, ["a", "b", "c"])
    XCTAssertEqual(test, ["d"])
  }

  static func assertFolds(
    _ folds: [(train: IntVector, test: IntVector)], _ expected: [SplitFixture.Fold], _ context: String,
    file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertEqual(folds.count, expected.count, context, file: file, line: line)
    for (k, (fold, reference)) in zip(folds, expected).enumerated() {
      XCTAssertEqual(fold.train.elements, reference.train, "\(context) fold \(k) train", file: file, line: line)
      XCTAssertEqual(fold.test.elements, reference.test, "\(context) fold \(k) test", file: file, line: line)
    }
  }
}

struct SplitFixture: Decodable {
  struct Size: Decodable {
    var fraction: Double?
    var count: Int?
    var size: SplitSize { fraction.map { .fraction($0) } ?? .count(count ?? 0) }
  }
  struct Fold: Decodable {
    var train: [Int]
    var test: [Int]
  }
  struct TrainTest: Decodable {
    var n: Int
    var testSize: Size?
    var trainSize: Size?
    var seed: Int?
    var shuffle: Bool
    var stratify: [Int]?
    var train: [Int]
    var test: [Int]
  }
  struct GlobalStream: Decodable {
    var n: Int
    var testSize: Size
    var globalSeed: Int
    var calls: [Fold]
  }
  struct Shuffle: Decodable {
    var n: Int
    var nSplits: Int
    var testSize: Size?
    var trainSize: Size?
    var seed: Int?
    var folds: [Fold]
  }
  struct StratifiedShuffle: Decodable {
    var y: [Int]
    var nSplits: Int
    var testSize: Size?
    var trainSize: Size?
    var seed: Int?
    var folds: [Fold]
  }
  struct KFoldCase: Decodable {
    var n: Int
    var nSplits: Int
    var shuffle: Bool
    var seed: Int?
    var folds: [Fold]
  }
  struct StratifiedKFoldCase: Decodable {
    var y: [Int]
    var nSplits: Int
    var shuffle: Bool
    var seed: Int?
    var folds: [Fold]
  }
  struct Splits: Decodable {
    var trainTestSplit: [TrainTest]
    var globalStream: [GlobalStream]
    var shuffleSplit: [Shuffle]
    var stratifiedShuffleSplit: [StratifiedShuffle]
    var kFold: [KFoldCase]
    var stratifiedKFold: [StratifiedKFoldCase]
  }
  var splits: Splits
}
