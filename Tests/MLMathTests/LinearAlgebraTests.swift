import XCTest

@testable import MLMath

/// numpy.linalg reference results on random shapes and edge cases.
///
/// Values are compared normwise: `‖actual - expected‖∞ ≤ 1e-12 · max(1, ‖expected‖∞)`
/// (this machine's LAPACK and NumPy's bundled OpenBLAS round differently, so
/// results are not bit-identical). Singular vectors and eigenvectors are
/// compared up to sign, which LAPACK leaves free.
final class LinearAlgebraTests: XCTestCase {
  var cases: [[String: Any]] = []
  var special: [String: Any] = [:]

  override func setUpWithError() throws {
    let reference = try ReferenceFixture.load("linalg")
    cases = try XCTUnwrap(reference["cases"] as? [[String: Any]])
    special = try XCTUnwrap(reference["special"] as? [String: Any])
  }

  func assertClose(
    _ actual: [Double], _ expected: [Double], tol: Double = 1e-12, _ label: String,
    file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertEqual(actual.count, expected.count, "\(label): count", file: file, line: line)
    let scale = max(1, expected.map(abs).max() ?? 0)
    let error = zip(actual, expected).map { abs($0 - $1) }.max() ?? 0
    XCTAssertLessThanOrEqual(
      error, tol * scale, "\(label): max error \(error)", file: file, line: line)
  }

  func assertClose(
    _ actual: Matrix, _ expected: Matrix, tol: Double = 1e-12, _ label: String,
    file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertEqual(actual.rows, expected.rows, "\(label): rows", file: file, line: line)
    XCTAssertEqual(actual.columns, expected.columns, "\(label): columns", file: file, line: line)
    assertClose(actual.elements, expected.elements, tol: tol, label, file: file, line: line)
  }

  func assertClose(
    _ actual: Double, _ expected: Double, tol: Double = 1e-12, _ label: String,
    file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertLessThanOrEqual(
      abs(actual - expected), tol * max(1, abs(expected)), "\(label): \(actual) vs \(expected)",
      file: file,
      line: line)
  }

  /// `m` with each column's sign chosen to agree with `reference`'s column.
  func alignColumnSigns(_ m: Matrix, to reference: Matrix) -> Matrix {
    var result = m
    for j in 0..<m.columns {
      let dot = (0..<m.rows).reduce(0.0) { $0 + m[$1, j] * reference[$1, j] }
      if dot < 0 { for i in 0..<m.rows { result[i, j] = -m[i, j] } }
    }
    return result
  }

