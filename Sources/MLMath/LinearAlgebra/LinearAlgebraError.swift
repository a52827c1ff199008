/// Why a linear-algebra routine could not produce a result — NumPy's
/// `numpy.linalg.LinAlgError`.
///
/// The description reads like NumPy's message, so an uncaught error at the
/// top level of a lesson explains itself:
///
/// ```swift
/// let a: Matrix = [[1, 2], [2, 4]]
/// let ainv = try inv(a)   // LinearAlgebraError: Matrix is singular
/// ```
public enum LinearAlgebraError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The routine needs a square matrix, and got `rows × columns`.
  case notSquare(rows: Int, columns: Int)
  /// The matrix has no inverse (an exact zero pivot in its LU factorization).
  case singular
  /// Cholesky factorization met a non-positive pivot.
  case notPositiveDefinite
  /// An iterative LAPACK routine (SVD, eigenvalues, least squares) did not converge.
  case didNotConverge(String)
  /// Two operands' shapes do not fit together, as in `solve` with the wrong right-hand side.
  case shapeMismatch(String)
  /// The input holds NaN or infinity, which LAPACK cannot factor.
  case nonFinite
  /// The quantity (named) has no value for a matrix with no elements, as `cond` of a 0×0 matrix.
  case empty(String)

  /// The message, as NumPy would phrase it.
  public var description: String {
    switch self {
    case .notSquare(let rows, let columns):
      "Matrix of shape (\(rows), \(columns)) is not square (it needs as many rows as columns)"
    case .singular:
      "Matrix is singular"
    case .notPositiveDefinite:
      "Matrix is not positive definite"
    case .didNotConverge(let what):
      "\(what) did not converge"
    case .shapeMismatch(let message):
      message
    case .nonFinite:
      "Array must not contain infs or NaNs"
    case .empty(let what):
      "\(what) is not defined on empty arrays"
    }
  }
}
