// The array forms of MLMath's two- and three-argument special functions: each
// argument may be a number or an array, and arrays broadcast as in NumPy (equal
// shapes pair up elementwise; a length-1 vector, or a 1-row / 1-column matrix,
// stretches). Every function here applies its scalar version, whose DocC gives
// the domain, special values and algorithm.
//
// Each function has the same six (or three) overloads; keep them uniform.

/// Elementwise the beta function B(a, b) (SciPy's `scipy.special.beta`), with NumPy broadcasting; see `beta(_:_:)` on `Double`.
public func beta(_ a: Vector, _ b: Vector) -> Vector { Vector.broadcast(a, b, "beta", beta) }

/// Elementwise the beta function B(a, b) (SciPy's `scipy.special.beta`), with NumPy broadcasting; see `beta(_:_:)` on `Double`.
public func beta(_ a: Double, _ b: Vector) -> Vector { Vector(mapCostlyElements(b.elements) { beta(a, $0) }) }

/// Elementwise the beta function B(a, b) (SciPy's `scipy.special.beta`), with NumPy broadcasting; see `beta(_:_:)` on `Double`.
public func beta(_ a: Vector, _ b: Double) -> Vector { Vector(mapCostlyElements(a.elements) { beta($0, b) }) }

/// Elementwise the beta function B(a, b) (SciPy's `scipy.special.beta`), with NumPy broadcasting; see `beta(_:_:)` on `Double`.
public func beta(_ a: Matrix, _ b: Matrix) -> Matrix { Matrix.broadcast(a, b, "beta", beta) }

/// Elementwise the beta function B(a, b) (SciPy's `scipy.special.beta`), with NumPy broadcasting; see `beta(_:_:)` on `Double`.
public func beta(_ a: Double, _ b: Matrix) -> Matrix { b.with(mapCostlyElements(b.elements) { beta(a, $0) }) }

/// Elementwise the beta function B(a, b) (SciPy's `scipy.special.beta`), with NumPy broadcasting; see `beta(_:_:)` on `Double`.
public func beta(_ a: Matrix, _ b: Double) -> Matrix { a.with(mapCostlyElements(a.elements) { beta($0, b) }) }

/// Elementwise log|B(a, b)| (SciPy's `scipy.special.betaln`), with NumPy broadcasting; see `betaln(_:_:)` on `Double`.
public func betaln(_ a: Vector, _ b: Vector) -> Vector { Vector.broadcast(a, b, "betaln", betaln) }

/// Elementwise log|B(a, b)| (SciPy's `scipy.special.betaln`), with NumPy broadcasting; see `betaln(_:_:)` on `Double`.
public func betaln(_ a: Double, _ b: Vector) -> Vector { Vector(mapCostlyElements(b.elements) { betaln(a, $0) }) }

/// Elementwise log|B(a, b)| (SciPy's `scipy.special.betaln`), with NumPy broadcasting; see `betaln(_:_:)` on `Double`.
public func betaln(_ a: Vector, _ b: Double) -> Vector { Vector(mapCostlyElements(a.elements) { betaln($0, b) }) }

/// Elementwise log|B(a, b)| (SciPy's `scipy.special.betaln`), with NumPy broadcasting; see `betaln(_:_:)` on `Double`.
public func betaln(_ a: Matrix, _ b: Matrix) -> Matrix { Matrix.broadcast(a, b, "betaln", betaln) }

/// Elementwise log|B(a, b)| (SciPy's `scipy.special.betaln`), with NumPy broadcasting; see `betaln(_:_:)` on `Double`.
public func betaln(_ a: Double, _ b: Matrix) -> Matrix { b.with(mapCostlyElements(b.elements) { betaln(a, $0) }) }

/// Elementwise log|B(a, b)| (SciPy's `scipy.special.betaln`), with NumPy broadcasting; see `betaln(_:_:)` on `Double`.
public func betaln(_ a: Matrix, _ b: Double) -> Matrix { a.with(mapCostlyElements(a.elements) { betaln($0, b) }) }

