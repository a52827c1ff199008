// The array node of the reverse-mode graph: micrograd's idea extended to vectors and
// matrices, so that one node is a whole layer's weights or activations and `backward()`
// computes each gradient with one matrix product instead of one node per number.

/// A vector or matrix node of a reverse-mode graph (a `torch.Tensor` with
/// `requires_grad=True`, of one or two dimensions).
///
/// A two-layer network's forward and backward pass, step by step:
///
/// ```swift
/// var rs = RandomState(seed: 0)
/// let x = Tensor(rs.randn(4, 3), label: "x")           // 4 samples, 3 features
/// let w1 = Tensor(rs.randn(3, 5) * 0.5, label: "W1")
/// let b1 = Tensor(Vector(repeating: 0, count: 5), label: "b1")
/// let w2 = Tensor(rs.randn(5, 1) * 0.5, label: "W2")
/// let y = rs.randn(4, 1)                               // targets (data, not a node)
///
/// let h = (x.matmul(w1) + b1).relu()                  // hidden layer, (4, 5)
/// h.label = "h"
/// let loss = mseLoss(h.matmul(w2), y)                  // a Value
/// loss.label = "loss"
/// loss.backward()
/// print(loss.describeGraph())
/// // #  label  op       inputs  shape   value                                  grad
/// // -  -----  -------  ------  ------  -------------------------------------  -------------------------------------
/// // 0  x      input            (4, 3)  mean 0.7482 min -0.9773 max 2.241      mean 0.1253 min -0.4796 max 0.8158
/// // 1  W1     input            (3, 5)  mean 0.04974 min -1.276 max 1.135      mean 0.5322 min -1.146 max 2.805
/// // 2         matmul   0, 1    (4, 5)  mean 0.3069 min -1.409 max 2.262       mean 0.1564 min -0.14 max 1.147
/// // 3  b1     input            (5,)    mean 0 min 0 max 0                     mean 0.6255 min -0.3165 max 1.394
/// // 4         +        2, 3    (4, 5)  mean 0.3069 min -1.409 max 2.262       mean 0.1564 min -0.14 max 1.147
/// // 5  h      relu     4       (4, 5)  mean 0.5816 min 0 max 2.262            mean 0.283 min -0.14 max 1.147
/// // 6  W2     input            (5, 1)  mean 0.3348 min -0.09359 max 0.7664    mean 2.186 min 0.1379 max 5.31
/// // 7         matmul   5, 6    (4, 1)  [[1.158], [1.012], [0.2982], [1.235]]  [[1.023], [1.496], [0.323], [0.5395]]
/// // 8  loss   mseLoss  7       ()      3.68                                   1
/// print(w1.gradMatrix[0, 1])                           // ∂loss/∂W1[0, 1] ≈ 2.805
///
/// // One step of gradient descent, then a fresh graph for the next step.
/// w1.matrix -= 0.1 * w1.gradMatrix
/// w2.matrix -= 0.1 * w2.gradMatrix
/// b1.vector -= 0.1 * b1.gradVector
/// loss.zeroGrad()
/// ```
///
/// Reading the table bottom-up is backpropagation: the loss's gradient 1 becomes
/// 2(prediction − y)/4 at node 7, Gᵀ-products give W2's and h's, the ReLU passes h's
/// gradient only where its input was positive (node 4), and the bias gathers node 4's
/// gradient summed over the 4 rows it was broadcast to.
///
/// - Shapes: NumPy's. A vector of n elements has shape `(n,)` and acts as a row: a bias
///   vector `b` added to an `(m, n)` matrix is repeated down its rows, as in NumPy. Elementwise
///   operators broadcast as NumPy does (each dimension equal, or 1 in one operand); the
///   gradient of a broadcast operand is summed over the dimensions it was stretched along.
/// - Operations: `+ − × ÷` (elementwise, with `Tensor`s and `Double`s), `matmul(_:)`,
///   `dot(_:)`, `transposed()`, `sum()`, `mean()`, `sum(axis:)`, `mean(axis:)`, `relu()`,
///   `tanh()`, `sigmoid()`, `exp()`, `log()`, `pow(_:)`, `softmax()`, `logSoftmax()`, and the
///   losses `mseLoss(_:_:)` and `crossEntropyLoss(logits:labels:)`.
/// - Gradients: `gradMatrix` / `gradVector` after `backward()` on a `Value` computed from the
///   tensor. Misshaped operands stop with NumPy's complaint (`failure`).
public final class Tensor: GraphNode, CustomStringConvertible {
  /// The elements; a vector is stored as a row, `1 × n`.
  var storage: Matrix
  /// Whether the tensor is a vector (shape `(n,)`) rather than a matrix.
  public let isVector: Bool
  /// ∂(the `Value` `backward()` was called on)/∂self, summed over calls since `zeroGrad()`.
  var gradStorage: Matrix
  var pending: Matrix
  private var backwardStep: ((Matrix) -> Void)?

