#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The formulas of a Gaussian mixture's EM, as scikit-learn's `_gaussian_mixture.py` writes
// them: responsibilities → parameters (M step), parameters → log densities (E step).

/// The parameters of a k-component mixture in d dimensions during EM.
struct MixtureParameters: Sendable {
  /// The mixing weights πₖ, summing to 1.
  var weights: [Double]
  /// The means μₖ, one per row: k × d.
  var means: Matrix
  /// The covariances Σₖ, each d × d (diagonal for `.diag`); empty when the parameters came
  /// from given precisions and no M step has run yet.
  var covariances: [Matrix]
  /// Matrices Uₖ with Σₖ⁻¹ = Uₖ·Uₖᵀ (sklearn's `precisions_cholesky_`), each d × d.
  var precisionCholesky: [Matrix]
}

/// sklearn's message when a covariance is not positive definite.
let illDefinedCovarianceMessage =
  "Fitting the mixture model failed because some components have ill-defined empirical covariance (for instance caused by singleton or collapsed samples). Try to decrease the number of components, increase regCovar, or scale the input data."

/// The weights (unnormalised: Σᵢ rᵢₖ), means and covariances that the responsibilities
/// `resp` (n × k) give (sklearn's `_estimate_gaussian_parameters`): Nₖ = Σᵢ rᵢₖ + 10ε,
/// μₖ = Σᵢ rᵢₖ xᵢ / Nₖ, Σₖ = Σᵢ rᵢₖ (xᵢ − μₖ)(xᵢ − μₖ)ᵀ / Nₖ + regCovar·I (diagonal only for
/// `.diag`, computed as mean(x²) − μ² + regCovar).
func estimateGaussianParameters(
  _ X: Matrix, _ resp: Matrix, regCovar: Double, diagonal: Bool
) -> (nk: [Double], means: Matrix, covariances: [Matrix]) {
  let (n, d, k) = (X.rows, X.columns, resp.columns)
  var nk = [Double](repeating: 0, count: k)
  for i in 0..<n {
    for c in 0..<k { nk[c] += resp.elements[i * k + c] }
  }
  nk = nk.map { $0 + 10 * Double.ulpOfOne }
  var means = matmul(resp.T, X)  // k × d
  for c in 0..<k {
    for j in 0..<d { means.elements[c * d + j] /= nk[c] }
  }
  var covariances: [Matrix] = []
  for c in 0..<k {
    var cov = Matrix(rows: d, columns: d)
    if diagonal {
      for j in 0..<d {
        var s = 0.0
        for i in 0..<n { s += resp.elements[i * k + c] * X.elements[i * d + j] * X.elements[i * d + j] }
        let m = means.elements[c * d + j]
        cov.elements[j * d + j] = s / nk[c] - m * m + regCovar
      }
    } else {
      // (r ∘ diffᵀ) · diff / Nₖ
      var diff = X
      var weighted = X
      for i in 0..<n {
        for j in 0..<d {
          diff.elements[i * d + j] = X.elements[i * d + j] - means.elements[c * d + j]
          weighted.elements[i * d + j] = resp.elements[i * k + c] * diff.elements[i * d + j]
        }
      }
      cov = matmul(weighted.T, diff)
      for e in cov.elements.indices { cov.elements[e] /= nk[c] }
      for j in 0..<d { cov.elements[j * d + j] += regCovar }
    }
    covariances.append(cov)
  }
  return (nk, means, covariances)
}

/// Uₖ = (Lₖ⁻¹)ᵀ for each covariance Σₖ = LₖLₖᵀ (sklearn's `_compute_precision_cholesky`); for
/// `.diag`, the diagonal 1/√σ². Stops with sklearn's message when a covariance is not
/// positive definite.
func precisionCholesky(_ covariances: [Matrix], diagonal: Bool, _ function: String) -> [Matrix] {
  covariances.map { cov in
    let d = cov.rows
    var u = Matrix(rows: d, columns: d)
    if diagonal {
      for j in 0..<d {
        let v = cov.elements[j * d + j]
        if !(v > 0) { failure("\(function): \(illDefinedCovarianceMessage)") }
        u.elements[j * d + j] = 1 / v.squareRoot()
      }
      return u
    }
    guard let l = try? cholesky(cov) else { failure("\(function): \(illDefinedCovarianceMessage)") }
    // Solve L·W = I by forward substitution; U = Wᵀ.
    var w = Matrix(rows: d, columns: d)
    for col in 0..<d {
      for i in 0..<d {
        var s = i == col ? 1.0 : 0.0
        for m in 0..<i { s -= l.elements[i * d + m] * w.elements[m * d + col] }
        w.elements[i * d + col] = s / l.elements[i * d + i]
      }
    }
    return w.T
  }
}

