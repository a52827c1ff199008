// Elementwise activations, softmax and the losses of the reverse-mode `Tensor`, each
// with its local derivative; softmax and cross-entropy subtract the row maximum
// (log-sum-exp), so large logits never overflow.

extension Tensor {
  /// max(x, 0) elementwise; derivative 1 where x > 0, else 0 (0 at 0, as micrograd and PyTorch).
  public func relu() -> Tensor {
    elementwise(
      "relu", storage.with(storage.elements.map { $0 > 0 ? $0 : 0 }),
      slope: storage.with(storage.elements.map { $0 > 0 ? 1 : 0 }))
  }

  /// tanh elementwise; derivative 1/cosh² (= 1 − tanh², without its cancellation in the tails).
  public func tanh() -> Tensor {
    elementwise(
      "tanh", storage.with(storage.elements.map(Double.tanh)), slope: storage.with(storage.elements.map(tanhSlope)))
  }

  /// The logistic sigmoid σ elementwise (SciPy's `expit`); derivative σ(x)σ(−x).
  public func sigmoid() -> Tensor {
    elementwise(
      "sigmoid", storage.with(storage.elements.map(Double.expit)),
      slope: storage.with(storage.elements.map { Double.expit($0) * Double.expit(-$0) }))
  }

  /// eˣ elementwise; derivative eˣ.
  public func exp() -> Tensor {
    let e = storage.with(storage.elements.map(Double.exp))
    return elementwise("exp", e, slope: e)
  }

  /// The natural logarithm elementwise (x > 0); derivative 1/x.
  public func log() -> Tensor {
    elementwise(
      "log", storage.with(storage.elements.map(Double.log)), slope: storage.with(storage.elements.map { 1 / $0 }))
  }

  /// xᵖ elementwise for a constant p (NumPy's `a ** p`); derivative p·xᵖ⁻¹ (0 for p = 0).
  public func pow(_ exponent: Double) -> Tensor {
    elementwise(
      "** \(graphNumber(exponent))", storage.with(storage.elements.map { Double.pow($0, exponent) }),
      slope: storage.with(storage.elements.map { exponent == 0 ? 0 : exponent * Double.pow($0, exponent - 1) }))
  }

  /// The softmax along the last axis — over a vector, or over each row of a matrix (SciPy's
  /// `softmax(x, axis=-1)`), computed as SciPy does, exp(x − max)/Σ exp(x − max), so that it
  /// never overflows.
  /// Gradient: s ⊙ (g − Σⱼ gⱼsⱼ) in each row.
  public func softmax() -> Tensor {
    let s = rowSoftmax(storage)
    return Tensor(s, isVector: isVector, op: "softmax", inputs: [self]) { [self] g in
      let weighted = (g * s).sum(axis: 1).asColumn
      self.accumulate(s * (g - weighted))
    }
  }

  /// The log of the softmax along the last axis (SciPy's `log_softmax(x, axis=-1)`), computed
  /// as SciPy does, (x − max) − log Σ exp(x − max) per row. Gradient: g − softmax ⊙ Σⱼ gⱼ in each row.
  public func logSoftmax() -> Tensor {
    let ls = rowLogSoftmax(storage)
    return Tensor(ls, isVector: isVector, op: "logSoftmax", inputs: [self]) { [self] g in
      let s = ls.with(ls.elements.map(Double.exp))
      self.accumulate(g - s * g.sum(axis: 1).asColumn)
    }
  }
}

/// Each row of `m` minus its maximum (minus 0 where the maximum is ±∞ or NaN, as SciPy does),
/// with the sums of the exponentials of the shifted rows.
private func shiftedRows(_ m: Matrix) -> (shifted: [Double], sums: [Double]) {
  var shifted = m.elements
  var sums = [Double](repeating: 0, count: m.rows)
  for i in 0..<m.rows {
    let row = (i * m.columns)..<((i + 1) * m.columns)
    let highest = shifted[row].max() ?? 0
    let shift = highest.isFinite ? highest : 0
    for k in row {
      shifted[k] -= shift
      sums[i] += Double.exp(shifted[k])
    }
  }
  return (shifted, sums)
}

/// The softmax of each row of `m` (SciPy's `softmax(m, axis=1)`).
func rowSoftmax(_ m: Matrix) -> Matrix {
  let (shifted, sums) = shiftedRows(m)
  return m.with(shifted.indices.map { Double.exp(shifted[$0]) / sums[$0 / Swift.max(m.columns, 1)] })
}

