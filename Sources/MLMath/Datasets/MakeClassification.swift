#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A random classification problem: Gaussian clusters on the vertices of a hypercube, with
/// informative, redundant, repeated and useless features (scikit-learn's
/// `sklearn.datasets.make_classification(n_samples=100, n_features=20, n_informative=2,
/// n_redundant=2, n_repeated=0, n_classes=2, n_clusters_per_class=2, weights=None,
/// flip_y=0.01, class_sep=1.0, hypercube=True, shift=0.0, scale=1.0, shuffle=True,
/// random_state=None)`; Guyon's design for the NIPS 2003 feature selection challenge).
///
/// ```swift
/// let (X, y) = try makeClassification(
///   nSamples: 200, nFeatures: 5, nInformative: 2, nRedundant: 1, randomState: 42)
/// // X, y = make_classification(n_samples=200, n_features=5, n_informative=2,
/// //                            n_redundant=1, random_state=42)
/// ```
///
/// Step by step, drawing from the generator in scikit-learn's order:
/// 1. `nClasses · nClustersPerClass` distinct vertices of the `nInformative`-dimensional
///    hypercube {−classSep, +classSep}ⁿ are chosen (scikit-learn's
///    `sample_without_replacement`); with `hypercube: false` each is scaled by random factors.
/// 2. Cluster k gets `nSamples · weights[k mod nClasses] / nClustersPerClass` samples (the
///    remainder shared out from the first cluster on) and class `k mod nClasses`: standard
///    normal points, multiplied by a random `nInformative × nInformative` matrix with entries
///    in (−1, 1) and moved to the cluster's vertex.
/// 3. `nRedundant` features are random linear combinations of the informative ones,
///    `nRepeated` are copies of random informative or redundant ones, and the rest are
///    standard normal noise.
/// 4. Each label is replaced, with probability `flipY`, by a random class; the features are
///    shifted by `shift` and multiplied by `scale` (random per feature when nil); the samples
///    and then the features are shuffled.
///
/// - Parameters:
///   - nSamples: at least 1. nFeatures: at least 1, and at least
///     `nInformative + nRedundant + nRepeated`.
///   - nInformative: at least 1 and at least log₂(nClasses · nClustersPerClass).
///   - nRedundant, nRepeated: ≥ 0.
///   - nClasses, nClustersPerClass: at least 1.
///   - weights: the share of samples in each class (`nClasses` values, or `nClasses − 1`
///     with the last 1 − their sum), each ≥ 0; nil for equal shares. Shares summing past 1
///     give the later clusters fewer samples, as in scikit-learn.
///   - flipY: the share of labels replaced at random, in [0, 1].
///   - classSep: half the side of the hypercube, > 0.
///   - hypercube: whether the clusters sit on the hypercube's vertices (false: on a random
///     polytope).
///   - shift: added to every feature (finite); nil draws one per feature from
///     U(−classSep, classSep).
///   - scale: multiplies every feature after the shift (> 0); nil draws one per feature
///     from U(1, 101).
///   - shuffle: whether to shuffle the samples and the features.
///   - randomState: the seed, in 0…2³²−1, of a fresh ``RandomState``; nil draws from the
///     process-wide ``Random``.
/// - Returns: `X`, `nSamples × nFeatures`, and the classes `y`. With the same seed `y` is
///   scikit-learn's exactly; `X` too, except that the products of steps 2 and 3 are summed in
///   order, left to right, where NumPy's `np.dot` uses BLAS (with fused multiply-adds on most
///   machines): those features agree to rounding, within 1e-12 of the largest magnitude in
///   their column (measured: 5.0e-16). The sums here are the same on every machine.
/// - Throws: ``DatasetError`` with scikit-learn's conditions for the arguments, and for a
///   negative weight (scikit-learn accepts it and slices past the array).
public func makeClassification(
  nSamples: Int = 100, nFeatures: Int = 20, nInformative: Int = 2, nRedundant: Int = 2, nRepeated: Int = 0,
  nClasses: Int = 2, nClustersPerClass: Int = 2, weights: [Double]? = nil, flipY: Double = 0.01,
  classSep: Double = 1.0, hypercube: Bool = true, shift: Double? = 0.0, scale: Double? = 1.0, shuffle: Bool = true,
  randomState: Int? = nil
) throws -> (X: Matrix, y: IntVector) {
  let spec = try ClassificationSpec(
    nSamples: nSamples, nFeatures: nFeatures, nInformative: nInformative, nRedundant: nRedundant,
    nRepeated: nRepeated, nClasses: nClasses, nClustersPerClass: nClustersPerClass, weights: weights, flipY: flipY,
    classSep: classSep, hypercube: hypercube, shift: shift, scale: scale, shuffle: shuffle)
  return try withGenerator(seed: randomState, function: "makeClassification") { spec.generate(&$0) }
}

