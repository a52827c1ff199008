// Maximum-likelihood fits of the one-parameter count distributions: for both, the
// likelihood is maximised where the parameter equals the sample mean.

extension Poisson {
  /// The Poisson distribution that maximises the likelihood of `data`: λ = the sample mean
  /// (what `scipy.stats.fit(scipy.stats.poisson, data)` converges to).
  ///
  /// - Throws: ``DistributionError`` if `data` is empty or holds a negative count (naming
  ///   its index).
  public static func fit(_ data: IntVector) throws -> Poisson {
    try Poisson(lambda: sampleMean(data, in: "Poisson.fit") { $0 >= 0 ? nil : "must be ≥ 0 (a count)" })
  }
}

extension Bernoulli {
  /// The Bernoulli distribution that maximises the likelihood of `data` (zeros and ones):
  /// p = the fraction of ones.
  ///
  /// - Throws: ``DistributionError`` if `data` is empty or holds a value other than 0 or 1
  ///   (naming its index).
  public static func fit(_ data: IntVector) throws -> Bernoulli {
    try Bernoulli(p: sampleMean(data, in: "Bernoulli.fit") { $0 == 0 || $0 == 1 ? nil : "must be 0 or 1" })
  }
}

/// The mean of `data`, after checking it is not empty and that `problem` finds nothing wrong
/// with any value.
private func sampleMean(_ data: IntVector, in method: String, _ problem: (Int) -> String?) throws -> Double {
  guard data.count > 0 else {
    throw DistributionError(
      distribution: method, parameter: "data", value: 0, requirement: "must hold at least one value (its count)")
  }
  var sum = 0.0
  for (i, k) in data.elements.enumerated() {
    if let requirement = problem(k) {
      throw DistributionError(distribution: method, parameter: "data[\(i)]", value: Double(k), requirement: requirement)
    }
    sum += Double(k)
  }
  return sum / Double(data.count)
}