/// Elementwise the regularised lower incomplete gamma function P(a, x) (SciPy's `scipy.special.gammainc`), with NumPy broadcasting; see `gammainc(_:_:)` on `Double`.
public func gammainc(_ a: Vector, _ x: Vector) -> Vector { Vector.broadcast(a, x, "gammainc", gammainc) }

/// Elementwise the regularised lower incomplete gamma function P(a, x) (SciPy's `scipy.special.gammainc`), with NumPy broadcasting; see `gammainc(_:_:)` on `Double`.
public func gammainc(_ a: Double, _ x: Vector) -> Vector { Vector(mapCostlyElements(x.elements) { gammainc(a, $0) }) }

/// Elementwise the regularised lower incomplete gamma function P(a, x) (SciPy's `scipy.special.gammainc`), with NumPy broadcasting; see `gammainc(_:_:)` on `Double`.
public func gammainc(_ a: Vector, _ x: Double) -> Vector { Vector(mapCostlyElements(a.elements) { gammainc($0, x) }) }

/// Elementwise the regularised lower incomplete gamma function P(a, x) (SciPy's `scipy.special.gammainc`), with NumPy broadcasting; see `gammainc(_:_:)` on `Double`.
public func gammainc(_ a: Matrix, _ x: Matrix) -> Matrix { Matrix.broadcast(a, x, "gammainc", gammainc) }

/// Elementwise the regularised lower incomplete gamma function P(a, x) (SciPy's `scipy.special.gammainc`), with NumPy broadcasting; see `gammainc(_:_:)` on `Double`.
public func gammainc(_ a: Double, _ x: Matrix) -> Matrix { x.with(mapCostlyElements(x.elements) { gammainc(a, $0) }) }

/// Elementwise the regularised lower incomplete gamma function P(a, x) (SciPy's `scipy.special.gammainc`), with NumPy broadcasting; see `gammainc(_:_:)` on `Double`.
public func gammainc(_ a: Matrix, _ x: Double) -> Matrix { a.with(mapCostlyElements(a.elements) { gammainc($0, x) }) }

/// Elementwise the regularised upper incomplete gamma function Q(a, x) (SciPy's `scipy.special.gammaincc`), with NumPy broadcasting; see `gammaincc(_:_:)` on `Double`.
public func gammaincc(_ a: Vector, _ x: Vector) -> Vector { Vector.broadcast(a, x, "gammaincc", gammaincc) }

/// Elementwise the regularised upper incomplete gamma function Q(a, x) (SciPy's `scipy.special.gammaincc`), with NumPy broadcasting; see `gammaincc(_:_:)` on `Double`.
public func gammaincc(_ a: Double, _ x: Vector) -> Vector { Vector(mapCostlyElements(x.elements) { gammaincc(a, $0) }) }

/// Elementwise the regularised upper incomplete gamma function Q(a, x) (SciPy's `scipy.special.gammaincc`), with NumPy broadcasting; see `gammaincc(_:_:)` on `Double`.
public func gammaincc(_ a: Vector, _ x: Double) -> Vector { Vector(mapCostlyElements(a.elements) { gammaincc($0, x) }) }

/// Elementwise the regularised upper incomplete gamma function Q(a, x) (SciPy's `scipy.special.gammaincc`), with NumPy broadcasting; see `gammaincc(_:_:)` on `Double`.
public func gammaincc(_ a: Matrix, _ x: Matrix) -> Matrix { Matrix.broadcast(a, x, "gammaincc", gammaincc) }

/// Elementwise the regularised upper incomplete gamma function Q(a, x) (SciPy's `scipy.special.gammaincc`), with NumPy broadcasting; see `gammaincc(_:_:)` on `Double`.
public func gammaincc(_ a: Double, _ x: Matrix) -> Matrix { x.with(mapCostlyElements(x.elements) { gammaincc(a, $0) }) }

