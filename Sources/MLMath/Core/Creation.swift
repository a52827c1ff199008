// Functions that make new vectors and matrices, named as in NumPy.

/// A vector of `count` zeros (NumPy's `np.zeros(n)`).
public func zeros(_ count: Int) -> Vector {
  checkCount(count, "zeros")
  return Vector(repeating: 0, count: count)
}

/// A `rows × columns` matrix of zeros (NumPy's `np.zeros((rows, columns))`).
public func zeros(_ rows: Int, _ columns: Int) -> Matrix {
  _ = checkedElementCount(rows, columns, in: "zeros")
  return Matrix(rows: rows, columns: columns, repeating: 0)
}

/// A vector of `count` ones (NumPy's `np.ones(n)`).
public func ones(_ count: Int) -> Vector {
  checkCount(count, "ones")
  return Vector(repeating: 1, count: count)
}

/// A `rows × columns` matrix of ones (NumPy's `np.ones((rows, columns))`).
public func ones(_ rows: Int, _ columns: Int) -> Matrix {
  _ = checkedElementCount(rows, columns, in: "ones")
  return Matrix(rows: rows, columns: columns, repeating: 1)
}

/// A vector of `count` copies of `value` (NumPy's `np.full(n, value)`).
public func full(_ count: Int, _ value: Double) -> Vector {
  checkCount(count, "full")
  return Vector(repeating: value, count: count)
}

/// A `rows × columns` matrix filled with `value` (NumPy's `np.full((rows, columns), value)`).
public func full(_ rows: Int, _ columns: Int, _ value: Double) -> Matrix {
  _ = checkedElementCount(rows, columns, in: "full")
  return Matrix(rows: rows, columns: columns, repeating: value)
}

/// The `n × n` identity matrix (NumPy's `np.eye(n)`).
public func eye(_ n: Int) -> Matrix {
  eye(n, n)
}

/// A `rows × columns` matrix with ones on the main diagonal and zeros elsewhere
/// (NumPy's `np.eye(rows, columns)`).
public func eye(_ rows: Int, _ columns: Int) -> Matrix {
  _ = checkedElementCount(rows, columns, in: "eye")
  var m = Matrix(rows: rows, columns: columns, repeating: 0)
  for i in 0..<Swift.min(rows, columns) { m.elements[i * columns + i] = 1 }
  return m
}

/// `count` evenly spaced numbers from `start` to `stop` (NumPy's `np.linspace`).
///
/// With `endpoint: false` the interval is half-open and `stop` is left out.
/// The values are computed as NumPy does (`start + i * step`, with the last
/// one set to exactly `stop`), so they match NumPy bit for bit.
public func linspace(_ start: Double, _ stop: Double, _ count: Int = 50, endpoint: Bool = true)
  -> Vector
{
  checkCount(count, "linspace")
  let divisions = endpoint ? count - 1 : count
  let delta = stop - start
  var values: [Double]
  if divisions > 0 {
    let step = delta / Double(divisions)
    if step == 0 {
      values = (0..<count).map { Double($0) / Double(divisions) * delta + start }
    } else {
      values = (0..<count).map { Double($0) * step + start }
    }
  } else {
    values = (0..<count).map { Double($0) * delta + start }
  }
  if endpoint && count > 1 { values[count - 1] = stop }
  return Vector(values)
}

/// `0, 1, …, stop − 1` as doubles (NumPy's `np.arange(stop)`).
public func arange(_ stop: Double) -> Vector {
  arange(0, stop, 1)
}

