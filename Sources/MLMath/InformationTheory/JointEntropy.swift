/// The joint entropy H(X, Y) = −Σₓᵧ p(x, y) log p(x, y) of a joint distribution table.
///
/// - Parameters:
///   - joint: p(x, y) with X on the rows and Y on the columns (an r × c table
///     for X with r values and Y with c): probabilities, or nonnegative counts
///     such as a contingency table — the table is divided by its sum first.
///   - base: the unit: ``LogBase/nats`` (the default, as in SciPy), ``LogBase/bits``, or any base.
/// - Returns: H(X, Y), between max(H(X), H(Y)) and H(X) + H(Y) (equal when X and Y
///   are independent).
///
/// The same number as SciPy's `scipy.stats.entropy(joint.ravel(), base=…)`: the
/// entropy of the table's elements read row after row. Edge rules as for
/// ``entropy(_:base:)``: 0 · log 0 = 0, a negative cell stops the program naming
/// it (`jointEntropy: joint[1, 0] = -0.1 is negative …`), NaN gives NaN, an empty table 0.
public func jointEntropy(_ joint: Matrix, base: LogBase = .nats) -> Double {
  let p = jointDistribution(joint, "jointEntropy")
  return unsignedNaN(base.fromNats(pairwiseSum(p.elements, of: entrTerm)))
}
