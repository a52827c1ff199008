#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The elementwise terms that every entropy is a sum of, as `scipy.special`
// defines them: `entr`, `rel_entr` and `kl_div`. They are extended-valued
// convex functions on all of ℝ: outside the domain (a negative argument) they
// return ±∞ as SciPy does, rather than stopping — the distribution-level
// functions (`entropy`, `klDivergence`, …) are the ones that reject negative
// probabilities.

/// −x ln x, with 0 ln 0 = 0; −∞ for x < 0; NaN for NaN (SciPy's `entr`).
@inline(__always)
func entrTerm(_ x: Double) -> Double {
  if x.isNaN { return .nan }
  if x == 0 { return 0 }
  if x < 0 { return -.infinity }
  return -x * log(x)
}

/// x ln(x / y), with 0 ln(0 / y) = 0 for y ≥ 0 and +∞ where x > 0 = y or
/// either is negative; NaN for NaN (SciPy's `rel_entr`, including its
/// `log1p` branch for x ≈ y, which keeps the term accurate as x / y → 1).
@inline(__always)
func relEntrTerm(_ x: Double, _ y: Double) -> Double {
  if x.isNaN || y.isNaN { return .nan }
  if x <= 0 || y <= 0 { return x == 0 && y >= 0 ? 0 : .infinity }
  let ratio = x / y
  if ratio > 0.5 && ratio < 2 { return x * log1p((x - y) / y) }
  // x / y underflows or overflows: subtract the logarithms instead.
  if ratio > Double.leastNormalMagnitude && ratio < .infinity { return x * log(ratio) }
  return unsignedNaN(x * (log(x) - log(y)))  // NaN for x = y = ∞
}

/// x ln(x / y) − x + y, with y at x = 0 ≤ y and +∞ where x > 0 = y or either is
/// negative; NaN for NaN (SciPy's `kl_div`).
@inline(__always)
func klDivTerm(_ x: Double, _ y: Double) -> Double {
  if x.isNaN || y.isNaN { return .nan }
  // x = ∞ or y = ∞ makes ∞ − ∞: NaN, unsigned as MLMath prints it.
  if x > 0 && y > 0 { return unsignedNaN(x * log(x / y) - x + y) }
  return x == 0 && y >= 0 ? y : .infinity
}

/// The elementwise entropy term −x ln x (SciPy's `scipy.special.entr(x)`), in nats.
///
/// - x > 0: −x ln x; x = 0: 0 (the convention 0 ln 0 = 0); x < 0: −∞; NaN: NaN.
///
/// `entr(p).sum()` is the entropy of a distribution `p` that already sums to 1;
/// ``entropy(_:base:)`` also normalises `p` and checks it.
public func entr(_ x: Vector) -> Vector {
  Vector(mapElements(x.elements, entrTerm))
}

/// The elementwise relative entropy x ln(x / y) (SciPy's `scipy.special.rel_entr(x, y)`), in nats.
///
/// - x > 0, y > 0: x ln(x / y)
/// - x = 0, y ≥ 0: 0 (the convention 0 ln(0 / y) = 0)
/// - otherwise (x > 0 = y, or a negative argument): +∞; NaN if either is NaN.
///
/// `relEntr(p, q).sum()` is the Kullback–Leibler divergence of distributions
/// that already sum to 1 (see ``klDivergence(_:_:base:)``). `x` and `y` have the
/// same length, or one has a single element (NumPy's broadcasting).
public func relEntr(_ x: Vector, _ y: Vector) -> Vector {
  Vector.broadcast(x, y, "relEntr", relEntrTerm)
}

/// The elementwise Kullback–Leibler term x ln(x / y) − x + y (SciPy's `scipy.special.kl_div(x, y)`), in nats.
///
/// Not the divergence of two distributions: that number is ``klDivergence(_:_:base:)``.
///
/// - x > 0, y > 0: x ln(x / y) − x + y
/// - x = 0, y ≥ 0: y
/// - otherwise: +∞; NaN if either is NaN.
///
/// Each term is ≥ 0 even when `x` and `y` are not normalised (it is the
/// generalised KL divergence of nonnegative measures); over distributions that
/// both sum to 1 the extra `− x + y` terms cancel, and `klDiv(p, q).sum()`
/// equals `relEntr(p, q).sum()`. `x` and `y` have the same length, or one has a
/// single element.
public func klDiv(_ x: Vector, _ y: Vector) -> Vector {
  Vector.broadcast(x, y, "klDiv", klDivTerm)
}