  /// A matrix leaf (an input or a parameter).
  public init(_ matrix: Matrix, label: String? = nil) {
    storage = matrix
    isVector = false
    gradStorage = Matrix(rows: matrix.rows, columns: matrix.columns)
    pending = gradStorage
    backwardStep = nil
    super.init(op: "input", inputs: [], label: label)
  }

  /// A vector leaf (an input or a parameter), shape `(n,)`.
  public init(_ vector: Vector, label: String? = nil) {
    storage = vector.asRow
    isVector = true
    gradStorage = Matrix(rows: 1, columns: vector.count)
    pending = gradStorage
    backwardStep = nil
    super.init(op: "input", inputs: [], label: label)
  }

  /// A node computed by `op`; `backwardStep` receives ∂out/∂self (shaped like `value`)
  /// and adds the inputs' shares to their pending gradients (it must not capture the node).
  init(
    _ value: Matrix, isVector: Bool, op: String, inputs: [GraphNode],
    backwardStep: @escaping (Matrix) -> Void
  ) {
    storage = value
    self.isVector = isVector
    gradStorage = Matrix(rows: value.rows, columns: value.columns)
    pending = gradStorage
    self.backwardStep = backwardStep
    super.init(op: op, inputs: inputs, label: nil)
  }

  /// NumPy's shape: `[n]` for a vector, `[rows, columns]` for a matrix.
  public var shape: [Int] { isVector ? [storage.columns] : [storage.rows, storage.columns] }

  /// The shape as NumPy prints it: `(3,)`, `(4, 3)`.
  var shapeText: String { isVector ? vectorShapeText(storage.columns) : matrixShapeText(storage.rows, storage.columns) }

  /// The value as a matrix (a vector as a `1 × n` row). Setting it (a gradient-descent step on
  /// a leaf) keeps the shape: a matrix of another shape, or setting a computed node, stops the
  /// program.
  public var matrix: Matrix {
    get { storage }
    set {
      requireLeaf("matrix")
      if newValue.rows != storage.rows || newValue.columns != storage.columns {
        failure(
          "Tensor.matrix: cannot assign \(matrixText(newValue.rows, newValue.columns)) to a tensor of shape \(shapeText) (a tensor keeps its shape)"
        )
      }
      storage = newValue
    }
  }

  /// The value of a vector tensor. Reading or setting it on a matrix tensor stops the
  /// program (read `matrix`); setting keeps the length.
  public var vector: Vector {
    get {
      requireVector("vector")
      return Vector(storage.elements)
    }
    set {
      requireVector("vector")
      requireLeaf("vector")
      if newValue.count != storage.columns {
        failure(
          "Tensor.vector: cannot assign \(vectorText(newValue.count)) to a tensor of shape \(shapeText) (a tensor keeps its shape)"
        )
      }
      storage = newValue.asRow
    }
  }

  /// ∂(the `Value` `backward()` was called on)/∂self as a matrix (a vector's as a `1 × n` row).
  public var gradMatrix: Matrix { gradStorage }

  /// ∂(the `Value` `backward()` was called on)/∂self of a vector tensor (stops on a matrix
  /// tensor: read `gradMatrix`).
  public var gradVector: Vector {
    requireVector("gradVector")
    return Vector(gradStorage.elements)
  }

  private func requireLeaf(_ property: String) {
    if op != "input" {
      failure(
        "Tensor.\(property): only an input's value can be set; this node was computed by \(op) (build a new graph instead)"
      )
    }
  }

