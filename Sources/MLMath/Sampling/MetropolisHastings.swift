#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// How ``metropolisHastings(logDensity:initial:proposal:nSamples:burnIn:thin:randomState:)``
/// proposes the next state x′ from the current x.
public enum MCMCProposal {
  /// x′ = x + scale ⊙ z, z ~ N(0, I) drawn as `rng.standard_normal(d)`: a Gaussian random
  /// walk with one step size per coordinate (`scale` of d values, or 1 value for all).
  /// Symmetric, so there is no Hastings correction.
  case randomWalk(scale: Vector)
  /// x′ = x + L·z, z ~ N(0, I), L the lower Cholesky factor of `covariance` (d × d, positive
  /// definite): a random walk with correlated steps.
  case randomWalkCovariance(Matrix)
  /// x′ = `draw(x, rng)`, from a proposal of your own; `logDensity(to: x′, from: x)` is
  /// log q(x′ | x), used for the Hastings correction log q(x | x′) − log q(x′ | x) — pass nil
  /// for a symmetric proposal (q(x′ | x) = q(x | x′)).
  case custom(
    draw: (_ current: Vector, _ generator: inout RandomState) -> Vector,
    logDensity: ((_ to: Vector, _ from: Vector) -> Double)?)
}

/// Draws from the distribution with log density `logDensity` (known up to a constant) by
/// the Metropolis–Hastings algorithm, one chain (the sampler behind PyMC's `pm.Metropolis`,
/// written out).
///
/// ```swift
/// // The posterior of a coin's bias after 7 heads in 20 tosses, flat prior: Beta(8, 14).
/// let result = metropolisHastings(
///   logDensity: { p in p[0] > 0 && p[0] < 1 ? 7 * log(p[0]) + 13 * log(1 - p[0]) : -.infinity },
///   initial: [0.5], proposal: .randomWalk(scale: [0.2]), nSamples: 10_000, burnIn: 1000, randomState: 0)
/// print(result)
/// ```
///
/// Each iteration, from the state x with log density ℓ(x):
///
///     x′ ~ q(· | x)                                     (the proposal)
///     log α = ℓ(x′) − ℓ(x) + log q(x | x′) − log q(x′ | x)
///     u = rng.random_sample();  x ← x′ if log u < log α  (else x stays)
///
/// A proposal with log density −∞ or NaN is always rejected. The random numbers are drawn
/// from ``RandomState`` in exactly this order (the proposal's normals, then u, every
/// iteration), so a NumPy loop with `np.random.RandomState(seed)` drawing the same way
/// produces the same chain, bit for bit up to the log density's own rounding.
///
/// - Parameters:
///   - logDensity: log π(x) up to an additive constant; −∞ outside the support.
///   - initial: the starting state (d ≥ 1 finite values) — must have a finite log density.
///   - proposal: how to propose; default a random walk with step 1 in every coordinate.
///   - nSamples: the number of draws kept, ≥ 1.
///   - burnIn: iterations run first and discarded, ≥ 0.
///   - thin: keep one state every `thin` ≥ 1 iterations (the last of each block).
///   - randomState: the seed, in 0…2³²−1; nil draws from the process-wide ``Random``.
/// - Returns: the kept states (nSamples × d), their log densities and the acceptance rate
///   over the `nSamples · thin` iterations after the burn-in.
/// - Stops for an empty or non-finite `initial`, one with log density −∞ or NaN, bad
///   counts, a scale that is not positive or of the wrong length, a covariance that is not
///   d × d positive definite, a custom proposal returning another length, or a seed out of range.
public func metropolisHastings(
  logDensity: (Vector) -> Double, initial: Vector, proposal: MCMCProposal = .randomWalk(scale: [1]),
  nSamples: Int, burnIn: Int = 0, thin: Int = 1, randomState: Int? = nil
) -> MCMCResult {
  let function = "metropolisHastings"
  checkChainSettings(initial, nSamples: nSamples, burnIn: burnIn, thin: thin, randomState: randomState, function)
  let d = initial.count
  // The proposal as one function of the current state.
  let propose: (Vector, inout RandomState) -> Vector
  var correction: ((Vector, Vector) -> Double)? = nil
  switch proposal {
  case .randomWalk(let scale):
    if scale.count != 1 && scale.count != d {
      failure("\(function): scale has \(scale.count) values; it needs 1 or one per coordinate (\(d))")
    }
    if let k = scale.elements.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
      failure("\(function): scale[\(k)] = \(scale.elements[k]); every step size must be positive and finite")
    }
    let steps = scale.count == 1 ? Vector(repeating: scale[0], count: d) : scale
    propose = { x, rng in x + steps * rng.standardNormal(size: d) }
  case .randomWalkCovariance(let covariance):
    if covariance.rows != d || covariance.columns != d {
      failure(
        "\(function): covariance has shape \(shapeText(covariance.rows, covariance.columns)), expected \(shapeText(d, d)) for a state of \(d) coordinates"
      )
    }
    let factor: Matrix
    do {
      factor = try cholesky(covariance)
    } catch {
      failure("\(function): covariance must be symmetric positive definite (\(error))")
    }
    propose = { x, rng in x + matmul(factor, rng.standardNormal(size: d)) }
  case .custom(let draw, let logProposal):
    propose = { x, rng in
      let next = draw(x, &rng)
      if next.count != d {
        failure("\(function): the proposal returned \(next.count) values for a state of \(d) coordinates")
      }
      return next
    }
    correction = logProposal
  }
  var generator = chainGenerator(randomState)
  var x = initial
  var logP = logDensity(x)
  if !(logP > -.infinity) || logP.isNaN {
    failure("\(function): the log density at initial is \(logP); start where it is finite")
  }
  var kept: [Double] = []
  kept.reserveCapacity(nSamples * d)
  var keptLog: [Double] = []
  keptLog.reserveCapacity(nSamples)
  var accepted = 0
  let total = burnIn + nSamples * thin
  for iteration in 0..<total {
    let candidate = propose(x, &generator)
    let candidateLogP = logDensity(candidate)
    var logAlpha = candidateLogP - logP
    if let correction { logAlpha += correction(x, candidate) - correction(candidate, x) }
    let u = generator.random()
    if log(u) < logAlpha && !candidateLogP.isNaN {
      x = candidate
      logP = candidateLogP
      if iteration >= burnIn { accepted += 1 }
    }
    if iteration >= burnIn && (iteration - burnIn + 1) % thin == 0 {
      kept += x.elements
      keptLog.append(logP)
    }
  }
  return MCMCResult(
    trace: Matrix(rows: nSamples, columns: d, elements: kept), logDensities: Vector(keptLog),
    acceptanceRate: Double(accepted) / Double(nSamples * thin), burnIn: burnIn, thin: thin,
    method: "Metropolis–Hastings")
}

