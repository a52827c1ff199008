/// The Shannon entropy H(p) = −Σᵢ pᵢ log pᵢ of a discrete distribution
/// (SciPy's `scipy.stats.entropy(pk, base=…)`).
///
/// - Parameters:
///   - p: the probabilities of n outcomes, or any nonnegative weights (counts):
///     like SciPy, `p` is divided by its sum first, so `entropy([1, 1, 2])`
///     is the entropy of `[0.25, 0.25, 0.5]`.
///   - base: the unit: ``LogBase/nats`` (the default, as in SciPy), ``LogBase/bits``, or any base.
/// - Returns: H(p) in the unit of `base`, between 0 (one certain outcome) and
///   log n (the uniform distribution).
///
/// Edge rules:
/// - 0 · log 0 = 0: outcomes of probability 0 add nothing.
/// - A negative element stops the program, naming it (`entropy: p[2] = -0.5 is negative …`);
///   SciPy returns −∞ instead.
/// - NaN in `p`, or weights that sum to 0 or ∞, give NaN (as in SciPy); an empty `p` gives 0.
///
/// The sums run in NumPy's pairwise order, so results agree with SciPy's to rounding.
public func entropy(_ p: Vector, base: LogBase = .nats) -> Double {
  let p = distribution(p, "entropy", "p")
  return unsignedNaN(base.fromNats(pairwiseSum(p, of: entrTerm)))
}

/// The relative entropy (Kullback–Leibler divergence) D(p ‖ q) = Σᵢ pᵢ log(pᵢ / qᵢ)
/// — SciPy's two-argument `scipy.stats.entropy(pk, qk, base=…)`.
///
/// The same function as ``klDivergence(_:_:base:)``, spelled as in SciPy: both
/// `p` and `q` are normalised to sum to 1, 0 · log(0 / q) = 0, and D = +∞ where
/// some qᵢ = 0 < pᵢ. See ``klDivergence(_:_:base:)`` for the edge rules.
public func entropy(_ p: Vector, _ q: Vector, base: LogBase = .nats) -> Double {
  klDivergence(p, q, base: base, function: "entropy")
}

/// The entropy of the empirical distribution of `labels`: the entropy of each
/// distinct label's count, the labels in increasing order (as `np.unique`).
/// 0 for no labels.
func labelEntropy(_ labels: [Int]) -> Double {
  var counts: [Int: Int] = [:]
  for label in labels { counts[label, default: 0] += 1 }
  let weights = counts.keys.sorted().map { Double(counts[$0] ?? 0) }
  return pairwiseSum(normalized(weights), of: entrTerm)
}