  private func requireVector(_ property: String) {
    if !isVector {
      failure(
        "Tensor.\(property): the tensor is a matrix of shape \(shapeText); read .\(property == "vector" ? "matrix" : "gradMatrix")"
      )
    }
  }

  /// `Tensor(shape=(2, 3), label="h", op="relu")`, then the value and gradient as NumPy prints them.
  public var description: String {
    var parts = ["shape=\(shapeText)"]
    if let label { parts.append("label=\"\(label)\"") }
    if op != "input" { parts.append("op=\"\(op)\"") }
    let value = isVector ? "\(Vector(storage.elements))" : "\(storage)"
    let grad = isVector ? "\(Vector(gradStorage.elements))" : "\(gradStorage)"
    return "Tensor(" + parts.joined(separator: ", ") + ")\ndata:\n\(value)\ngrad:\n\(grad)"
  }

  func accumulate(_ g: Matrix) { pending += g }

  override func dropBackwardStep() { backwardStep = nil }
  deinit { backwardStep = nil }
  override func clearPending() { pending = Matrix(rows: storage.rows, columns: storage.columns) }
  override func propagate() { backwardStep?(pending) }
  override func commitPending() { gradStorage += pending }
  override func clearGrad() { gradStorage = Matrix(rows: storage.rows, columns: storage.columns) }
  override var shapeDescription: String { shapeText }
  override var valueSummary: String { graphSummary(storage, isVector: isVector) }
  override var gradSummary: String { graphSummary(gradStorage, isVector: isVector) }

  /// A node f(self), elementwise, whose derivative at each element is `slope`'s.
  func elementwise(_ op: String, _ value: Matrix, slope: Matrix) -> Tensor {
    Tensor(value, isVector: isVector, op: op, inputs: [self]) { [self] g in self.accumulate(g * slope) }
  }

  /// `g`, a gradient of a broadcast result, summed back to this tensor's shape.
  func unbroadcast(_ g: Matrix) -> Matrix {
    var g = g
    if storage.rows == 1 && g.rows != 1 { g = g.sum(axis: 0).asRow }
    if storage.columns == 1 && g.columns != 1 { g = g.sum(axis: 1).asColumn }
    return g
  }
}

extension Tensor {
  /// Stops unless `lhs` and `rhs` broadcast (NumPy's rule; a vector is a row).
  static func checkBroadcast(_ lhs: Tensor, _ rhs: Tensor, _ verb: String) {
    let (a, b) = (lhs.storage, rhs.storage)
    let rowsFit = a.rows == b.rows || a.rows == 1 || b.rows == 1
    let columnsFit = a.columns == b.columns || a.columns == 1 || b.columns == 1
    if !(rowsFit && columnsFit) {
      broadcastFailure(
        "Tensor \(verb)", lhs.shapeText, rhs.shapeText,
        hint: "each dimension must be equal, or 1 in one operand; a vector is a row")
    }
  }

  /// The elementwise sum, with broadcasting.
  public static func + (lhs: Tensor, rhs: Tensor) -> Tensor {
    checkBroadcast(lhs, rhs, "+")
    return Tensor(lhs.storage + rhs.storage, isVector: lhs.isVector && rhs.isVector, op: "+", inputs: [lhs, rhs]) {
      g in
      lhs.accumulate(lhs.unbroadcast(g))
      rhs.accumulate(rhs.unbroadcast(g))
    }
  }

  /// The elementwise difference, with broadcasting.
  public static func - (lhs: Tensor, rhs: Tensor) -> Tensor {
    checkBroadcast(lhs, rhs, "-")
    return Tensor(lhs.storage - rhs.storage, isVector: lhs.isVector && rhs.isVector, op: "-", inputs: [lhs, rhs]) {
      g in
      lhs.accumulate(lhs.unbroadcast(g))
      rhs.accumulate(rhs.unbroadcast(-g))
    }
  }

  /// The elementwise product, with broadcasting (the matrix product is `matmul(_:)`).
  public static func * (lhs: Tensor, rhs: Tensor) -> Tensor {
    checkBroadcast(lhs, rhs, "*")
    return Tensor(lhs.storage * rhs.storage, isVector: lhs.isVector && rhs.isVector, op: "*", inputs: [lhs, rhs]) {
      g in
      lhs.accumulate(lhs.unbroadcast(g * rhs.storage))
      rhs.accumulate(rhs.unbroadcast(g * lhs.storage))
    }
  }

