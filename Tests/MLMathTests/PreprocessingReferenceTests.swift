import Foundation
import XCTest

@testable import MLMath

/// MLMath's transformers against scikit-learn's (Fixtures/reference/metrics_preprocessing.json,
/// written by scripts/reference/metrics_preprocessing.py): fitted attributes, transforms and
/// inverse transforms within 1e-12 relative, including NaN entries, constant columns and
/// batches fed to `partialFit`; one-hot categories, encodings and names exactly.
final class PreprocessingReferenceTests: XCTestCase {
  static let fixture = Result { try decodeReferenceFixture("metrics_preprocessing", as: PreprocessingFixture.self) }

  /// `X` fitted in one go, or batch by batch at the row cuts sklearn's `np.split` used.
  static func batches(_ X: Matrix, _ cuts: [Int]?) -> [Matrix] {
    guard let cuts else { return [X] }
    let bounds = [0] + cuts + [X.rows]
    return zip(bounds, bounds.dropFirst()).map { X[$0..<$1, ...] }
  }

  func testStandardScalerMatchesScikitLearn() throws {
    var worst = WorstError()
    let cases = try Self.fixture.get().standardScaler
    for c in cases {
      let context = "\(c.name), withMean \(c.withMean), withStd \(c.withStd)"
      let X = c.X.matrix
      var scaler = StandardScaler(withMean: c.withMean, withStd: c.withStd)
      if c.batches == nil {
        scaler.fit(X)
      } else {
        for batch in Self.batches(X, c.batches) { scaler.partialFit(batch) }
      }
      Self.check(&worst, scaler.mean, c.mean, context + " mean")
      Self.check(&worst, scaler.variance, c.variance, context + " variance")
      Self.check(&worst, scaler.scale, c.scale, context + " scale")
      XCTAssertEqual(scaler.nSamplesSeen?.elements, c.nSamplesSeen, context)
      worst.check(scaler.transform(X).elements, c.transform.matrix.elements, context + " transform")
      worst.check(scaler.inverseTransform(c.Z.matrix).elements, c.inverse.matrix.elements, context + " inverse")
    }
    XCTAssertGreaterThan(cases.count, 30)
    worst.assertWithin(1e-12)
    print("StandardScaler: \(cases.count) cases, worst relative error \(worst.summary)")
  }

  func testMinMaxScalerMatchesScikitLearn() throws {
    var worst = WorstError()
    let cases = try Self.fixture.get().minMaxScaler
    for c in cases {
      let context = "\(c.name), featureRange \(c.featureRange), clip \(c.clip)"
      let X = c.X.matrix
      var scaler = MinMaxScaler(featureRange: (c.featureRange[0], c.featureRange[1]), clip: c.clip)
      if c.batches == nil {
        scaler.fit(X)
      } else {
        for batch in Self.batches(X, c.batches) { scaler.partialFit(batch) }
      }
      Self.check(&worst, scaler.dataMin, c.dataMin, context + " dataMin")
      Self.check(&worst, scaler.dataMax, c.dataMax, context + " dataMax")
      Self.check(&worst, scaler.dataRange, c.dataRange, context + " dataRange")
      Self.check(&worst, scaler.scale, c.scale, context + " scale")
      Self.check(&worst, scaler.min, c.min, context + " min")
      XCTAssertEqual(scaler.nSamplesSeen, c.nSamplesSeen, context)
      worst.check(scaler.transform(X).elements, c.transform.matrix.elements, context + " transform")
      worst.check(scaler.transform(c.Z.matrix).elements, c.transformZ.matrix.elements, context + " transform Z")
      worst.check(scaler.inverseTransform(c.Z.matrix).elements, c.inverse.matrix.elements, context + " inverse")
    }
    worst.assertWithin(1e-12)
    print("MinMaxScaler: \(cases.count) cases, worst relative error \(worst.summary)")
  }