/// `start, start + step, …` up to but excluding `stop` (NumPy's `np.arange(start, stop, step)`).
///
/// The count is `⌈(stop − start) / step⌉`, and element `i` is
/// `start + i * ((start + step) − start)`, exactly as NumPy fills it.
public func arange(_ start: Double, _ stop: Double, _ step: Double = 1) -> Vector {
  if step == 0 || step.isNaN { failure("arange: step must be nonzero, got \(step)") }
  let length = ((stop - start) / step).rounded(.up)
  if !length.isFinite {
    failure("arange(\(start), \(stop), \(step)): the number of elements is not finite")
  }
  guard length > 0 else { return Vector([]) }
  if length > Double(Int.max / MemoryLayout<Double>.stride) {
    failure("arange(\(start), \(stop), \(step)): \(length) elements are too many to allocate")
  }
  let n = Int(length)
  let second = start + step
  let delta = second - start
  var values = [Double](repeating: 0, count: n)
  values[0] = start
  if n > 1 { values[1] = second }
  if n > 2 { for i in 2..<n { values[i] = start + Double(i) * delta } }
  return Vector(values)
}

/// The square matrix with `v` on its diagonal and zeros elsewhere (NumPy's `np.diag(v)`).
public func diag(_ v: Vector) -> Matrix {
  let n = v.count
  var m = Matrix(rows: n, columns: n, repeating: 0)
  for i in 0..<n { m.elements[i * n + i] = v.elements[i] }
  return m
}

/// The main diagonal of `m` (NumPy's `np.diag(m)` for a 2-D array).
public func diag(_ m: Matrix) -> Vector {
  Vector((0..<Swift.min(m.rows, m.columns)).map { m.elements[$0 * m.columns + $0] })
}

/// The outer product: element `(i, j)` is `u[i] * v[j]` (NumPy's `np.outer`).
public func outer(_ u: Vector, _ v: Vector) -> Matrix {
  let (rows, columns) = (u.count, v.count)
  let elements = makeArray(count: rows * columns) { out in
    u.elements.withUnsafeBufferPointer { a in
      v.elements.withUnsafeBufferPointer { b in
        for i in 0..<rows {
          let ai = a[i]
          for j in 0..<columns { out[i * columns + j] = ai * b[j] }
        }
      }
    }
  }
  return Matrix(rows: rows, columns: columns, elements: elements)
}

/// Coordinate matrices from coordinate vectors (NumPy's `np.meshgrid(x, y)`,
/// `indexing='xy'`): both are `y.count × x.count`; `X` repeats `x` in every
/// row and `Y` repeats `y` down every column, so `(X[i, j], Y[i, j])` is the
/// grid point `(x[j], y[i])`.
public func meshgrid(_ x: Vector, _ y: Vector) -> (X: Matrix, Y: Matrix) {
  let (rows, columns) = (y.count, x.count)
  _ = checkedElementCount(rows, columns, in: "meshgrid")
  let xs = (0..<rows).flatMap { _ in x.elements }
  let ys = y.elements.flatMap { repeatElement($0, count: columns) }
  return (
    Matrix(rows: rows, columns: columns, elements: xs), Matrix(rows: rows, columns: columns, elements: ys)
  )
}

/// The Vandermonde matrix of `x` with powers `0…degree`
/// (NumPy's `np.vander(x, degree + 1, increasing)`).
///
/// Row `i` is `[x[i]^degree, …, x[i], 1]`, or `[1, x[i], …, x[i]^degree]` when
/// `increasing` is true — the design matrix for fitting a polynomial of that
/// degree. `degree` defaults to `x.count - 1` (a square matrix), like NumPy's
/// default `N = len(x)`. Powers are built by repeated multiplication, as NumPy does.
public func vander(_ x: Vector, degree: Int? = nil, increasing: Bool = false) -> Matrix {
  let degree = degree ?? (x.count - 1)
  if degree < -1 { failure("vander: degree must be ≥ 0, got \(degree)") }
  let columns = degree == Int.max ? degree : degree + 1
  var m = Matrix(rows: x.count, columns: columns, repeating: 0)
  for i in 0..<x.count {
    var power = 1.0
    for k in 0..<columns {
      let j = increasing ? k : columns - 1 - k
      m.elements[i * columns + j] = power
      power = k == 0 ? x.elements[i] : power * x.elements[i]
    }
  }
  return m
}

func checkCount(_ count: Int, _ function: String) {
  _ = checkedCount(count, in: function)
}