/// Elementwise the regularised upper incomplete gamma function Q(a, x) (SciPy's `scipy.special.gammaincc`), with NumPy broadcasting; see `gammaincc(_:_:)` on `Double`.
public func gammaincc(_ a: Matrix, _ x: Double) -> Matrix { a.with(mapCostlyElements(a.elements) { gammaincc($0, x) }) }

/// Elementwise the inverse of P(a, ·) (SciPy's `scipy.special.gammaincinv`), with NumPy broadcasting; see `gammaincinv(_:_:)` on `Double`.
public func gammaincinv(_ a: Vector, _ p: Vector) -> Vector { Vector.broadcast(a, p, "gammaincinv", gammaincinv) }

/// Elementwise the inverse of P(a, ·) (SciPy's `scipy.special.gammaincinv`), with NumPy broadcasting; see `gammaincinv(_:_:)` on `Double`.
public func gammaincinv(_ a: Double, _ p: Vector) -> Vector {
  Vector(mapCostlyElements(p.elements) { gammaincinv(a, $0) })
}

/// Elementwise the inverse of P(a, ·) (SciPy's `scipy.special.gammaincinv`), with NumPy broadcasting; see `gammaincinv(_:_:)` on `Double`.
public func gammaincinv(_ a: Vector, _ p: Double) -> Vector {
  Vector(mapCostlyElements(a.elements) { gammaincinv($0, p) })
}

/// Elementwise the inverse of P(a, ·) (SciPy's `scipy.special.gammaincinv`), with NumPy broadcasting; see `gammaincinv(_:_:)` on `Double`.
public func gammaincinv(_ a: Matrix, _ p: Matrix) -> Matrix { Matrix.broadcast(a, p, "gammaincinv", gammaincinv) }

/// Elementwise the inverse of P(a, ·) (SciPy's `scipy.special.gammaincinv`), with NumPy broadcasting; see `gammaincinv(_:_:)` on `Double`.
public func gammaincinv(_ a: Double, _ p: Matrix) -> Matrix {
  p.with(mapCostlyElements(p.elements) { gammaincinv(a, $0) })
}

/// Elementwise the inverse of P(a, ·) (SciPy's `scipy.special.gammaincinv`), with NumPy broadcasting; see `gammaincinv(_:_:)` on `Double`.
public func gammaincinv(_ a: Matrix, _ p: Double) -> Matrix {
  a.with(mapCostlyElements(a.elements) { gammaincinv($0, p) })
}

/// Elementwise the inverse of Q(a, ·) (SciPy's `scipy.special.gammainccinv`), with NumPy broadcasting; see `gammainccinv(_:_:)` on `Double`.
public func gammainccinv(_ a: Vector, _ q: Vector) -> Vector { Vector.broadcast(a, q, "gammainccinv", gammainccinv) }

/// Elementwise the inverse of Q(a, ·) (SciPy's `scipy.special.gammainccinv`), with NumPy broadcasting; see `gammainccinv(_:_:)` on `Double`.
public func gammainccinv(_ a: Double, _ q: Vector) -> Vector {
  Vector(mapCostlyElements(q.elements) { gammainccinv(a, $0) })
}

/// Elementwise the inverse of Q(a, ·) (SciPy's `scipy.special.gammainccinv`), with NumPy broadcasting; see `gammainccinv(_:_:)` on `Double`.
public func gammainccinv(_ a: Vector, _ q: Double) -> Vector {
  Vector(mapCostlyElements(a.elements) { gammainccinv($0, q) })
}

/// Elementwise the inverse of Q(a, ·) (SciPy's `scipy.special.gammainccinv`), with NumPy broadcasting; see `gammainccinv(_:_:)` on `Double`.
public func gammainccinv(_ a: Matrix, _ q: Matrix) -> Matrix { Matrix.broadcast(a, q, "gammainccinv", gammainccinv) }