/// A classification problem drawn from `generator` (scikit-learn's
/// `make_classification(random_state=rng)` with a shared `np.random.RandomState`).
public func makeClassification(
  nSamples: Int = 100, nFeatures: Int = 20, nInformative: Int = 2, nRedundant: Int = 2, nRepeated: Int = 0,
  nClasses: Int = 2, nClustersPerClass: Int = 2, weights: [Double]? = nil, flipY: Double = 0.01,
  classSep: Double = 1.0, hypercube: Bool = true, shift: Double? = 0.0, scale: Double? = 1.0, shuffle: Bool = true,
  using generator: inout RandomState
) throws -> (X: Matrix, y: IntVector) {
  let spec = try ClassificationSpec(
    nSamples: nSamples, nFeatures: nFeatures, nInformative: nInformative, nRedundant: nRedundant,
    nRepeated: nRepeated, nClasses: nClasses, nClustersPerClass: nClustersPerClass, weights: weights, flipY: flipY,
    classSep: classSep, hypercube: hypercube, shift: shift, scale: scale, shuffle: shuffle)
  return spec.generate(&generator)
}

/// The checked arguments of `makeClassification`, and scikit-learn's algorithm over them.
private struct ClassificationSpec {
  let nSamples, nFeatures, nInformative, nRedundant, nRepeated, nClasses, nClustersPerClass: Int
  let classWeights: [Double]
  let flipY, classSep: Double
  let hypercube, shuffle: Bool
  let shift, scale: Double?

  init(
    nSamples: Int, nFeatures: Int, nInformative: Int, nRedundant: Int, nRepeated: Int, nClasses: Int,
    nClustersPerClass: Int, weights: [Double]?, flipY: Double, classSep: Double, hypercube: Bool, shift: Double?,
    scale: Double?, shuffle: Bool
  ) throws(DatasetError) {
    let f = "makeClassification"
    try requireArgument(nSamples >= 1, f, "nSamples must be at least 1 (got \(nSamples))")
    try requireArgument(nFeatures >= 1, f, "nFeatures must be at least 1 (got \(nFeatures))")
    try requireArgument(nInformative >= 1, f, "nInformative must be at least 1 (got \(nInformative))")
    try requireArgument(nRedundant >= 0, f, "nRedundant must be ≥ 0 (got \(nRedundant))")
    try requireArgument(nRepeated >= 0, f, "nRepeated must be ≥ 0 (got \(nRepeated))")
    try requireArgument(nClasses >= 1, f, "nClasses must be at least 1 (got \(nClasses))")
    try requireArgument(
      nClustersPerClass >= 1, f, "nClustersPerClass must be at least 1 (got \(nClustersPerClass))")
    try requireArgument(flipY >= 0 && flipY <= 1, f, "flipY must be in [0, 1] (got \(flipY))")
    try requireArgument(classSep > 0 && classSep.isFinite, f, "classSep must be positive and finite (got \(classSep))")
    if let shift { try requireArgument(shift.isFinite, f, "shift must be finite (got \(shift))") }
    if let scale {
      try requireArgument(scale > 0 && scale.isFinite, f, "scale must be positive and finite (got \(scale))")
    }
    try requireArgument(
      nInformative + nRedundant + nRepeated <= nFeatures, f,
      "Number of informative, redundant and repeated features must sum to less than the number of total features (\(nInformative) + \(nRedundant) + \(nRepeated) > \(nFeatures))"
    )
    let (clusters, overflow) = nClasses.multipliedReportingOverflow(by: nClustersPerClass)
    // scikit-learn compares with log2 to avoid overflowing 2**n_informative.
    try requireArgument(
      !overflow && Double(nInformative) >= log2(Double(clusters)), f,
      "nClasses(\(nClasses)) * nClustersPerClass(\(nClustersPerClass)) must be smaller or equal 2**nInformative(\(nInformative))"
    )
    var classWeights = Array(repeating: 1.0 / Double(nClasses), count: nClasses)
    if let weights {
      try requireArgument(
        weights.count == nClasses || weights.count == nClasses - 1, f,
        "weights has \(weights.count) values; give nClasses (\(nClasses)) or nClasses − 1")
      classWeights = weights
      if weights.count == nClasses - 1 { classWeights.append(1.0 - weights.reduce(0, +)) }
      if let bad = classWeights.first(where: { !($0 >= 0) || !$0.isFinite }) {
        throw DatasetError(
          "\(f): every class weight must be finite and ≥ 0 (got \(bad)\(weights.count == nClasses - 1 ? " for the last class, 1 − the sum of the others" : ""))"
        )
      }
    }
    (self.nSamples, self.nFeatures, self.nInformative, self.nRedundant) = (
      nSamples, nFeatures, nInformative, nRedundant
    )
    (self.nRepeated, self.nClasses, self.nClustersPerClass) = (nRepeated, nClasses, nClustersPerClass)
    self.classWeights = classWeights
    (self.flipY, self.classSep, self.hypercube, self.shuffle) = (flipY, classSep, hypercube, shuffle)
    (self.shift, self.scale) = (shift, scale)
  }

