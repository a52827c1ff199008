import Foundation
import XCTest

@testable import MLMath

/// scikit-learn's sample generators with the same `random_state`: `make_blobs`, `make_moons`,
/// `make_circles`, `make_regression` and `make_classification` for seeds 0, 1, 42 and several
/// parameter sets, recorded by `scripts/reference/datasets.py`.
///
/// Everything is compared bit for bit, except the features scikit-learn computes with
/// `np.dot` (BLAS): `y` of `make_regression` and `X` of `make_classification`, which must agree
/// within 1e-12 relative to the largest magnitude in their column.
final class DatasetsGeneratorTests: XCTestCase {
  nonisolated(unsafe) static let cases: [[String: Any]] = {
    (try? ReferenceFixture.load("datasets")["generators"] as? [[String: Any]]) ?? []
  }()

  func cases(_ function: String) -> [[String: Any]] {
    Self.cases.filter { $0["function"] as? String == function }
  }

  /// A matrix stored as `{"rows", "columns", "bits"}`.
  static func matrix(_ value: Any?) -> Matrix {
    let m = value as! [String: Any]
    return Matrix(
      rows: (m["rows"] as! NSNumber).intValue, columns: (m["columns"] as! NSNumber).intValue,
      elements: ReferenceFixture.bitPatterns(m["bits"]))
  }

  static func int(_ params: [String: Any], _ key: String, _ fallback: Int) -> Int {
    (params[key] as? NSNumber)?.intValue ?? fallback
  }

  static func double(_ params: [String: Any], _ key: String, _ fallback: Double) -> Double {
    (params[key] as? NSNumber)?.doubleValue ?? fallback
  }

  static func optionalDouble(_ params: [String: Any], _ key: String, _ fallback: Double?) -> Double? {
    guard params.keys.contains(key) else { return fallback }
    return (params[key] as? NSNumber)?.doubleValue
  }

  static func bool(_ params: [String: Any], _ key: String, _ fallback: Bool) -> Bool {
    (params[key] as? NSNumber)?.boolValue ?? fallback
  }

  func assertBitIdentical(_ actual: Matrix, _ expected: Matrix, _ message: String) {
    XCTAssertEqual(actual.rows, expected.rows, message)
    XCTAssertEqual(actual.columns, expected.columns, message)
    XCTAssertEqual(actual.elements.map(\.bitPattern), expected.elements.map(\.bitPattern), message)
  }

  /// The largest |actual − expected| over each column's largest |expected|; fails above 1e-12.
  @discardableResult
  func assertColumnwiseClose(_ actual: Matrix, _ expected: Matrix, _ message: String) -> Double {
    XCTAssertEqual(actual.rows, expected.rows, message)
    XCTAssertEqual(actual.columns, expected.columns, message)
    guard actual.rows == expected.rows, actual.columns == expected.columns else { return .infinity }
    var worst = 0.0
    for c in 0..<expected.columns {
      let scale = (0..<expected.rows).map { abs(expected[$0, c]) }.max() ?? 0
      for r in 0..<expected.rows {
        let difference = abs(actual[r, c] - expected[r, c])
        let relative = difference == 0 ? 0 : difference / scale
        worst = max(worst, relative)
      }
    }
    XCTAssertLessThanOrEqual(worst, 1e-12, message)
    return worst
  }

  func testCaseCount() {
    XCTAssertEqual(Self.cases.count, 106)
  }