/// The log-softmax of each row of `m` (SciPy's `log_softmax(m, axis=1)`).
func rowLogSoftmax(_ m: Matrix) -> Matrix {
  let (shifted, sums) = shiftedRows(m)
  let logs = sums.map(Double.log)
  return m.with(shifted.indices.map { shifted[$0] - logs[$0 / Swift.max(m.columns, 1)] })
}

/// The mean squared error mean((prediction − target)²) over all elements, a `Value`
/// (PyTorch's `F.mse_loss(prediction, target)` with its default `reduction="mean"`;
/// scikit-learn's `mean_squared_error`). Gradient: 2(prediction − target)/count.
///
/// - Parameters:
///   - prediction: a matrix tensor of the same shape as `target` (no broadcasting, which would
///     silently compare the wrong elements).
///   - target: the data, not a node.
/// - Stops (`failure`) when the shapes differ or the prediction is empty.
public func mseLoss(_ prediction: Tensor, _ target: Matrix) -> Value {
  if prediction.isVector || prediction.storage.rows != target.rows || prediction.storage.columns != target.columns {
    failure(
      "mseLoss: prediction has shape \(prediction.shapeText) but target has shape \(shapeText(target.rows, target.columns)) (they must be equal)"
    )
  }
  return squaredError(prediction, target)
}

/// The mean squared error of a vector prediction against a vector target of the same length
/// (see `mseLoss(_:_:)` for matrices).
public func mseLoss(_ prediction: Tensor, _ target: Vector) -> Value {
  if !prediction.isVector || prediction.storage.columns != target.count {
    failure(
      "mseLoss: prediction has shape \(prediction.shapeText) but target has shape \(shapeText(target.count)) (they must be equal)"
    )
  }
  return squaredError(prediction, target.asRow)
}

private func squaredError(_ prediction: Tensor, _ target: Matrix) -> Value {
  if target.count == 0 { failure("mseLoss: the prediction is empty (the mean of no errors is undefined)") }
  let residual = prediction.storage - target
  let n = Double(target.count)
  return Value((residual * residual).sum() / n, op: "mseLoss", inputs: [prediction]) { g in
    prediction.accumulate(residual * (2 * g / n))
  }
}

/// The cross-entropy of softmax(logits) against class labels, averaged over the rows
/// (PyTorch's `F.cross_entropy(logits, labels)`; scikit-learn's `log_loss` on the softmax),
/// a `Value`: mean over rows i of logsumexp(zᵢ) − zᵢ,yᵢ, computed from the logits without
/// forming probabilities, so that no logit overflows and no probability underflows to log 0.
/// Gradient: (softmax(z) − onehot(y))/rows.
///
/// - Parameters:
///   - logits: an `(n, k)` matrix tensor of unnormalized scores, one row per sample, or a
///     `(k,)` vector tensor for a single sample.
///   - labels: n class indices in `0..<k` (one for a vector of logits).
/// - Stops (`failure`) when the counts differ, a label is out of range, or logits is empty.
public func crossEntropyLoss(logits: Tensor, labels: IntVector) -> Value {
  let z = logits.storage
  if z.rows == 0 || z.columns == 0 {
    failure("crossEntropyLoss: logits has shape \(logits.shapeText); it needs at least one sample and one class")
  }
  if labels.count != z.rows {
    failure(
      "crossEntropyLoss: logits has \(z.rows) \(z.rows == 1 ? "row" : "rows") (shape \(logits.shapeText)) but labels has \(labels.count) \(labels.count == 1 ? "element" : "elements") (give one label per row)"
    )
  }
  let classes = Array(labels)
  for (i, label) in classes.enumerated() where label < 0 || label >= z.columns {
    failure(
      "crossEntropyLoss: label \(label) (labels[\(i)]) is out of range for \(z.columns) classes (valid: 0..<\(z.columns))"
    )
  }
  let logProbabilities = rowLogSoftmax(z)
  let n = Double(z.rows)
  var total = 0.0
  for (i, label) in classes.enumerated() { total -= logProbabilities.elements[i * z.columns + label] }
  return Value(total / n, op: "crossEntropyLoss", inputs: [logits]) { g in
    var d = logProbabilities.elements.map(Double.exp)
    for (i, label) in classes.enumerated() { d[i * z.columns + label] -= 1 }
    logits.accumulate(z.with(d.map { $0 * g / n }))
  }
}