  func testOneHotEncoderMatchesScikitLearn() throws {
    for c in try Self.fixture.get().oneHot {
      let drop: OneHotEncoder.Drop? =
        switch c.drop {
        case "first": .first
        case "if_binary": .ifBinary
        default: nil
        }
      var encoder = OneHotEncoder(
        categories: c.categories?.map(IntVector.init), drop: drop,
        handleUnknown: c.handleUnknown == "ignore" ? .ignore : .error)
      let encoded = encoder.fitTransform(c.X.intMatrix)
      XCTAssertEqual(encoder.categories?.map(\.elements), c.fittedCategories, c.name)
      XCTAssertEqual(encoder.dropIndex ?? [], c.dropIndex ?? Array(repeating: nil, count: c.X.cols), c.name)
      XCTAssertEqual(encoded, c.transformX.matrix, c.name)
      XCTAssertEqual(encoder.transform(c.T.intMatrix), c.transformT.matrix, c.name)
      XCTAssertEqual(encoder.nOutputFeatures, c.transformX.cols, c.name)
      XCTAssertEqual(encoder.featureNamesOut(), c.featureNames, c.name)
      XCTAssertEqual(encoder.featureNamesOut((0..<c.X.cols).map { "f\($0)" }), c.featureNamesCustom, c.name)
    }
  }

  func testPolynomialFeaturesMatchScikitLearn() throws {
    var worst = WorstError()
    let cases = try Self.fixture.get().polynomial
    for c in cases {
      var poly =
        c.degree[0] == 0
        ? PolynomialFeatures(degree: c.degree[1], interactionOnly: c.interactionOnly, includeBias: c.includeBias)
        : PolynomialFeatures(
          degree: (c.degree[0], c.degree[1]), interactionOnly: c.interactionOnly, includeBias: c.includeBias)
      let context = "\(poly), X \(c.X.rows) × \(c.X.cols)"
      let out = poly.fitTransform(c.X.matrix)
      XCTAssertEqual(poly.powers, c.powers.intMatrix, context)
      XCTAssertEqual(poly.nOutputFeatures, c.powers.rows, context)
      XCTAssertEqual(out.shape.columns, c.transform.cols, context)
      worst.check(out.elements, c.transform.matrix.elements, context)
      XCTAssertEqual(poly.featureNamesOut(), c.featureNames, context)
    }
    XCTAssertGreaterThan(cases.count, 100)
    worst.assertWithin(1e-12)
    print("PolynomialFeatures: \(cases.count) cases, worst relative error \(worst.summary)")
  }

  static func check(_ worst: inout WorstError, _ actual: Vector?, _ expected: [ReferenceNumber]?, _ context: String) {
    if actual == nil || expected == nil {
      XCTAssertEqual(
        actual == nil, expected == nil,
        "\(context): MLMath \(String(describing: actual)), sklearn \(String(describing: expected))")
      return
    }
    worst.check(actual?.elements ?? [], expected?.map(\.value) ?? [], context)
  }
}

// MARK: - Behaviour sklearn documents

final class PreprocessingBehaviourTests: XCTestCase {
  /// Fit on training data, transform test data with the training statistics.
  func testScalersUseTheTrainingStatistics() {
    var scaler = StandardScaler()
    let train: Matrix = [[1, 2], [3, 4], [5, 9]]
    let z = scaler.fitTransform(train)
    XCTAssertEqual(z.mean(axis: 0).elements.map { abs($0) < 1e-15 }, [true, true])
    XCTAssertEqual(z.elements.map { $0 * $0 }.reduce(0, +) / 3, 2, accuracy: 1e-14, "unit variance per column")
    let test: Matrix = [[3, 5]]
    XCTAssertEqual(scaler.transform(test).elements, [0, 0])
    for (x, y) in zip(scaler.inverseTransform(scaler.transform(train)).elements, train.elements) {
      XCTAssertEqual(x, y, accuracy: 4e-16 * abs(y), "the inverse undoes the transform up to rounding")
    }
    XCTAssertEqual("\(scaler.mean!)", "[3. 5.]")
    XCTAssertEqual("\(scaler.scale!)", "[1.63299316 2.94392029]")
    XCTAssertEqual(
      "\(scaler)",
      "StandardScaler(withMean: true, withStd: true), fitted on 3 samples of 2 features\n  mean:  [3. 5.]\n  scale: [1.63299316 2.94392029]"
    )
    XCTAssertEqual("\(StandardScaler(withMean: false))", "StandardScaler(withMean: false, withStd: true), not fitted")

    var minMax = MinMaxScaler()
    let X: Matrix = [[-1, 2], [-0.5, 6], [0, 10], [1, 18]]
    XCTAssertEqual(
      "\(minMax.fitTransform(X))", "[[0.   0.  ]\n [0.25 0.25]\n [0.5  0.5 ]\n [1.   1.  ]]")
    XCTAssertEqual(minMax.transform([[2, 2]]).elements, [1.5, 0])
    var clipped = MinMaxScaler(clip: true)
    clipped.fit(X)
    XCTAssertEqual(clipped.transform([[2, -30]]).elements, [1, 0])
  }

