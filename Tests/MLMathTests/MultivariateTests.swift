import Foundation
import XCTest

@testable import MLMath

/// MultivariateNormal and GaussianKDE against Fixtures/reference/discrete_distributions.json
/// (scripts/reference/discrete_distributions.py): SciPy's `multivariate_normal` and
/// `gaussian_kde`, the cdf against mpmath quadrature, the samplers against NumPy's legacy stream.
final class MultivariateTests: XCTestCase {
  private func load() throws -> DiscreteFixture { try DiscreteFixture.load() }

  static func matrix(_ rows: [[ReferenceNumber]]) -> Matrix { Matrix(rows.map { $0.map(\.value) }) }

  func testMultivariateNormalMatchesSciPy() throws {
    var worst = WorstErrors()
    for entry in try load().multivariate_normal {
      let d = try MultivariateNormal(mean: Vector(entry.mean.map(\.value)), cov: Self.matrix(entry.cov))
      for point in entry.points {
        let x = Vector(point.x.map(\.value))
        let checks: [(String, Double, Double)] = [
          ("pdf", d.pdf(x), point.pdf.value), ("logpdf", d.logpdf(x), point.logpdf.value),
          ("mahalanobis", d.mahalanobis(x), point.mahalanobis.value),
        ]
        for (method, actual, expected) in checks {
          XCTAssertTrue(
            referenceClose(actual, expected, relative: 1e-12, absolute: 1e-300),
            "\(d).\(method)(\(x)) = \(actual), SciPy \(expected)")
          worst.record(method, actual, expected, at: "\(x)")
        }
        if let cdf = point.cdf {
          let actual = try d.cdf(x)
          XCTAssertTrue(
            referenceClose(actual, cdf.value, relative: 1e-12, absolute: 1e-300),
            "\(d).cdf(\(x)) = \(actual), mpmath \(cdf.value)")
          worst.record("cdf", actual, cdf.value, at: "\(x)")
        } else {
          XCTAssertThrowsError(try d.cdf(x)) { error in
            XCTAssertEqual(
              "\(error)",
              "MultivariateNormal.cdf: only dimensions up to 2 are supported, got dimension 3 (SciPy integrates higher dimensions by randomized quasi-Monte Carlo)"
            )
          }
        }
      }
      XCTAssertEqual(d.entropy, entry.entropy.value, accuracy: 1e-13 * entry.entropy.value.magnitude)
      // Points as the rows of a matrix.
      let rows = Matrix(entry.points.map { $0.x.map(\.value) })
      XCTAssertEqual(d.logpdf(rows).elements, entry.points.map { d.logpdf(Vector($0.x.map(\.value))) })
      XCTAssertEqual(d.pdf(rows).elements, entry.points.map { d.pdf(Vector($0.x.map(\.value))) })
      // The sampler: NumPy's stream of standard normals, mapped through the SVD of cov.
      var generator = RandomState(seed: entry.stream.seed)
      let one = d.sample(using: &generator)
      let many = d.sample(entry.stream.many.count, using: &generator)
      for (actual, expected) in zip(one.elements, entry.stream.one) {
        XCTAssertEqual(actual, expected.value, accuracy: 1e-13 * max(1, expected.value.magnitude))
      }
      for (actual, expected) in zip(many.elements, entry.stream.many.flatMap { $0 }) {
        XCTAssertEqual(actual, expected.value, accuracy: 1e-13 * max(1, expected.value.magnitude))
      }
    }
    print("MultivariateNormal: worst relative errors: \(worst.summary)")
  }