/// Elementwise the inverse of Q(a, ·) (SciPy's `scipy.special.gammainccinv`), with NumPy broadcasting; see `gammainccinv(_:_:)` on `Double`.
public func gammainccinv(_ a: Double, _ q: Matrix) -> Matrix {
  q.with(mapCostlyElements(q.elements) { gammainccinv(a, $0) })
}

/// Elementwise the inverse of Q(a, ·) (SciPy's `scipy.special.gammainccinv`), with NumPy broadcasting; see `gammainccinv(_:_:)` on `Double`.
public func gammainccinv(_ a: Matrix, _ q: Double) -> Matrix {
  a.with(mapCostlyElements(a.elements) { gammainccinv($0, q) })
}

/// Elementwise x·log(y), 0 where x = 0 (SciPy's `scipy.special.xlogy`), with NumPy broadcasting; see `xlogy(_:_:)` on `Double`.
public func xlogy(_ x: Vector, _ y: Vector) -> Vector { Vector.broadcast(x, y, "xlogy", xlogy) }

/// Elementwise x·log(y), 0 where x = 0 (SciPy's `scipy.special.xlogy`), with NumPy broadcasting; see `xlogy(_:_:)` on `Double`.
public func xlogy(_ x: Double, _ y: Vector) -> Vector { Vector(mapCostlyElements(y.elements) { xlogy(x, $0) }) }

/// Elementwise x·log(y), 0 where x = 0 (SciPy's `scipy.special.xlogy`), with NumPy broadcasting; see `xlogy(_:_:)` on `Double`.
public func xlogy(_ x: Vector, _ y: Double) -> Vector { Vector(mapCostlyElements(x.elements) { xlogy($0, y) }) }

/// Elementwise x·log(y), 0 where x = 0 (SciPy's `scipy.special.xlogy`), with NumPy broadcasting; see `xlogy(_:_:)` on `Double`.
public func xlogy(_ x: Matrix, _ y: Matrix) -> Matrix { Matrix.broadcast(x, y, "xlogy", xlogy) }

/// Elementwise x·log(y), 0 where x = 0 (SciPy's `scipy.special.xlogy`), with NumPy broadcasting; see `xlogy(_:_:)` on `Double`.
public func xlogy(_ x: Double, _ y: Matrix) -> Matrix { y.with(mapCostlyElements(y.elements) { xlogy(x, $0) }) }

/// Elementwise x·log(y), 0 where x = 0 (SciPy's `scipy.special.xlogy`), with NumPy broadcasting; see `xlogy(_:_:)` on `Double`.
public func xlogy(_ x: Matrix, _ y: Double) -> Matrix { x.with(mapCostlyElements(x.elements) { xlogy($0, y) }) }

/// Elementwise x·log1p(y), 0 where x = 0 (SciPy's `scipy.special.xlog1py`), with NumPy broadcasting; see `xlog1py(_:_:)` on `Double`.
public func xlog1py(_ x: Vector, _ y: Vector) -> Vector { Vector.broadcast(x, y, "xlog1py", xlog1py) }

/// Elementwise x·log1p(y), 0 where x = 0 (SciPy's `scipy.special.xlog1py`), with NumPy broadcasting; see `xlog1py(_:_:)` on `Double`.
public func xlog1py(_ x: Double, _ y: Vector) -> Vector { Vector(mapCostlyElements(y.elements) { xlog1py(x, $0) }) }

/// Elementwise x·log1p(y), 0 where x = 0 (SciPy's `scipy.special.xlog1py`), with NumPy broadcasting; see `xlog1py(_:_:)` on `Double`.
public func xlog1py(_ x: Vector, _ y: Double) -> Vector { Vector(mapCostlyElements(x.elements) { xlog1py($0, y) }) }

