// Lloyd's algorithm, step by step as scikit-learn's `_kmeans_single_lloyd` runs it.

/// One k-means run: the labels, inertia and centres it ended with, and its iterations.
struct LloydRun {
  var labels: [Int]
  var inertia: Double
  var centers: Matrix
  var nIter: Int
}

/// Runs Lloyd's algorithm on `X` from the centres `start` (k × d) for at most `maxIter`
/// iterations; stops early when no label changes ("strict convergence") or when the
/// centres moved by a total squared distance of at most `tolerance`.
func lloyd(_ X: Matrix, start: Matrix, maxIter: Int, tolerance: Double) -> LloydRun {
  var centers = start
  var labelsOld = [Int](repeating: -1, count: X.rows)
  var labels = labelsOld
  var strictConvergence = false
  var iterations = 0
  for i in 0..<maxIter {
    iterations = i + 1
    // Assignment step: each sample to its nearest centre.
    labels = nearestCenters(X, centers)
    // Update step: each centre to the mean of its samples.
    let updated = clusterMeans(X, labels, previous: centers)
    var shift = 0.0
    for c in 0..<centers.rows {
      var s = 0.0
      for j in 0..<X.columns {
        let t = updated.elements[c * X.columns + j] - centers.elements[c * X.columns + j]
        s += t * t
      }
      let distance = s.squareRoot()  // sklearn stores each centre's shift, then sums their squares
      shift += distance * distance
    }
    centers = updated
    if labels == labelsOld {
      strictConvergence = true
      break
    }
    if shift <= tolerance { break }
    labelsOld = labels
  }
  // Unless the labels already fit the final centres, assign once more.
  if !strictConvergence { labels = nearestCenters(X, centers) }
  return LloydRun(labels: labels, inertia: clusterInertia(X, centers, labels), centers: centers, nIter: iterations)
}

/// The index of the nearest row of `centers` to each row of `X`, comparing
/// ‖c‖² − 2·x·c as sklearn does (the ‖x‖² term is common to every centre); ties go to the
/// lowest index.
func nearestCenters(_ X: Matrix, _ centers: Matrix) -> [Int] {
  let k = centers.rows
  let centerNorms = rowSquaredNorms(centers)
  let products = matmul(X, centers.T)  // n × k
  return (0..<X.rows).map { i in
    var best = 0
    var bestDistance = Double.infinity
    for c in 0..<k {
      let distance = centerNorms[c] - 2 * products.elements[i * k + c]
      if distance < bestDistance || c == 0 {
        (best, bestDistance) = (c, distance)
      }
    }
    return best
  }
}

/// The mean of the samples in each cluster. A cluster with no sample gets the sample
/// farthest from its centre in `previous` (taken from that sample's cluster, whose label is
/// left unchanged, as in sklearn's `_relocate_empty_clusters_dense`).
func clusterMeans(_ X: Matrix, _ labels: [Int], previous: Matrix) -> Matrix {
  let (k, d) = (previous.rows, previous.columns)
  var sums = Matrix(rows: k, columns: d)
  var counts = [Double](repeating: 0, count: k)
  for (i, c) in labels.enumerated() {
    for j in 0..<d { sums.elements[c * d + j] += X.elements[i * d + j] }
    counts[c] += 1
  }
  let empty = (0..<k).filter { counts[$0] == 0 }
  if !empty.isEmpty {
    let distances = labels.enumerated().map { i, c in
      var s = 0.0
      for j in 0..<d {
        let t = X.elements[i * d + j] - previous.elements[c * d + j]
        s += t * t
      }
      return s
    }
    let farthest = distances.indices.sorted {
      distances[$0] > distances[$1] || (distances[$0] == distances[$1] && $0 < $1)
    }.prefix(empty.count)
    for (cluster, i) in zip(empty, farthest) {
      let from = labels[i]
      for j in 0..<d {
        sums.elements[from * d + j] -= X.elements[i * d + j]
        sums.elements[cluster * d + j] = X.elements[i * d + j]
      }
      counts[cluster] = 1
      counts[from] -= 1
    }
  }
  for c in 0..<k where counts[c] > 0 {
    let scale = 1 / counts[c]
    for j in 0..<d { sums.elements[c * d + j] *= scale }
  }
  return sums
}

/// Σᵢ‖xᵢ − c_{labelᵢ}‖².
func clusterInertia(_ X: Matrix, _ centers: Matrix, _ labels: [Int]) -> Double {
  let d = X.columns
  var total = 0.0
  for (i, c) in labels.enumerated() {
    for j in 0..<d {
      let t = X.elements[i * d + j] - centers.elements[c * d + j]
      total += t * t
    }
  }
  return total
}