  /// The elementwise quotient, with broadcasting.
  public static func / (lhs: Tensor, rhs: Tensor) -> Tensor {
    checkBroadcast(lhs, rhs, "/")
    let q = lhs.storage / rhs.storage
    return Tensor(q, isVector: lhs.isVector && rhs.isVector, op: "/", inputs: [lhs, rhs]) { g in
      lhs.accumulate(lhs.unbroadcast(g / rhs.storage))
      rhs.accumulate(rhs.unbroadcast(-(g * q / rhs.storage)))
    }
  }

  /// The elementwise negation.
  public static prefix func - (operand: Tensor) -> Tensor {
    operand.linear("neg", -operand.storage, slope: -1)
  }

  /// A node a·self + b elementwise (constant a, b given through `value`), derivative `slope`.
  private func linear(_ op: String, _ value: Matrix, slope: Double) -> Tensor {
    Tensor(value, isVector: isVector, op: op, inputs: [self]) { [self] g in self.accumulate(g * slope) }
  }

  /// The tensor plus a constant.
  public static func + (lhs: Tensor, rhs: Double) -> Tensor {
    lhs.linear("+ \(graphNumber(rhs))", lhs.storage + rhs, slope: 1)
  }
  /// A constant plus the tensor.
  public static func + (lhs: Double, rhs: Tensor) -> Tensor {
    rhs.linear("\(graphNumber(lhs)) +", lhs + rhs.storage, slope: 1)
  }
  /// The tensor minus a constant.
  public static func - (lhs: Tensor, rhs: Double) -> Tensor {
    lhs.linear("- \(graphNumber(rhs))", lhs.storage - rhs, slope: 1)
  }
  /// A constant minus the tensor.
  public static func - (lhs: Double, rhs: Tensor) -> Tensor {
    rhs.linear("\(graphNumber(lhs)) -", lhs - rhs.storage, slope: -1)
  }
  /// The tensor times a constant.
  public static func * (lhs: Tensor, rhs: Double) -> Tensor {
    lhs.linear("* \(graphNumber(rhs))", lhs.storage * rhs, slope: rhs)
  }
  /// A constant times the tensor.
  public static func * (lhs: Double, rhs: Tensor) -> Tensor {
    rhs.linear("\(graphNumber(lhs)) *", lhs * rhs.storage, slope: lhs)
  }
  /// The tensor divided by a constant.
  public static func / (lhs: Tensor, rhs: Double) -> Tensor {
    lhs.linear("/ \(graphNumber(rhs))", lhs.storage / rhs, slope: 1 / rhs)
  }
  /// A constant divided by the tensor, elementwise; derivative −c/x².
  public static func / (lhs: Double, rhs: Tensor) -> Tensor {
    let q = lhs / rhs.storage
    return rhs.elementwise("\(graphNumber(lhs)) /", q, slope: -(q / rhs.storage))
  }
}

extension Tensor {
  /// The matrix product (NumPy's `a @ b`): `(m, k) @ (k, n)` is `(m, n)`, `(k,) @ (k, n)` is
  /// `(n,)`, `(m, k) @ (k,)` is `(m,)`. Gradients: ∂/∂a = G·bᵀ, ∂/∂b = aᵀ·G.
  ///
  /// Stops when the inner dimensions differ, and for two vectors (use `dot(_:)`).
  public func matmul(_ other: Tensor) -> Tensor {
    let (a, b) = (self, other)
    if a.isVector && b.isVector {
      failure(
        "Tensor.matmul: both operands are vectors, shapes \(a.shapeText) and \(b.shapeText); use dot(_:) for their inner product"
      )
    }
    // A right-hand vector is a column here; the others are as stored.
    let right = b.isVector ? Matrix(rows: b.storage.columns, columns: 1, elements: b.storage.elements) : b.storage
    if a.storage.columns != right.rows {
      matmulFailure(a.shapeText, b.shapeText, a.storage.columns, right.rows)
    }
    let product = a.storage.matmul(right)
    let value = b.isVector ? product.elements.asRowMatrix : product
    return Tensor(value, isVector: a.isVector || b.isVector, op: "matmul", inputs: [a, b]) { g in
      let gOut = b.isVector ? Matrix(rows: g.columns, columns: 1, elements: g.elements) : g
      a.accumulate(gOut.matmul(right.transposed()))
      let gb = a.storage.transposed().matmul(gOut)
      b.accumulate(b.isVector ? gb.elements.asRowMatrix : gb)
    }
  }

