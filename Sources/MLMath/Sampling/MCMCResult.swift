#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The draws of a Markov chain Monte Carlo run and their summary: what
/// ``metropolisHastings(logDensity:initial:proposal:nSamples:burnIn:thin:randomState:)`` and
/// ``gibbsSampler(initial:conditionals:nSamples:burnIn:thin:randomState:logDensity:)`` return
/// (one chain, as PyMC's `InferenceData.posterior` holds for each chain).
///
/// ```swift
/// let result = metropolisHastings(logDensity: { x in -0.5 * x[0] * x[0] }, initial: [0],
///                                 proposal: .randomWalk(scale: [2.4]), nSamples: 5000, randomState: 0)
/// print(result)   // mean, sd, quantiles, ESS per dimension; acceptance rate
/// ```
public struct MCMCResult: Sendable, CustomStringConvertible {
  /// The kept states, one row per draw (nSamples × d) — after the burn-in, every `thin`-th.
  public let trace: Matrix
  /// The log target density of each kept state (nSamples values); for a Gibbs sampler only
  /// when a `logDensity` was given, else nil.
  public let logDensities: Vector?
  /// The fraction of proposals accepted after the burn-in (1 for a Gibbs sampler).
  public let acceptanceRate: Double
  /// The number of burn-in iterations discarded.
  public let burnIn: Int
  /// The thinning: one state kept every `thin` iterations.
  public let thin: Int
  /// The sampler, for the summary ("Metropolis–Hastings", "Gibbs").
  public let method: String

  /// The number of kept draws.
  public var nSamples: Int { trace.rows }
  /// The dimension d of the state.
  public var dimension: Int { trace.columns }

  /// The draws of coordinate `j` (a column of ``trace``).
  public func draws(_ j: Int) -> Vector {
    checkPosition(j, count: trace.columns, in: "a state of \(trace.columns) coordinates", fix: "draws(d - 1)")
    return Vector((0..<trace.rows).map { trace[$0, j] })
  }

  /// The posterior mean of each coordinate (d values).
  public var mean: Vector { trace.mean(axis: 0) }

  /// The standard deviation of each coordinate's draws, with n − 1 in the denominator
  /// (ArviZ's `sd` in `az.summary`).
  public var sd: Vector { Vector((0..<dimension).map { draws($0).std(ddof: 1) }) }

  /// The `q` quantiles (each in [0, 1]) of each coordinate: a `q.count × d` matrix, NumPy's
  /// `np.quantile(trace, q, axis=0)`.
  public func quantiles(_ q: Vector) -> Matrix { quantile(trace, q, axis: 0) }

  /// The effective sample size of each coordinate (ArviZ's `az.ess(method="bulk")` by default).
  public func ess(method: ESSMethod = .bulk) -> Vector {
    Vector((0..<dimension).map { effectiveSampleSize(draws($0), method: method) })
  }

  /// The Monte-Carlo standard error of each coordinate's mean, sd/√ESS with the "mean" ESS
  /// (ArviZ's `mcse_mean`): how far ``mean`` may be from the posterior mean by chance.
  public var mcseMean: Vector {
    let s = sd
    let n = ess(method: .mean)
    return Vector((0..<dimension).map { s[$0] / n[$0].squareRoot() })
  }

  /// A table as ArviZ's `az.summary` prints, with quantiles instead of HDIs: one row per
  /// coordinate with mean, sd, 2.5 %, 50 %, 97.5 % quantiles, MCSE of the mean and bulk ESS;
  /// then the acceptance rate.
  public var description: String {
    var table = Table("", "mean", "sd", "2.5%", "50%", "97.5%", "mcse_mean", "ess_bulk", digits: 3)
    let m = mean
    let s = sd
    let q = quantiles([0.025, 0.5, 0.975])
    let mcse = mcseMean
    let e = ess()
    for j in 0..<dimension {
      table.addRow("x[\(j)]", m[j], s[j], q[0, j], q[1, j], q[2, j], mcse[j], e[j].fixed(0))
    }
    return """
      \(method): \(nSamples) draws (burn-in \(burnIn), thin \(thin)), acceptance rate \(acceptanceRate.fixed(3))
      \(table)
      """
  }
}

/// How ``effectiveSampleSize(_:method:)`` treats the draws (ArviZ's `method=` of `az.ess`).
public enum ESSMethod: String, Sendable, Hashable, CaseIterable {
  /// Rank-normalised split-chain ESS (Vehtari et al. 2021), ArviZ's default: reliable for
  /// the centre of the distribution, even for heavy tails.
  case bulk
  /// Split-chain ESS of the raw draws (the classic estimate, for the mean's MCSE).
  case mean
}

