/// Isotropic Gaussian blobs for clustering and classification (scikit-learn's
/// `sklearn.datasets.make_blobs(n_samples=100, n_features=2, centers=None, cluster_std=1.0,
/// center_box=(-10.0, 10.0), shuffle=True, random_state=None)`).
///
/// ```swift
/// let (X, y) = try makeBlobs(nSamples: 300, centers: 4, clusterStd: 0.6, randomState: 0)
/// // X, y = make_blobs(n_samples=300, centers=4, cluster_std=0.6, random_state=0)
/// ```
///
/// In scikit-learn's order: the `centers` centres are drawn uniformly from the box
/// `centerBox` in every coordinate (`rng.uniform(lo, hi, size=(centers, nFeatures))`, row by
/// row); then centre i gets `nSamples / centers` points (the first `nSamples % centers`
/// centres one more), each coordinate its centre's plus `clusterStd` times a standard normal
/// deviate; then the rows are shuffled. The centres of a seed can be had as
/// `RandomState(seed: s).uniform(lo, hi, size: (centers, nFeatures))`.
///
/// - Parameters:
///   - nSamples: the number of points, at least 1.
///   - nFeatures: the dimension of each point, at least 1.
///   - centers: the number of blobs, at least 1 (scikit-learn's default `centers=None` is 3).
///   - clusterStd: the standard deviation of every blob, ≥ 0.
///   - centerBox: the bounds of the box the centres are drawn from; `hi − lo` must be finite.
///   - shuffle: whether to shuffle the rows (otherwise blob 0's points come first).
///   - randomState: the seed, in 0…2³²−1, of a fresh ``RandomState``; nil draws from the
///     process-wide ``Random``. With the same seed, `X` and `y` are scikit-learn's, bit for bit.
/// - Returns: `X`, `nSamples × nFeatures`, and each point's blob `y`.
/// - Throws: ``DatasetError`` for an argument outside its range or a seed out of range.
public func makeBlobs(
  nSamples: Int = 100, nFeatures: Int = 2, centers: Int = 3, clusterStd: Double = 1.0,
  centerBox: (Double, Double) = (-10.0, 10.0), shuffle: Bool = true, randomState: Int? = nil
) throws -> (X: Matrix, y: IntVector) {
  try checkRandomCenters(nSamples, nFeatures, centers, centerBox)
  let stds = try checkedStds(Vector(repeating: clusterStd, count: centers), centers: centers)
  return try withGenerator(seed: randomState, function: "makeBlobs") { generator in
    let means = generator.uniform(centerBox.0, centerBox.1, size: (centers, nFeatures))
    return blobs(evenCounts(nSamples, centers), means, stds, shuffle, &generator)
  }
}

/// Gaussian blobs around given centres (scikit-learn's `make_blobs(n_samples, centers=C,
/// cluster_std=s)` with `C` an array): one blob per row of `centers`, `nSamples` points
/// shared among them as evenly as possible (the first ones one more).
///
/// ```swift
/// let (X, y) = try makeBlobs(nSamples: 100, centers: [[0, 0], [5, 5]], clusterStd: 0.5, randomState: 3)
/// ```
///
/// - Throws: ``DatasetError`` for `nSamples` < 1, an empty `centers`, a negative
///   `clusterStd`, or a seed out of range.
public func makeBlobs(
  nSamples: Int = 100, centers: Matrix, clusterStd: Double = 1.0, shuffle: Bool = true, randomState: Int? = nil
) throws -> (X: Matrix, y: IntVector) {
  try requireArgument(nSamples >= 1, "makeBlobs", "nSamples must be at least 1 (got \(nSamples))")
  try checkCenters(centers)
  let stds = try checkedStds(Vector(repeating: clusterStd, count: centers.rows), centers: centers.rows)
  return try withGenerator(seed: randomState, function: "makeBlobs") { generator in
    blobs(evenCounts(nSamples, centers.rows), centers, stds, shuffle, &generator)
  }
}

/// Gaussian blobs with a number of points, a centre and a standard deviation for each
/// (scikit-learn's `make_blobs(n_samples=[n0, n1, …], centers=C, cluster_std=[s0, s1, …])`).
///
/// ```swift
/// let (X, y) = try makeBlobs(
///   nSamples: [200, 20], centers: [[0, 0], [3, 3]], clusterStd: [1.5, 0.3], randomState: 0)
/// ```
///
/// - Throws: ``DatasetError`` unless there is one count (each ≥ 0) and one standard deviation
///   (each ≥ 0) per row of `centers`, or for a seed out of range.
public func makeBlobs(
  nSamples: [Int], centers: Matrix, clusterStd: Vector, shuffle: Bool = true, randomState: Int? = nil
) throws -> (X: Matrix, y: IntVector) {
  try checkCenters(centers)
  try checkCounts(nSamples, centers: centers.rows)
  let stds = try checkedStds(clusterStd, centers: centers.rows)
  return try withGenerator(seed: randomState, function: "makeBlobs") { generator in
    blobs(nSamples, centers, stds, shuffle, &generator)
  }
}

