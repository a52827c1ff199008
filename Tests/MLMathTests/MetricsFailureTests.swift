import Foundation
import Testing

@testable import MLMath

/// Where scikit-learn raises `ValueError`, MLMath's metrics and splitters stop with a
/// message naming the function and the problem (each case runs in a child process, as in
/// ``TrapMessageTests``).
@Suite struct MetricsFailureTests {
  @Test(arguments: MetricsFailures.all.map(\.name))
  func misusePrintsItsMessage(_ name: String) async throws {
    let trap = try #require(MetricsFailures.named(name))
    let exit = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) { [name] in
      MetricsFailures.named(name)?.body()
    }
    let stderr = String(decoding: try #require(exit).standardErrorContent, as: UTF8.self)
    #expect(
      stderr.contains("Fatal error: \(trap.message)"),
      "expected “Fatal error: \(trap.message)”, the child printed:\n\(stderr)")
  }

  /// sklearn warns (and answers) where a metric is undefined; MLMath prints the same
  /// warning on standard error, once per text.
  @Test func undefinedMetricsWarnOnce() async throws {
    let exit = await #expect(processExitsWith: .success, observing: [\.standardErrorContent]) {
      for _ in 0..<3 { _ = rocCurve([1, 1, 1], [0.1, 0.5, 0.3]) }
      _ = rocAucScore([0, 0], [0.1, 0.2])
      _ = recallScore([0, 0, 0], [0, 1, 0])
      _ = recallScore([0, 0, 0], [0, 1, 0], zeroDivision: .zero)
    }
    let stderr = String(decoding: try #require(exit).standardErrorContent, as: UTF8.self)
    let noNegatives =
      "UndefinedMetricWarning: No negative samples in y_true, false positive value should be meaningless"
    #expect(stderr.components(separatedBy: noNegatives).count == 2, "\(stderr)")
    #expect(stderr.contains("UndefinedMetricWarning: Only one class is present in y_true."))
    #expect(
      stderr.components(separatedBy: "Recall is ill-defined and being set to 0.0 due to no true samples.").count == 2,
      "zeroDivision: .zero is silent")
  }
}

enum MetricsFailures {
  static func named(_ name: String) -> TrapCase? { all.first { $0.name == name } }

  static let all: [TrapCase] = classification + ranking + regression + splits

  static let classification: [TrapCase] = [
    TrapCase(
      name: "accuracy lengths",
      message:
        "accuracyScore: yTrue has 3 elements but yPred has 2 (found input variables with inconsistent numbers of samples: [3, 2])"
    ) { print(accuracyScore([0, 1, 1], [0, 1])) },
    TrapCase(
      name: "accuracy empty", message: "accuracyScore: found empty input arrays; a metric needs at least 1 sample"
    ) {
      print(accuracyScore([], []))
    },
    TrapCase(
      name: "precision multiclass binary",
      message: "precisionScore: the labels take 3 values [0, 1, 2] (multiclass) but average is .binary"
    ) { print(precisionScore([0, 1, 2], [0, 1, 1])) },
    TrapCase(
      name: "f1 pos label absent",
      message: "f1Score: posLabel=1 is not a valid label. It should be one of [2, 3]"
    ) { print(f1Score([2, 3, 3], [2, 3, 2])) },
    TrapCase(name: "fbeta negative beta", message: "fbetaScore: beta must be ≥ 0") {
      print(fbetaScore([0, 1], [0, 1], beta: -1))
    },
    TrapCase(
      name: "precision lengths",
      message: "precisionRecallFscoreSupport: yTrue has 1 elements but yPred has 2"
    ) { print(precisionRecallFscoreSupport([1], [1, 0])) },
    TrapCase(
      name: "confusion matrix labels absent",
      message: "confusionMatrix: at least one label specified must be in yTrue (labels [5], yTrue holds [0, 1, 2])"
    ) { print(confusionMatrix([2, 0, 1], [0, 0, 2], labels: [5])) },
    TrapCase(name: "confusion matrix no labels", message: "confusionMatrix: labels should contain at least one label") {
      print(confusionMatrix([2, 0, 1], [0, 0, 2], labels: []))
    },
    TrapCase(
      name: "report target names",
      message: "classificationReport: number of classes, 2, does not match size of targetNames, 3"
    ) { print(classificationReport([0, 1], [0, 1], targetNames: ["a", "b", "c"])) },
  ]