  func testRandomCases() throws {
    for c in cases {
      let name = c["name"] as! String
      let a = ReferenceFixture.matrix(c["a"])
      let b = Vector(ReferenceFixture.doubles(c["b"]))
      let x = Vector(ReferenceFixture.doubles(c["x"]))
      let (m, n) = (a.rows, a.columns)
      let condition = ReferenceFixture.double(c["cond"])

      assertClose(matmul(a, x).elements, ReferenceFixture.doubles(c["matvec"]), "\(name) matvec")
      assertClose(a.matmul(LAPACK.transpose(a)), ReferenceFixture.matrix(c["gram"]), "\(name) gram")
      assertClose(dot(b, b), ReferenceFixture.double(c["dot"]), "\(name) dot")
      assertClose(trace(a), ReferenceFixture.double(c["trace"]), "\(name) trace")
      assertClose(norm(a), ReferenceFixture.double(c["norm_fro"]), "\(name) norm fro")
      assertClose(norm(a, "fro"), ReferenceFixture.double(c["norm_fro"]), "\(name) norm fro")
      assertClose(norm(a, "nuc"), ReferenceFixture.double(c["norm_nuc"]), "\(name) norm nuc")
      for (key, ord) in [
        ("1", 1.0), ("2", 2), ("inf", .infinity), ("-1", -1), ("-2", -2), ("-inf", -.infinity),
      ] {
        assertClose(norm(a, ord), ReferenceFixture.double(c["norm_\(key)"]), "\(name) norm \(key)")
      }
      let vnorm = c["vnorm"] as! [String: Any]
      for (key, ord) in [
        ("2", 2.0), ("1", 1), ("inf", .infinity), ("-inf", -.infinity), ("0", 0), ("3", 3),
        ("0.5", 0.5),
      ] {
        assertClose(norm(b, ord), ReferenceFixture.double(vnorm[key]), "\(name) vector norm \(key)")
      }

      let s = ReferenceFixture.doubles(c["s"])
      assertClose(try singularValues(a).elements, s, "\(name) singular values")
      XCTAssertEqual(try matrixRank(a), c["rank"] as! Int, "\(name) rank")
      assertClose(try cond(a), condition, "\(name) cond")
      assertClose(try pinv(a), ReferenceFixture.matrix(c["pinv"]), "\(name) pinv")

      let ls = c["lstsq"] as! [String: Any]
      let fit = try lstsq(a, b)
      assertClose(fit.solution.elements, ReferenceFixture.doubles(ls["solution"]), "\(name) lstsq")
      assertClose(
        fit.residuals.elements, ReferenceFixture.doubles(ls["residuals"]), "\(name) residuals")
      XCTAssertEqual(fit.rank, ls["rank"] as! Int, "\(name) lstsq rank")
      assertClose(fit.singularValues.elements, ReferenceFixture.doubles(ls["s"]), "\(name) lstsq s")

      // SVD: same singular values; vectors equal up to sign; a = u Σ vh.
      let svdReference = c["svd"] as! [String: Any]
      let (u, sigma, vh) = try svd(a)
      XCTAssertEqual(u.rows, m)
      XCTAssertEqual(u.columns, m)
      XCTAssertEqual(vh.rows, n)
      assertClose(sigma.elements, s, "\(name) svd s")
      let k = min(m, n)
      let uRef = ReferenceFixture.matrix(svdReference["u"])
      let vhRef = ReferenceFixture.matrix(svdReference["vh"])
      assertClose(
        LAPACK.block(alignColumnSigns(u, to: uRef), rows: m, columns: k),
        LAPACK.block(uRef, rows: m, columns: k),
        "\(name) svd u")
      let thin = try svd(a, fullMatrices: false)
      XCTAssertEqual(thin.u.columns, k)
      XCTAssertEqual(thin.vh.rows, k)
      var us = thin.u
      for i in 0..<m { for j in 0..<k { us[i, j] *= thin.s[j] } }
      assertClose(matmul(us, thin.vh), a, "\(name) u Σ vh = a")
      let vAligned = alignColumnSigns(LAPACK.transpose(vh), to: LAPACK.transpose(vhRef))
      assertClose(
        LAPACK.block(vAligned, rows: n, columns: k),
        LAPACK.block(LAPACK.transpose(vhRef), rows: n, columns: k), "\(name) svd vh")

      // QR: LAPACK's Householder signs, as NumPy's.
      let qrReference = c["qr"] as! [String: Any]
      let (q, r) = try qr(a)
      assertClose(matmul(q, r), a, "\(name) q r = a")
      assertClose(q, ReferenceFixture.matrix(qrReference["q"]), "\(name) q")
      assertClose(r, ReferenceFixture.matrix(qrReference["r"]), "\(name) r")
      let complete = try qr(a, mode: .complete)
      let completeReference = c["qr_complete"] as! [String: Any]
      XCTAssertEqual(complete.q.columns, m)
      assertClose(matmul(complete.q, complete.r), a, "\(name) complete q r = a")
      assertClose(complete.r, ReferenceFixture.matrix(completeReference["r"]), "\(name) complete r")

      guard m == n else {
        XCTAssertThrowsError(try det(a)) {
          XCTAssertEqual($0 as? LinearAlgebraError, .notSquare(rows: m, columns: n))
        }
        XCTAssertThrowsError(try inv(a))
        continue
      }
      assertClose(try det(a), ReferenceFixture.double(c["det"]), "\(name) det")
      assertClose(try inv(a), ReferenceFixture.matrix(c["inv"]), "\(name) inv")
      assertClose(try solve(a, b).elements, ReferenceFixture.doubles(c["solve"]), "\(name) solve")
      assertClose(try cond(a, 1), ReferenceFixture.double(c["cond_1"]), "\(name) cond 1")
      assertClose(try cond(a, "fro"), ReferenceFixture.double(c["cond_fro"]), "\(name) cond fro")

      let spd = ReferenceFixture.matrix(c["spd"])
      let l = try cholesky(spd)
      assertClose(l, ReferenceFixture.matrix(c["cholesky"]), "\(name) cholesky")
      assertClose(try cholesky(spd, upper: true), LAPACK.transpose(l), "\(name) cholesky upper")

      let eighReference = c["eigh"] as! [String: Any]
      let (w, v) = try eigh(spd)
      assertClose(w.elements, ReferenceFixture.doubles(eighReference["w"]), "\(name) eigh values")
      let vRef = ReferenceFixture.matrix(eighReference["v"])
      assertClose(alignColumnSigns(v, to: vRef), vRef, "\(name) eigh vectors")

      let values = try eigvals(a).sorted { ($0.real, $0.imaginary) < ($1.real, $1.imaginary) }
      assertClose(values.map(\.real), ReferenceFixture.doubles(c["eig_real"]), "\(name) eig real")
      assertClose(
        values.map(\.imaginary), ReferenceFixture.doubles(c["eig_imag"]), "\(name) eig imag")
      // A v = λ v for every eigenpair.
      let (lambdas, vectors) = try eig(a)
      for (j, lambda) in lambdas.enumerated() {
        for i in 0..<n {
          var re = 0.0
          var im = 0.0
          for t in 0..<n {
            re += a[i, t] * vectors.real[t, j]
            im += a[i, t] * vectors.imaginary[t, j]
          }
          let expectedRe =
            lambda.real * vectors.real[i, j] - lambda.imaginary * vectors.imaginary[i, j]
          let expectedIm =
            lambda.real * vectors.imaginary[i, j] + lambda.imaginary * vectors.real[i, j]
          XCTAssertEqual(re, expectedRe, accuracy: 1e-10 * max(1, lambda.magnitude))
          XCTAssertEqual(im, expectedIm, accuracy: 1e-10 * max(1, lambda.magnitude))
        }
      }
    }
  }

