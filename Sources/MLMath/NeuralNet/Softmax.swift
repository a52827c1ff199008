// Softmax and log-softmax along an axis, their Jacobians, and their vector–Jacobian
// products (what a backward pass needs, without forming the k×k Jacobian). The row
// kernels are the autodiff Tensor's (`rowSoftmax`, `rowLogSoftmax`).

/// The softmax of a vector, e^(xᵢ − max)/Σⱼ e^(xⱼ − max) (SciPy's `scipy.special.softmax(x)`;
/// PyTorch's `F.softmax(x, dim=0)`). Subtracting the maximum first means no exponential
/// overflows. An empty vector gives an empty vector (SciPy raises: the maximum of nothing).
public func softmax(_ x: Vector) -> Vector { rowSoftmax(x.asRow).flattened() }

/// The softmax of each row (`axis: 1` or −1) or each column (`axis: 0` or −2) of a matrix
/// (SciPy's `softmax(x, axis=…)`; PyTorch's `F.softmax(x, dim=…)`). With rows as samples and
/// columns as classes, `axis: 1` turns each row of logits into probabilities.
///
/// - Errors: the axis is required (SciPy's default, the whole array, is rarely meant); one
///   other than 0, 1, −1, −2 stops the program. Along an axis of length 0 the result is
///   empty (SciPy raises).
public func softmax(_ x: Matrix, axis: Int) -> Matrix {
  alongAxis(x, checkMatrixAxis(axis, in: "softmax"), rowSoftmax)
}

/// The log-softmax of a vector, (xᵢ − max) − log Σⱼ e^(xⱼ − max) (SciPy's
/// `scipy.special.log_softmax(x)`; PyTorch's `F.log_softmax(x, dim=0)`): finite wherever
/// the softmax underflows to 0.
public func logSoftmax(_ x: Vector) -> Vector { rowLogSoftmax(x.asRow).flattened() }

/// The log-softmax of each row (`axis: 1`) or column (`axis: 0`) of a matrix (SciPy's
/// `log_softmax(x, axis=…)`; PyTorch's `F.log_softmax(x, dim=…)`).
public func logSoftmax(_ x: Matrix, axis: Int) -> Matrix {
  alongAxis(x, checkMatrixAxis(axis, in: "logSoftmax"), rowLogSoftmax)
}

/// The Jacobian of the softmax at x, ∂sᵢ/∂xⱼ = sᵢ(δᵢⱼ − sⱼ), i.e. diag(s) − s sᵀ with
/// s = softmax(x): a symmetric k×k matrix whose rows sum to 0.
public func softmaxJacobian(_ x: Vector) -> Matrix {
  let s = softmax(x).elements
  let k = s.count
  var j = [Double](repeating: 0, count: k * k)
  for a in 0..<k {
    for b in 0..<k { j[a * k + b] = (a == b ? s[a] : 0) - s[a] * s[b] }
  }
  return Matrix(rows: k, columns: k, elements: j)
}

/// The Jacobian of the log-softmax at x, ∂(log s)ᵢ/∂xⱼ = δᵢⱼ − sⱼ, i.e. I − 1 sᵀ.
public func logSoftmaxJacobian(_ x: Vector) -> Matrix {
  let s = softmax(x).elements
  let k = s.count
  var j = [Double](repeating: 0, count: k * k)
  for a in 0..<k {
    for b in 0..<k { j[a * k + b] = (a == b ? 1 : 0) - s[b] }
  }
  return Matrix(rows: k, columns: k, elements: j)
}

/// The gradient through the softmax: given g = ∂L/∂s at s = softmax(x), returns
/// ∂L/∂x = Jᵀg = s ⊙ (g − ⟨g, s⟩) (what PyTorch's softmax backward computes; the
/// Jacobian-vector product without forming J).
///
/// - Shapes: `gradOutput` and `input` have the same length; otherwise the program stops.
public func softmaxBackward(_ gradOutput: Vector, _ input: Vector) -> Vector {
  checkSameShape(gradOutput, input, in: "softmaxBackward", ("gradOutput", "input"))
  return softmaxBackward(gradOutput.asRow, input.asRow, axis: 1).flattened()
}

/// The gradient through the softmax along `axis` of a matrix: s ⊙ (g − Σ g⊙s) within each
/// row (`axis: 1`) or column (`axis: 0`).
///
/// - Shapes: `gradOutput` and `input` have the same shape; otherwise the program stops.
public func softmaxBackward(_ gradOutput: Matrix, _ input: Matrix, axis: Int) -> Matrix {
  checkSameShape(gradOutput, input, in: "softmaxBackward", ("gradOutput", "input"))
  let axis = checkMatrixAxis(axis, in: "softmaxBackward")
  let s = softmax(input, axis: axis)
  let weighted = (gradOutput * s).sum(axis: axis)
  return axis == 1 ? s * (gradOutput - weighted.asColumn) : s * (gradOutput - weighted.asRow)
}

/// The gradient through the log-softmax: given g = ∂L/∂(log s), returns g − s·Σⱼ gⱼ
/// (PyTorch's log-softmax backward).
///
/// - Shapes: `gradOutput` and `input` have the same length; otherwise the program stops.
public func logSoftmaxBackward(_ gradOutput: Vector, _ input: Vector) -> Vector {
  checkSameShape(gradOutput, input, in: "logSoftmaxBackward", ("gradOutput", "input"))
  return logSoftmaxBackward(gradOutput.asRow, input.asRow, axis: 1).flattened()
}

/// The gradient through the log-softmax along `axis` of a matrix: g − s·Σ g within each row
/// (`axis: 1`) or column (`axis: 0`).
public func logSoftmaxBackward(_ gradOutput: Matrix, _ input: Matrix, axis: Int) -> Matrix {
  checkSameShape(gradOutput, input, in: "logSoftmaxBackward", ("gradOutput", "input"))
  let axis = checkMatrixAxis(axis, in: "logSoftmaxBackward")
  let s = softmax(input, axis: axis)
  let total = gradOutput.sum(axis: axis)
  return axis == 1 ? gradOutput - s * total.asColumn : gradOutput - s * total.asRow
}

/// `rowFunction` applied to each row (axis 1) or each column (axis 0) of `x`.
private func alongAxis(_ x: Matrix, _ axis: Int, _ rowFunction: (Matrix) -> Matrix) -> Matrix {
  axis == 1 ? rowFunction(x) : rowFunction(x.transposed()).transposed()
}