  func testMakeBlobs() throws {
    let all = cases("make_blobs")
    XCTAssertEqual(all.count, 15)
    for c in all {
      let p = c["params"] as! [String: Any]
      let seed = Self.int(p, "random_state", -1)
      let shuffle = Self.bool(p, "shuffle", true)
      let (x, y): (Matrix, IntVector)
      if let counts = p["n_samples"] as? [NSNumber] {
        let centers = Matrix((p["centers"] as! [[NSNumber]]).map { $0.map(\.doubleValue) })
        let stds = Vector((p["cluster_std"] as! [NSNumber]).map(\.doubleValue))
        (x, y) = try makeBlobs(
          nSamples: counts.map(\.intValue), centers: centers, clusterStd: stds, shuffle: shuffle, randomState: seed)
      } else if let rows = p["centers"] as? [[NSNumber]] {
        (x, y) = try makeBlobs(
          nSamples: Self.int(p, "n_samples", 100), centers: Matrix(rows.map { $0.map(\.doubleValue) }),
          clusterStd: Self.double(p, "cluster_std", 1), shuffle: shuffle, randomState: seed)
      } else {
        let box = (p["center_box"] as? [NSNumber])?.map(\.doubleValue) ?? [-10, 10]
        (x, y) = try makeBlobs(
          nSamples: Self.int(p, "n_samples", 100), nFeatures: Self.int(p, "n_features", 2),
          centers: Self.int(p, "centers", 3), clusterStd: Self.double(p, "cluster_std", 1),
          centerBox: (box[0], box[1]), shuffle: shuffle, randomState: seed)
      }
      assertBitIdentical(x, Self.matrix(c["X"]), "make_blobs \(p)")
      XCTAssertEqual(y.elements, ReferenceFixture.integers(c["y"]), "make_blobs \(p)")
    }
  }

  func testMakeMoonsAndCircles() throws {
    for function in ["make_moons", "make_circles"] {
      let all = cases(function)
      XCTAssertEqual(all.count, 18)
      for c in all {
        let p = c["params"] as! [String: Any]
        let seed = Self.int(p, "random_state", -1)
        let shuffle = Self.bool(p, "shuffle", true)
        let noise = Self.optionalDouble(p, "noise", nil)
        let factor = Self.double(p, "factor", 0.8)
        let (x, y): (Matrix, IntVector)
        if let pair = p["n_samples"] as? [NSNumber] {
          let split = (outer: pair[0].intValue, inner: pair[1].intValue)
          (x, y) =
            function == "make_moons"
            ? try makeMoons(nSamples: split, shuffle: shuffle, noise: noise, randomState: seed)
            : try makeCircles(nSamples: split, shuffle: shuffle, noise: noise, randomState: seed, factor: factor)
        } else {
          let n = Self.int(p, "n_samples", 100)
          (x, y) =
            function == "make_moons"
            ? try makeMoons(nSamples: n, shuffle: shuffle, noise: noise, randomState: seed)
            : try makeCircles(nSamples: n, shuffle: shuffle, noise: noise, randomState: seed, factor: factor)
        }
        assertBitIdentical(x, Self.matrix(c["X"]), "\(function) \(p)")
        XCTAssertEqual(y.elements, ReferenceFixture.integers(c["y"]), "\(function) \(p)")
      }
    }
  }

  func testMakeRegression() throws {
    let all = cases("make_regression")
    XCTAssertEqual(all.count, 19)
    var worst = 0.0
    for c in all {
      let p = c["params"] as! [String: Any]
      let seed = Self.int(p, "random_state", -1)
      let (n, d, k) = (Self.int(p, "n_samples", 100), Self.int(p, "n_features", 100), Self.int(p, "n_informative", 10))
      let bias = Self.double(p, "bias", 0)
      let noise = Self.double(p, "noise", 0)
      let shuffle = Self.bool(p, "shuffle", true)
      let expectedY = Self.matrix(c["y_values"])
      let expectedCoef = Self.matrix(c["coef"])
      if let targets = p["n_targets"] as? NSNumber {
        let (x, y, coef) = try makeRegression(
          nSamples: n, nFeatures: d, nInformative: k, nTargets: targets.intValue, bias: bias, noise: noise,
          shuffle: shuffle, randomState: seed)
        assertBitIdentical(x, Self.matrix(c["X"]), "make_regression X \(p)")
        assertBitIdentical(coef, expectedCoef, "make_regression coef \(p)")
        worst = max(worst, assertColumnwiseClose(y, expectedY, "make_regression y \(p)"))
      } else {
        let (x, y, coef) = try makeRegression(
          nSamples: n, nFeatures: d, nInformative: k, bias: bias, noise: noise, shuffle: shuffle, randomState: seed)
        assertBitIdentical(x, Self.matrix(c["X"]), "make_regression X \(p)")
        assertBitIdentical(Matrix(rows: coef.count, columns: 1, elements: coef.elements), expectedCoef, "coef \(p)")
        let column = Matrix(rows: y.count, columns: 1, elements: y.elements)
        worst = max(worst, assertColumnwiseClose(column, expectedY, "make_regression y \(p)"))
      }
    }
    print("make_regression: worst y difference / column scale = \(worst)")
  }

