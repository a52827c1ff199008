internal import CLAPACK

/// The dot product `Σ uᵢ vᵢ`, like `np.dot(u, v)` / `u @ v` for 1-D arrays (BLAS `ddot`).
public func dot(_ u: Vector, _ v: Vector) -> Double { unsignedNaN(LAPACK.dot(u, v)) }

/// The matrix product `a b`, like `a @ b` / `np.matmul(a, b)` (BLAS `dgemm`).
public func matmul(_ a: Matrix, _ b: Matrix) -> Matrix { LAPACK.product(a, b) }

/// The matrix–vector product `a x`, like `a @ x` (BLAS `dgemv`).
public func matmul(_ a: Matrix, _ x: Vector) -> Vector { LAPACK.product(a, x) }

/// The vector–matrix product `xᵀ a`, like `x @ a` for a 1-D `x` (BLAS `dgemv`).
public func matmul(_ x: Vector, _ a: Matrix) -> Vector { LAPACK.product(x, a) }

extension LAPACK {
  /// `Σ uᵢ vᵢ` by BLAS `ddot`.
  static func dot(_ u: Vector, _ v: Vector) -> Double {
    guard u.count == v.count else {
      failure(
        "dot: shapes \(shapeText(u.count)) and \(shapeText(v.count)) not aligned: the vectors must have the same length"
      )
    }
    return u.elements.withUnsafeBufferPointer { x in
      v.elements.withUnsafeBufferPointer { y in
        cblas_ddot(LAPACK.blasInt(u.count), x.baseAddress, 1, y.baseAddress, 1)
      }
    }
  }

  /// `a b` by BLAS `dgemm`.
  static func product(_ a: Matrix, _ b: Matrix) -> Matrix {
    guard a.columns == b.rows else {
      matmulFailure(
        shapeText(a.rows, a.columns), shapeText(b.rows, b.columns), a.columns, b.rows)
    }
    var c = Matrix(rows: a.rows, columns: b.columns)
    guard a.rows > 0, b.columns > 0, a.columns > 0 else { return c }
    a.elements.withUnsafeBufferPointer { pa in
      b.elements.withUnsafeBufferPointer { pb in
        c.elements.withUnsafeMutableBufferPointer { pc in
          cblas_dgemm(
            CblasRowMajor, CblasNoTrans, CblasNoTrans, LAPACK.blasInt(a.rows),
            LAPACK.blasInt(b.columns),
            LAPACK.blasInt(a.columns), 1, pa.baseAddress, LAPACK.blasInt(a.columns), pb.baseAddress,
            LAPACK.blasInt(b.columns), 0, pc.baseAddress, LAPACK.blasInt(b.columns))
        }
      }
    }
    return c
  }

  /// `a x` by BLAS `dgemv`.
  static func product(_ a: Matrix, _ x: Vector) -> Vector {
    guard a.columns == x.count else {
      matmulFailure(shapeText(a.rows, a.columns), shapeText(x.count), a.columns, x.count)
    }
    var y = [Double](repeating: 0, count: a.rows)
    guard a.rows > 0, a.columns > 0 else { return Vector(y) }
    a.elements.withUnsafeBufferPointer { pa in
      x.elements.withUnsafeBufferPointer { px in
        y.withUnsafeMutableBufferPointer { py in
          cblas_dgemv(
            CblasRowMajor, CblasNoTrans, LAPACK.blasInt(a.rows), LAPACK.blasInt(a.columns), 1,
            pa.baseAddress,
            LAPACK.blasInt(a.columns), px.baseAddress, 1, 0, py.baseAddress, 1)
        }
      }
    }
    return Vector(y)
  }

  /// `xᵀ a` by BLAS `dgemv` on the transpose.
  static func product(_ x: Vector, _ a: Matrix) -> Vector {
    guard x.count == a.rows else {
      matmulFailure(shapeText(x.count), shapeText(a.rows, a.columns), x.count, a.rows)
    }
    var y = [Double](repeating: 0, count: a.columns)
    guard a.rows > 0, a.columns > 0 else { return Vector(y) }
    a.elements.withUnsafeBufferPointer { pa in
      x.elements.withUnsafeBufferPointer { px in
        y.withUnsafeMutableBufferPointer { py in
          cblas_dgemv(
            CblasRowMajor, CblasTrans, LAPACK.blasInt(a.rows), LAPACK.blasInt(a.columns), 1,
            pa.baseAddress,
            LAPACK.blasInt(a.columns), px.baseAddress, 1, 0, py.baseAddress, 1)
        }
      }
    }
    return Vector(y)
  }
}

extension Matrix {
  /// The matrix product `self · other`, like `a @ b` (BLAS `dgemm`).
  public func matmul(_ other: Matrix) -> Matrix { LAPACK.product(self, other) }

  /// The matrix–vector product `self · x`, like `a @ x` (BLAS `dgemv`).
  public func matmul(_ x: Vector) -> Vector { LAPACK.product(self, x) }
}

extension Vector {
  /// The dot product with `other`, like `u @ v` / `u.dot(v)`.
  public func dot(_ other: Vector) -> Double { unsignedNaN(LAPACK.dot(self, other)) }

  /// The vector–matrix product `selfᵀ · a`, like `x @ a`.
  public func matmul(_ a: Matrix) -> Vector { LAPACK.product(self, a) }
}

/// NumPy's `matmul: Input operand 1 has a mismatch in its core dimension 0`, said plainly.
@inline(never)
func matmulFailure(_ left: String, _ right: String, _ inner: Int, _ otherInner: Int) -> Never {
  failure(
    "matmul: inner dimensions differ: \(left) @ \(right) (the left operand's last dimension, \(inner), must equal the right operand's first, \(otherInner))"
  )
}
