import Foundation
import XCTest

@testable import MLMath

/// `loadIris()` and `loadDigits()` against scikit-learn's `load_iris()` and `load_digits()`,
/// element for element (recorded by `scripts/reference/datasets.py`).
final class DatasetsBundledTests: XCTestCase {
  nonisolated(unsafe) static let reference: [String: Any] = (try? ReferenceFixture.load("datasets")) ?? [:]

  func testIrisEqualsScikitLearn() throws {
    let expected = try XCTUnwrap(Self.reference["iris"] as? [String: Any])
    let iris = loadIris()
    let data = DatasetsGeneratorTests.matrix(expected["data"])
    XCTAssertEqual(iris.data.shape.rows, 150)
    XCTAssertEqual(iris.data.shape.columns, 4)
    XCTAssertEqual(iris.data.elements.map(\.bitPattern), data.elements.map(\.bitPattern))
    XCTAssertEqual(iris.target.elements, ReferenceFixture.integers(expected["target"]))
    XCTAssertEqual(iris.featureNames, expected["feature_names"] as? [String])
    XCTAssertEqual(iris.targetNames, expected["target_names"] as? [String])
    XCTAssertEqual(iris.targetNames, ["setosa", "versicolor", "virginica"])
    XCTAssertEqual(bincount(iris.target).elements, [50, 50, 50])
    XCTAssertTrue(iris.images.isEmpty)
    XCTAssertTrue(iris.descr.contains("Fisher"))
    XCTAssertTrue(iris.descr.contains("BSD 3-Clause"))
    XCTAssertEqual(
      iris.description,
      """
      Iris: 150 samples × 4 features
        features: sepal length (cm), sepal width (cm), petal length (cm), petal width (cm)
        classes: setosa (50), versicolor (50), virginica (50)
      """)
  }

  func testDigitsEqualsScikitLearn() throws {
    let expected = try XCTUnwrap(Self.reference["digits"] as? [String: Any])
    let digits = loadDigits()
    XCTAssertEqual(digits.data.shape.rows, 1797)
    XCTAssertEqual(digits.data.shape.columns, 64)
    XCTAssertEqual(digits.data.elements, ReferenceFixture.integers(expected["pixels"]).map(Double.init))
    XCTAssertEqual(digits.target.elements, ReferenceFixture.integers(expected["target"]))
    XCTAssertEqual(digits.featureNames, expected["feature_names"] as? [String])
    XCTAssertEqual(digits.targetNames, expected["target_names"] as? [String])
    XCTAssertEqual(digits.images.count, 1797)
    XCTAssertEqual(digits.images[5].elements, ReferenceFixture.integers(expected["image_5"]).map(Double.init))
    XCTAssertEqual(digits.images[5].shape.rows, 8)
    XCTAssertTrue(digits.descr.contains("Alpaydin"))
    XCTAssertTrue(digits.description.hasPrefix("Digits: 1797 samples × 64 features"))
  }

  func testDigitsOfFewerClasses() throws {
    let expected = try XCTUnwrap(Self.reference["digits_n5"] as? [String: Any])
    let digits = loadDigits(nClass: 5)
    let rows = (expected["rows"] as! NSNumber).intValue
    XCTAssertEqual(digits.data.shape.rows, rows)
    XCTAssertEqual(digits.target.elements, ReferenceFixture.integers(expected["target"]))
    XCTAssertEqual(
      Array(digits.data.elements.prefix(3 * 64)), ReferenceFixture.integers(expected["pixels_first"]).map(Double.init))
    XCTAssertEqual(
      Array(digits.data.elements.suffix(3 * 64)), ReferenceFixture.integers(expected["pixels_last"]).map(Double.init))
    XCTAssertEqual(digits.images.count, rows)
    XCTAssertEqual(digits.targetNames.count, 10)
  }
}
