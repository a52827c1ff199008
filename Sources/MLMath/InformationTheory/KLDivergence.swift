/// The Kullback–Leibler divergence (relative entropy) D(p ‖ q) = Σᵢ pᵢ log(pᵢ / qᵢ)
/// (SciPy's `scipy.stats.entropy(pk, qk, base=…)`, `sum(scipy.special.rel_entr(p, q))`).
///
/// For SciPy's elementwise terms (`kl_div`, `rel_entr`) see ``klDiv(_:_:)`` and ``relEntr(_:_:)``.
///
/// The expected extra surprise, in the unit of `base`, of believing outcomes
/// follow `q` when they follow `p`: D = H(p, q) − H(p). It is ≥ 0, 0 only when
/// p = q, and not symmetric: D(p ‖ q) ≠ D(q ‖ p) in general.
///
/// - Parameters:
///   - p: the true distribution: probabilities or nonnegative weights of n outcomes.
///   - q: the model distribution over the same n outcomes.
///   - base: the unit: ``LogBase/nats`` (the default, as in SciPy), ``LogBase/bits``, or any base.
///
/// Edge rules:
/// - `p` and `q` are each divided by their sum first, as in SciPy.
/// - 0 · log(0 / qᵢ) = 0: outcomes impossible under `p` add nothing, whatever `q` says.
/// - **D = +∞ when some qᵢ = 0 where pᵢ > 0**: `q` calls impossible an outcome that
///   happens (SciPy's `rel_entr(x > 0, 0) = inf`).
/// - A negative element or a length mismatch stops the program, naming the argument.
/// - NaN in either argument gives NaN; empty vectors give 0.
public func klDivergence(_ p: Vector, _ q: Vector, base: LogBase = .nats) -> Double {
  klDivergence(p, q, base: base, function: "klDivergence")
}

func klDivergence(_ p: Vector, _ q: Vector, base: LogBase, function: String) -> Double {
  checkSameOutcomes(p, q, function)
  let p = distribution(p, function, "p")
  let q = distribution(q, function, "q")
  return unsignedNaN(base.fromNats(pairwiseSum(p, q, of: relEntrTerm)))
}
