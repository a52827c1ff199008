/// The conditional entropy H(Y | X) = −Σₓᵧ p(x, y) log(p(x, y) / p(x)): the
/// uncertainty left in Y once X is known, with **X on the rows** of `joint`.
///
/// - Parameters:
///   - joint: p(x, y), X on the rows and Y on the columns: probabilities or
///     nonnegative counts (the table is divided by its sum first). For H(X | Y),
///     pass `joint.T`.
///   - base: the unit: ``LogBase/nats`` (the default, as in SciPy), ``LogBase/bits``, or any base.
/// - Returns: H(Y | X) = H(X, Y) − H(X) (the chain rule), between 0 (Y is a
///   function of X) and H(Y) (X and Y independent).
///
/// Each term is summed directly rather than as the difference H(X, Y) − H(X), so
/// a Y that X determines gives exactly 0 and the result is never negative.
/// SciPy and scikit-learn have no such function; it equals
/// `scipy.stats.entropy(joint.ravel()) - scipy.stats.entropy(joint.sum(axis=1))`.
///
/// Edge rules: 0 · log 0 = 0 (empty cells and empty rows add nothing); a negative
/// cell stops the program, naming it; NaN gives NaN; an empty table gives 0.
public func conditionalEntropy(_ joint: Matrix, base: LogBase = .nats) -> Double {
  let p = jointDistribution(joint, "conditionalEntropy")
  let px = p.sum(axis: 1).elements
  let columns = p.columns
  let terms = p.elements.indices.map { k in relEntrTerm(p.elements[k], px[k / columns]) }
  // `0 - Σ` rather than `Σ(−term)`: a sum of −0.0 terms would print `-0.0` where SciPy prints `0.0`.
  return unsignedNaN(base.fromNats(0 - pairwiseSum(terms)))
}