  func testMakeClassification() throws {
    let all = cases("make_classification")
    XCTAssertEqual(all.count, 36)
    var worst = 0.0
    var exact = 0
    for c in all {
      let p = c["params"] as! [String: Any]
      let (x, y) = try makeClassification(
        nSamples: Self.int(p, "n_samples", 100), nFeatures: Self.int(p, "n_features", 20),
        nInformative: Self.int(p, "n_informative", 2), nRedundant: Self.int(p, "n_redundant", 2),
        nRepeated: Self.int(p, "n_repeated", 0), nClasses: Self.int(p, "n_classes", 2),
        nClustersPerClass: Self.int(p, "n_clusters_per_class", 2),
        weights: (p["weights"] as? [NSNumber])?.map(\.doubleValue), flipY: Self.double(p, "flip_y", 0.01),
        classSep: Self.double(p, "class_sep", 1), hypercube: Self.bool(p, "hypercube", true),
        shift: Self.optionalDouble(p, "shift", 0), scale: Self.optionalDouble(p, "scale", 1),
        shuffle: Self.bool(p, "shuffle", true), randomState: Self.int(p, "random_state", -1))
      let expected = Self.matrix(c["X"])
      XCTAssertEqual(y.elements, ReferenceFixture.integers(c["y"]), "make_classification y \(p)")
      worst = max(worst, assertColumnwiseClose(x, expected, "make_classification X \(p)"))
      if x.elements.map(\.bitPattern) == expected.elements.map(\.bitPattern) { exact += 1 }
    }
    print(
      "make_classification: \(exact) of \(all.count) cases bit for bit; worst X difference / column scale = \(worst)")
  }

  /// A generator passed in is drawn from and advanced, as scikit-learn does with a
  /// `RandomState` instance; nil draws from the process-wide stream that `Random.seed` seeds.
  func testGeneratorSources() throws {
    var rng = RandomState(seed: 7)
    let first = try makeMoons(nSamples: 10, noise: 0.1, using: &rng)
    XCTAssertEqual(first.X, try makeMoons(nSamples: 10, noise: 0.1, randomState: 7).X)
    let second = try makeMoons(nSamples: 10, noise: 0.1, using: &rng)
    XCTAssertNotEqual(first.X, second.X)
    Random.seed(7)
    XCTAssertEqual(try makeMoons(nSamples: 10, noise: 0.1).X, first.X)
    var a = RandomState(seed: 3)
    XCTAssertEqual(try makeBlobs(using: &a).X, try makeBlobs(randomState: 3).X)
    var b = RandomState(seed: 3)
    XCTAssertEqual(try makeCircles(noise: 0.1, using: &b).X, try makeCircles(noise: 0.1, randomState: 3).X)
    var c = RandomState(seed: 3)
    XCTAssertEqual(try makeRegression(nFeatures: 5, using: &c).y, try makeRegression(nFeatures: 5, randomState: 3).y)
    var d = RandomState(seed: 3)
    XCTAssertEqual(try makeClassification(using: &d).X, try makeClassification(randomState: 3).X)
  }

