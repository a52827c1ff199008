import Foundation
import Testing

@testable import MLMath

/// Where scikit-learn's transformers raise (not fitted, wrong number of features, an
/// unknown category, infinite input, impossible settings), MLMath stops with a message
/// naming the transformer, the method and the problem (each case in a child process).
@Suite struct PreprocessingFailureTests {
  @Test(arguments: PreprocessingFailures.all.map(\.name))
  func misusePrintsItsMessage(_ name: String) async throws {
    let trap = try #require(PreprocessingFailures.named(name))
    let exit = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) { [name] in
      PreprocessingFailures.named(name)?.body()
    }
    let stderr = String(decoding: try #require(exit).standardErrorContent, as: UTF8.self)
    #expect(
      stderr.contains("Fatal error: \(trap.message)"),
      "expected “Fatal error: \(trap.message)”, the child printed:\n\(stderr)")
  }

  /// Unknown categories with `handleUnknown: .ignore` encode as zeros; with `drop` set,
  /// sklearn's warning says the zeros are ambiguous.
  @Test func ignoredUnknownCategoriesWarnWhenADropMakesThemAmbiguous() async throws {
    let result = await #expect(processExitsWith: .success, observing: [\.standardErrorContent]) {
      var plain = OneHotEncoder(handleUnknown: .ignore)
      plain.fit(IntVector([1, 2, 3]))
      if plain.transform(IntVector([5])) != Matrix([[0, 0, 0]]) { exit(1) }
      var dropped = OneHotEncoder(drop: .first, handleUnknown: .ignore)
      dropped.fit(IntVector([1, 2, 3]))
      if dropped.transform(IntVector([5])) != Matrix([[0, 0]]) { exit(1) }
    }
    let stderr = String(decoding: try #require(result).standardErrorContent, as: UTF8.self)
    #expect(
      stderr.components(separatedBy: "UserWarning: Found unknown categories in columns [0] during transform.").count
        == 2, "\(stderr)")
  }
}

enum PreprocessingFailures {
  static func named(_ name: String) -> TrapCase? { all.first { $0.name == name } }

  static let all: [TrapCase] = [
    TrapCase(
      name: "standard scaler not fitted",
      message: "StandardScaler.transform: this StandardScaler instance is not fitted yet. Call fit(_:)"
    ) { print(StandardScaler().transform([[1, 2]])) },
    TrapCase(
      name: "standard scaler features",
      message: "StandardScaler.transform: X has 3 features, but StandardScaler is expecting 2 features as input"
    ) {
      var scaler = StandardScaler()
      scaler.fit([[1, 2], [3, 4]])
      print(scaler.transform([[1, 2, 3]]))
    },
    TrapCase(
      name: "standard scaler infinity",
      message: "StandardScaler.fit: X[1, 0] is inf (input X contains infinity)"
    ) {
      var scaler = StandardScaler()
      scaler.fit([[1, 2], [.infinity, 4]])
    },
    TrapCase(
      name: "standard scaler empty",
      message: "StandardScaler.fit: found array with 0 sample(s) (shape (0, 3)) while a minimum of 1 is required"
    ) {
      var scaler = StandardScaler()
      scaler.fit(Matrix(rows: 0, columns: 3))
    },
    TrapCase(
      name: "standard scaler partial fit features",
      message: "StandardScaler.partialFit: X has 1 features, but StandardScaler is expecting 2 features as input"
    ) {
      var scaler = StandardScaler()
      scaler.partialFit([[1, 2]])
      scaler.partialFit([[1]])
    },
    TrapCase(
      name: "standard scaler inverse features",
      message: "StandardScaler.inverseTransform: X has 1 features, but StandardScaler is expecting 2 features"
    ) {
      var scaler = StandardScaler()
      scaler.fit([[1, 2], [3, 4]])
      print(scaler.inverseTransform([[1]]))
    },
    TrapCase(
      name: "min max range",
      message: "MinMaxScaler: minimum of desired feature range must be smaller than maximum. Got (1.0, 0.0)"
    ) { print(MinMaxScaler(featureRange: (1, 0))) },
    TrapCase(
      name: "min max not fitted",
      message: "MinMaxScaler.inverseTransform: this MinMaxScaler instance is not fitted yet"
    ) { print(MinMaxScaler().inverseTransform([[1]])) },
    TrapCase(
      name: "one hot unknown",
      message: "OneHotEncoder.transform: found unknown categories [5, 7] in column 1 during transform"
    ) {
      var encoder = OneHotEncoder()
      encoder.fit(IntMatrix([[0, 3], [1, 4]]))
      print(encoder.transform(IntMatrix([[0, 7], [1, 5], [0, 3]])))
    },
    TrapCase(
      name: "one hot features",
      message: "OneHotEncoder.transform: X has 1 features, but OneHotEncoder is expecting 2 features as input"
    ) {
      var encoder = OneHotEncoder()
      encoder.fit(IntMatrix([[0, 3], [1, 4]]))
      print(encoder.transform(IntVector([0])))
    },
    TrapCase(
      name: "one hot unsorted categories",
      message: "OneHotEncoder: unsorted categories are not supported for numerical categories"
    ) { print(OneHotEncoder(categories: [[3, 1]])) },
    TrapCase(
      name: "one hot value outside given categories",
      message: "OneHotEncoder.fit: found unknown categories [9] in column 0 during fit"
    ) {
      var encoder = OneHotEncoder(categories: [[1, 2]])
      encoder.fit(IntVector([1, 9]))
    },
    TrapCase(
      name: "one hot names",
      message: "OneHotEncoder.featureNamesOut: inputFeatures should have length equal to number of features (2), got 1"
    ) {
      var encoder = OneHotEncoder()
      encoder.fit(IntMatrix([[0, 3], [1, 4]]))
      print(encoder.featureNamesOut(["a"]))
    },
    TrapCase(name: "polynomial negative degree", message: "PolynomialFeatures: degree must be a non-negative integer") {
      print(PolynomialFeatures(degree: -1))
    },
    TrapCase(
      name: "polynomial empty output",
      message:
        "PolynomialFeatures: setting degree to zero and includeBias to false would result in an empty output array"
    ) { print(PolynomialFeatures(degree: 0, includeBias: false)) },
    TrapCase(
      name: "polynomial degree pair",
      message:
        "PolynomialFeatures: degree=(minDegree, maxDegree) must be non-negative integers that fulfil minDegree <= maxDegree, got (3, 2)"
    ) { print(PolynomialFeatures(degree: (3, 2))) },
    TrapCase(name: "polynomial nan", message: "PolynomialFeatures.fit: X[0, 1] is nan (input X contains NaN)") {
      var poly = PolynomialFeatures()
      poly.fit([[1, .nan]])
    },
    TrapCase(
      name: "polynomial not fitted",
      message: "PolynomialFeatures.transform: this PolynomialFeatures instance is not fitted yet"
    ) { print(PolynomialFeatures().transform([[1, 2]])) },
  ]
}