/// Draws from a distribution by Gibbs sampling: each iteration (a sweep) replaces coordinate
/// j = 0, 1, …, d − 1 in turn by a draw from its full conditional given all the others, as
/// updated so far (the sampler PyMC composes from conditional steps; JAGS and BUGS run it).
///
/// ```swift
/// // A standard bivariate normal with correlation ρ: x₀ | x₁ ~ N(ρx₁, 1 − ρ²), and symmetrically.
/// let rho = 0.8, s = (1 - rho * rho).squareRoot()
/// let result = gibbsSampler(
///   initial: [0, 0],
///   conditionals: [{ x, rng in rng.normal(rho * x[1], s) }, { x, rng in rng.normal(rho * x[0], s) }],
///   nSamples: 5000, randomState: 0)
/// ```
///
/// Every proposal is accepted (acceptance rate 1). The conditionals draw from the
/// ``RandomState`` they receive, in sweep order, so a NumPy loop drawing the same way from
/// `np.random.RandomState(seed)` gives the same chain.
///
/// - Parameters:
///   - initial: the starting state, d ≥ 1 finite values.
///   - conditionals: d closures; closure j receives the current state and the generator and
///     returns a draw of coordinate j.
///   - nSamples, burnIn, thin, randomState: as for ``metropolisHastings(logDensity:initial:proposal:nSamples:burnIn:thin:randomState:)``.
///   - logDensity: when given, the log density of each kept state is recorded.
/// - Stops for an empty or non-finite `initial`, a number of conditionals other than d, bad
///   counts, or a seed out of range.
public func gibbsSampler(
  initial: Vector, conditionals: [(_ state: Vector, _ generator: inout RandomState) -> Double], nSamples: Int,
  burnIn: Int = 0, thin: Int = 1, randomState: Int? = nil, logDensity: ((Vector) -> Double)? = nil
) -> MCMCResult {
  let function = "gibbsSampler"
  checkChainSettings(initial, nSamples: nSamples, burnIn: burnIn, thin: thin, randomState: randomState, function)
  let d = initial.count
  if conditionals.count != d {
    failure("\(function): got \(conditionals.count) conditionals for a state of \(d) coordinates (one per coordinate)")
  }
  var generator = chainGenerator(randomState)
  var x = initial
  var kept: [Double] = []
  kept.reserveCapacity(nSamples * d)
  var keptLog: [Double] = []
  let total = burnIn + nSamples * thin
  for iteration in 0..<total {
    for j in 0..<d { x[j] = conditionals[j](x, &generator) }
    if iteration >= burnIn && (iteration - burnIn + 1) % thin == 0 {
      kept += x.elements
      if let logDensity { keptLog.append(logDensity(x)) }
    }
  }
  return MCMCResult(
    trace: Matrix(rows: nSamples, columns: d, elements: kept), logDensities: logDensity == nil ? nil : Vector(keptLog),
    acceptanceRate: 1, burnIn: burnIn, thin: thin, method: "Gibbs")
}

/// The checks both samplers share.
private func checkChainSettings(
  _ initial: Vector, nSamples: Int, burnIn: Int, thin: Int, randomState: Int?, _ function: String
) {
  if initial.count == 0 { failure("\(function): initial is empty; the state needs at least one coordinate") }
  if let k = initial.elements.firstIndex(where: { !$0.isFinite }) {
    failure("\(function): initial[\(k)] = \(initial.elements[k]); the initial state must be finite")
  }
  if nSamples < 1 { failure("\(function): nSamples must be at least 1, got \(nSamples)") }
  if burnIn < 0 { failure("\(function): burnIn must be at least 0, got \(burnIn)") }
  if thin < 1 { failure("\(function): thin must be at least 1, got \(thin)") }
  if let randomState, UInt32(exactly: randomState) == nil {
    failure("\(function): randomState must be between 0 and 2**32 - 1, got \(randomState)")
  }
}

/// `RandomState(seed)`, or for nil a generator seeded from the process-wide ``Random``.
private func chainGenerator(_ seed: Int?) -> RandomState {
  if let seed { return RandomState(seed: seed) }
  return Random.draw { RandomState(seed: $0.randint(0, Int(UInt32.max))) }
}