/// Gaussian blobs with random centres drawn from `generator` (scikit-learn's
/// `make_blobs(random_state=rng)` with a shared `np.random.RandomState`).
public func makeBlobs(
  nSamples: Int = 100, nFeatures: Int = 2, centers: Int = 3, clusterStd: Double = 1.0,
  centerBox: (Double, Double) = (-10.0, 10.0), shuffle: Bool = true, using generator: inout RandomState
) throws -> (X: Matrix, y: IntVector) {
  try checkRandomCenters(nSamples, nFeatures, centers, centerBox)
  let stds = try checkedStds(Vector(repeating: clusterStd, count: centers), centers: centers)
  let means = generator.uniform(centerBox.0, centerBox.1, size: (centers, nFeatures))
  return blobs(evenCounts(nSamples, centers), means, stds, shuffle, &generator)
}

private func checkRandomCenters(_ nSamples: Int, _ nFeatures: Int, _ centers: Int, _ box: (Double, Double))
  throws(DatasetError)
{
  try requireArgument(nSamples >= 1, "makeBlobs", "nSamples must be at least 1 (got \(nSamples))")
  try requireArgument(nFeatures >= 1, "makeBlobs", "nFeatures must be at least 1 (got \(nFeatures))")
  try requireArgument(centers >= 1, "makeBlobs", "centers must be at least 1 (got \(centers))")
  try requireArgument(
    (box.1 - box.0).isFinite, "makeBlobs", "centerBox must have a finite width (got (\(box.0), \(box.1)))")
}

private func checkCenters(_ centers: Matrix) throws(DatasetError) {
  try requireArgument(
    centers.rows >= 1 && centers.columns >= 1, "makeBlobs",
    "centers must have at least one row and one column (got shape \(shapeText(centers.rows, centers.columns)))")
}

private func checkCounts(_ counts: [Int], centers: Int) throws(DatasetError) {
  try requireArgument(
    counts.count == centers, "makeBlobs",
    "nSamples has \(counts.count) counts but centers has \(centers) rows (one count per centre)")
  if let bad = counts.first(where: { $0 < 0 }) {
    throw DatasetError("makeBlobs: every count in nSamples must be ≥ 0 (got \(bad))")
  }
}

private func checkedStds(_ stds: Vector, centers: Int) throws(DatasetError) -> [Double] {
  try requireArgument(
    stds.count == centers, "makeBlobs",
    "clusterStd has \(stds.count) values but there are \(centers) centres (one per centre)")
  if let bad = stds.elements.first(where: { !($0 >= 0) }) {
    throw DatasetError("makeBlobs: clusterStd must be ≥ 0 (got \(bad))")
  }
  return stds.elements
}

/// `n` shared among `parts` as scikit-learn does: `n // parts` each, the first `n % parts` one more.
private func evenCounts(_ n: Int, _ parts: Int) -> [Int] {
  (0..<parts).map { n / parts + ($0 < n % parts ? 1 : 0) }
}

/// The blobs: for centre i in turn, `generator.normal(loc=centers[i], scale=stds[i],
/// size=(counts[i], d))` row by row, then the shuffle.
private func blobs(
  _ counts: [Int], _ centers: Matrix, _ stds: [Double], _ shuffle: Bool, _ generator: inout RandomState
) -> (X: Matrix, y: IntVector) {
  let d = centers.columns
  var elements = [Double]()
  elements.reserveCapacity(counts.reduce(0, +) * d)
  var labels = [Int]()
  for (i, count) in counts.enumerated() {
    let center = centers.elements[(i * d)..<((i + 1) * d)].map { $0 }
    let deviates = generator.standardNormal(size: (count, d))
    for r in 0..<count {
      for c in 0..<d { elements.append(center[c] + stds[i] * deviates.elements[r * d + c]) }
    }
    labels += Array(repeating: i, count: count)
  }
  var x = Matrix(rows: labels.count, columns: d, elements: elements)
  var y = labels
  if shuffle { (x, y) = generator.shuffleSamples(x, y) }
  return (x, IntVector(y))
}