  static let ranking: [TrapCase] = [
    TrapCase(
      name: "roc lengths",
      message:
        "rocCurve: yTrue has 3 elements but yScore has 2 (found input variables with inconsistent numbers of samples: [3, 2])"
    ) { print(rocCurve([0, 1, 1], [0.2, 0.4])) },
    TrapCase(name: "roc infinite score", message: "rocCurve: yScore[1] is inf (input contains infinity") {
      print(rocCurve([0, 1, 0], [0.1, .infinity, 0.3]))
    },
    TrapCase(name: "roc nan score", message: "rocCurve: yScore[0] is nan (input contains NaN") {
      print(rocCurve([0, 1, 0], [.nan, 0.2, 0.3]))
    },
    TrapCase(
      name: "roc multiclass", message: "rocCurve: yTrue takes 3 values [0, 1, 2] (multiclass format is not supported)"
    ) { print(rocCurve([0, 1, 2], [0.1, 0.2, 0.3])) },
    TrapCase(
      name: "roc labels need pos label",
      message:
        "rocCurve: yTrue takes values [2, 3] and posLabel is not given: either make yTrue take values in {0, 1} or {-1, 1} or pass posLabel"
    ) { print(rocCurve([2, 3, 2], [0.1, 0.2, 0.3])) },
    TrapCase(name: "roc empty", message: "rocCurve: found empty input arrays") {
      print(rocCurve([], Vector([])))
    },
    TrapCase(name: "roc auc multiclass", message: "rocAucScore: yTrue takes 3 values [0, 1, 2]") {
      print(rocAucScore([0, 1, 2], [0.1, 0.2, 0.3]))
    },
    TrapCase(name: "roc auc max fpr", message: "rocAucScore: maxFPR must be in (0, 1], got 0.0") {
      print(rocAucScore([0, 1], [0.1, 0.2], maxFPR: 0))
    },
    TrapCase(
      name: "average precision pos label",
      message: "averagePrecisionScore: posLabel=1 is not a valid label. It should be one of [2, 3]"
    ) { print(averagePrecisionScore([2, 3, 2], [0.1, 0.2, 0.3])) },
    TrapCase(name: "auc non-monotone", message: "auc: x is neither increasing nor decreasing") {
      print(auc([0, 1, 0.5], [0, 1, 1]))
    },
    TrapCase(
      name: "auc one point", message: "auc: at least 2 points are needed to compute area under curve, but x has 1"
    ) {
      print(auc([0.5], [1]))
    },
    TrapCase(name: "log loss above one", message: "logLoss: yProb contains values greater than 1: 1.9") {
      print(logLoss([0, 1, 1], Vector([0.1, 1.9, 0.8])))
    },
    TrapCase(name: "log loss negative", message: "logLoss: yProb contains values lower than 0: -0.1") {
      print(logLoss([0, 1, 1], Vector([-0.1, 0.9, 0.8])))
    },
    TrapCase(name: "log loss nan", message: "logLoss: yProb[1] is nan (input contains NaN") {
      print(logLoss([0, 1, 1], Vector([0.1, .nan, 0.8])))
    },
    TrapCase(
      name: "log loss single class",
      message: "logLoss: yTrue contains only one label (1). Please provide the list of all expected class labels"
    ) { print(logLoss([1, 1], Vector([0.3, 0.9]))) },
    TrapCase(
      name: "log loss columns",
      message: "logLoss: yTrue and yProb contain different number of classes: 3 vs 2"
    ) { print(logLoss([0, 1, 2], Matrix([[0.2, 0.8], [0.1, 0.9], [0.3, 0.7]]))) },
    TrapCase(
      name: "log loss undeclared label",
      message: "logLoss: yTrue contains values [5] not belonging to the passed labels [0, 1]"
    ) { print(logLoss([0, 5], Vector([0.3, 0.9]), labels: [0, 1])) },
    TrapCase(name: "log loss lengths", message: "logLoss: yProb has 2 elements but yTrue has 3") {
      print(logLoss([0, 1, 1], Vector([0.3, 0.9])))
    },
  ]

