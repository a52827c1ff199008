#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension RandomState {
  /// One draw from the multivariate normal distribution with mean `mean` and
  /// covariance `cov`, like `rng.multivariate_normal(mean, cov)`.
  public mutating func multivariateNormal(mean: Vector, cov: Matrix) -> Vector {
    Vector(multivariateNormal(mean: mean, cov: cov, size: 1).elements)
  }

  /// `size` draws (the rows of the result) from the multivariate normal
  /// distribution with mean `mean` and covariance `cov`, like
  /// `rng.multivariate_normal(mean, cov, size)`.
  ///
  /// As in NumPy's legacy method, standard normal deviates `z` (consumed from
  /// the stream row by row) are mapped to `mean + z · diag(√s) · vh` with
  /// `cov = u · diag(s) · vh` the SVD of the covariance. The stream matches
  /// NumPy exactly; the results agree to rounding, since the SVD and the
  /// product come from this machine's LAPACK rather than NumPy's.
  /// A covariance that is not symmetric positive-semidefinite draws a warning
  /// on standard error, as in NumPy.
  public mutating func multivariateNormal(mean: Vector, cov: Matrix, size: Int) -> Matrix {
    let n = mean.count
    guard cov.rows == n, cov.columns == n else {
      failure(
        "multivariateNormal: mean has shape \(shapeText(n)), so cov must have shape \(shapeText(n, n)), got \(shapeText(cov.rows, cov.columns))"
      )
    }
    let z = standardNormal(size: (size, n))
    guard n > 0 else { return z }
    guard let (_, s, vh) = try? svd(cov) else {
      failure("multivariateNormal: the SVD of the covariance did not converge")
    }
    if !Self.reconstructs(cov, s: s, vh: vh) {
      let warning = "RuntimeWarning: covariance is not symmetric positive-semidefinite.\n"
      _ = warning.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
    }
    var factor = vh
    for i in 0..<n {
      let root = s[i].squareRoot()
      for j in 0..<n { factor.elements[i * n + j] *= root }
    }
    var x = LAPACK.product(z, factor)
    for i in 0..<size {
      for j in 0..<n { x.elements[i * n + j] += mean[j] }
    }
    return x
  }

  /// NumPy's positive-semidefiniteness test: `vhᵀ · diag(s) · vh` is close to
  /// `cov` with relative and absolute tolerance 1e-8.
  static func reconstructs(_ cov: Matrix, s: Vector, vh: Matrix) -> Bool {
    let n = cov.rows
    var scaled = LAPACK.transpose(vh)
    for i in 0..<n {
      for j in 0..<n { scaled.elements[i * n + j] *= s[j] }
    }
    let product = LAPACK.product(scaled, vh)
    return zip(product.elements, cov.elements).allSatisfy { abs($0 - $1) <= 1e-8 + 1e-8 * abs($1) }
  }
}
