#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// SciPy's `rv_discrete` conventions, shared by MLMath's discrete distributions: what the
// cdf, sf and their logs are outside the support and between the integers, how a quantile
// is searched for, and the tail sums that keep logcdf and logsf finite where the
// probabilities underflow. Support ends and the integer k are `Double`s here, so that an
// unbounded support is `.infinity` and k never overflows.

/// The support of a discrete distribution, from `lower` to `upper` (possibly `.infinity`).
struct LatticeSupport {
  var lower: Double
  var upper: Double

  /// SciPy's `rv_discrete.cdf`: NaN stays NaN, 0 below the support, 1 from its top on, and
  /// `inside(⌊x⌋)` in between.
  func cdf(_ x: Double, _ inside: (Double) -> Double) -> Double {
    if x.isNaN { return .nan }
    if x < lower { return 0 }
    if x >= upper { return 1 }
    return clampedProbability(inside(x.rounded(.down)))
  }

  /// SciPy's `rv_discrete.sf`: 1 below the support, 0 from its top on.
  func sf(_ x: Double, _ inside: (Double) -> Double) -> Double {
    if x.isNaN { return .nan }
    if x < lower { return 1 }
    if x >= upper { return 0 }
    return clampedProbability(inside(x.rounded(.down)))
  }

  /// SciPy's `rv_discrete.logcdf`: −∞ below the support, 0 from its top on.
  func logcdf(_ x: Double, _ inside: (Double) -> Double) -> Double {
    if x.isNaN { return .nan }
    if x < lower { return -.infinity }
    if x >= upper { return 0 }
    return clampedLogProbability(inside(x.rounded(.down)))
  }

  /// SciPy's `rv_discrete.logsf`: 0 below the support, −∞ from its top on.
  func logsf(_ x: Double, _ inside: (Double) -> Double) -> Double {
    if x.isNaN { return .nan }
    if x < lower { return 0 }
    if x >= upper { return -.infinity }
    return clampedLogProbability(inside(x.rounded(.down)))
  }

  /// Whether the integer-valued k lies in the support.
  func contains(_ k: Double) -> Bool { k >= lower && k <= upper }

  /// SciPy's `rv_discrete.ppf`: the smallest k in the support with F(k) ≥ q; one below the
  /// support at q = 0, its top at q = 1, NaN outside [0, 1].
  ///
  /// `cdf` is called only inside the support, below its top; `guess` (any number, NaN
  /// allowed) is where the search starts.
  func ppf(_ q: Double, guess: Double, cdf: (Double) -> Double) -> Double {
    guard q >= 0, q <= 1 else { return .nan }
    if q == 0 { return lower - 1 }
    if q == 1 { return upper }
    return smallestIntegerReaching(guess: guess) { cdf($0) >= q }
  }

  /// SciPy's documented `rv_discrete.isf`: the smallest k in the support with 1 − F(k) ≤ q;
  /// one below the support at q = 1, its top at q = 0.
  ///
  /// Searched on the survival function itself, so that a small q keeps its digits (SciPy
  /// computes most distributions' isf as ppf(1 − q), which cannot see below 1.1e-16).
  func isf(_ q: Double, guess: Double, sf: (Double) -> Double) -> Double {
    guard q >= 0, q <= 1 else { return .nan }
    if q == 1 { return lower - 1 }
    if q == 0 { return upper }
    return smallestIntegerReaching(guess: guess) { sf($0) <= q }
  }

