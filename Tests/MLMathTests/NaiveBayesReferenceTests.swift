import Foundation
import XCTest

@testable import MLMath

/// GaussianNB and MultinomialNB against scikit-learn's (Fixtures/reference/supervised.json,
/// written by scripts/reference/supervised.py): fitted attributes, predictions and
/// (log-)probabilities within 1e-10 (absolute below 1, relative above), predictions and
/// accuracies exactly; Gaussian on Iris, multinomial on the digits' pixel counts.
final class NaiveBayesReferenceTests: XCTestCase {
  func testIrisSplitIsScikitLearns() throws {
    let fixture = try SupervisedFixture.shared.get()
    let split = SupervisedFixture.irisSplit
    XCTAssertEqual(split.yTest.elements, fixture.split.yTest)
    XCTAssertEqual(split.yTrain.elements, fixture.split.yTrain)
  }

  func testGaussianNBMatchesScikitLearn() throws {
    let fixture = try SupervisedFixture.shared.get()
    let split = SupervisedFixture.irisSplit
    var worst = SupervisedError(tolerance: 1e-10)
    for c in fixture.gaussianNB {
      let context = "GaussianNB \(c.name), fit on \(c.fitOn)"
      var model = GaussianNB(priors: c.priors.map(Vector.init), varSmoothing: c.varSmoothing)
      if c.fitOn == "train" {
        model.fit(split.xTrain, split.yTrain)
      } else {
        model.fit(SupervisedFixture.iris.data, SupervisedFixture.iris.target)
      }
      XCTAssertEqual(model.classes?.elements, c.classes, context)
      worst.check(try XCTUnwrap(model.classCount).elements, c.classCount, context + " classCount")
      worst.check(try XCTUnwrap(model.classPrior).elements, c.classPrior, context + " classPrior")
      worst.check(try XCTUnwrap(model.theta), c.theta, context + " theta")
      worst.check(try XCTUnwrap(model.variance), c.variance, context + " variance")
      worst.check(try XCTUnwrap(model.epsilon), c.epsilon.value, context + " epsilon")
      XCTAssertEqual(model.predict(split.xTest).elements, c.predict, context)
      worst.check(model.predictProba(split.xTest), c.proba, context + " predictProba")
      worst.check(model.predictLogProba(split.xTest), c.logProba, context + " predictLogProba")
      XCTAssertEqual(model.score(split.xTest, split.yTest), c.score.value, context)
    }
    XCTAssertEqual(fixture.gaussianNB.count, 8)
    worst.assertWithin()
    print("GaussianNB: \(fixture.gaussianNB.count) cases, worst error \(worst.summary)")
  }

  func testMultinomialNBMatchesScikitLearn() throws {
    let fixture = try SupervisedFixture.shared.get()
    let digits = loadDigits()
    let (xTrain, xTest, yTrain, yTest) = trainTestSplit(digits.data, digits.target, testSize: 0.25, randomState: 0)
    XCTAssertEqual(yTest.elements, fixture.digitsSplit.yTest)
    let firstTest = xTest[0..<150, ...]
    var worst = SupervisedError(tolerance: 1e-10)
    for c in fixture.multinomialNB {
      let context = "MultinomialNB \(c.name)"
      var model = MultinomialNB(
        alpha: c.alpha, fitPrior: c.fitPrior, classPrior: c.classPrior.map { Vector($0.map(\.value)) })
      model.fit(xTrain, yTrain)
      XCTAssertEqual(model.classes?.elements, c.classes, context)
      worst.check(try XCTUnwrap(model.classCount).elements, c.classCount, context + " classCount")
      worst.check(try XCTUnwrap(model.classLogPrior).elements, c.classLogPrior, context + " classLogPrior")
      worst.check(try XCTUnwrap(model.featureCount), c.featureCount, context + " featureCount")
      worst.check(try XCTUnwrap(model.featureLogProb), c.featureLogProb, context + " featureLogProb")
      XCTAssertEqual(model.predict(xTest).elements, c.predict, context)
      worst.check(model.predictProba(firstTest), c.proba, context + " predictProba")
      worst.check(model.predictLogProba(firstTest), c.logProba, context + " predictLogProba")
      XCTAssertEqual(model.score(xTest, yTest), c.score.value, context)
    }
    XCTAssertEqual(fixture.multinomialNB.count, 5)
    worst.assertWithin()
    print("MultinomialNB: \(fixture.multinomialNB.count) cases, worst error \(worst.summary)")
  }

  /// Every classifier's accuracy on the one Iris split equals scikit-learn's.
  func testAccuraciesOnTheIrisSplitAreScikitLearns() throws {
    let accuracies = try SupervisedFixture.shared.get().accuracies
    let (xTrain, xTest, yTrain, yTest) = SupervisedFixture.irisSplit
    var gaussian = GaussianNB()
    var multinomial = MultinomialNB()
    var knn = KNeighborsClassifier()
    var knnDistance = KNeighborsClassifier(weights: .distance)
    var tree = DecisionTreeClassifier(randomState: 0)
    var entropy = DecisionTreeClassifier(criterion: .entropy, maxDepth: 3, randomState: 0)
    let ours: [String: Double] = [
      "GaussianNB": gaussian.fit(xTrain, yTrain).score(xTest, yTest),
      "MultinomialNB": multinomial.fit(xTrain, yTrain).score(xTest, yTest),
      "KNeighborsClassifier": knn.fit(xTrain, yTrain).score(xTest, yTest),
      "KNeighborsClassifier distance": knnDistance.fit(xTrain, yTrain).score(xTest, yTest),
      "DecisionTreeClassifier": tree.fit(xTrain, yTrain).score(xTest, yTest),
      "DecisionTreeClassifier entropy depth 3": entropy.fit(xTrain, yTrain).score(xTest, yTest),
    ]
    XCTAssertEqual(Set(ours.keys), Set(accuracies.keys))
    for (name, accuracy) in ours {
      XCTAssertEqual(accuracy, accuracies[name]?.value, name)
      print("\(name): accuracy \(accuracy) (sklearn \(accuracies[name]?.value ?? .nan))")
    }
  }

  func testSummariesNameTheModelAndItsFit() {
    let (xTrain, _, yTrain, _) = SupervisedFixture.irisSplit
    var gaussian = GaussianNB()
    XCTAssertEqual(gaussian.description, "GaussianNB(varSmoothing: 1e-09), not fitted")
    gaussian.fit(xTrain, yTrain)
    XCTAssertTrue(gaussian.description.contains("fitted on 4 features"), gaussian.description)
    XCTAssertTrue(gaussian.description.contains("classes: [0 1 2]"), gaussian.description)
    var multinomial = MultinomialNB()
    XCTAssertTrue(multinomial.description.hasSuffix("not fitted"))
    multinomial.fit(xTrain, yTrain)
    XCTAssertTrue(multinomial.description.contains("classLogPrior"), multinomial.description)
    print(gaussian)
    print(multinomial)
  }
}
