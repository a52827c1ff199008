import Foundation
import XCTest

@testable import MLMath

// MLMath's PCA, KMeans and GaussianMixture against NumPy and scikit-learn
// (Fixtures/reference/unsupervised.json, written by scripts/reference/unsupervised.py).
// Arrays are compared normwise: max|actual − expected| / max|expected| over the array, so
// entries that are zero up to rounding do not count as large relative errors; scalars
// (inertia, lower bounds, scores) relative to themselves. Labels and indices exactly.

/// The largest error seen, where, and every comparison over the tolerance.
struct UnsupervisedErrors {
  let tolerance: Double
  private(set) var error = 0.0
  private(set) var place = ""
  private(set) var failures: [String] = []

  init(tolerance: Double) { self.tolerance = tolerance }

  mutating func record(_ e: Double, _ context: @autoclosure () -> String, detail: @autoclosure () -> String) {
    let e = e.isNaN ? .infinity : e
    if e > error {
      error = e
      place = context()
    }
    if e > tolerance { failures.append("\(context()): error \(e) \(detail())") }
  }

  /// max|a − e| / max|e| over the arrays.
  mutating func check(_ actual: [Double], _ expected: [Double], _ context: @autoclosure () -> String) {
    guard actual.count == expected.count else {
      failures.append("\(context()): \(actual.count) values vs the reference's \(expected.count)")
      return
    }
    let scale = Swift.max(expected.map(abs).max() ?? 0, .leastNormalMagnitude)
    let difference = zip(actual, expected).map { abs($0 - $1) }.max() ?? 0
    record(difference / scale, context(), detail: "")
  }

  mutating func check(_ actual: Matrix?, _ expected: ReferenceMatrix, _ context: @autoclosure () -> String) {
    guard let actual, actual.rows == expected.rows, actual.columns == expected.cols else {
      failures.append(
        "\(context()): shape \(actual.map { "\($0.rows)×\($0.columns)" } ?? "nil") vs \(expected.rows)×\(expected.cols)"
      )
      return
    }
    check(actual.elements, expected.matrix.elements, context())
  }

  mutating func check(_ actual: Vector?, _ expected: [ReferenceNumber], _ context: @autoclosure () -> String) {
    guard let actual else { return failures.append("\(context()): nil") }
    check(actual.elements, expected.map(\.value), context())
  }

  /// |a − e| / |e| for one number.
  mutating func check(_ actual: Double?, _ expected: ReferenceNumber, _ context: @autoclosure () -> String) {
    guard let actual else { return failures.append("\(context()): nil") }
    let e = expected.value
    if actual == e { return record(0, context(), detail: "") }
    record(abs(actual - e) / Swift.max(abs(e), .leastNormalMagnitude), context(), detail: "(\(actual) vs \(e))")
  }

  var summary: String { error == 0 ? "0 (bit for bit)" : "\(error) at \(place)" }

  func assertWithin(file: StaticString = #filePath, line: UInt = #line) {
    for failure in failures.prefix(30) { XCTFail(failure, file: file, line: line) }
    XCTAssertLessThanOrEqual(error, tolerance, summary, file: file, line: line)
  }
}

struct UnsupervisedFixture: Decodable {
  struct DataEntry: Decodable {
    var name: String
    var checksum: [Double]
    var X: ReferenceMatrix?

    /// The data set: Iris and digits from MLMath's bundled copies (checked against the
    /// script's checksums), the others as written.
    func matrix() throws -> Matrix {
      let X: Matrix
      switch name {
      case "iris": X = loadIris().data
      case "digits": X = loadDigits().data
      default: X = try XCTUnwrap(self.X, "\(name) has no data").matrix
      }
      let sum = X.elements.reduce(0, +)
      let squares = X.elements.reduce(0) { $0 + $1 * $1 }
      XCTAssertEqual(sum, checksum[0], accuracy: 1e-9 * abs(checksum[0]), "\(name) is not sklearn's data")
      XCTAssertEqual(squares, checksum[1], accuracy: 1e-9 * abs(checksum[1]), "\(name) is not sklearn's data")
      return X
    }
  }

  struct PCACase: Decodable {
    var data: DataEntry
    var nComponents: Int?
    var varianceFraction: Double?
    var whiten: Bool
    var numpyRatio: [ReferenceNumber]
    var components: ReferenceMatrix
    var explainedVariance: [ReferenceNumber]
    var explainedVarianceRatio: [ReferenceNumber]
    var singularValues: [ReferenceNumber]
    var mean: [ReferenceNumber]
    var noiseVariance: ReferenceNumber
    var nComponentsFitted: Int
    var fitTransform: ReferenceMatrix
    var transform: ReferenceMatrix
    var inverse: ReferenceMatrix
    var newX: ReferenceMatrix
    var newTransform: ReferenceMatrix
  }

