#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The multinomial distribution: how many of `n` independent trials fall in each of k
/// categories, category i having probability `p[i]` (SciPy's
/// `scipy.stats.multinomial(n, p)`, NumPy's `np.random.multinomial(n, pvals)`).
///
/// P(X = x) = n! / (x₀! ⋯ x_{k−1}!) · p₀^x₀ ⋯ p_{k−1}^x_{k−1} for counts xᵢ ≥ 0 summing to n.
/// Each count alone is `Binomial(n: n, p: p[i])`.
///
/// ```swift
/// let rolls = try Multinomial(n: 6, p: [0.5, 0.3, 0.2])
/// print(rolls.pmf([3, 2, 1]))   // 0.135
/// print(rolls.mean)             // [3.  1.8 1.2]
/// ```
///
/// - Accuracy: `logpmf` in Loader's saddle-point form, ½ log(2πn) + δ(n) − Σ (½ log(2πxᵢ) +
///   δ(xᵢ)) − Σ D(xᵢ, npᵢ), in which the n log n-sized terms of SciPy's log-gamma sum have
///   cancelled analytically; the entropy by the same rearrangement of SciPy's formula (a sum
///   over each count's binomial distribution of positive terms only), accurate at any n.
/// - Sampling: `sample` draws NumPy's legacy `np.random.multinomial(n, p)`, bit for bit.
public struct Multinomial: Sendable, Hashable, CustomStringConvertible {
  /// The number of trials n ≥ 0.
  public let n: Int
  /// The category probabilities, summing to 1.
  public let p: Vector

  /// Multinomial(n, p).
  ///
  /// - Throws: ``DistributionError`` if `n` is negative, `p` is empty, an entry of `p` is
  ///   not in [0, 1], or the entries do not sum to 1 within 1e-8.
  public init(n: Int, p: Vector) throws {
    if n < 0 {
      throw DistributionError(
        distribution: "Multinomial", parameter: "n", value: Double(n), requirement: "must be ≥ 0")
    }
    guard p.count > 0 else {
      throw DistributionError(
        distribution: "Multinomial", parameter: "p", value: 0,
        requirement: "must hold at least one probability (its count)")
    }
    for (i, value) in p.elements.enumerated() {
      try requireProbability(value, "p[\(i)]", of: "Multinomial")
    }
    var total = NeumaierSum()
    for value in p.elements { total.add(value) }
    if abs(total.value - 1) > 1e-8 {
      throw DistributionError(
        distribution: "Multinomial", parameter: "sum(p)", value: total.value,
        requirement: "must be 1 (within 1e-8)")
    }
    self.n = n
    self.p = p
  }

  /// The probabilities SciPy computes with: the last replaced by 1 − Σ of the others when
  /// the sum misses 1 by more than 10ε (`multinomial._process_parameters`).
  var probabilities: [Double] {
    var values = p.elements
    let sum = values.reduce(0, +)
    if abs(1 - sum) > 10 * Double.ulpOfOne {
      values[values.count - 1] = 1 - values.dropLast().reduce(0, +)
    }
    return values
  }

  /// The number of categories k.
  public var count: Int { p.count }

  /// log P(X = counts); −∞ for counts that are negative or do not sum to n.
  ///
  /// `counts` must hold one count per category (stops otherwise, as SciPy raises).
  public func logpmf(_ counts: IntVector) -> Double {
    guard counts.count == p.count else {
      failure(
        "Multinomial.logpmf: size of each quantile should be size of p: received \(counts.count), but expected \(p.count)"
      )
    }
    var sum = 0
    for x in counts.elements {
      if x < 0 { return -.infinity }
      let (next, overflow) = sum.addingReportingOverflow(x)
      if overflow { return -.infinity }
      sum = next
    }
    if sum != n { return -.infinity }
    if n == 0 { return 0 }
    let trials = Double(n)
    let probabilities = self.probabilities
    var total = NeumaierSum()
    total.add(0.5 * log(2 * Double.pi * trials) + stirlingError(trials))
    var probabilitySum = NeumaierSum()
    for (x, pi) in zip(counts.elements, probabilities) {
      guard x > 0 else { continue }
      if pi == 0 { return -.infinity }
      probabilitySum.add(pi)
      let xi = Double(x)
      total.add(-(0.5 * log(2 * Double.pi * xi) + stirlingError(xi)))
      total.add(-devianceTerm(xi, trials * pi))
    }
    // What is left of Σ (npᵢ − xᵢ) over the categories with xᵢ > 0 (D(0, npᵢ) = npᵢ
    // cancels the other categories' share of it).
    total.add(trials * (probabilitySum.value - 1))
    return unsignedNaN(total.value)
  }

  /// P(X = counts): 0 for counts that are negative or do not sum to n (SciPy's `pmf`).
  public func pmf(_ counts: IntVector) -> Double { exp(logpmf(counts)) }

  /// The log-pmf of each row of `counts` (one draw per row), as SciPy's `logpmf` of a 2-D array.
  public func logpmf(_ counts: IntMatrix) -> Vector {
    Vector((0..<counts.rows).map { logpmf(counts.row($0)) })
  }

  /// The pmf of each row of `counts`.
  public func pmf(_ counts: IntMatrix) -> Vector {
    Vector((0..<counts.rows).map { pmf(counts.row($0)) })
  }

  /// The mean counts n p.
  public var mean: Vector { Vector(probabilities.map { Double(n) * $0 }) }