  func testSingularMatrix() throws {
    let a = ReferenceFixture.matrix(special["singular"])
    XCTAssertEqual(try det(a), ReferenceFixture.double(special["singular_det"]), accuracy: 1e-14)
    XCTAssertThrowsError(try inv(a)) { XCTAssertEqual($0 as? LinearAlgebraError, .singular) }
    XCTAssertThrowsError(try solve(a, [1, 2, 3])) { error in
      XCTAssertEqual("\(error)", "Matrix is singular")
    }
    XCTAssertEqual(try matrixRank(a), special["singular_rank"] as! Int)
    assertClose(try pinv(a), ReferenceFixture.matrix(special["singular_pinv"]), "singular pinv")
    let ls = special["singular_lstsq"] as! [String: Any]
    let fit = try lstsq(a, Vector(ReferenceFixture.doubles(ls["b"])))
    assertClose(fit.solution.elements, ReferenceFixture.doubles(ls["solution"]), "singular lstsq")
    XCTAssertEqual(fit.rank, ls["rank"] as! Int)
    XCTAssertEqual(fit.residuals.count, 0, "rank-deficient lstsq has no residuals, as in NumPy")
    XCTAssertEqual(try cond(a, 1), .infinity)
  }

  func testTallLeastSquaresResiduals() throws {
    let a = ReferenceFixture.matrix(special["tall"])
    let ls = special["tall_lstsq"] as! [String: Any]
    let fit = try lstsq(a, Vector(ReferenceFixture.doubles(ls["b"])))
    assertClose(fit.solution.elements, ReferenceFixture.doubles(ls["solution"]), "tall lstsq")
    assertClose(fit.residuals.elements, ReferenceFixture.doubles(ls["residuals"]), "tall residuals")
    XCTAssertEqual(fit.rank, 3)
    let matrixFit = try lstsq(
      a, Matrix(rows: 4, columns: 1, elements: ReferenceFixture.doubles(ls["b"])))
    assertClose(
      matrixFit.solution.elements, fit.solution.elements, "lstsq with a matrix right-hand side")
  }

