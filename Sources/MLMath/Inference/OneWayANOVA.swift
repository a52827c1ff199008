/// One-way analysis of variance: do k groups come from populations with the same mean?
/// (SciPy's `scipy.stats.f_oneway(*samples, equal_var=…)`.)
///
/// - `equalVar: true` (the classic ANOVA, SciPy's default): F = MS_between / MS_within with
///   MS_between = SS_between/(k − 1) and MS_within = SS_within/(N − k), compared with
///   F(k − 1, N − k).
/// - `equalVar: false`: Welch's ANOVA (B. L. Welch, Biometrika 38, 1951), which weights each
///   group mean by nᵢ/sᵢ² and compares with F(k − 1, f₂) on a fractional f₂.
///
/// ```swift
/// let a: Vector = [24, 27, 26, 22]
/// let b: Vector = [30, 31, 28, 33, 29]
/// let c: Vector = [25, 26, 27, 25]
/// print(try fOneway(a, b, c))
/// ```
///
/// - Returns: a ``TestResult`` with `F`, the p-value (upper tail), `df` (between groups) and `df2`
///   (within groups, or Welch's f₂), and η² = SS_between / SS_total as effect size (the share of
///   the variance the groups explain; reported for Welch's test too). If every group is constant,
///   F = ∞ (p = 0), or NaN when all the groups hold the same constant, as SciPy.
/// - Throws: ``InferenceError`` for fewer than two groups, an empty group, or only groups of one
///   observation (SciPy returns NaN for the last two); Welch's version needs every group of at
///   least 2.
public func fOneway(_ groups: Vector..., equalVar: Bool = true) throws(InferenceError) -> TestResult {
  try fOneway(groups, equalVar: equalVar)
}

/// One-way ANOVA of an array of groups; see the variadic `fOneway(_:equalVar:)`.
public func fOneway(_ groups: [Vector], equalVar: Bool = true) throws(InferenceError) -> TestResult {
  let function = "fOneway"
  guard groups.count >= 2 else {
    throw InferenceError(function, "needs at least two groups, got \(groups.count)")
  }
  for (i, group) in groups.enumerated() {
    try requireObservations(group, equalVar ? 1 : 2, in: function, name: "group \(i)")
  }
  if groups.allSatisfy({ $0.count == 1 }) {
    throw InferenceError(function, "every group has one observation; at least one needs more")
  }
  let all = groups.flatMap(\.elements)
  let bigN = Double(all.count)
  let k = Double(groups.count)
  // Sums of squares about the grand mean, as SciPy (centring first keeps them accurate).
  let offset = Vector(all).mean()
  let centred = all.map { $0 - offset }
  let normalized = pairwiseSum(centred) * pairwiseSum(centred) / bigN
  let total = pairwiseSum(centred.map { $0 * $0 }) - normalized
  var between = 0.0
  for group in groups {
    let s = pairwiseSum(group.elements.map { $0 - offset })
    between += s * s / Double(group.count)
  }
  between -= normalized
  let within = total - between
  var f: Double
  let dfn = k - 1
  let dfd: Double
  if equalVar {
    dfd = bigN - k
    f = (between / dfn) / (within / dfd)
  } else {
    (f, dfd) = welchANOVA(groups)
  }
  let isConstant = groups.map { g in g.elements.allSatisfy { $0 == g.elements[0] } }
  if isConstant.allSatisfy({ $0 }) {
    f = all.allSatisfy { $0 == all[0] } ? .nan : .infinity
  }
  let pValue: Double
  if f.isNaN || !(dfd > 0) {
    pValue = .nan
  } else if let null = try? FDistribution(dfn: dfn, dfd: dfd) {
    pValue = null.sf(f)
  } else {
    pValue = .nan
  }
  return TestResult(
    test: equalVar ? "One-way ANOVA" : "Welch's one-way ANOVA", statisticName: "F", statistic: f, pValue: pValue,
    df: dfn, df2: dfd, effectSize: ("η²", between / total), hasAlternative: false)
}

/// Welch's F and its denominator degrees of freedom (SciPy's `f_oneway(…, equal_var=False)`).
private func welchANOVA(_ groups: [Vector]) -> (f: Double, dfd: Double) {
  let k = Double(groups.count)
  let means = groups.map { $0.mean() }
  let sizes = groups.map { Double($0.count) }
  let weights = groups.indices.map { sizes[$0] / groups[$0].variance(ddof: 1) }
  let weightSum = weights.reduce(0, +)
  let weighted = zip(weights, means).reduce(0.0) { $0 + $1.0 * $1.1 } / weightSum
  let numerator = zip(weights, means).reduce(0.0) { $0 + $1.0 * ($1.1 - weighted) * ($1.1 - weighted) } / (k - 1)
  let lambda = groups.indices.reduce(0.0) { sum, i in
    let share = 1 - weights[i] / weightSum
    return sum + share * share / (sizes[i] - 1)
  }
  let denominator = 1 + 2 * (k - 2) / (k * k - 1) * lambda
  return (numerator / denominator, (k * k - 1) / (3 * lambda))
}