  /// The k × k covariance matrix n (diag(p) − p pᵀ).
  public var cov: Matrix {
    let values = probabilities
    let k = values.count
    let trials = Double(n)
    var elements = [Double](repeating: 0, count: k * k)
    for i in 0..<k {
      for j in 0..<k { elements[i * k + j] = trials * (-values[i] * values[j]) }
      elements[i * k + i] += trials * values[i]
    }
    return Matrix(rows: k, columns: k, elements: elements)
  }

  /// The entropy −E[log P(X)] in nats.
  ///
  /// SciPy's formula −log n! − n Σ pᵢ log pᵢ + Σᵢ E[log Xᵢ!] (Xᵢ ~ Binomial(n, pᵢ)) subtracts
  /// numbers near n log n; with Stirling's formula for each factorial it becomes
  /// −½ log(2πn) − δ(n) + Σᵢ E[D(Xᵢ, npᵢ) + ½ log(2πXᵢ) + δ(Xᵢ)] (the last two for Xᵢ ≥ 1),
  /// a sum of positive terms, summed over each binomial's support.
  public var entropy: Double {
    if n == 0 { return 0 }
    let trials = Double(n)
    var total = NeumaierSum()
    total.add(-0.5 * log(2 * Double.pi * trials) - stirlingError(trials))
    for pi in probabilities where pi > 0 {
      total.add(Self.stirlingExpectation(trials: trials, p: pi))
    }
    return unsignedNaN(max(total.value, 0))
  }

  /// E[D(X, np) + ½ log(2πX) + δ(X)] (the last two 0 at X = 0) for X ~ Binomial(n, p): one category's
  /// share of the entropy. Summed over the support while the variance npq is below 10⁵;
  /// beyond, the Taylor series of each piece about the mean np, with the binomial's central
  /// moments up to the eighth (from its cumulants), whose first omitted term is of order
  /// (npq)⁻⁴ — the sum would need millions of terms there.
  static func stirlingExpectation(trials: Double, p: Double) -> Double {
    let q = 1 - p
    let mean = trials * p
    let variance = mean * q
    guard variance >= 1e5 else {
      return latticeExpectation(
        lower: 0, upper: trials, mode: ((trials + 1) * p).rounded(.down),
        logpmf: { logBinomialProbability($0, trials, p, q) },
        weight: { k, _ in
          // D(0, μ) = μ: the X log(X/μ) part of D is 0 there, its μ − X part is not.
          devianceTerm(k, mean) + (k < 1 ? 0 : 0.5 * log(2 * Double.pi * k) + stirlingError(k))
        })
    }
    let m = binomialCentralMoments(variance: variance, pq: p * q, qMinusP: q - p)
    var deviance = 0.0
    var logTerm = 0.5 * log(2 * Double.pi * mean)
    var reciprocal = 1.0
    var power = mean  // μ^(j−1)
    for j in 2...8 {
      let sign: Double = j % 2 == 0 ? 1 : -1
      deviance += sign * m[j] / (Double(j * (j - 1)) * power)
      power *= mean
      logTerm -= 0.5 * sign * m[j] / (Double(j) * power)
      if j <= 4 { reciprocal += sign * m[j] / power }
    }
    return deviance + logTerm + stirlingError(mean) + (reciprocal - 1) / (12 * mean)
  }

  /// The central moments E[(X − np)ʲ], j = 0…8, of Binomial(n, p) from its cumulants
  /// κ₂ = npq, κ₃ = npq(q − p), κ₄ = npq(1 − 6pq), … (each κᵣ₊₁ = pq dκᵣ/dp).
  static func binomialCentralMoments(variance a: Double, pq s: Double, qMinusP d: Double) -> [Double] {
    let k2 = a
    let k3 = a * d
    let k4 = a * (1 - 6 * s)
    let k5 = a * d * (1 - 12 * s)
    let k6 = a * (1 - 30 * s + 120 * s * s)
    let k7 = a * d * (1 - 60 * s + 360 * s * s)
    let k8 = a * (1 - 126 * s + 1680 * s * s - 5040 * s * s * s)
    return [
      1, 0, k2, k3, k4 + 3 * k2 * k2, k5 + 10 * k3 * k2, k6 + 15 * k4 * k2 + 10 * k3 * k3 + 15 * k2 * k2 * k2,
      k7 + 21 * k5 * k2 + 35 * k4 * k3 + 105 * k3 * k2 * k2,
      k8 + 28 * k6 * k2 + 56 * k5 * k3 + 35 * k4 * k4 + 210 * k4 * k2 * k2 + 280 * k3 * k3 * k2 + 105 * k2 * k2 * k2
        * k2,
    ]
  }

  /// One draw: the counts per category, NumPy's `np.random.multinomial(n, p)`.
  public func sample(using generator: inout RandomState) -> IntVector { generator.multinomial(n, p) }

  /// `count` draws, one per row (`count × k`), NumPy's `np.random.multinomial(n, p, size=count)`.
  public func sample(_ count: Int, using generator: inout RandomState) -> IntMatrix {
    generator.multinomial(n, p, size: count)
  }

  /// One draw from the process-wide stream that `Random.seed` seeds (SciPy's `rvs()`).
  public func sample() -> IntVector { Random.draw { sample(using: &$0) } }

  /// `count` draws, one per row, from the process-wide stream (SciPy's `rvs(size=count)`).
  public func sample(_ count: Int) -> IntMatrix { Random.draw { sample(count, using: &$0) } }

  /// `Multinomial(n: 6, p: [0.5 0.3 0.2])`.
  public var description: String { "Multinomial(n: \(n), p: \(p))" }
}