  /// The inner product of two vectors of the same length (NumPy's `u @ v`), a `Value`;
  /// gradients ∂/∂u = g·v, ∂/∂v = g·u.
  public func dot(_ other: Tensor) -> Value {
    if !isVector || !other.isVector || storage.columns != other.storage.columns {
      failure(
        "Tensor.dot: needs two vectors of the same length, got shapes \(shapeText) and \(other.shapeText) (use matmul(_:) for matrices)"
      )
    }
    let (u, v) = (self, other)
    let total = (u.storage * v.storage).sum()
    return Value(total, op: "dot", inputs: [u, v]) { g in
      u.accumulate(v.storage * g)
      v.accumulate(u.storage * g)
    }
  }

  /// The transpose of a matrix (NumPy's `a.T`); a vector is returned unchanged, as NumPy's `v.T` is `v`.
  public func transposed() -> Tensor {
    if isVector { return self }
    return Tensor(storage.transposed(), isVector: false, op: "T", inputs: [self]) { [self] g in
      self.accumulate(g.transposed())
    }
  }

  /// The sum of all elements (NumPy's `a.sum()`), a `Value`; each element's gradient is g.
  public func sum() -> Value {
    Value(storage.sum(), op: "sum", inputs: [self]) { [self] g in
      self.accumulate(Matrix(rows: self.storage.rows, columns: self.storage.columns, repeating: g))
    }
  }

  /// The mean of all elements (NumPy's `a.mean()`), a `Value`; each element's gradient is g/count
  /// (NaN for an empty tensor, as NumPy's mean of nothing).
  public func mean() -> Value {
    let n = Double(storage.count)
    return Value(unsignedNaN(storage.sum() / n), op: "mean", inputs: [self]) { [self] g in
      self.accumulate(Matrix(rows: self.storage.rows, columns: self.storage.columns, repeating: g / n))
    }
  }

  /// The sums of a matrix's columns (`axis: 0`, shape `(columns,)`) or rows (`axis: 1`, shape
  /// `(rows,)`), NumPy's `a.sum(axis=…)`; −1 and −2 count from the end. On a vector, use `sum()`.
  public func sum(axis: Int) -> Tensor { reduce(axis: axis, mean: false) }

  /// The means of a matrix's columns (`axis: 0`) or rows (`axis: 1`), NumPy's `a.mean(axis=…)`.
  public func mean(axis: Int) -> Tensor { reduce(axis: axis, mean: true) }

  private func reduce(axis: Int, mean: Bool) -> Tensor {
    let name = mean ? "mean" : "sum"
    if isVector {
      failure(
        "Tensor.\(name)(axis:): the tensor is a vector, shape \(shapeText); use \(name)() for its \(mean ? "mean" : "total")"
      )
    }
    let axis = checkMatrixAxis(axis, in: "Tensor.\(name)(axis:)")
    let (rows, columns) = (storage.rows, storage.columns)
    let value = mean ? storage.mean(axis: axis) : storage.sum(axis: axis)
    let scale = mean ? 1 / Double(axis == 0 ? rows : columns) : 1
    return Tensor(value.asRow, isVector: true, op: "\(name)(axis: \(axis))", inputs: [self]) { [self] g in
      // Each element of the input receives the gradient of the sum it went into.
      let spread = axis == 0 ? g : Matrix(rows: rows, columns: 1, elements: g.elements)
      self.accumulate((Matrix(rows: rows, columns: columns) + spread) * scale)
    }
  }
}

// The free `shapeText` functions, under names that `Tensor.shapeText` does not shadow.
private func vectorShapeText(_ count: Int) -> String { shapeText(count) }
private func matrixShapeText(_ rows: Int, _ columns: Int) -> String { shapeText(rows, columns) }

extension Array where Element == Double {
  /// The elements as a `1 × n` matrix.
  var asRowMatrix: Matrix { Matrix(rows: 1, columns: count, elements: self) }
}