  /// The documented properties of the data, beyond the reference cases.
  func testShapesAndLabels() throws {
    let (x, y) = try makeBlobs(nSamples: 10, nFeatures: 3, centers: 4, randomState: 0)
    XCTAssertEqual(x.shape.rows, 10)
    XCTAssertEqual(x.shape.columns, 3)
    XCTAssertEqual(bincount(y).elements, [3, 3, 2, 2])
    let moons = try makeMoons(nSamples: 5, shuffle: false)
    XCTAssertEqual(moons.y.elements, [0, 0, 1, 1, 1])
    XCTAssertEqual(moons.X[0, 0], 1)
    XCTAssertEqual(moons.X[1, 0], -1)
    let circles = try makeCircles(nSamples: 0)
    XCTAssertEqual(circles.X.shape.rows, 0)
    let (_, labels) = try makeClassification(nSamples: 90, nClasses: 3, nClustersPerClass: 1, flipY: 0, randomState: 5)
    XCTAssertEqual(bincount(labels).elements, [30, 30, 30])
  }

  func testInvalidArguments() {
    func message(_ body: () throws -> Any) -> String {
      do {
        _ = try body()
        return "no error"
      } catch {
        return "\(error)"
      }
    }
    XCTAssertEqual(message { try makeMoons(nSamples: 0) }, "makeMoons: nSamples must be at least 1 (got 0)")
    XCTAssertEqual(message { try makeMoons(noise: -1) }, "makeMoons: noise must be ≥ 0 (got -1.0)")
    XCTAssertEqual(message { try makeMoons(noise: .nan) }, "makeMoons: noise must be ≥ 0 (got nan)")
    XCTAssertEqual(
      message { try makeMoons(randomState: -1) }, "makeMoons: randomState must be between 0 and 2**32 - 1 (got -1)")
    XCTAssertEqual(message { try makeCircles(factor: 1) }, "makeCircles: factor must be in [0, 1) (got 1.0)")
    XCTAssertEqual(message { try makeCircles(nSamples: -2) }, "makeCircles: nSamples must be ≥ 0 (got -2)")
    XCTAssertEqual(message { try makeBlobs(centers: 0) }, "makeBlobs: centers must be at least 1 (got 0)")
    XCTAssertEqual(message { try makeBlobs(clusterStd: -0.5) }, "makeBlobs: clusterStd must be ≥ 0 (got -0.5)")
    XCTAssertEqual(
      message { try makeBlobs(centerBox: (-Double.infinity, 1)) },
      "makeBlobs: centerBox must have a finite width (got (-inf, 1.0))")
    XCTAssertEqual(
      message { try makeBlobs(nSamples: [1, 2], centers: [[0, 0]], clusterStd: [1]) },
      "makeBlobs: nSamples has 2 counts but centers has 1 rows (one count per centre)")
    XCTAssertEqual(
      message { try makeBlobs(nSamples: [1], centers: [[0, 0]], clusterStd: [1, 2]) },
      "makeBlobs: clusterStd has 2 values but there are 1 centres (one per centre)")
    XCTAssertEqual(message { try makeRegression(nTargets: 0) }, "makeRegression: nTargets must be at least 1 (got 0)")
    XCTAssertEqual(message { try makeRegression(noise: -1) }, "makeRegression: noise must be ≥ 0 (got -1.0)")
    XCTAssertEqual(
      message { try makeClassification(nFeatures: 3) },
      "makeClassification: Number of informative, redundant and repeated features must sum to less than the number of total features (2 + 2 + 0 > 3)"
    )
    XCTAssertEqual(
      message { try makeClassification(nClasses: 3) },
      "makeClassification: nClasses(3) * nClustersPerClass(2) must be smaller or equal 2**nInformative(2)")
    XCTAssertEqual(
      message { try makeClassification(weights: [0.5, 0.3, 0.2]) },
      "makeClassification: weights has 3 values; give nClasses (2) or nClasses − 1")
    XCTAssertEqual(
      message { try makeClassification(weights: [1.5]) },
      "makeClassification: every class weight must be finite and ≥ 0 (got -0.5 for the last class, 1 − the sum of the others)"
    )
    XCTAssertEqual(
      message { try makeClassification(flipY: 2) }, "makeClassification: flipY must be in [0, 1] (got 2.0)")
    XCTAssertEqual(
      message { try makeClassification(classSep: 0) },
      "makeClassification: classSep must be positive and finite (got 0.0)")
    XCTAssertEqual(
      message { try makeClassification(scale: -1) }, "makeClassification: scale must be positive and finite (got -1.0)")
  }
}