  /// The smallest integer k in the support with `reached(k)`, for a `reached` that is false
  /// and then true along the support and is taken as true at its top.
  ///
  /// From the guess, steps doubling in length bracket the answer, then bisection on the
  /// integers finds it: about 2 log₂|answer − guess| evaluations.
  func smallestIntegerReaching(guess: Double, _ reached: (Double) -> Bool) -> Double {
    let start = guess.isNaN ? lower : min(max(guess.rounded(.down), lower), upper)
    func isReached(_ k: Double) -> Bool { k >= upper || reached(k) }
    var low: Double
    var high: Double
    var step = 1.0
    if isReached(start) {
      high = start
      while true {
        if high <= lower { return lower }
        let candidate = max(high - step, lower)
        if isReached(candidate) {
          high = candidate
          step *= 2
        } else {
          low = candidate
          break
        }
      }
    } else {
      low = start
      while true {
        let candidate = min(low + step, upper)
        if isReached(candidate) {
          high = candidate
          break
        }
        low = candidate
        step *= 2
      }
    }
    // reached(high) and not reached(low): bisect while an integer lies strictly between.
    while high - low > 1 {
      let middle = low + ((high - low) / 2).rounded(.down)
      if middle <= low || middle >= high { break }
      if isReached(middle) { high = middle } else { low = middle }
    }
    return high
  }
}

/// `p` clipped to [0, 1] (SciPy clips the cdf and sf of every discrete distribution); NaN stays NaN.
@inline(__always)
func clampedProbability(_ p: Double) -> Double { p.isNaN ? .nan : min(max(p, 0), 1) }

/// A log-probability clipped to (−∞, 0]; NaN stays NaN.
@inline(__always)
func clampedLogProbability(_ p: Double) -> Double { p.isNaN ? .nan : min(p, 0) }

/// Σ P(j) over j = k, k + step, k + 2·step, … (step ±1) up to `end`, relative to P(k): the terms
/// built from `ratio(j)` = P(j + step)/P(j), re-anchored on the exact `logpmf` every 256 terms
/// so that rounding does not pile up over millions of them, until a term is below 1e-17 of
/// the sum. Returns log Σ P(j) given log P(k) — a tail probability with full relative
/// accuracy, at a cost of about 9 standard deviations' worth of terms next to the mean.
func latticeTailLogSum(
  from k: Double, step: Double, end: Double, logpmf: (Double) -> Double, ratio: (Double) -> Double
) -> Double {
  let logStart = logpmf(k)
  var sum = NeumaierSum()
  sum.add(1)
  var term = 1.0
  var j = k
  var count = 0
  while step > 0 ? j < end : j > end {
    term *= ratio(j)
    j += step
    count += 1
    if count % 256 == 0 { term = exp(logpmf(j) - logStart) }
    if !(term > 0) { break }
    sum.add(term)
    if term < 1e-17 * sum.value { break }
  }
  return logStart + log(sum.value)
}

/// log F(k) for k inside the support, from the cdf where it is a normal number, from
/// log1p(−sf) where F is close to 1, and from the tail sum where F underflows.
func latticeLogCDF(
  _ k: Double, cdf: (Double) -> Double, sf: (Double) -> Double, farTail: (Double) -> Double
) -> Double {
  let c = cdf(k)
  if c > 0.5 { return log1pOfNegated(sf(k)) }
  if c >= 1e-280 { return log(c) }
  return farTail(k)
}

/// log(1 − F(k)) for k inside the support, as `latticeLogCDF` with the tails exchanged.
func latticeLogSF(
  _ k: Double, cdf: (Double) -> Double, sf: (Double) -> Double, farTail: (Double) -> Double
) -> Double {
  let s = sf(k)
  if s > 0.5 { return log1pOfNegated(cdf(k)) }
  if s >= 1e-280 { return log(s) }
  return farTail(k)
}

/// log(1 − p) for 0 ≤ p ≤ 1, +0 (not −0) at p = 0, so that it prints as NumPy's log(1.0).
@inline(__always)
func log1pOfNegated(_ p: Double) -> Double { p == 0 ? 0 : log1p(-p) }

/// The Cornish–Fisher start for a quantile search: μ + σ(z + γ(z² − 1)/6), z the normal
/// quantile of q, γ the skewness; NaN (so the search starts at the support's bottom) if
/// the moments are not finite.
func cornishFisherGuess(_ q: Double, mean: Double, std: Double, skewness: Double) -> Double {
  let z = standardNormalQuantile(q)
  let guess = mean + std * (z + skewness * (z * z - 1) / 6)
  return guess.isFinite ? guess : .nan
}
