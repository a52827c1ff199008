// Changing shape: reshaping, transposing and stacking.

extension Vector {
  /// The elements laid out row by row in a `rows × columns` matrix (NumPy's `v.reshape(rows, columns)`).
  ///
  /// One of the two may be `-1`, meaning "whatever makes the count fit".
  public func reshaped(_ rows: Int, _ columns: Int) -> Matrix {
    let (r, c) = resolveShape(count: count, rows, columns, from: vectorText(count))
    return Matrix(rows: r, columns: c, elements: elements)
  }

  /// The vector as an `n × 1` matrix, to broadcast down columns (NumPy's `v[:, None]`).
  public var asColumn: Matrix { Matrix(rows: count, columns: 1, elements: elements) }

  /// The vector as a `1 × n` matrix (NumPy's `v[None, :]`).
  public var asRow: Matrix { Matrix(rows: 1, columns: count, elements: elements) }
}

extension Matrix {
  /// The same elements, in row-major order, in a `rows × columns` matrix (NumPy's `m.reshape(rows, columns)`).
  ///
  /// One of the two may be `-1`, meaning "whatever makes the count fit".
  public func reshaped(_ rows: Int, _ columns: Int) -> Matrix {
    let (r, c) = resolveShape(
      count: elements.count, rows, columns, from: matrixText(self.rows, self.columns))
    return Matrix(rows: r, columns: c, elements: elements)
  }

  /// All elements, row after row, as a vector (NumPy's `m.flatten()` / `m.ravel()`).
  public func flattened() -> Vector { Vector(elements) }

  /// The number of elements, `rows * columns` (NumPy's `m.size`).
  public var count: Int { elements.count }

  /// The transpose: element `(i, j)` of the result is element `(j, i)` of `self` (NumPy's `m.T`).
  public func transposed() -> Matrix {
    let (r, c) = (rows, columns)
    let out = makeArray(count: r * c) { out in
      elements.withUnsafeBufferPointer { a in
        // Blocked to stay cache-friendly on large matrices.
        let block = 32
        for i0 in stride(from: 0, to: r, by: block) {
          for j0 in stride(from: 0, to: c, by: block) {
            for i in i0..<Swift.min(i0 + block, r) {
              for j in j0..<Swift.min(j0 + block, c) { out[j * r + i] = a[i * c + j] }
            }
          }
        }
      }
    }
    return Matrix(rows: c, columns: r, elements: out)
  }

  /// The transpose (NumPy's `m.T`); the same as ``transposed()``.
  public var T: Matrix { transposed() }
}

func resolveShape(count: Int, _ rows: Int, _ columns: Int, from source: String) -> (Int, Int) {
  let shape = shapeText(rows, columns)
  func fail(_ reason: String) -> Never {
    failure("reshaped: cannot reshape \(source) into shape \(shape) (\(reason))")
  }
  if rows == -1 && columns == -1 { fail("only one dimension can be -1") }
  if rows < -1 || columns < -1 { fail("dimensions must be ≥ 0, or -1 for “whatever fits”") }
  if rows == -1 || columns == -1 {
    let known = rows == -1 ? columns : rows
    if known == 0 || count % known != 0 {
      fail("\(count) elements do not divide into \(rows == -1 ? "rows" : "columns") of \(known)")
    }
    return rows == -1 ? (count / known, known) : (known, count / known)
  }
  let (product, overflow) = rows.multipliedReportingOverflow(by: columns)
  if overflow || product != count {
    fail("which holds \(overflow ? "far more" : "\(product)") elements")
  }
  return (rows, columns)
}

/// The vectors joined end to end (NumPy's `np.concatenate` / `np.hstack` of 1-D arrays).
///
/// Stops for an empty list, as NumPy's "need at least one array to concatenate".
public func concatenate(_ vectors: [Vector]) -> Vector {
  if vectors.isEmpty { failure("concatenate: need at least one Vector to concatenate") }
  return Vector(vectors.flatMap(\.elements))
}

/// The matrices joined along `axis`: 0 stacks them vertically (equal column
/// counts), 1 side by side (equal row counts) (NumPy's `np.concatenate(ms, axis)`).
public func concatenate(_ matrices: [Matrix], axis: Int = 0) -> Matrix {
  if matrices.isEmpty { failure("concatenate: need at least one Matrix to concatenate") }
  return checkMatrixAxis(axis, in: "concatenate") == 0 ? vstack(matrices) : hstack(matrices)
}

/// The vectors joined end to end (NumPy's `np.hstack` of 1-D arrays).
public func hstack(_ vectors: [Vector]) -> Vector {
  concatenate(vectors)
}

/// The matrices side by side; they must have the same number of rows (NumPy's `np.hstack`).
public func hstack(_ matrices: [Matrix]) -> Matrix {
  guard let first = matrices.first else { failure("hstack: need at least one Matrix to stack") }
  for (k, m) in matrices.enumerated() where m.rows != first.rows {
    failure(
      "hstack: all matrices must have the same number of rows, but matrix 0 has shape \(shapeText(first.rows, first.columns)) and matrix \(k) has shape \(shapeText(m.rows, m.columns))"
    )
  }
  let columns = matrices.reduce(0) { $0 + $1.columns }
  var out = [Double]()
  out.reserveCapacity(first.rows * columns)
  for i in 0..<first.rows {
    for m in matrices { out.append(contentsOf: m.elements[i * m.columns..<(i + 1) * m.columns]) }
  }
  return Matrix(rows: first.rows, columns: columns, elements: out)
}

/// The vectors as the rows of a matrix; they must have the same length (NumPy's `np.vstack`).
public func vstack(_ vectors: [Vector]) -> Matrix {
  guard let first = vectors.first else { failure("vstack: need at least one Vector to stack") }
  for (k, v) in vectors.enumerated() where v.count != first.count {
    failure(
      "vstack: all vectors must have the same length, but vector 0 has shape \(shapeText(first.count)) and vector \(k) has shape \(shapeText(v.count))"
    )
  }
  return Matrix(rows: vectors.count, columns: first.count, elements: vectors.flatMap(\.elements))
}

/// The matrices one above another; they must have the same number of columns (NumPy's `np.vstack`).
public func vstack(_ matrices: [Matrix]) -> Matrix {
  guard let first = matrices.first else { failure("vstack: need at least one Matrix to stack") }
  for (k, m) in matrices.enumerated() where m.columns != first.columns {
    failure(
      "vstack: all matrices must have the same number of columns, but matrix 0 has shape \(shapeText(first.rows, first.columns)) and matrix \(k) has shape \(shapeText(m.rows, m.columns))"
    )
  }
  var elements = [Double]()
  elements.reserveCapacity(matrices.reduce(0) { $0 + $1.count })
  for m in matrices { elements.append(contentsOf: m.elements) }
  return Matrix(
    rows: matrices.reduce(0) { $0 + $1.rows }, columns: first.columns, elements: elements)
}

/// The vectors as the columns of a matrix; they must have the same length (NumPy's `np.column_stack`).
///
/// `columnStack([ones(n), x])` is the design matrix of a straight-line fit.
public func columnStack(_ vectors: [Vector]) -> Matrix {
  guard let first = vectors.first else { failure("columnStack: need at least one Vector to stack") }
  for (k, v) in vectors.enumerated() where v.count != first.count {
    failure(
      "columnStack: all vectors must have the same length, but vector 0 has shape \(shapeText(first.count)) and vector \(k) has shape \(shapeText(v.count))"
    )
  }
  return vstack(vectors).transposed()
}
