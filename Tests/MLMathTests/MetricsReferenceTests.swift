import Foundation
import XCTest

@testable import MLMath

/// MLMath's classification, ranking and regression metrics against scikit-learn: the golden
/// cases of Fixtures/reference/metrics_preprocessing.json, written by
/// scripts/reference/metrics_preprocessing.py. Integers (confusion matrices, supports) must
/// be equal; floats within 1e-12 relative; report texts character for character.
final class MetricsReferenceTests: XCTestCase {
  static let fixture = Result { try decodeReferenceFixture("metrics_preprocessing", as: MetricsFixture.self) }

  func testClassificationScoresMatchScikitLearn() throws {
    let cases = try Self.fixture.get().classification
    var worst = WorstError()
    var checked = 0
    for c in cases {
      let yTrue = IntVector(c.yTrue)
      let yPred = IntVector(c.yPred)
      let labels = c.labels.map(IntVector.init)
      worst.check(accuracyScore(yTrue, yPred), c.accuracy.value, "\(c.name): accuracy")
      worst.check(accuracyScore(yTrue, yPred, normalize: false), c.correct.value, "\(c.name): correct")
      XCTAssertEqual(confusionMatrix(yTrue, yPred, labels: labels), c.confusion.intMatrix, c.name)
      for (key, normalization) in [
        ("true", ConfusionNormalization.trueLabels), ("pred", .predictedLabels), ("all", .all),
      ] {
        let expected = try XCTUnwrap(c.confusionNormalized[key], "\(c.name): \(key)")
        worst.check(
          confusionMatrix(yTrue, yPred, labels: labels, normalize: normalization).elements,
          expected.matrix.elements, "\(c.name): normalize \(key)")
      }
      for s in c.scores {
        let zeroDivision = try XCTUnwrap(Self.zeroDivisions[s.zeroDivision])
        let context = "\(c.name): beta \(s.beta.value) \(s.average) zeroDivision \(s.zeroDivision)"
        if s.average == "none" {
          let r = precisionRecallFscoreSupport(
            yTrue, yPred, beta: s.beta.value, labels: labels, zeroDivision: zeroDivision)
          worst.check(r.precision.elements, s.precision.map(\.value), context + " precision")
          worst.check(r.recall.elements, s.recall.map(\.value), context + " recall")
          worst.check(r.fScore.elements, s.fScore.map(\.value), context + " fScore")
          XCTAssertEqual(r.support.elements, s.support, context)
        } else {
          let average = try XCTUnwrap(Self.averages[s.average])
          let posLabel = s.posLabel ?? 1
          let r = precisionRecallFscoreSupport(
            yTrue, yPred, beta: s.beta.value, labels: labels, posLabel: posLabel, average: average,
            zeroDivision: zeroDivision)
          worst.check(r.precision, s.precision[0].value, context + " precision")
          worst.check(r.recall, s.recall[0].value, context + " recall")
          worst.check(r.fScore, s.fScore[0].value, context + " fScore")
          // The one-number functions are views of the same computation.
          worst.check(
            precisionScore(
              yTrue, yPred, labels: labels, posLabel: posLabel, average: average, zeroDivision: zeroDivision),
            s.precision[0].value, context + " precisionScore")
          worst.check(
            recallScore(yTrue, yPred, labels: labels, posLabel: posLabel, average: average, zeroDivision: zeroDivision),
            s.recall[0].value, context + " recallScore")
          let f =
            s.beta.value == 1
            ? f1Score(yTrue, yPred, labels: labels, posLabel: posLabel, average: average, zeroDivision: zeroDivision)
            : fbetaScore(
              yTrue, yPred, beta: s.beta.value, labels: labels, posLabel: posLabel, average: average,
              zeroDivision: zeroDivision)
          worst.check(f, s.fScore[0].value, context + " f")
        }
        checked += 1
      }
      for report in c.reports {
        let zeroDivision = try XCTUnwrap(Self.zeroDivisions[report.zeroDivision])
        let text = classificationReport(
          yTrue, yPred, labels: labels, targetNames: report.targetNames, digits: report.digits,
          zeroDivision: zeroDivision)
        XCTAssertEqual(text, report.text, "\(c.name): classificationReport, zeroDivision \(report.zeroDivision)")
      }
    }
    XCTAssertGreaterThan(checked, 1000)
    worst.assertWithin(1e-12)
    print("classification scores: \(checked) cases, worst relative error \(worst.summary)")
  }

