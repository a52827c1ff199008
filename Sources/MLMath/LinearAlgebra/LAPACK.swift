internal import CLAPACK

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Shared plumbing for the BLAS and LAPACK calls: index conversion, argument
/// characters and checks. Every routine passes row-major storage with
/// `LAPACK_ROW_MAJOR` / `CblasRowMajor`; LAPACKE transposes to LAPACK's
/// column-major layout internally.
enum LAPACK {
  /// `n` as LAPACK's 32-bit index type (`lapack_int`).
  @inline(__always)
  static func int(_ n: Int) -> Int32 {
    guard let value = Int32(exactly: n) else {
      failure("linear algebra: dimension \(n) is too large for LAPACK's 32-bit indices (at most \(Int32.max))")
    }
    return value
  }

  /// `n` as BLAS's 32-bit index type.
  @inline(__always)
  static func blasInt(_ n: Int) -> blasint {
    guard let value = blasint(exactly: n) else {
      failure("linear algebra: dimension \(n) is too large for BLAS's 32-bit indices (at most \(blasint.max))")
    }
    return value
  }

  /// The C `char` LAPACK expects for an option letter.
  @inline(__always)
  static func option(_ letter: Unicode.Scalar) -> CChar {
    CChar(UInt8(ascii: letter))
  }

  /// The row-major layout code.
  static var rowMajor: Int32 { LAPACK_ROW_MAJOR }

  /// Throws unless `a` is square.
  static func requireSquare(_ a: Matrix) throws(LinearAlgebraError) {
    guard a.rows == a.columns else { throw .notSquare(rows: a.rows, columns: a.columns) }
  }

  /// Throws if `a` contains NaN or infinity (LAPACK's behaviour on them is undefined).
  static func requireFinite(_ a: Matrix) throws(LinearAlgebraError) {
    guard a.elements.allSatisfy(\.isFinite) else { throw .nonFinite }
  }

  /// The `n × n` identity.
  static func identity(_ n: Int) -> Matrix {
    var result = Matrix(rows: n, columns: n)
    for i in 0..<n { result.elements[i * n + i] = 1 }
    return result
  }

  /// The transpose of `a`.
  static func transpose(_ a: Matrix) -> Matrix {
    var result = Matrix(rows: a.columns, columns: a.rows)
    for i in 0..<a.rows {
      for j in 0..<a.columns { result.elements[j * a.rows + i] = a.elements[i * a.columns + j] }
    }
    return result
  }

  /// The leading `rows × columns` block of `a`.
  static func block(_ a: Matrix, rows: Int, columns: Int) -> Matrix {
    var result = Matrix(rows: rows, columns: columns)
    for i in 0..<rows {
      for j in 0..<columns { result.elements[i * columns + j] = a.elements[i * a.columns + j] }
    }
    return result
  }

  /// `a` with its elements turned into a `count × 1` matrix (a column).
  static func column(_ v: Vector) -> Matrix {
    Matrix(rows: v.count, columns: 1, elements: v.elements)
  }
}

extension LAPACK {
  /// `x` raised to `y`, from the C library.
  static func power(_ x: Double, _ y: Double) -> Double { pow(x, y) }
}