  struct PlusPlusCase: Decodable {
    var data: DataEntry
    var nClusters: Int
    var seed: Int
    var indices: [Int]
    var centers: ReferenceMatrix
  }

  struct KMeansCase: Decodable {
    var data: DataEntry
    var note: String
    var `init`: ReferenceMatrix?
    var maxIter: Int
    var tol: Double
    var nClusters: Int
    var seed: Int?
    var method: String
    var nInit: Int
    var labels: [Int]
    var inertia: ReferenceNumber
    var centers: ReferenceMatrix
    var nIter: Int
    var newX: ReferenceMatrix
    var predict: [Int]
    var transform: ReferenceMatrix
    var score: ReferenceNumber
  }

  struct MixtureCase: Decodable {
    var data: DataEntry
    var nComponents: Int
    var covarianceType: String
    var maxIter: Int
    var tol: Double
    var seed: Int
    var nInit: Int
    var weightsInit: [ReferenceNumber]?
    var meansInit: ReferenceMatrix?
    var precisionsInit: [ReferenceMatrix]?
    var weights: [ReferenceNumber]
    var means: ReferenceMatrix
    var covariances: [ReferenceMatrix]
    var converged: Bool
    var nIter: Int
    var lowerBound: ReferenceNumber
    var lowerBounds: [ReferenceNumber]
    var newX: ReferenceMatrix
    var predict: [Int]
    var predictProba: ReferenceMatrix
    var scoreSamples: [ReferenceNumber]
    var score: ReferenceNumber
    var bic: ReferenceNumber
    var aic: ReferenceNumber
    var sampleX: ReferenceMatrix
    var sampleY: [Int]
  }

  var pca: [PCACase]
  var kmeansPlusPlus: [PlusPlusCase]
  var kmeans: [KMeansCase]
  var mixture: [MixtureCase]

  static let shared = Result { try decodeReferenceFixture("unsupervised", as: UnsupervisedFixture.self) }
}

/// PCA (full SVD) against NumPy's SVD and sklearn's `PCA(svd_solver="full")` on Iris and digits.
final class DecompositionReferenceTests: XCTestCase {
  func testExplainedVarianceRatiosEqualNumPysSVD() throws {
    var worst = UnsupervisedErrors(tolerance: 1e-10)
    for c in try UnsupervisedFixture.shared.get().pca where c.nComponents == nil && c.varianceFraction == nil {
      var pca = PCA()
      pca.fit(try c.data.matrix())
      worst.check(pca.explainedVarianceRatio, c.numpyRatio, "\(c.data.name) ratio vs np.linalg.svd")
    }
    worst.assertWithin()
    print("PCA explained-variance ratio vs NumPy SVD: worst \(worst.summary)")
  }

  func testPCAMatchesScikitLearn() throws {
    var worst = UnsupervisedErrors(tolerance: 1e-10)
    let cases = try UnsupervisedFixture.shared.get().pca
    for c in cases {
      let X = try c.data.matrix()
      var pca =
        c.varianceFraction.map { PCA(varianceFraction: $0, whiten: c.whiten) }
        ?? PCA(nComponents: c.nComponents, whiten: c.whiten)
      let context =
        "\(c.data.name) nComponents \(c.nComponents.map(String.init) ?? "nil") fraction \(c.varianceFraction.map { "\($0)" } ?? "nil") whiten \(c.whiten)"
      let fitted = pca.fitTransform(X)
      XCTAssertEqual(pca.nComponents, c.nComponentsFitted, context)
      worst.check(pca.components, c.components, context + " components")
      worst.check(pca.explainedVariance, c.explainedVariance, context + " explainedVariance")
      worst.check(pca.explainedVarianceRatio, c.explainedVarianceRatio, context + " explainedVarianceRatio")
      worst.check(pca.singularValues, c.singularValues, context + " singularValues")
      worst.check(pca.mean, c.mean, context + " mean")
      worst.check(pca.noiseVariance, c.noiseVariance, context + " noiseVariance")
      let rows = c.transform.rows
      worst.check(fitted[0..<rows, ...], c.fitTransform, context + " fitTransform")
      let Z = pca.transform(X[0..<rows, ...])
      worst.check(Z, c.transform, context + " transform")
      worst.check(pca.inverseTransform(Z), c.inverse, context + " inverseTransform")
      worst.check(pca.transform(c.newX.matrix), c.newTransform, context + " transform of new points")
    }
    XCTAssertEqual(cases.count, 9)
    worst.assertWithin()
    print("PCA vs sklearn (\(cases.count) cases): worst normwise error \(worst.summary)")
  }