  /// scikit-learn's `make_classification` body, draw for draw.
  func generate(_ generator: inout RandomState) -> (X: Matrix, y: IntVector) {
    let n = nSamples
    let ni = nInformative
    let nClusters = nClasses * nClustersPerClass
    let nRandom = nFeatures - nInformative - nRedundant - nRepeated
    // Samples per cluster, by weight, the remainder shared out one by one.
    var perCluster = (0..<nClusters).map { k in
      Int(Double(n) * classWeights[k % nClasses] / Double(nClustersPerClass))
    }
    let assigned = perCluster.reduce(0, +)
    if assigned < n {
      for i in 0..<(n - assigned) { perCluster[i % nClusters] += 1 }
    }
    var x = Matrix(rows: n, columns: nFeatures)
    var y = Array(repeating: 0, count: n)
    // Cluster centres: distinct hypercube vertices in {−classSep, +classSep}^ni.
    var centroids = hypercubeVertices(nClusters, ni, &generator)
    let side = 2 * classSep
    for k in centroids.elements.indices { centroids.elements[k] = centroids.elements[k] * side - classSep }
    if !hypercube {
      let rowFactors = generator.uniform(0, 1, size: (nClusters, 1))
      for r in 0..<nClusters {
        for c in 0..<ni { centroids.elements[r * ni + c] *= rowFactors.elements[r] }
      }
      let columnFactors = generator.uniform(0, 1, size: (1, ni))
      for r in 0..<nClusters {
        for c in 0..<ni { centroids.elements[r * ni + c] *= columnFactors.elements[c] }
      }
    }
    let informative = generator.standardNormal(size: (n, ni))
    for r in 0..<n {
      for c in 0..<ni { x.elements[r * nFeatures + c] = informative.elements[r * ni + c] }
    }
    // Each cluster: random covariance, then moved to its vertex (slices clipped at n, as Python's).
    var stop = 0
    for k in 0..<nClusters {
      let start = stop
      stop = start + perCluster[k]
      let rows = Swift.min(start, n)..<Swift.min(stop, n)
      for r in rows { y[r] = k % nClasses }
      let a = twoUniformMinusOne(ni, ni, &generator)
      for r in rows {
        let base = r * nFeatures
        let point = Array(x.elements[base..<(base + ni)])
        for j in 0..<ni {
          var sum = 0.0
          for i in 0..<ni { sum += point[i] * a.elements[i * ni + j] }
          x.elements[base + j] = sum + centroids.elements[k * ni + j]
        }
      }
    }
    if nRedundant > 0 {
      let b = twoUniformMinusOne(ni, nRedundant, &generator)
      for r in 0..<n {
        let base = r * nFeatures
        for j in 0..<nRedundant {
          var sum = 0.0
          for i in 0..<ni { sum += x.elements[base + i] * b.elements[i * nRedundant + j] }
          x.elements[base + ni + j] = sum
        }
      }
    }
    let used = ni + nRedundant
    if nRepeated > 0 {
      let picks = generator.uniform(0, 1, size: nRepeated).elements.map { Int(Double(used - 1) * $0 + 0.5) }
      for r in 0..<n {
        for (j, source) in picks.enumerated() {
          x.elements[r * nFeatures + used + j] = x.elements[r * nFeatures + source]
        }
      }
    }
    if nRandom > 0 {
      let noise = generator.standardNormal(size: (n, nRandom))
      for r in 0..<n {
        for j in 0..<nRandom { x.elements[r * nFeatures + nFeatures - nRandom + j] = noise.elements[r * nRandom + j] }
      }
    }
    // Random labels for a share flipY of the samples (uniform draws happen even for flipY = 0).
    let flips = generator.uniform(0, 1, size: n).elements.enumerated().filter { $0.element < flipY }.map(\.offset)
    let newLabels = generator.randint(0, nClasses, size: flips.count)
    for (i, r) in flips.enumerated() { y[r] = newLabels[i] }
    let shifts =
      shift.map { Array(repeating: $0, count: nFeatures) }
      ?? generator.uniform(0, 1, size: nFeatures).elements.map { (2 * $0 - 1) * classSep }
    for r in 0..<n {
      for c in 0..<nFeatures { x.elements[r * nFeatures + c] += shifts[c] }
    }
    let scales =
      scale.map { Array(repeating: $0, count: nFeatures) }
      ?? generator.uniform(0, 1, size: nFeatures).elements.map { 1 + 100 * $0 }
    for r in 0..<n {
      for c in 0..<nFeatures { x.elements[r * nFeatures + c] *= scales[c] }
    }
    if shuffle {
      (x, y) = generator.shuffleSamples(x, y)
      var features = Array(0..<nFeatures)
      generator.shuffle(&features)
      x = takeColumns(x, features)
    }
    return (x, IntVector(y))
  }
}