  func testCurvesAndAreasMatchScikitLearn() throws {
    let cases = try Self.fixture.get().ranking
    var worst = WorstError()
    for c in cases {
      let yTrue = IntVector(c.yTrue)
      let yScore = Vector(c.yScore.map(\.value))
      for (drop, expected) in [(true, c.roc), (false, c.rocAll)] {
        let (fpr, tpr, thresholds) = rocCurve(yTrue, yScore, posLabel: c.posLabel, dropIntermediate: drop)
        worst.check(fpr.elements, expected.fpr.map(\.value), "\(c.name): fpr, drop \(drop)")
        worst.check(tpr.elements, expected.tpr.map(\.value), "\(c.name): tpr, drop \(drop)")
        worst.check(thresholds.elements, expected.thresholds.map(\.value), "\(c.name): roc thresholds")
      }
      for (drop, expected) in [(false, c.pr), (true, c.prDrop)] {
        let (precision, recall, thresholds) = precisionRecallCurve(
          yTrue, yScore, posLabel: c.posLabel, dropIntermediate: drop)
        worst.check(precision.elements, expected.precision.map(\.value), "\(c.name): precision, drop \(drop)")
        worst.check(recall.elements, expected.recall.map(\.value), "\(c.name): recall, drop \(drop)")
        worst.check(thresholds.elements, expected.thresholds.map(\.value), "\(c.name): pr thresholds")
      }
      if let ap = c.averagePrecision {
        worst.check(
          averagePrecisionScore(yTrue, yScore, posLabel: c.posLabel ?? 1), ap.value, "\(c.name): average precision")
      }
      if let expectedAUC = c.rocAuc {
        worst.check(rocAucScore(yTrue, yScore), expectedAUC.value, "\(c.name): roc auc")
        if !expectedAUC.value.isNaN {
          let (fpr, tpr, _) = rocCurve(IntVector(yTrue.elements.map { $0 == yTrue.max() ? 1 : 0 }), yScore)
          worst.check(auc(fpr, tpr), expectedAUC.value, "\(c.name): auc of the curve")
        }
      }
      for pair in c.rocAucMaxFPR ?? [] {
        worst.check(
          rocAucScore(yTrue, yScore, maxFPR: pair[0].value), pair[1].value, "\(c.name): maxFPR \(pair[0].value)")
      }
    }
    worst.assertWithin(1e-12)
    print("ranking metrics: \(cases.count) cases, worst relative error \(worst.summary)")
  }

  func testLogLossMatchesScikitLearn() throws {
    var worst = WorstError()
    for c in try Self.fixture.get().logLoss {
      let yTrue = IntVector(c.yTrue)
      let labels = c.labels.map(IntVector.init)
      for normalize in [true, false] {
        let expected = normalize ? c.mean.value : c.sum.value
        if let v = c.vector {
          let p = Vector(v.map(\.value))
          worst.check(logLoss(yTrue, p, labels: labels, normalize: normalize), expected, c.name)
        }
        if let m = c.matrix {
          worst.check(logLoss(yTrue, m.matrix, labels: labels, normalize: normalize), expected, c.name)
        }
      }
    }
    worst.assertWithin(1e-12)
  }

  func testRegressionMetricsMatchScikitLearn() throws {
    var worst = WorstError()
    for c in try Self.fixture.get().regression {
      let yTrue = Vector(c.yTrue.map(\.value))
      let yPred = Vector(c.yPred.map(\.value))
      worst.check(meanSquaredError(yTrue, yPred), c.mse.value, "\(c.name): mse")
      worst.check(rootMeanSquaredError(yTrue, yPred), c.rmse.value, "\(c.name): rmse")
      worst.check(meanAbsoluteError(yTrue, yPred), c.mae.value, "\(c.name): mae")
      worst.check(r2Score(yTrue, yPred), c.r2.value, "\(c.name): r2")
    }
    worst.assertWithin(1e-12)
  }

  static let zeroDivisions: [String: ZeroDivision] = ["warn": .warn, "zero": .zero, "one": .one, "nan": .nan]
  static let averages: [String: ClassAverage] = [
    "binary": .binary, "micro": .micro, "macro": .macro, "weighted": .weighted,
  ]
}

// MARK: - Properties sklearn's definitions imply

final class MetricsPropertyTests: XCTestCase {
  /// Micro precision, recall and F1 of single-label data over every class are the accuracy.
  func testMicroAveragesAreTheAccuracy() {
    var rng = RandomState(seed: 7)
    for n in [1, 5, 40, 300] {
      let yTrue = rng.randint(-2, 4, size: n)
      let yPred = rng.randint(-2, 4, size: n)
      let accuracy = accuracyScore(yTrue, yPred)
      XCTAssertEqual(precisionScore(yTrue, yPred, average: .micro), accuracy, accuracy: 1e-15)
      XCTAssertEqual(recallScore(yTrue, yPred, average: .micro), accuracy, accuracy: 1e-15)
      XCTAssertEqual(f1Score(yTrue, yPred, average: .micro), accuracy, accuracy: 1e-15)
      let cm = confusionMatrix(yTrue, yPred)
      XCTAssertEqual(cm.sum(), n)
      XCTAssertEqual(Double((0..<cm.rows).map { cm[$0, $0] }.reduce(0, +)) / Double(n), accuracy)
    }
  }