  static let regression: [TrapCase] = [
    TrapCase(name: "mse lengths", message: "meanSquaredError: yTrue has 2 elements but yPred has 3") {
      print(meanSquaredError([1, 2], [1, 2, 3]))
    },
    TrapCase(name: "r2 empty", message: "r2Score: found arrays with 0 samples; a metric needs at least 1") {
      print(r2Score(Vector([]), Vector([])))
    },
    TrapCase(name: "mae nan", message: "meanAbsoluteError: yPred[1] is nan (input contains NaN; yPred must be finite)")
    {
      print(meanAbsoluteError([1, 2], [1, .nan]))
    },
  ]

  static let splits: [TrapCase] = [
    TrapCase(
      name: "test size fraction",
      message:
        "trainTestSplit: testSize=1.5 should be either positive and smaller than the number of samples 10 or a float in the (0, 1) range"
    ) { print(trainTestSplit(Vector(repeating: 0, count: 10), testSize: 1.5)) },
    TrapCase(
      name: "test size count",
      message: "trainTestSplit: testSize=10 should be either positive and smaller than the number of samples 10"
    ) { print(trainTestSplit(Vector(repeating: 0, count: 10), testSize: 10)) },
    TrapCase(
      name: "sizes too large",
      message: "trainTestSplit: the sum of trainSize and testSize = 11, should be smaller than the number of samples 10"
    ) { print(trainTestSplit(Vector(repeating: 0, count: 10), testSize: 5, trainSize: 6)) },
    TrapCase(
      name: "empty train set",
      message: "trainTestSplit: with nSamples=1, testSize=0.25 and trainSize=nil, the resulting train set will be empty"
    ) { print(trainTestSplit(Vector([1]), testSize: 0.25)) },
    TrapCase(name: "split lengths", message: "trainTestSplit: x has 3 elements but y has 2") {
      print(trainTestSplit(Vector([1, 2, 3]), Vector([1, 2])))
    },
    TrapCase(
      name: "stratify singleton class",
      message: "trainTestSplit: the least populated classes in y have only 1 member, which is too few"
    ) {
      print(trainTestSplit(Vector(repeating: 0, count: 6), testSize: 2, randomState: 0, stratify: [0, 0, 0, 1, 1, 2]))
    },
    TrapCase(
      name: "stratify test too small",
      message: "trainTestSplit: the test size = 1 should be greater or equal to the number of classes = 2"
    ) { print(trainTestSplit(Vector(repeating: 0, count: 6), testSize: 1, stratify: [0, 0, 0, 1, 1, 1])) },
    TrapCase(
      name: "stratify without shuffle",
      message: "trainTestSplit: stratified train/test split is not implemented for shuffle: false"
    ) { print(trainTestSplit(Vector(repeating: 0, count: 6), shuffle: false, stratify: [0, 0, 0, 1, 1, 1])) },
    TrapCase(
      name: "kfold one split",
      message:
        "KFold: k-fold cross-validation requires at least one train/test split by setting nSplits=2 or more, got nSplits=1"
    ) { print(KFold(nSplits: 1)) },
    TrapCase(
      name: "kfold seed without shuffle", message: "KFold: setting a randomState has no effect since shuffle is false"
    ) {
      print(KFold(nSplits: 3, randomState: 0))
    },
    TrapCase(
      name: "kfold too many splits",
      message: "KFold.split: cannot have number of splits nSplits=5 greater than the number of samples: n_samples=3"
    ) { print(KFold(nSplits: 5).split(Vector([1, 2, 3]))) },
    TrapCase(
      name: "stratified kfold classes too small",
      message: "StratifiedKFold.split: nSplits=3 cannot be greater than the number of members in each class"
    ) { print(StratifiedKFold(nSplits: 3).split(Vector(repeating: 0, count: 4), [0, 0, 1, 1])) },
    TrapCase(name: "stratified kfold lengths", message: "StratifiedKFold.split: x has 4 elements but y has 3") {
      print(StratifiedKFold(nSplits: 2).split(Vector(repeating: 0, count: 4), [0, 0, 1]))
    },
    TrapCase(name: "sample index", message: "index 4 is out of bounds for the rows of a Matrix of shape (2, 1)") {
      print(Matrix(rows: 2, columns: 1).samples(at: [0, 4]))
    },
  ]
}