  func testComplexEigenvalues() throws {
    let rotation = ReferenceFixture.matrix(special["rotation"])
    let (values, vectors) = try eig(rotation)
    XCTAssertEqual(values, [Complex(0, 1), Complex(0, -1)])
    XCTAssertEqual(values[0].description, "1j")
    XCTAssertEqual(vectors.real[0, 0], 0.5.squareRoot(), accuracy: 1e-15)
    XCTAssertEqual(vectors.imaginary[0, 1], -vectors.imaginary[0, 0])
  }

  func testErrorsAreThrownNotCrashes() {
    let rect: Matrix = [[1, 2], [3, 4], [5, 6]]
    XCTAssertThrowsError(try inv(rect)) {
      XCTAssertEqual("\($0)", "Matrix of shape (3, 2) is not square (it needs as many rows as columns)")
    }
    XCTAssertThrowsError(try eigh(rect))
    XCTAssertThrowsError(try eig(rect))
    XCTAssertThrowsError(try cholesky(rect))
    XCTAssertThrowsError(try cholesky([[1, 2], [2, 1]])) {
      XCTAssertEqual($0 as? LinearAlgebraError, .notPositiveDefinite)
    }
    XCTAssertThrowsError(try solve([[1, 0], [0, 1]], [1, 2, 3]))
    XCTAssertThrowsError(try svd([[1, .nan], [0, 1]])) {
      XCTAssertEqual($0 as? LinearAlgebraError, .nonFinite)
    }
    XCTAssertThrowsError(try inv([[0]])) { XCTAssertEqual($0 as? LinearAlgebraError, .singular) }
  }

  func testOneByOneAndEmpty() throws {
    let one: Matrix = [[4]]
    XCTAssertEqual(try det(one), 4)
    XCTAssertEqual(try inv(one), [[0.25]])
    XCTAssertEqual(try cholesky(one), [[2]])
    XCTAssertEqual(try eigh(one).eigenvalues, [4])
    XCTAssertEqual(try svd(one).s, [4])
    let empty = Matrix(rows: 0, columns: 0)
    XCTAssertEqual(try det(empty), 1)
    XCTAssertEqual(try inv(empty).rows, 0)
    XCTAssertEqual(try eigh(empty).eigenvalues.count, 0)
    XCTAssertEqual(try svd(Matrix(rows: 0, columns: 3)).vh, LAPACK.identity(3))
    XCTAssertEqual(try matrixRank(Matrix(rows: 0, columns: 3)), 0)
    XCTAssertEqual(try pinv(Matrix(rows: 2, columns: 0)).rows, 0)
    // As NumPy: qr(zeros((3, 0))) and lstsq(zeros((3, 0)), ones(3)).
    let noColumns = Matrix(rows: 3, columns: 0)
    XCTAssertEqual(try qr(noColumns).q.shape.columns, 0)
    XCTAssertEqual(try qr(noColumns, mode: .complete).q, LAPACK.identity(3))
    let emptyFit = try lstsq(noColumns, [1, 1, 1])
    XCTAssertEqual(emptyFit.solution.count, 0)
    XCTAssertEqual(emptyFit.residuals, [3])
    XCTAssertEqual(emptyFit.rank, 0)
    XCTAssertEqual(trace(empty), 0)
    XCTAssertEqual(norm(Vector([])), 0)
    XCTAssertEqual(dot([], []), 0)
    XCTAssertEqual(
      matmul(Matrix(rows: 2, columns: 0), Matrix(rows: 0, columns: 3)), Matrix(rows: 2, columns: 3))
  }

  func testProductsAgreeWithDefinition() {
    let a: Matrix = [[1, 2, 3], [4, 5, 6]]
    let b: Matrix = [[1, 0], [0, 1], [1, 1]]
    XCTAssertEqual(matmul(a, b), [[4, 5], [10, 11]])
    XCTAssertEqual(a.matmul(b), [[4, 5], [10, 11]])
    XCTAssertEqual(matmul(a, [1, 1, 1]), [6, 15])
    XCTAssertEqual(matmul([1, 1], a), [5, 7, 9])
    XCTAssertEqual(dot([1, 2, 3], [4, 5, 6]), 32)
    XCTAssertEqual(Vector([1, 2, 3]).dot([4, 5, 6]), 32)
  }
}