/// The effective sample size of one chain of draws: how many independent draws would give
/// the mean the same variance (ArviZ's `az.ess(draws, method=)` for one chain).
///
/// The chain is split into halves (the middle draw dropped when n is odd) treated as two
/// chains; the autocorrelations ρ̂ₜ combine within- and between-half variances, and are
/// summed over Geyer's initial positive, monotone sequence: ESS = n / τ̂ with
/// τ̂ = −1 + 2·Σρ̂ₜ, at least 1/log₁₀ n. `.bulk` first replaces the draws by the normal
/// scores of their ranks, Φ⁻¹((r − 3/8)/(n + 1/4)). A constant chain has ESS n.
///
/// Stops for fewer than 4 draws or a non-finite draw.
public func effectiveSampleSize(_ draws: Vector, method: ESSMethod = .bulk) -> Double {
  if draws.count < 4 { failure("effectiveSampleSize: needs at least 4 draws, got \(draws.count)") }
  if let k = draws.elements.firstIndex(where: { !$0.isFinite }) {
    failure("effectiveSampleSize: draws[\(k)] = \(draws.elements[k]); the draws must be finite")
  }
  let half = draws.count / 2
  let split = Array(draws.elements[0..<half]) + Array(draws.elements[(draws.count - half)...])
  var values = split
  if method == .bulk {
    let ranks = rankdata(Vector(split)).elements
    let size = Double(split.count)
    values = ranks.map { 2.0.squareRoot() * erfinv(2 * (($0 - 0.375) / (size + 0.25)) - 1) }
  }
  return splitChainESS([Array(values[0..<half]), Array(values[half...])])
}

/// ArviZ's `_ess` for chains of equal length.
private func splitChainESS(_ chains: [[Double]]) -> Double {
  let all = chains.flatMap { $0 }
  if let hi = all.max(), let lo = all.min(), hi - lo < 1e-15 { return Double(all.count) }
  let m = Double(chains.count)
  let n = chains[0].count
  let nd = Double(n)
  let means = chains.map { $0.reduce(0, +) / nd }
  let centred = zip(chains, means).map { chain, mu in chain.map { $0 - mu } }
  // The mean over chains of the biased autocovariance at lag t (ArviZ's FFT `_autocov`).
  func acov(_ t: Int) -> Double {
    var total = 0.0
    for x in centred {
      var s = 0.0
      for i in 0..<(n - t) { s += x[i] * x[i + t] }
      total += s / nd
    }
    return total / m
  }
  let acov0 = acov(0)
  let meanVar = acov0 * nd / (nd - 1)
  var varPlus = meanVar * (nd - 1) / nd
  if chains.count > 1 {
    let grand = means.reduce(0, +) / m
    varPlus += means.reduce(0) { $0 + ($1 - grand) * ($1 - grand) } / (m - 1)
  }
  var rho = [Double](repeating: 0, count: n)
  var rhoEven = 1.0
  rho[0] = rhoEven
  var rhoOdd = 1 - (meanVar - acov(1)) / varPlus
  rho[1] = rhoOdd
  var t = 1
  while t < n - 3 && rhoEven + rhoOdd > 0 {
    rhoEven = 1 - (meanVar - acov(t + 1)) / varPlus
    rhoOdd = 1 - (meanVar - acov(t + 2)) / varPlus
    if rhoEven + rhoOdd >= 0 {
      rho[t + 1] = rhoEven
      rho[t + 2] = rhoOdd
    }
    t += 2
  }
  let maxT = t - 2
  if rhoEven > 0 { rho[maxT + 1] = rhoEven }
  t = 1
  while t <= maxT - 2 {
    if rho[t + 1] + rho[t + 2] > rho[t - 1] + rho[t] {
      rho[t + 1] = (rho[t - 1] + rho[t]) / 2
      rho[t + 2] = rho[t + 1]
    }
    t += 2
  }
  let total = m * nd
  var tau = -1.0
  for k in 0..<(maxT + 1) { tau += 2 * rho[k] }
  if maxT + 1 < n { tau += rho[maxT + 1] }
  tau = Swift.max(tau, 1 / log10(total))
  if rho.contains(where: \.isNaN) { return .nan }
  return total / tau
}
