/// The Jensen–Shannon divergence JSD(p, q) = ½ D(p ‖ m) + ½ D(q ‖ m), m = ½(p + q).
///
/// A symmetric, always finite smoothing of the KL divergence: 0 when p = q and
/// at most log 2 (1 bit), reached when p and q have disjoint supports. This is
/// the *square* of SciPy's `scipy.spatial.distance.jensenshannon(p, q, base=…)`,
/// which returns the distance; see ``jensenShannonDistance(_:_:base:)``.
///
/// - Parameters:
///   - p, q: probabilities or nonnegative weights of the same n outcomes; each is
///     divided by its sum first, as in SciPy.
///   - base: the unit: ``LogBase/nats`` (the default, as in SciPy), ``LogBase/bits``, or any base.
///
/// Edge rules: zeros are allowed anywhere (mᵢ > 0 wherever pᵢ or qᵢ is, so no
/// term is infinite); a negative element or a length mismatch stops the program;
/// NaN gives NaN; empty vectors give 0.
public func jensenShannonDivergence(_ p: Vector, _ q: Vector, base: LogBase = .nats) -> Double {
  unsignedNaN(jensenShannonSum(p, q, base: base, function: "jensenShannonDivergence") / 2)
}

/// The Jensen–Shannon distance √JSD(p, q) (SciPy's `scipy.spatial.distance.jensenshannon(p, q, base=…)`).
///
/// The square root of ``jensenShannonDivergence(_:_:base:)``: a metric on
/// distributions (symmetric, 0 only for p = q, and it obeys the triangle
/// inequality), between 0 and √(log 2) — between 0 and 1 with `base: .bits`.
///
/// Same arguments and edge rules as ``jensenShannonDivergence(_:_:base:)``.
public func jensenShannonDistance(_ p: Vector, _ q: Vector, base: LogBase = .nats) -> Double {
  unsignedNaN((jensenShannonSum(p, q, base: base, function: "jensenShannonDistance") / 2).squareRoot())
}

/// D(p ‖ m) + D(q ‖ m) in the unit of `base`, summed as SciPy's `jensenshannon`:
/// each divergence pairwise, then added, then divided by ln b.
func jensenShannonSum(_ p: Vector, _ q: Vector, base: LogBase, function: String) -> Double {
  checkSameOutcomes(p, q, function)
  let p = distribution(p, function, "p")
  let q = distribution(q, function, "q")
  let m = zipElements(p, q) { ($0 + $1) / 2 }
  return base.fromNats(pairwiseSum(p, m, of: relEntrTerm) + pairwiseSum(q, m, of: relEntrTerm))
}
