// What a normalisation layer's forward pass returns and its backward pass consumes, and
// the backward formula shared by batch and layer normalisation (they differ only in the
// axis their statistics run along).

/// The result of a `BatchNorm` or `LayerNorm` forward pass: the output and what the
/// backward pass needs (PyTorch keeps the same in its autograd graph: x̂ and 1/√(σ² + ε)).
public struct NormalizationForward: Sendable, CustomStringConvertible {
  /// The layer's output γ ⊙ x̂ + β, the shape of the input.
  public let output: Matrix
  /// The normalised input x̂ = (x − μ)/√(σ² + ε).
  public let normalized: Matrix
  /// The means μ used: one per feature (column) for batch norm, one per sample (row) for
  /// layer norm; the running means in batch norm's inference mode.
  public let mean: Vector
  /// The variances σ² used, biased (divided by the count, as PyTorch normalises), or the
  /// running variances in inference mode.
  public let variance: Vector
  /// 1/√(σ² + ε), per feature (batch norm) or per sample (layer norm).
  public let inverseStd: Vector
  /// Whether μ and σ² came from this input (training mode, and always for layer norm), so
  /// that the backward pass differentiates through them.
  public let usesInputStatistics: Bool
  /// The axis the statistics run along: 0 (down the columns, batch norm) or 1 (along the
  /// rows, layer norm).
  public let axis: Int

  /// A short report: the layer kind, shapes and the statistics used.
  public var description: String {
    let kind = axis == 0 ? "BatchNorm" : "LayerNorm"
    let mode =
      axis == 1 ? "" : (usesInputStatistics ? " (training: batch statistics)" : " (inference: running statistics)")
    return """
      \(kind) forward\(mode), output shape \(shapeText(output.rows, output.columns))
      mean: \(mean)
      variance: \(variance)
      """
  }
}

/// The gradients of a normalisation layer's loss with respect to its input and its affine
/// parameters.
public struct NormalizationGradients: Sendable, CustomStringConvertible {
  /// ∂L/∂x, the shape of the input.
  public let input: Matrix
  /// ∂L/∂γ = Σ g ⊙ x̂ over the samples, one per feature.
  public let gamma: Vector
  /// ∂L/∂β = Σ g over the samples, one per feature.
  public let beta: Vector

  /// The three gradients, labelled.
  public var description: String {
    "input:\n\(input)\ngamma: \(gamma)\nbeta: \(beta)"
  }
}

/// The backward pass of y = γ ⊙ x̂ + β with x̂ = (x − μ)·r, r = 1/√(σ² + ε), the statistics
/// running along `forward.axis`. With ĝ = g ⊙ γ and m the count along that axis:
///
///     dx = r/m · (m·ĝ − Σĝ − x̂·Σ(ĝ ⊙ x̂))    (statistics from the input)
///     dx = r · ĝ                            (fixed statistics: batch norm's inference mode)
///
/// and dγ = Σ_samples g ⊙ x̂, dβ = Σ_samples g.
func normalizationBackward(
  _ gradOutput: Matrix, _ forward: NormalizationForward, gamma: Vector, in function: String
) -> NormalizationGradients {
  let (n, d) = (forward.output.rows, forward.output.columns)
  if gradOutput.rows != n || gradOutput.columns != d {
    failure(
      "\(function): gradOutput has shape \(shapeText(gradOutput.rows, gradOutput.columns)) but the forward output has shape \(shapeText(n, d)) (they must be equal)"
    )
  }
  if gamma.count != d {
    failure("\(function): gamma has \(gamma.count) elements but the forward pass had \(d) features")
  }
  let g = gradOutput.elements
  let xhat = forward.normalized.elements
  let r = forward.inverseStd.elements
  var dGamma = [Double](repeating: 0, count: d)
  var dBeta = [Double](repeating: 0, count: d)
  for i in 0..<n {
    for j in 0..<d {
      dGamma[j] += g[i * d + j] * xhat[i * d + j]
      dBeta[j] += g[i * d + j]
    }
  }
  var dx = [Double](repeating: 0, count: n * d)
  let groups = forward.axis == 0 ? d : n
  let count = forward.axis == 0 ? n : d
  // Element k of group a: (i, j) = (k, a) for column groups, (a, k) for row groups.
  func index(_ a: Int, _ k: Int) -> Int { forward.axis == 0 ? k * d + a : a * d + k }
  for a in 0..<groups {
    var sum = 0.0
    var dot = 0.0
    for k in 0..<count {
      let e = index(a, k)
      let gHat = g[e] * gamma.elements[e % d]
      sum += gHat
      dot += gHat * xhat[e]
    }
    let m = Double(count)
    for k in 0..<count {
      let e = index(a, k)
      let gHat = g[e] * gamma.elements[e % d]
      dx[e] = forward.usesInputStatistics ? r[a] / m * (m * gHat - sum - xhat[e] * dot) : r[a] * gHat
    }
  }
  return NormalizationGradients(
    input: Matrix(rows: n, columns: d, elements: dx), gamma: Vector(dGamma), beta: Vector(dBeta))
}

/// μ, the biased σ², 1/√(σ² + ε) of each group along `axis` (0: columns, 1: rows), two-pass.
func groupStatistics(_ x: Matrix, axis: Int, eps: Double) -> (mean: [Double], variance: [Double], inverseStd: [Double])
{
  let (n, d) = (x.rows, x.columns)
  let groups = axis == 0 ? d : n
  let count = axis == 0 ? n : d
  var means = [Double](repeating: 0, count: groups)
  var variances = means
  for a in 0..<groups {
    var sum = 0.0
    for k in 0..<count { sum += x.elements[axis == 0 ? k * d + a : a * d + k] }
    let mean = sum / Double(count)
    var squares = 0.0
    for k in 0..<count {
      let e = x.elements[axis == 0 ? k * d + a : a * d + k] - mean
      squares += e * e
    }
    means[a] = mean
    variances[a] = squares / Double(count)
  }
  return (means, variances, variances.map { 1 / ($0 + eps).squareRoot() })
}

/// y = γ ⊙ (x − μ)·r + β with the statistics per group along `axis`.
func normalize(
  _ x: Matrix, axis: Int, mean: [Double], variance: [Double], inverseStd: [Double], gamma: Vector, beta: Vector,
  usesInputStatistics: Bool
) -> NormalizationForward {
  let (n, d) = (x.rows, x.columns)
  var xhat = x.elements
  var y = x.elements
  for i in 0..<n {
    for j in 0..<d {
      let a = axis == 0 ? j : i
      let e = i * d + j
      xhat[e] = (x.elements[e] - mean[a]) * inverseStd[a]
      y[e] = gamma.elements[j] * xhat[e] + beta.elements[j]
    }
  }
  return NormalizationForward(
    output: x.with(y), normalized: x.with(xhat), mean: Vector(mean), variance: Vector(variance),
    inverseStd: Vector(inverseStd), usesInputStatistics: usesInputStatistics, axis: axis)
}