  /// The bivariate normal cdf on a grid from −30σ to 8σ and correlations from −0.999 to 0.999,
  /// against mpmath's quadrature: full relative accuracy, also where Genz's `BVND` keeps only
  /// absolute accuracy (negative correlation in the tails).
  func testBivariateNormalCDFHasFullRelativeAccuracy() throws {
    var worst = 0.0
    var checked = 0
    for row in try load().bivariate {
      let (h, k, rho, expected) = (row[0].value, row[1].value, row[2].value, row[3].value)
      let actual = bivariateNormalCDF(h, k, rho)
      XCTAssertTrue(
        referenceClose(actual, expected, relative: 1e-12, absolute: 1e-300),
        "Φ₂(\(h), \(k); \(rho)) = \(actual), mpmath \(expected)")
      if expected > 1e-300 { worst = max(worst, (actual - expected).magnitude / expected) }
      checked += 1
    }
    XCTAssertGreaterThan(checked, 400)
    print("bivariate normal cdf: \(checked) points, worst relative error \(worst)")
    XCTAssertEqual(bivariateNormalCDF(.infinity, 0.3, 0.5), standardNormalCDF(0.3))
    XCTAssertEqual(bivariateNormalCDF(-.infinity, 0.3, 0.5), 0)
    XCTAssertTrue(bivariateNormalCDF(.nan, 0.3, 0.5).isNaN)
  }

  func testMultivariateNormalRejectsBadCovariances() {
    let cases: [(Matrix, String)] = [
      (
        [[1, 2], [2, 1]],
        "MultivariateNormal: cov must be positive definite (its smallest eigenvalue is shown; SciPy's allow_singular is not supported), got -1.0"
      ),
      (
        [[1, 0.5], [0.4, 1]],
        "MultivariateNormal: cov must be symmetric (the largest |cov[i, j] − cov[j, i]| is shown), got 0.09999999999999998"
      ),
      (
        [[1, 1], [1, 1]],
        "MultivariateNormal: cov must be positive definite (its smallest eigenvalue is shown; SciPy's allow_singular is not supported), got 0.0"
      ),
      ([[1, .nan], [.nan, 1]], "MultivariateNormal: cov must be finite, got nan"),
    ]
    for (cov, message) in cases {
      XCTAssertThrowsError(try MultivariateNormal(mean: [0, 0], cov: cov)) { error in
        XCTAssertEqual("\(error)", message)
      }
    }
    XCTAssertThrowsError(try MultivariateNormal(mean: [], cov: Matrix(rows: 0, columns: 0))) { error in
      XCTAssertEqual("\(error)", "MultivariateNormal: mean must have at least one element (its count), got 0.0")
    }
    XCTAssertThrowsError(try MultivariateNormal(mean: [.infinity], cov: [[1]])) { error in
      XCTAssertEqual("\(error)", "MultivariateNormal: mean must be finite, got inf")
    }
  }

  func testMultivariateNormalProcessWideStreamAndDescription() throws {
    let d = try MultivariateNormal(mean: [0, 0], cov: [[1, 0.5], [0.5, 2]])
    Random.seed(8)
    let drawn = d.sample(3)
    var generator = RandomState(seed: 8)
    XCTAssertEqual(drawn, d.sample(3, using: &generator))
    XCTAssertEqual(d.dimension, 2)
    XCTAssertEqual(d.description, "MultivariateNormal(mean: [0. 0.], cov: [[1.  0.5] [0.5 2. ]])")
  }

  // MARK: Gaussian KDE

  static func kde(_ entry: KDEReference) throws -> GaussianKDE {
    let bandwidth: GaussianKDE.Bandwidth
    switch entry.bandwidth {
    case .name("silverman"): bandwidth = .silverman
    case .name: bandwidth = .scott
    case .number(let h): bandwidth = .factor(h)
    }
    let weights = entry.weights.map { Vector($0) }
    switch entry.data {
    case .vector(let values): return try GaussianKDE(Vector(values), bandwidth: bandwidth, weights: weights)
    case .matrix(let rows): return try GaussianKDE(Matrix(rows), bandwidth: bandwidth, weights: weights)
    }
  }

