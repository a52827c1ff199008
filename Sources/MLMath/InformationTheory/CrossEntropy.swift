#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The cross-entropy H(p, q) = −Σᵢ pᵢ log qᵢ: the average code length, in the unit
/// of `base`, when outcomes follow `p` but the code is built for `q`.
///
/// H(p, q) = H(p) + D(p ‖ q) ≥ H(p), the identity SciPy's documentation uses to
/// compute it (`entropy(p) + entropy(p, q)`; SciPy has no function of its own).
/// Minimising it over `q` is the log loss of classification, scikit-learn's
/// `log_loss`, which averages −log q over samples instead of weighting by `p`.
///
/// - Parameters:
///   - p: the true distribution: probabilities or nonnegative weights of n outcomes.
///   - q: the model distribution over the same n outcomes.
///   - base: the unit: ``LogBase/nats`` (the default, as in SciPy), ``LogBase/bits``, or any base.
///
/// Edge rules, as for ``entropy(_:base:)`` and ``klDivergence(_:_:base:)``:
/// - `p` and `q` are each divided by their sum first.
/// - 0 · log qᵢ = 0 where pᵢ = 0, even if qᵢ = 0.
/// - H(p, q) = +∞ when some qᵢ = 0 where pᵢ > 0.
/// - A negative element or a length mismatch stops the program, naming the argument.
/// - NaN in either argument gives NaN; empty vectors give 0.
public func crossEntropy(_ p: Vector, _ q: Vector, base: LogBase = .nats) -> Double {
  checkSameOutcomes(p, q, "crossEntropy")
  let p = distribution(p, "crossEntropy", "p")
  let q = distribution(q, "crossEntropy", "q")
  return unsignedNaN(base.fromNats(pairwiseSum(p, q, of: crossEntropyTerm)))
}

/// −x ln y, with 0 where x = 0 ≤ y and +∞ where x > 0 = y; NaN for NaN.
@inline(__always)
func crossEntropyTerm(_ x: Double, _ y: Double) -> Double {
  x == 0 && y >= 0 ? 0 : -x * log(y)
}
