#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// PyTorch's `F.kl_div`: the KL divergence of target rows from the model's log-probabilities,
// with PyTorch's reductions (its default "mean" averages over every element; "batchmean"
// is the mathematical KL averaged over the rows).

/// How `klDivLoss` reduces its pointwise terms (PyTorch's `reduction` argument of `F.kl_div`).
public enum KLDivReduction: String, Sendable, CaseIterable {
  /// The sum divided by the number of elements, rows·columns (PyTorch's default `"mean"`;
  /// PyTorch warns that it is not the KL divergence).
  case mean
  /// The sum divided by the number of rows, the batch size (`"batchmean"`): the KL divergence
  /// of each row, averaged over the rows.
  case batchmean
  /// The sum over every element (`"sum"`).
  case sum
}

/// The KL divergence KL(target ‖ p) between target distributions and the model's
/// distributions given as log-probabilities (PyTorch's
/// `torch.nn.functional.kl_div(input, target, reduction=…, log_target=…)`).
///
/// Each element costs target·(log target − input) (PyTorch's `xlogy(t, t) − t·input`, so a
/// target of 0 costs 0 against a finite input), or, with `logTarget`, e^t·(t − input); the
/// terms are then reduced by `reduction`.
///
/// ```swift
/// let logP = logSoftmax(Matrix([[1, 2, 3]]), axis: 1)
/// klDivLoss(logP, [[0.2, 0.3, 0.5]], reduction: .batchmean)   // KL of the row
/// ```
///
/// - Parameters:
///   - input: the model's log-probabilities, one distribution per row (e.g. `logSoftmax`).
///   - target: the target probabilities (or log-probabilities with `logTarget`), same shape.
///   - reduction: `.mean` (PyTorch's default; sum/(rows·columns)), `.batchmean` (sum/rows,
///     the mathematical KL per row) or `.sum`.
///   - logTarget: whether `target` holds log-probabilities (PyTorch's `log_target`).
/// - Shapes: stops when the shapes differ.
/// - Returns: NaN for an empty `.mean` or `.batchmean` (0 for `.sum`), and where an element is NaN.
public func klDivLoss(
  _ input: Matrix, _ target: Matrix, reduction: KLDivReduction = .mean, logTarget: Bool = false
) -> Double {
  checkSameShape(input, target, in: "klDivLoss")
  return klDivReduce(input.elements, target.elements, rows: input.rows, reduction, logTarget)
}

/// The KL divergence loss of one distribution (PyTorch's `F.kl_div` on 1-D tensors):
/// `.sum` gives KL(target ‖ p); `.mean` and `.batchmean` both divide by the length, since
/// PyTorch's batch size of a 1-D tensor is its length.
public func klDivLoss(
  _ input: Vector, _ target: Vector, reduction: KLDivReduction = .mean, logTarget: Bool = false
) -> Double {
  checkSameShape(input, target, in: "klDivLoss")
  return klDivReduce(input.elements, target.elements, rows: input.count, reduction, logTarget)
}

/// The gradient of `klDivLoss` with respect to `input`: −target (or −e^target with
/// `logTarget`), divided as the loss is by `reduction`.
public func klDivLossGradient(
  _ input: Matrix, _ target: Matrix, reduction: KLDivReduction = .mean, logTarget: Bool = false
) -> Matrix {
  checkSameShape(input, target, in: "klDivLossGradient")
  let divisor = klDivDivisor(count: input.count, rows: input.rows, reduction)
  return input.with(klDivSlopes(target.elements, logTarget, divisor))
}

/// The gradient of `klDivLoss` for one distribution; see `klDivLossGradient(_:_:reduction:logTarget:)`.
public func klDivLossGradient(
  _ input: Vector, _ target: Vector, reduction: KLDivReduction = .mean, logTarget: Bool = false
) -> Vector {
  checkSameShape(input, target, in: "klDivLossGradient")
  let divisor = klDivDivisor(count: input.count, rows: input.count, reduction)
  return Vector(klDivSlopes(target.elements, logTarget, divisor))
}

private func klDivDivisor(count: Int, rows: Int, _ reduction: KLDivReduction) -> Double {
  switch reduction {
  case .mean: Double(count)
  case .batchmean: Double(rows)
  case .sum: 1
  }
}

private func klDivReduce(
  _ input: [Double], _ target: [Double], rows: Int, _ reduction: KLDivReduction, _ logTarget: Bool
) -> Double {
  var total = 0.0
  for k in input.indices {
    let x = input[k]
    let t = target[k]
    total += logTarget ? exp(t) * (t - x) : xlogy(t, t) - t * x
  }
  if reduction == .sum { return unsignedNaN(total) }
  let divisor = klDivDivisor(count: input.count, rows: rows, reduction)
  return divisor == 0 ? .nan : unsignedNaN(total / divisor)
}

private func klDivSlopes(_ target: [Double], _ logTarget: Bool, _ divisor: Double) -> [Double] {
  mapElements(target) { t in -(logTarget ? exp(t) : t) / divisor }
}