/// Elementwise x·log1p(y), 0 where x = 0 (SciPy's `scipy.special.xlog1py`), with NumPy broadcasting; see `xlog1py(_:_:)` on `Double`.
public func xlog1py(_ x: Matrix, _ y: Matrix) -> Matrix { Matrix.broadcast(x, y, "xlog1py", xlog1py) }

/// Elementwise x·log1p(y), 0 where x = 0 (SciPy's `scipy.special.xlog1py`), with NumPy broadcasting; see `xlog1py(_:_:)` on `Double`.
public func xlog1py(_ x: Double, _ y: Matrix) -> Matrix { y.with(mapCostlyElements(y.elements) { xlog1py(x, $0) }) }

/// Elementwise x·log1p(y), 0 where x = 0 (SciPy's `scipy.special.xlog1py`), with NumPy broadcasting; see `xlog1py(_:_:)` on `Double`.
public func xlog1py(_ x: Matrix, _ y: Double) -> Matrix { x.with(mapCostlyElements(x.elements) { xlog1py($0, y) }) }

/// Elementwise the regularised incomplete beta function I_x(a, b) (SciPy's `scipy.special.betainc`); see `betainc(_:_:_:)` on `Double`.
public func betainc(_ a: Double, _ b: Double, _ x: Vector) -> Vector {
  Vector(incompleteBetaElements(a, b, x.elements))
}

/// Elementwise the regularised incomplete beta function I_x(a, b) (SciPy's `scipy.special.betainc`); see `betainc(_:_:_:)` on `Double`.
public func betainc(_ a: Double, _ b: Double, _ x: Matrix) -> Matrix {
  x.with(incompleteBetaElements(a, b, x.elements))
}

/// Elementwise the regularised incomplete beta function I_x(a, b) (SciPy's `scipy.special.betainc`); see `betainc(_:_:_:)` on `Double`.
///
/// The three vectors have one length, or length 1 (which stretches), as in NumPy.
public func betainc(_ a: Vector, _ b: Vector, _ x: Vector) -> Vector {
  ternaryBroadcast(a, b, x, "betainc", betainc)
}

/// Elementwise the inverse of I_·(a, b) (SciPy's `scipy.special.betaincinv`); see `betaincinv(_:_:_:)` on `Double`.
public func betaincinv(_ a: Double, _ b: Double, _ y: Vector) -> Vector {
  Vector(mapCostlyElements(y.elements) { betaincinv(a, b, $0) })
}

/// Elementwise the inverse of I_·(a, b) (SciPy's `scipy.special.betaincinv`); see `betaincinv(_:_:_:)` on `Double`.
public func betaincinv(_ a: Double, _ b: Double, _ y: Matrix) -> Matrix {
  y.with(mapCostlyElements(y.elements) { betaincinv(a, b, $0) })
}

/// Elementwise the inverse of I_·(a, b) (SciPy's `scipy.special.betaincinv`); see `betaincinv(_:_:_:)` on `Double`.
///
/// The three vectors have one length, or length 1 (which stretches), as in NumPy.
public func betaincinv(_ a: Vector, _ b: Vector, _ y: Vector) -> Vector {
  ternaryBroadcast(a, b, y, "betaincinv", betaincinv)
}

/// `f` applied elementwise to three vectors broadcast as NumPy does (lengths equal, or 1).
func ternaryBroadcast(
  _ a: Vector, _ b: Vector, _ c: Vector, _ operation: String, _ f: (Double, Double, Double) -> Double
) -> Vector {
  let n = [a.count, b.count, c.count].first { $0 != 1 } ?? 1
  for v in [a, b, c] where v.count != n && v.count != 1 {
    failure(
      "\(operation): shapes \(shapeText(a.count)), \(shapeText(b.count)) and \(shapeText(c.count)) cannot be broadcast together"
    )
  }
  return Vector(
    (0..<n).map { i in
      f(a.elements[a.count == 1 ? 0 : i], b.elements[b.count == 1 ? 0 : i], c.elements[c.count == 1 ? 0 : i])
    })
}