  /// The AUC is the probability that a positive outscores a negative, ties counting ½
  /// (the Mann–Whitney U statistic over n₊n₋).
  func testAUCIsTheProbabilityOfACorrectRanking() {
    var rng = RandomState(seed: 11)
    for n in [2, 9, 57, 400] {
      var yTrue = rng.randint(0, 2, size: n)
      yTrue[0] = 0
      yTrue[n - 1] = 1
      let yScore = round(rng.random(size: n) * 10) + Vector(yTrue) * 2
      var wins = 0.0
      var pairs = 0.0
      for i in 0..<n where yTrue[i] == 1 {
        for j in 0..<n where yTrue[j] == 0 {
          pairs += 1
          wins += yScore[i] > yScore[j] ? 1 : yScore[i] == yScore[j] ? 0.5 : 0
        }
      }
      XCTAssertEqual(rocAucScore(yTrue, yScore), wins / pairs, accuracy: 1e-14, "n = \(n)")
    }
  }

  /// Dropping intermediate points never changes the area under the curve.
  func testDroppingCollinearPointsKeepsTheArea() {
    var rng = RandomState(seed: 3)
    for n in [3, 20, 200] {
      let yTrue = rng.randint(0, 2, size: n)
      let yScore = round(rng.random(size: n) * 5)
      let all = rocCurve(yTrue, yScore, dropIntermediate: false)
      let kept = rocCurve(yTrue, yScore)
      XCTAssertLessThanOrEqual(kept.fpr.count, all.fpr.count)
      XCTAssertEqual(auc(kept.fpr, kept.tpr), auc(all.fpr, all.tpr), accuracy: 1e-14)
      XCTAssertEqual(kept.thresholds[0], .infinity)
    }
  }

  func testReportsAndDocumentedExamples() {
    XCTAssertEqual(
      classificationReport([0, 1, 2, 2, 2], [0, 0, 2, 2, 1], targetNames: ["ant", "bird", "cat"]),
      """
                    precision    recall  f1-score   support

               ant       0.50      1.00      0.67         1
              bird       0.00      0.00      0.00         1
               cat       1.00      0.67      0.80         3

          accuracy                           0.60         5
         macro avg       0.50      0.56      0.49         5
      weighted avg       0.70      0.60      0.61         5

      """)
    let s = precisionRecallFscoreSupport([0, 1, 2, 0, 1, 2], [0, 2, 1, 0, 0, 1])
    XCTAssertEqual("\(s.precision)", "[0.66666667 0.         0.        ]")
    XCTAssertEqual("\(s.support)", "[2 2 2]")
    let (fpr, tpr, thresholds) = rocCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
    XCTAssertEqual("\(fpr) \(tpr)", "[0.  0.  0.5 0.5 1. ] [0.  0.5 0.5 1.  1. ]")
    XCTAssertEqual("\(thresholds)", "[ inf 0.8  0.4  0.35 0.1 ]")
    let pr = precisionRecallCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
    XCTAssertEqual("\(pr.precision)", "[0.5        0.66666667 0.5        1.         1.        ]")
    XCTAssertEqual("\(pr.thresholds)", "[0.1  0.35 0.4  0.8 ]")
    XCTAssertEqual(precisionScore([0, 1, 2, 2], [0, 2, 2, 1], average: .macro), 0.5)
    XCTAssertEqual(rootMeanSquaredError([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]), 0.6123724356957945)
    XCTAssertEqual(r2Score([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]), 0.9486081370449679)
    XCTAssertEqual("\(confusionMatrix([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2]))", "[[2 0 0]\n [0 0 1]\n [1 0 2]]")
  }

  /// sklearn's undefined cases answer a value (and warn), they do not stop.
  func testUndefinedCasesAnswerSklearnsValues() {
    let onlyPositive = rocCurve([1, 1, 1], [0.1, 0.5, 0.3])
    XCTAssertTrue(onlyPositive.fpr.elements.allSatisfy(\.isNaN))
    XCTAssertEqual(onlyPositive.tpr.elements, [0, 1.0 / 3, 1])
    XCTAssertTrue(rocAucScore([1, 1, 1], [0.1, 0.5, 0.3]).isNaN)
    XCTAssertTrue(r2Score([1.5], [2.5]).isNaN)
    XCTAssertEqual(averagePrecisionScore([0, 0, 0], [0.1, 0.5, 0.3]), 0)
    XCTAssertEqual(precisionScore([0, 0, 0], [0, 0, 0]), 0)
    XCTAssertEqual(precisionScore([0, 0, 0], [0, 0, 0], zeroDivision: .one), 1)
    XCTAssertTrue(precisionScore([0, 0, 0], [0, 0, 0], zeroDivision: .nan).isNaN)
    XCTAssertTrue(f1Score([0, 1, 2], [0, 1, 1], average: .macro, zeroDivision: .nan) > 0)
    XCTAssertEqual(r2Score([2, 2], [2, 2]), 1)
    XCTAssertEqual(r2Score([2, 2], [2, 3]), 0)
  }
}

