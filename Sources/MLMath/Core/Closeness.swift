// Approximate equality with NumPy's tolerances: `isclose` and `allclose`.

/// Whether `a` is close to `b`: `|a − b| <= atol + rtol·|b|` with `b` finite,
/// or `a == b` (so equal infinities are close); NaN is close to NaN only with
/// `equalNaN` (NumPy's `np.isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)`).
///
/// As in NumPy, the test is not symmetric: `b` is the reference.
public func isclose(
  _ a: Double, _ b: Double, rtol: Double = 1e-5, atol: Double = 1e-8, equalNaN: Bool = false
) -> Bool {
  (abs(a - b) <= atol + rtol * abs(b) && b.isFinite) || a == b || (equalNaN && a.isNaN && b.isNaN)
}

/// Elementwise ``isclose(_:_:rtol:atol:equalNaN:)-(Double,Double,_,_,_)`` of two vectors
/// of the same length (or one of length 1) (NumPy's `np.isclose(a, b)`).
public func isclose(
  _ a: Vector, _ b: Vector, rtol: Double = 1e-5, atol: Double = 1e-8, equalNaN: Bool = false
) -> Mask {
  a.compare(b) { isclose($0, $1, rtol: rtol, atol: atol, equalNaN: equalNaN) }
}

/// Elementwise closeness of two matrices of the same shape (NumPy's `np.isclose(a, b)`).
public func isclose(
  _ a: Matrix, _ b: Matrix, rtol: Double = 1e-5, atol: Double = 1e-8, equalNaN: Bool = false
) -> Mask {
  a.compare(b) { isclose($0, $1, rtol: rtol, atol: atol, equalNaN: equalNaN) }
}

/// Whether every element of `a` is close to the matching one of `b` (NumPy's `np.allclose(a, b)`).
public func allclose(
  _ a: Vector, _ b: Vector, rtol: Double = 1e-5, atol: Double = 1e-8, equalNaN: Bool = false
) -> Bool {
  isclose(a, b, rtol: rtol, atol: atol, equalNaN: equalNaN).all
}

/// Whether every element of `a` is close to the matching one of `b` (NumPy's `np.allclose(a, b)`).
public func allclose(
  _ a: Matrix, _ b: Matrix, rtol: Double = 1e-5, atol: Double = 1e-8, equalNaN: Bool = false
) -> Bool {
  isclose(a, b, rtol: rtol, atol: atol, equalNaN: equalNaN).all
}