  /// `fit` forgets the previous fit; `partialFit` accumulates.
  func testFitStartsAfreshAndPartialFitAccumulates() {
    var scaler = StandardScaler()
    scaler.fit([[100, 100]])
    scaler.fit([[1, 2], [3, 4]])
    XCTAssertEqual(scaler.mean?.elements, [2, 3])
    XCTAssertEqual(scaler.nSamplesSeen?.elements, [2, 2])
    scaler.partialFit([[5, 6]])
    XCTAssertEqual(scaler.mean?.elements, [3, 4])
    XCTAssertEqual(scaler.variance!.elements[0], 8.0 / 3, accuracy: 1e-15)
  }

  func testOneHotAndPolynomialExamples() {
    var encoder = OneHotEncoder()
    XCTAssertEqual(
      "\(encoder.fitTransform(IntMatrix([[0, 3], [1, 3], [2, 5]])))",
      "[[1. 0. 0. 1. 0.]\n [0. 1. 0. 1. 0.]\n [0. 0. 1. 0. 1.]]")
    XCTAssertEqual(encoder.featureNamesOut(), ["x0_0", "x0_1", "x0_2", "x1_3", "x1_5"])
    var labels = OneHotEncoder()
    XCTAssertEqual(labels.fitTransform(IntVector([2, 0, 2])), [[0, 1], [1, 0], [0, 1]])
    var poly = PolynomialFeatures(degree: 2)
    XCTAssertEqual(poly.fitTransform([[2, 3]]).elements, [1, 2, 3, 4, 6, 9])
    XCTAssertEqual(poly.featureNamesOut(), ["1", "x0", "x1", "x0^2", "x0 x1", "x1^2"])
    var interactions = PolynomialFeatures(degree: 3, interactionOnly: true, includeBias: false)
    XCTAssertEqual(interactions.fitTransform([[2, 3, 5]]).elements, [2, 3, 5, 6, 10, 15, 30])
    XCTAssertEqual(
      "\(interactions)",
      "PolynomialFeatures(degree: 3, interactionOnly: true, includeBias: false), fitted: 3 features → 7 columns")
  }
}

struct PreprocessingFixture: Decodable {
  struct Standard: Decodable {
    var name: String
    var X: ReferenceMatrix
    var batches: [Int]?
    var withMean: Bool
    var withStd: Bool
    var mean: [ReferenceNumber]?
    var variance: [ReferenceNumber]?
    var scale: [ReferenceNumber]?
    var nSamplesSeen: [Int]
    var transform: ReferenceMatrix
    var Z: ReferenceMatrix
    var inverse: ReferenceMatrix
  }
  struct MinMax: Decodable {
    var name: String
    var X: ReferenceMatrix
    var batches: [Int]?
    var featureRange: [Double]
    var clip: Bool
    var dataMin: [ReferenceNumber]?
    var dataMax: [ReferenceNumber]?
    var dataRange: [ReferenceNumber]?
    var scale: [ReferenceNumber]?
    var min: [ReferenceNumber]?
    var nSamplesSeen: Int
    var transform: ReferenceMatrix
    var Z: ReferenceMatrix
    var transformZ: ReferenceMatrix
    var inverse: ReferenceMatrix
  }
  struct OneHot: Decodable {
    var name: String
    var X: ReferenceIntMatrix
    var T: ReferenceIntMatrix
    var drop: String?
    var handleUnknown: String
    var categories: [[Int]]?
    var fittedCategories: [[Int]]
    var dropIndex: [Int?]?
    var transformX: ReferenceMatrix
    var transformT: ReferenceMatrix
    var featureNames: [String]
    var featureNamesCustom: [String]
  }
  struct Polynomial: Decodable {
    var X: ReferenceMatrix
    var degree: [Int]
    var interactionOnly: Bool
    var includeBias: Bool
    var powers: ReferenceIntMatrix
    var transform: ReferenceMatrix
    var featureNames: [String]
  }
  var standardScaler: [Standard]
  var minMaxScaler: [MinMax]
  var oneHot: [OneHot]
  var polynomial: [Polynomial]
}
