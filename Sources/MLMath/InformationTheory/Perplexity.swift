#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The perplexity e^H(p) of a distribution: the number of equally likely outcomes
/// that would be as uncertain as `p`.
///
/// A fair die has perplexity 6; a certain outcome 1; in general it lies between
/// 1 and the number of outcomes n (reached by the uniform distribution).
///
/// Perplexity has no unit and so no `base:` parameter: b^H_b(p), with H_b the
/// entropy in base b, is e^H(p) for every b (2^(entropy in bits) is the same
/// number as e^(entropy in nats)). It is computed as `exp(entropy(p))`, SciPy
/// having no function of its own. `p` follows ``entropy(_:base:)``'s rules:
/// normalised first, 0 · log 0 = 0, a negative element stops the program, NaN
/// gives NaN, an empty `p` gives 1.
public func perplexity(_ p: Vector) -> Double {
  checkNonnegative(p.elements, "perplexity", "p")
  return unsignedNaN(exp(entropy(p)))
}

/// The perplexity e^H(p, q) of a model `q` on outcomes that follow `p`: the
/// exponentiated cross-entropy, as language models are scored (perplexity of
/// `q` on a test distribution `p`).
///
/// ≥ `perplexity(p)`, equal when q = p; +∞ when some qᵢ = 0 where pᵢ > 0. Like
/// ``perplexity(_:)`` it needs no `base:`. Arguments and edge rules are those of
/// ``crossEntropy(_:_:base:)``.
public func perplexity(_ p: Vector, _ q: Vector) -> Double {
  checkSameOutcomes(p, q, "perplexity")
  checkNonnegative(p.elements, "perplexity", "p")
  checkNonnegative(q.elements, "perplexity", "q")
  return unsignedNaN(exp(crossEntropy(p, q)))
}