/// Uₖ with Pₖ = UₖUₖᵀ upper triangular, from given precision matrices Pₖ (sklearn's
/// `_compute_precision_cholesky_from_precisions`: J·chol(J·P·J)·J with J the exchange matrix);
/// for `.diag`, the diagonal √p.
func precisionCholeskyFromPrecisions(_ precisions: [Matrix], diagonal: Bool) -> [Matrix] {
  precisions.map { p in
    let d = p.rows
    var u = Matrix(rows: d, columns: d)
    if diagonal {
      for j in 0..<d { u.elements[j * d + j] = p.elements[j * d + j].squareRoot() }
      return u
    }
    let flipped = Matrix(rows: d, columns: d, elements: p.elements.reversed())
    guard let l = try? cholesky(flipped) else {
      failure("GaussianMixture: 'full precision' should be symmetric, positive-definite")
    }
    return Matrix(rows: d, columns: d, elements: l.elements.reversed())
  }
}

/// log N(xᵢ | μₖ, Σₖ) for every sample and component, n × k (sklearn's
/// `_estimate_log_gaussian_prob`): −½(d·log 2π + ‖(xᵢ − μₖ)ᵀUₖ‖²) + Σⱼ log Uₖ[j, j].
func logGaussianDensities(_ X: Matrix, _ parameters: MixtureParameters, diagonal: Bool) -> Matrix {
  let (n, d, k) = (X.rows, X.columns, parameters.weights.count)
  var result = Matrix(rows: n, columns: k)
  let constant = Double(d) * log(2 * Double.pi)
  for c in 0..<k {
    let u = parameters.precisionCholesky[c]
    var logDet = 0.0
    for j in 0..<d { logDet += log(u.elements[j * d + j]) }
    let mu = parameters.means[c..<(c + 1), ...]
    if diagonal {
      // Σⱼ μ²p − 2 x·(μp) + x²·p, as sklearn expands it.
      var meanTerm = 0.0
      for j in 0..<d {
        let p = u.elements[j * d + j] * u.elements[j * d + j]
        meanTerm += mu.elements[j] * mu.elements[j] * p
      }
      for i in 0..<n {
        var cross = 0.0
        var square = 0.0
        for j in 0..<d {
          let p = u.elements[j * d + j] * u.elements[j * d + j]
          let x = X.elements[i * d + j]
          cross += x * (mu.elements[j] * p)
          square += x * x * p
        }
        result.elements[i * k + c] = -0.5 * (constant + (meanTerm - 2 * cross + square)) + logDet
      }
    } else {
      // y = X·U − μ·U, row by row.
      let y = matmul(X, u)
      let shift = matmul(mu, u)
      for i in 0..<n {
        var s = 0.0
        for j in 0..<d {
          let t = y.elements[i * d + j] - shift.elements[j]
          s += t * t
        }
        result.elements[i * k + c] = -0.5 * (constant + s) + logDet
      }
    }
  }
  return result
}

/// log πₖ + log N(xᵢ | μₖ, Σₖ), n × k (sklearn's `_estimate_weighted_log_prob`).
func weightedLogDensities(_ X: Matrix, _ parameters: MixtureParameters, diagonal: Bool) -> Matrix {
  var result = logGaussianDensities(X, parameters, diagonal: diagonal)
  let k = parameters.weights.count
  for i in 0..<X.rows {
    for c in 0..<k { result.elements[i * k + c] += log(parameters.weights[c]) }
  }
  return result
}

/// The E step: log p(xᵢ) = logsumexpₖ(log πₖ + log N(xᵢ)) for each sample, and the log
/// responsibilities log rᵢₖ = log πₖ + log N(xᵢ | k) − log p(xᵢ) (sklearn's `_estimate_log_prob_resp`).
func logResponsibilities(_ X: Matrix, _ parameters: MixtureParameters, diagonal: Bool) -> (
  logDensity: [Double], logResp: Matrix
) {
  var weighted = weightedLogDensities(X, parameters, diagonal: diagonal)
  let k = weighted.columns
  let norms = logsumexp(weighted, axis: 1).elements
  for i in 0..<X.rows {
    for c in 0..<k { weighted.elements[i * k + c] -= norms[i] }
  }
  return (norms, weighted)
}