  /// With every component kept, inverseTransform undoes transform; the axes are orthonormal.
  func testAllComponentsReconstructTheData() throws {
    let X = loadIris().data
    var pca = PCA(whiten: true)
    let Z = pca.fitTransform(X)
    let back = pca.inverseTransform(Z)
    XCTAssertLessThan(zip(back.elements, X.elements).map { abs($0 - $1) }.max()!, 1e-12)
    let gram = matmul(pca.components!, pca.components!.T)
    for i in 0..<4 {
      for j in 0..<4 { XCTAssertEqual(gram[i, j], i == j ? 1 : 0, accuracy: 1e-14) }
    }
    // Whitened scores have unit variance.
    for j in 0..<4 {
      let column = (0..<X.rows).map { Z[$0, j] }
      XCTAssertEqual(column.reduce(0) { $0 + $1 * $1 } / Double(X.rows - 1), 1, accuracy: 1e-12)
    }
    XCTAssertTrue(pca.description.contains("PCA(nComponents: nil, whiten: true), fitted on 150 samples of 4 features"))
  }
}

/// k-means++ and Lloyd's k-means against sklearn's `kmeans_plusplus` and `KMeans(algorithm="lloyd")`.
final class ClusterReferenceTests: XCTestCase {
  func testKMeansPlusPlusEqualsScikitLearnForTheSameSeed() throws {
    var worst = UnsupervisedErrors(tolerance: 0)
    let cases = try UnsupervisedFixture.shared.get().kmeansPlusPlus
    for c in cases {
      let X = try c.data.matrix()
      let (centers, indices) = kMeansPlusPlus(X, nClusters: c.nClusters, randomState: c.seed)
      XCTAssertEqual(indices.elements, c.indices, "\(c.data.name) k \(c.nClusters) seed \(c.seed)")
      worst.check(centers, c.centers, "\(c.data.name) k \(c.nClusters) seed \(c.seed) centers")
    }
    XCTAssertGreaterThan(cases.count, 10)
    worst.assertWithin()
    print("kMeansPlusPlus vs sklearn (\(cases.count) seeds): indices equal, centres \(worst.summary)")
  }

  func testKMeansMatchesScikitLearn() throws {
    var worst = UnsupervisedErrors(tolerance: 1e-10)
    let cases = try UnsupervisedFixture.shared.get().kmeans
    for c in cases {
      let X = try c.data.matrix()
      let initialization: KMeans.Initialization =
        switch c.method {
        case "centers": .centers(try XCTUnwrap(c.`init`).matrix)
        case "random": .random
        default: .kMeansPlusPlus
        }
      var km = KMeans(
        nClusters: c.nClusters, initialization: initialization, nInit: c.nInit, maxIter: c.maxIter, tol: c.tol,
        randomState: c.seed)
      km.fit(X)
      let context = "\(c.data.name) \(c.note)"
      XCTAssertEqual(km.labels?.elements, c.labels, context + " labels")
      XCTAssertEqual(km.nIter, c.nIter, context + " nIter")
      worst.check(km.inertia, c.inertia, context + " inertia")
      worst.check(km.clusterCenters, c.centers, context + " centers")
      XCTAssertEqual(km.predict(c.newX.matrix).elements, c.predict, context + " predict")
      worst.check(km.transform(c.newX.matrix), c.transform, context + " transform")
      worst.check(km.score(c.newX.matrix), c.score, context + " score")
    }
    XCTAssertGreaterThan(cases.count, 15)
    worst.assertWithin()
    print("KMeans vs sklearn (\(cases.count) runs): labels and nIter equal, worst relative error \(worst.summary)")
  }

  /// Each Lloyd step lowers the inertia, so more iterations never end higher from the same start.
  func testInertiaFallsWithIterations() {
    let X = loadIris().data
    let start = X[0..<3, ...]
    var previous = Double.infinity
    for maxIter in 1...8 {
      var km = KMeans(nClusters: 3, initialization: .centers(start), maxIter: maxIter, tol: 0)
      km.fit(X)
      XCTAssertLessThanOrEqual(km.inertia!, previous + 1e-9, "maxIter \(maxIter)")
      previous = km.inertia!
    }
    var km = KMeans(nClusters: 3, randomState: 0)
    km.fit(X)
    XCTAssertTrue(
      km.description.hasPrefix(
        "KMeans(nClusters: 3, init: k-means++, nInit: 1, maxIter: 300, tol: 0.0001, randomState: 0)"))
    XCTAssertTrue(km.description.contains("inertia: 78.85"), km.description)
  }
}

