import Foundation
import XCTest

@testable import MLMath

/// Fixtures/reference/supervised.json, written by scripts/reference/supervised.py.
struct SupervisedFixture: Decodable {
  struct Split: Decodable {
    var yTest: [Int]
    var yTrain: [Int]?
  }
  struct Gaussian: Decodable {
    var name: String
    var fitOn: String
    var varSmoothing: Double
    var priors: [Double]?
    var classes: [Int]
    var classCount: [ReferenceNumber]
    var classPrior: [ReferenceNumber]
    var theta: ReferenceMatrix
    var variance: ReferenceMatrix
    var epsilon: ReferenceNumber
    var predict: [Int]
    var proba: ReferenceMatrix
    var logProba: ReferenceMatrix
    var score: ReferenceNumber
  }
  struct Multinomial: Decodable {
    var name: String
    var alpha: Double
    var fitPrior: Bool
    var classPrior: [ReferenceNumber]?
    var classes: [Int]
    var classCount: [ReferenceNumber]
    var classLogPrior: [ReferenceNumber]
    var featureCount: ReferenceMatrix
    var featureLogProb: ReferenceMatrix
    var predict: [Int]
    var proba: ReferenceMatrix
    var logProba: ReferenceMatrix
    var score: ReferenceNumber
  }
  struct Neighbors: Decodable {
    var data: String
    var k: Int
    var weights: String
    var p: Double
    var distances: ReferenceMatrix
    var indices: ReferenceIntMatrix
    var boundaryTie: [Bool]
    var predict: [Int]
    var proba: ReferenceMatrix
    var score: ReferenceNumber
    var regDistances: ReferenceMatrix
    var regIndices: ReferenceIntMatrix
    var regPredict: [ReferenceNumber]
    var regScore: ReferenceNumber
  }
  struct Tree: Decodable {
    var kind: String
    var criterion: String
    var maxDepth: Int?
    var minSamplesSplit: Int
    var minSamplesLeaf: Int
    var randomState: Int
    var score: ReferenceNumber
    var predict: [Int]?
    var predictValues: [ReferenceNumber]?
    var proba: ReferenceMatrix?
    var apply: [Int]
    var text: String
    var textShallow: String
    var nodeCount: Int
    var depth: Int
    var nLeaves: Int
    var left: [Int]
    var right: [Int]
    var feature: [Int]
    var threshold: [ReferenceNumber]
    var impurity: [ReferenceNumber]
    var nNodeSamples: [Int]
    var value: [ReferenceNumber]
    var featureImportances: [ReferenceNumber]
  }
  var sklearnVersion: String
  var split: Split
  var noisyIris: ReferenceMatrix
  var digitsSplit: Split
  var gaussianNB: [Gaussian]
  var multinomialNB: [Multinomial]
  var kneighbors: [Neighbors]
  var trees: [Tree]
  var accuracies: [String: ReferenceNumber]

  static let shared = Result { try decodeReferenceFixture("supervised", as: SupervisedFixture.self) }

  /// The Iris split every model is checked on: `train_test_split(test_size=0.3, random_state=42)`.
  static let iris = loadIris()
  static var irisSplit: (xTrain: Matrix, xTest: Matrix, yTrain: IntVector, yTest: IntVector) {
    trainTestSplit(iris.data, iris.target, testSize: 0.3, randomState: 42)
  }
}

/// The largest error seen, with where: |actual − expected| / max(1, |expected|) (absolute
/// for numbers below 1, relative above), infinities equal when equal.
struct SupervisedError {
  private(set) var error = 0.0
  private(set) var place = ""
  private(set) var failures: [String] = []
  let tolerance: Double

  init(tolerance: Double) { self.tolerance = tolerance }

  mutating func check(_ actual: Double, _ expected: Double, _ context: @autoclosure () -> String) {
    if actual == expected || (actual.isNaN && expected.isNaN) { return }
    let e =
      actual.isFinite && expected.isFinite ? abs(actual - expected) / max(1, abs(expected)) : .infinity
    if e > error {
      error = e
      place = context()
    }
    if e > tolerance { failures.append("\(context()): \(actual) vs sklearn \(expected)") }
  }

  mutating func check(_ actual: [Double], _ expected: [ReferenceNumber], _ context: @autoclosure () -> String) {
    guard actual.count == expected.count else {
      failures.append("\(context()): \(actual.count) values vs sklearn's \(expected.count)")
      return
    }
    for (k, (a, e)) in zip(actual, expected).enumerated() { check(a, e.value, "\(context())[\(k)]") }
  }

  mutating func check(_ actual: [Double], _ expected: [Double], _ context: @autoclosure () -> String) {
    guard actual.count == expected.count else {
      failures.append("\(context()): \(actual.count) values vs sklearn's \(expected.count)")
      return
    }
    for (k, (a, e)) in zip(actual, expected).enumerated() { check(a, e, "\(context())[\(k)]") }
  }

  mutating func check(_ actual: Matrix, _ expected: ReferenceMatrix, _ context: @autoclosure () -> String) {
    guard actual.rows == expected.rows, actual.columns == expected.cols else {
      failures.append("\(context()): shape \(actual.shape) vs sklearn's (\(expected.rows), \(expected.cols))")
      return
    }
    check(actual.elements, expected.data, context())
  }

  var summary: String { error == 0 ? "0 (bit for bit)" : "\(error) at \(place)" }

  func assertWithin(file: StaticString = #filePath, line: UInt = #line) {
    for failure in failures.prefix(30) { XCTFail(failure, file: file, line: line) }
    XCTAssertLessThanOrEqual(error, tolerance, summary, file: file, line: line)
  }
}