  func testGaussianKDEMatchesSciPy() throws {
    var worst = WorstErrors()
    for entry in try load().kde {
      let kde = try Self.kde(entry)
      let values: Vector
      let logs: Vector
      switch entry.points {
      case .vector(let x):
        values = kde(Vector(x))
        logs = kde.logpdf(Vector(x))
        XCTAssertEqual(values.elements, x.map { kde($0) })
      case .matrix(let rows):
        values = kde(Matrix(rows))
        logs = kde.logpdf(Matrix(rows))
      }
      for (i, (actual, expected)) in zip(values.elements, entry.evaluate).enumerated() {
        XCTAssertTrue(
          referenceClose(actual, expected.value, relative: 1e-12, absolute: 1e-300),
          "\(entry.label) evaluate[\(i)] = \(actual), SciPy \(expected.value)")
        worst.record("evaluate", actual, expected.value, at: entry.label)
      }
      for (i, (actual, expected)) in zip(logs.elements, entry.logpdf).enumerated() {
        XCTAssertTrue(
          referenceClose(actual, expected.value, relative: 1e-12),
          "\(entry.label) logpdf[\(i)] = \(actual), SciPy \(expected.value)")
        worst.record("logpdf", actual, expected.value, at: entry.label)
      }
      XCTAssertEqual(kde.factor, entry.factor.value, accuracy: 1e-15 * entry.factor.value)
      XCTAssertEqual(kde.neff, entry.neff.value, accuracy: 1e-12 * entry.neff.value)
      for (actual, expected) in zip(kde.covariance.elements, entry.covariance.flatMap { $0 }) {
        XCTAssertTrue(
          referenceClose(actual, expected.value, relative: 1e-12, absolute: 1e-300), "\(entry.label) covariance")
      }
      for box in entry.box ?? [] {
        let actual = kde.integrateBox1D(box[0].value, box[1].value)
        XCTAssertTrue(
          referenceClose(actual, box[2].value, relative: 1e-12, absolute: 1e-300), "\(entry.label) box \(box)")
        worst.record("integrateBox1D", actual, box[2].value, at: entry.label)
      }
      // resample on the legacy stream after np.random.seed: the offsets come through the SVD
      // of the covariance, so they agree to rounding; the chosen points exactly.
      Random.seed(entry.resample.seed)
      let drawn = kde.resample(entry.resample.size)
      XCTAssertEqual(drawn.rows, kde.dimension)
      for (actual, expected) in zip(drawn.elements, entry.resample.values.flatMap { $0 }) {
        XCTAssertEqual(actual, expected, accuracy: 1e-13 * max(1, expected.magnitude), entry.label)
      }
    }
    print("GaussianKDE: worst relative errors: \(worst.summary)")
  }

  func testGaussianKDERejectsBadData() {
    XCTAssertThrowsError(try GaussianKDE(Vector([1]))) { error in
      XCTAssertEqual("\(error)", "GaussianKDE: dataset must have multiple elements (its size is shown), got 1.0")
    }
    XCTAssertThrowsError(try GaussianKDE(Vector([2, 2, 2]))) { error in
      XCTAssertEqual(
        "\(error)",
        "GaussianKDE: dataset must not lie in a lower-dimensional subspace (its covariance matrix is singular; its smallest eigenvalue is shown), got 0.0"
      )
    }
    XCTAssertThrowsError(try GaussianKDE(Matrix([[1, 2], [3, 5], [0, 1]]))) { error in
      XCTAssertTrue("\(error)".contains("each column is one point, so consider transposing"), "\(error)")
    }
    XCTAssertThrowsError(try GaussianKDE(Vector([1, 2, 4]), bandwidth: .factor(-1))) { error in
      XCTAssertEqual("\(error)", "GaussianKDE: bandwidth factor must be positive and finite, got -1.0")
    }
    XCTAssertThrowsError(try GaussianKDE(Vector([1, 2, 4]), weights: [1, -1, 1])) { error in
      XCTAssertEqual("\(error)", "GaussianKDE: weights must be finite and ≥ 0, got -1.0")
    }
  }
}