/// EM for Gaussian mixtures against sklearn's `GaussianMixture` (full and diag covariances).
final class MixtureReferenceTests: XCTestCase {
  static func model(_ c: UnsupervisedFixture.MixtureCase) -> GaussianMixture {
    GaussianMixture(
      nComponents: c.nComponents, covarianceType: c.covarianceType == "diag" ? .diag : .full, tol: c.tol,
      maxIter: c.maxIter, nInit: c.nInit, weightsInit: c.weightsInit.map { Vector($0.map(\.value)) },
      meansInit: c.meansInit?.matrix, precisionsInit: c.precisionsInit?.map(\.matrix), randomState: c.seed)
  }

  func testGaussianMixtureMatchesScikitLearn() throws {
    var worst = UnsupervisedErrors(tolerance: 1e-8)
    let cases = try UnsupervisedFixture.shared.get().mixture
    for c in cases {
      let X = try c.data.matrix()
      var gm = Self.model(c)
      gm.fit(X)
      let context =
        "\(c.data.name) k \(c.nComponents) \(c.covarianceType) \(c.weightsInit == nil ? "seed \(c.seed)" : "given start")"
      XCTAssertEqual(gm.converged, c.converged, context + " converged")
      XCTAssertEqual(gm.nIter, c.nIter, context + " nIter")
      worst.check(gm.weights, c.weights, context + " weights")
      worst.check(gm.means, c.means, context + " means")
      for (k, cov) in c.covariances.enumerated() { worst.check(gm.covariances?[k], cov, context + " covariance \(k)") }
      worst.check(gm.lowerBound, c.lowerBound, context + " lowerBound")
      worst.check(Vector(gm.lowerBounds), c.lowerBounds, context + " lowerBounds")
      let newX = c.newX.matrix
      XCTAssertEqual(gm.predict(newX).elements, c.predict, context + " predict")
      worst.check(gm.predictProba(newX), c.predictProba, context + " predictProba")
      worst.check(gm.scoreSamples(newX), c.scoreSamples, context + " scoreSamples")
      worst.check(gm.score(X), c.score, context + " score")
      worst.check(gm.bic(X), c.bic, context + " bic")
      worst.check(gm.aic(X), c.aic, context + " aic")
      let (samples, labels) = gm.sample(c.sampleY.count)
      XCTAssertEqual(labels.elements, c.sampleY, context + " sample labels")
      worst.check(samples, c.sampleX, context + " sample")
    }
    XCTAssertEqual(cases.count, 11)
    worst.assertWithin()
    print("GaussianMixture vs sklearn (\(cases.count) fits): worst relative error \(worst.summary)")
  }

  /// EM never lowers the lower bound (the mean log-likelihood), step by step.
  func testLowerBoundNeverDecreases() throws {
    var steps = 0
    for c in try UnsupervisedFixture.shared.get().mixture {
      var gm = Self.model(c)
      gm.fit(try c.data.matrix())
      for (a, b) in zip(gm.lowerBounds, gm.lowerBounds.dropFirst()) {
        XCTAssertGreaterThanOrEqual(b, a - 1e-12 * abs(a), "\(c.data.name) \(c.covarianceType): \(gm.lowerBounds)")
        steps += 1
      }
      XCTAssertEqual(gm.lowerBound, gm.lowerBounds.last)
    }
    // A longer climb from a poor start, with a tight tolerance.
    var gm = GaussianMixture(nComponents: 4, tol: 1e-12, maxIter: 300, randomState: 3)
    gm.fit(loadIris().data)
    XCTAssertGreaterThan(gm.lowerBounds.count, 20)
    for (a, b) in zip(gm.lowerBounds, gm.lowerBounds.dropFirst()) { XCTAssertGreaterThanOrEqual(b, a - 1e-12 * abs(a)) }
    XCTAssertGreaterThan(steps, 100)
    XCTAssertTrue(gm.description.contains("lower bound (mean log-likelihood):"), gm.description)
  }

  /// Responsibilities sum to 1; score is the mean of scoreSamples; bic − aic = p(log n − 2).
  func testProbabilitiesAndCriteriaAreConsistent() {
    let X = loadIris().data
    var gm = GaussianMixture(nComponents: 3, randomState: 0)
    gm.fit(X)
    let proba = gm.predictProba(X)
    for i in 0..<X.rows {
      XCTAssertEqual((0..<3).map { proba[i, $0] }.reduce(0, +), 1, accuracy: 1e-12)
    }
    XCTAssertEqual(gm.score(X), gm.scoreSamples(X).elements.reduce(0, +) / 150, accuracy: 1e-12)
    XCTAssertEqual(gm.nParameters, 3 * 10 + 3 * 4 + 2)
    XCTAssertEqual(gm.bic(X) - gm.aic(X), 44 * (log(150) - 2), accuracy: 1e-9)
  }
}
