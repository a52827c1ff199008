#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `nClusters` initial centres for k-means, chosen by greedy k-means++ (scikit-learn's
/// `sklearn.cluster.kmeans_plusplus`); returns the centres (rows of `X`, nClusters × d) and
/// their row indices in `X`.
///
/// ```swift
/// let X = loadIris().data
/// let (centers, indices) = kMeansPlusPlus(X, nClusters: 3, randomState: 0)
/// // the same rows as sklearn.cluster.kmeans_plusplus(X, 3, random_state=0)
/// ```
///
/// The first centre is a row drawn uniformly. Each next one is drawn with probability
/// proportional to D(x)², the squared distance from x to the nearest centre chosen so far,
/// so far-away regions get a centre. Greedily, `nLocalTrials` candidates are drawn (default
/// 2 + ⌊ln nClusters⌋) and the one that lowers Σ D(x)² most is kept.
///
/// `randomState` seeds a ``RandomState`` (sklearn's integer `random_state`, drawn through
/// `np.random.RandomState(seed)`); nil draws from the shared generator ``Random``. The draws
/// are NumPy's — one `choice` with uniform probabilities, then `uniform(size: nLocalTrials)`
/// per centre — so for the same seed the indices equal sklearn's.
///
/// Stops when `X` has no column, fewer rows than `nClusters`, a NaN or an infinity, when
/// `nClusters` is below 1, or when `nLocalTrials` is below 1.
public func kMeansPlusPlus(
  _ X: Matrix, nClusters: Int, randomState: Int? = nil, nLocalTrials: Int? = nil
) -> (centers: Matrix, indices: IntVector) {
  let function = "kMeansPlusPlus"
  if nClusters < 1 { failure("\(function): nClusters must be at least 1, got \(nClusters)") }
  if let nLocalTrials, nLocalTrials < 1 {
    failure("\(function): nLocalTrials must be at least 1 (or nil for 2 + ⌊ln nClusters⌋), got \(nLocalTrials)")
  }
  checkUnsupervisedInput(X, minimumSamples: 1, function)
  checkClusterCount(X.rows, nClusters, function)
  let indices = withSplitRandomState(randomState) { rng in
    kMeansPlusPlusIndices(
      X, squaredNorms: rowSquaredNorms(X), nClusters: nClusters, nLocalTrials: nLocalTrials, rng: &rng)
  }
  return (rowsOf(X, indices), IntVector(indices))
}

/// Stops unless there are at least as many samples as clusters.
func checkClusterCount(_ samples: Int, _ nClusters: Int, _ function: String) {
  if samples < nClusters {
    failure("\(function): n_samples=\(samples) should be >= n_clusters=\(nClusters)")
  }
}

/// The rows of `X` at `indices`, stacked.
func rowsOf(_ X: Matrix, _ indices: [Int]) -> Matrix {
  let d = X.columns
  var elements: [Double] = []
  elements.reserveCapacity(indices.count * d)
  for i in indices { elements += X.elements[(i * d)..<(i * d + d)] }
  return Matrix(rows: indices.count, columns: d, elements: elements)
}

/// The squared distances from row `row` of `X` to every row of `X`, computed as sklearn's
/// `euclidean_distances(squared=True)` does: −2·x·y + ‖x‖² + ‖y‖², clipped at 0.
func squaredDistancesFromRow(_ X: Matrix, _ row: Int, squaredNorms: [Double]) -> [Double] {
  let d = X.columns
  let xx = squaredNorms[row]
  return (0..<X.rows).map { i in
    var dot = 0.0
    for j in 0..<d { dot += X.elements[row * d + j] * X.elements[i * d + j] }
    return Swift.max(-2 * dot + xx + squaredNorms[i], 0)
  }
}

/// The row indices greedy k-means++ picks (sklearn's `_kmeans_plusplus` with unit sample
/// weights), drawing from `rng` exactly as sklearn draws from its `RandomState`.
func kMeansPlusPlusIndices(
  _ X: Matrix, squaredNorms: [Double], nClusters: Int, nLocalTrials: Int?, rng: inout RandomState
) -> [Int] {
  let n = X.rows
  let trials = nLocalTrials ?? 2 + Int(log(Double(nClusters)))
  // The first centre: one row, uniformly (sklearn draws it with choice(n, p=weights/Σweights)).
  let first = rng.choice(n, p: Vector(repeating: 1 / Double(n), count: n))
  var indices = [first]
  var closest = squaredDistancesFromRow(X, first, squaredNorms: squaredNorms)
  var potential = closest.reduce(0, +)
  for _ in 1..<nClusters {
    // Draw `trials` candidates with probability ∝ D(x)²: inverse-CDF lookups of uniforms.
    let targets = rng.uniform(size: trials).elements.map { $0 * potential }
    var cumulative = closest
    for i in 1..<n { cumulative[i] += cumulative[i - 1] }
    let candidates = targets.map { t in
      // searchsorted(cumulative, t, side="left"), clipped to the last row.
      var (low, high) = (0, n)
      while low < high {
        let middle = (low + high) / 2
        if cumulative[middle] < t { low = middle + 1 } else { high = middle }
      }
      return Swift.min(low, n - 1)
    }
    // Keep the candidate whose addition leaves the smallest Σ D(x)².
    var bestPotential = Double.infinity
    var bestCandidate = -1
    var bestClosest: [Double] = []
    for candidate in candidates {
      let distances = squaredDistancesFromRow(X, candidate, squaredNorms: squaredNorms)
      let updated = zip(closest, distances).map { Swift.min($0, $1) }
      let candidatePotential = updated.reduce(0, +)
      if bestCandidate < 0 || candidatePotential < bestPotential {
        (bestPotential, bestCandidate, bestClosest) = (candidatePotential, candidate, updated)
      }
    }
    indices.append(bestCandidate)
    potential = bestPotential
    closest = bestClosest
  }
  return indices
}