// MARK: - Fixture

/// The largest relative error seen, and where; floats equal when both are NaN or equal.
struct WorstError {
  private(set) var error = 0.0
  private(set) var place = ""
  private(set) var failures: [String] = []

  mutating func check(_ actual: Double, _ expected: Double, _ context: @autoclosure () -> String) {
    if actual == expected || (actual.isNaN && expected.isNaN) { return }
    let relative =
      actual.isFinite && expected.isFinite
      ? abs(actual - expected) / Swift.max(abs(expected), .leastNormalMagnitude) : .infinity
    if relative > error {
      error = relative
      place = context()
    }
    if relative > 1e-12 { failures.append("\(context()): \(actual) vs sklearn \(expected)") }
  }

  mutating func check(_ actual: [Double], _ expected: [Double], _ context: @autoclosure () -> String) {
    guard actual.count == expected.count else {
      failures.append("\(context()): \(actual.count) values vs sklearn's \(expected.count): \(actual) vs \(expected)")
      return
    }
    for (k, (a, e)) in zip(actual, expected).enumerated() { check(a, e, "\(context())[\(k)]") }
  }

  var summary: String { error == 0 ? "0 (bit for bit)" : "\(error) at \(place)" }

  func assertWithin(_ tolerance: Double, file: StaticString = #filePath, line: UInt = #line) {
    for failure in failures.prefix(30) { XCTFail(failure, file: file, line: line) }
    XCTAssertLessThanOrEqual(error, tolerance, summary, file: file, line: line)
  }
}

struct ReferenceMatrix: Decodable {
  var rows: Int
  var cols: Int
  var data: [ReferenceNumber]
  var matrix: Matrix { Matrix(rows: rows, columns: cols, elements: data.map(\.value)) }
}

struct ReferenceIntMatrix: Decodable {
  var rows: Int
  var cols: Int
  var data: [Int]
  var intMatrix: IntMatrix { IntMatrix(rows: rows, columns: cols, elements: data) }
}

struct MetricsFixture: Decodable {
  struct Scores: Decodable {
    var zeroDivision: String
    var beta: ReferenceNumber
    var average: String
    var posLabel: Int?
    var precision: [ReferenceNumber]
    var recall: [ReferenceNumber]
    var fScore: [ReferenceNumber]
    var support: [Int]?
  }
  struct Report: Decodable {
    var zeroDivision: String
    var digits: Int
    var targetNames: [String]?
    var text: String
  }
  struct Classification: Decodable {
    var name: String
    var yTrue: [Int]
    var yPred: [Int]
    var labels: [Int]?
    var accuracy: ReferenceNumber
    var correct: ReferenceNumber
    var confusion: ReferenceIntMatrix
    var confusionNormalized: [String: ReferenceMatrix]
    var scores: [Scores]
    var reports: [Report]
  }
  struct ROC: Decodable {
    var fpr: [ReferenceNumber]
    var tpr: [ReferenceNumber]
    var thresholds: [ReferenceNumber]
  }
  struct PR: Decodable {
    var precision: [ReferenceNumber]
    var recall: [ReferenceNumber]
    var thresholds: [ReferenceNumber]
  }
  struct Ranking: Decodable {
    var name: String
    var yTrue: [Int]
    var yScore: [ReferenceNumber]
    var posLabel: Int?
    var roc: ROC
    var rocAll: ROC
    var pr: PR
    var prDrop: PR
    var averagePrecision: ReferenceNumber?
    var rocAuc: ReferenceNumber?
    var rocAucMaxFPR: [[ReferenceNumber]]?
  }
  struct LogLoss: Decodable {
    var name: String
    var yTrue: [Int]
    var labels: [Int]?
    var vector: [ReferenceNumber]?
    var matrix: ReferenceMatrix?
    var mean: ReferenceNumber
    var sum: ReferenceNumber
  }
  struct Regression: Decodable {
    var name: String
    var yTrue: [ReferenceNumber]
    var yPred: [ReferenceNumber]
    var mse: ReferenceNumber
    var rmse: ReferenceNumber
    var mae: ReferenceNumber
    var r2: ReferenceNumber
  }
  var classification: [Classification]
  var ranking: [Ranking]
  var logLoss: [LogLoss]
  var regression: [Regression]
}