/// `2 * rng.uniform(size=(rows, columns)) - 1`.
private func twoUniformMinusOne(_ rows: Int, _ columns: Int, _ generator: inout RandomState) -> Matrix {
  var m = generator.uniform(0, 1, size: (rows, columns))
  for k in m.elements.indices { m.elements[k] = 2 * m.elements[k] - 1 }
  return m
}

/// `count` distinct 0/1 rows of length `dimensions` (scikit-learn's `_generate_hypercube`):
/// the binary digits, most significant first, of distinct integers below 2^dimensions from
/// `sample_without_replacement`; past 30 dimensions the leading `dimensions − 30` columns are
/// `rng.randint(2, size=(count, dimensions − 30))` and the last 30 recurse.
private func hypercubeVertices(_ count: Int, _ dimensions: Int, _ generator: inout RandomState) -> Matrix {
  if dimensions > 30 {
    let leading = generator.randint(0, 2, size: (count, dimensions - 30))
    let trailing = hypercubeVertices(count, 30, &generator)
    var elements = [Double]()
    elements.reserveCapacity(count * dimensions)
    for r in 0..<count {
      for c in 0..<(dimensions - 30) { elements.append(Double(leading[r, c])) }
      elements += trailing.elements[(r * 30)..<((r + 1) * 30)]
    }
    return Matrix(rows: count, columns: dimensions, elements: elements)
  }
  let values = generator.sampleWithoutReplacement(population: 1 << dimensions, count: count)
  var elements = [Double]()
  elements.reserveCapacity(count * dimensions)
  for v in values {
    for bit in stride(from: dimensions - 1, through: 0, by: -1) { elements.append(Double((v >> bit) & 1)) }
  }
  return Matrix(rows: count, columns: dimensions, elements: elements)
}
