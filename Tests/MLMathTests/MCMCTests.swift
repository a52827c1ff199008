import Foundation
import Testing
import XCTest

@testable import MLMath

/// The targets of the reference chains, written with the scalar operations, in the order,
/// of scripts/reference/mcmc.py.
enum MCMCTargets {
  static func normal1d(_ x: Vector) -> Double { -0.5 * x[0] * x[0] }

  static func correlated2d(_ x: Vector) -> Double {
    let a = x[0] - 1.0
    let b = x[1] + 2.0
    return -0.5 * (2.0 * a * a - 2.4 * a * b + 1.5 * b * b)
  }

  static func betaPosterior(_ x: Vector) -> Double {
    let p = x[0]
    if !(0 < p && p < 1) { return -.infinity }
    return 7.0 * log(p) + 13.0 * log(1.0 - p)
  }

  static func gammaTarget(_ x: Vector) -> Double {
    if !(x[0] > 0) { return -.infinity }
    return 2.0 * log(x[0]) - x[0]
  }

  /// x′ = x·exp(0.5 z): a multiplicative (log-normal) random walk.
  static var logNormalStep: MCMCProposal {
    .custom(
      draw: { x, rng in x * exp(0.5 * rng.standardNormal()) },
      logDensity: { to, from in
        let r = log(to[0]) - log(from[0])
        return -log(to[0]) - r * r / 0.5
      })
  }

  static let rho = 0.8
  static let s = (1.0 - rho * rho).squareRoot()

  static func bivariateNormal(_ x: Vector) -> Double {
    -0.5 * (x[0] * x[0] - 2.0 * rho * x[0] * x[1] + x[1] * x[1]) / (1.0 - rho * rho)
  }

  static var gibbsConditionals: [(Vector, inout RandomState) -> Double] {
    [{ x, rng in rng.normal(rho * x[1], s) }, { x, rng in rng.normal(rho * x[0], s) }]
  }
}

/// MLMath's samplers against NumPy twins drawing from `np.random.RandomState(seed)` in the
/// same order (Fixtures/reference/mcmc.json, written by scripts/reference/mcmc.py): every
/// kept state, log density and the acceptance rate to 1e-12; the effective sample sizes
/// against ArviZ's `az.ess` to 1e-9.
final class MCMCReferenceTests: XCTestCase {
  struct Case: Decodable {
    var name, kind: String
    var seed, nSamples, burnIn, thin: Int
    var initial: [Double]
    var scale: [Double]?
    var covariance: [[Double]]?
    var trace: [[ReferenceNumber]]
    var logDensities: [ReferenceNumber]
    var acceptanceRate: Double
    var ess: [String: [Double]]?
  }
  struct Fixture: Decodable { var cases: [Case] }

  func run(_ c: Case) throws -> MCMCResult {
    let initial = Vector(c.initial)
    switch c.name {
    case "normal1d", "correlated2dScale", "correlated2dCovariance", "betaPosterior":
      var target: (Vector) -> Double = MCMCTargets.correlated2d
      if c.name == "normal1d" { target = MCMCTargets.normal1d }
      if c.name == "betaPosterior" { target = MCMCTargets.betaPosterior }
      let proposal: MCMCProposal
      if c.kind == "randomWalk" {
        proposal = .randomWalk(scale: Vector(try XCTUnwrap(c.scale)))
      } else {
        proposal = .randomWalkCovariance(Matrix(try XCTUnwrap(c.covariance)))
      }
      return metropolisHastings(
        logDensity: target, initial: initial, proposal: proposal, nSamples: c.nSamples, burnIn: c.burnIn,
        thin: c.thin, randomState: c.seed)
    case "gammaLogNormalProposal":
      return metropolisHastings(
        logDensity: MCMCTargets.gammaTarget, initial: initial, proposal: MCMCTargets.logNormalStep,
        nSamples: c.nSamples, burnIn: c.burnIn, thin: c.thin, randomState: c.seed)
    case "gibbsBivariateNormal":
      return gibbsSampler(
        initial: initial, conditionals: MCMCTargets.gibbsConditionals, nSamples: c.nSamples, burnIn: c.burnIn,
        thin: c.thin, randomState: c.seed, logDensity: MCMCTargets.bivariateNormal)
    default:
      // A fixture case this test does not know is a failure, not a skip: it would go unchecked.
      throw UnknownFixtureCase(name: c.name)
    }
  }

  func testChainsMatchNumPyTwins() throws {
    let fixture = try decodeReferenceFixture("mcmc", as: Fixture.self)
    XCTAssertEqual(fixture.cases.count, 6)
    var worst = 0.0
    var worstESS = 0.0
    var states = 0
    for c in fixture.cases {
      let result = try run(c)
      let expected = Matrix(c.trace.map { $0.map(\.value) })
      XCTAssertEqual(result.trace.rows, expected.rows, c.name)
      XCTAssertEqual(result.trace.columns, expected.columns, c.name)
      let logs = try XCTUnwrap(result.logDensities)
      for (a, b) in zip(result.trace.elements + logs.elements, expected.elements + c.logDensities.map(\.value)) {
        let error = abs(a - b) / Swift.max(abs(b), 1)
        worst = Swift.max(worst, error)
        XCTAssertLessThanOrEqual(error, 1e-12, "\(c.name): \(a) vs NumPy \(b)")
      }
      XCTAssertEqual(result.acceptanceRate, c.acceptanceRate, c.name)
      states += result.trace.rows
      for (method, values) in try XCTUnwrap(c.ess) {
        let mine = result.ess(method: try XCTUnwrap(ESSMethod(rawValue: method)))
        for (a, b) in zip(mine.elements, values) {
          worstESS = Swift.max(worstESS, abs(a - b) / b)
          XCTAssertEqual(a, b, accuracy: 1e-9 * b, "\(c.name) ess \(method)")
        }
      }
    }
    print(
      "MCMC vs NumPy: \(fixture.cases.count) chains, \(states) states, worst error \(worst); ESS vs ArviZ worst relative \(worstESS)"
    )
  }
}

/// The samplers' statistics: posterior moments within a few Monte-Carlo standard errors,
/// acceptance rates, thinning, the Hastings correction, the summary.
final class MCMCTests: XCTestCase {
  /// Asserts |estimate − truth| ≤ 4 standard errors.
  func assertWithin(_ estimate: Double, _ truth: Double, se: Double, _ what: String) {
    XCTAssertLessThanOrEqual(abs(estimate - truth), 4 * se, "\(what): \(estimate) vs \(truth), se \(se)")
    print("\(what): \(estimate) vs \(truth) (\(((estimate - truth) / se).fixed(2)) se)")
  }

  func testMetropolisHastingsRecoversANormal() {
    let (mu, sigma) = (2.0, 1.5)
    let result = metropolisHastings(
      logDensity: { x in -0.5 * (x[0] - mu) * (x[0] - mu) / (sigma * sigma) }, initial: [0],
      proposal: .randomWalk(scale: [2.4 * sigma]), nSamples: 20_000, burnIn: 1000, randomState: 11)
    let ess = result.ess(method: .mean)[0]
    assertWithin(result.mean[0], mu, se: result.mcseMean[0], "normal mean")
    let variance = result.draws(0).variance(ddof: 1)
    assertWithin(variance, sigma * sigma, se: 2.0.squareRoot() * sigma * sigma / ess.squareRoot(), "normal variance")
    XCTAssertGreaterThan(result.acceptanceRate, 0.3)
    XCTAssertLessThan(result.acceptanceRate, 0.6)
  }

  func testMetropolisHastingsRecoversABetaPosterior() {
    // 7 heads in 20 tosses under a flat prior: Beta(8, 14).
    let (a, b) = (8.0, 14.0)
    let result = metropolisHastings(
      logDensity: MCMCTargets.betaPosterior, initial: [0.5], proposal: .randomWalk(scale: [0.2]), nSamples: 20_000,
      burnIn: 500, randomState: 3)
    let mean = a / (a + b)
    let variance = a * b / ((a + b) * (a + b) * (a + b + 1))
    assertWithin(result.mean[0], mean, se: result.mcseMean[0], "beta mean")
    let ess = result.ess(method: .mean)[0]
    // Var of (x − μ)² for a Beta is about 2σ⁴ (its kurtosis is near the normal's).
    assertWithin(
      result.draws(0).variance(ddof: 1), variance, se: 2.0.squareRoot() * variance / ess.squareRoot(), "beta variance")
    XCTAssertTrue(result.trace.elements.allSatisfy { $0 > 0 && $0 < 1 })
  }

  func testGibbsRecoversTheCorrelation() {
    let result = gibbsSampler(
      initial: [3, -3], conditionals: MCMCTargets.gibbsConditionals, nSamples: 20_000, burnIn: 200, randomState: 5)
    XCTAssertEqual(result.acceptanceRate, 1)
    XCTAssertNil(result.logDensities)
    let r = corrcoef(result.draws(0), result.draws(1))[0, 1]
    let ess = result.ess().elements.min()!
    assertWithin(r, MCMCTargets.rho, se: (1 - MCMCTargets.rho * MCMCTargets.rho) / ess.squareRoot(), "Gibbs ρ")
    assertWithin(result.mean[0], 0, se: result.mcseMean[0], "Gibbs mean x0")
    assertWithin(result.mean[1], 0, se: result.mcseMean[1], "Gibbs mean x1")
  }

  func testAcceptanceRateFollowsTheStepSize() {
    func rate(_ scale: Double) -> Double {
      metropolisHastings(
        logDensity: MCMCTargets.normal1d, initial: [0], proposal: .randomWalk(scale: [scale]), nSamples: 5000,
        randomState: 0
      ).acceptanceRate
    }
    let (tiny, moderate, huge) = (rate(1e-4), rate(2.4), rate(100))
    print("acceptance: step 1e-4 → \(tiny), 2.4 → \(moderate), 100 → \(huge)")
    XCTAssertGreaterThan(tiny, 0.999)
    XCTAssertLessThan(huge, 0.05)
    XCTAssertTrue(tiny > moderate && moderate > huge)
  }

  func testHastingsCorrectionMatters() {
    // Gamma(3, 1) with a multiplicative random walk: with the correction the mean is 3; without
    // it (treating the proposal as symmetric) the chain targets π(x)/x, Gamma(2, 1), mean 2.
    let corrected = metropolisHastings(
      logDensity: MCMCTargets.gammaTarget, initial: [1], proposal: MCMCTargets.logNormalStep, nSamples: 20_000,
      burnIn: 500, randomState: 8)
    assertWithin(corrected.mean[0], 3, se: corrected.mcseMean[0], "Gamma(3) mean, Hastings-corrected")
    guard case .custom(let draw, _) = MCMCTargets.logNormalStep else { return XCTFail("not custom") }
    let uncorrected = metropolisHastings(
      logDensity: MCMCTargets.gammaTarget, initial: [1], proposal: .custom(draw: draw, logDensity: nil),
      nSamples: 20_000, burnIn: 500, randomState: 8)
    assertWithin(uncorrected.mean[0], 2, se: uncorrected.mcseMean[0], "Gamma(3) mean, uncorrected → Gamma(2)")
  }

  func testBurnInAndThinningKeepTheRightStates() {
    let covariance: Matrix = [[1, 0.5], [0.5, 2]]
    let every = metropolisHastings(
      logDensity: MCMCTargets.correlated2d, initial: [0, 0], proposal: .randomWalkCovariance(covariance),
      nSamples: 300, burnIn: 7, randomState: 1)
    let thinned = metropolisHastings(
      logDensity: MCMCTargets.correlated2d, initial: [0, 0], proposal: .randomWalkCovariance(covariance),
      nSamples: 100, burnIn: 7, thin: 3, randomState: 1)
    XCTAssertEqual(thinned.trace.rows, 100)
    XCTAssertEqual(thinned.thin, 3)
    for i in 0..<100 {
      XCTAssertEqual(thinned.trace[i, 0], every.trace[3 * i + 2, 0])
      XCTAssertEqual(thinned.trace[i, 1], every.trace[3 * i + 2, 1])
      XCTAssertEqual(thinned.logDensities![i], every.logDensities![3 * i + 2])
    }
    XCTAssertEqual(thinned.acceptanceRate, every.acceptanceRate)
    // The kept log densities are those of the kept states.
    for i in 0..<300 {
      XCTAssertEqual(every.logDensities![i], MCMCTargets.correlated2d(Vector([every.trace[i, 0], every.trace[i, 1]])))
    }
  }

  func testSummaryAndESS() {
    let result = gibbsSampler(
      initial: [0, 0], conditionals: MCMCTargets.gibbsConditionals, nSamples: 2000, randomState: 2,
      logDensity: MCMCTargets.bivariateNormal)
    let text = "\(result)"
    print(text)
    XCTAssertTrue(text.hasPrefix("Gibbs: 2000 draws (burn-in 0, thin 1), acceptance rate 1.000"), text)
    for column in ["mean", "sd", "2.5%", "97.5%", "mcse_mean", "ess_bulk", "x[0]", "x[1]"] {
      XCTAssertTrue(text.contains(column), column)
    }
    XCTAssertEqual(result.quantiles([0.5]).columns, 2)
    // Independent draws: ESS near n; a constant chain: n; a strongly autocorrelated one: far below n.
    var rng = RandomState(seed: 0)
    let independent = rng.standardNormal(size: 4000)
    XCTAssertEqual(effectiveSampleSize(independent, method: .mean), 4000, accuracy: 400)
    XCTAssertEqual(effectiveSampleSize(Vector(repeating: 2, count: 10)), 10)
    var walk = [0.0]
    for _ in 0..<3999 { walk.append(0.99 * walk[walk.count - 1] + rng.standardNormal()) }
    XCTAssertLessThan(effectiveSampleSize(Vector(walk)), 200)
  }
}

/// Misused samplers stop with a message (each case in a child process).
@Suite struct MCMCFailureTests {
  @Test(arguments: MCMCFailures.all.map(\.name))
  func misusePrintsItsMessage(_ name: String) async throws {
    let trap = try #require(MCMCFailures.all.first { $0.name == name })
    let exit = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) { [name] in
      MCMCFailures.all.first { $0.name == name }?.body()
    }
    let stderr = String(decoding: try #require(exit).standardErrorContent, as: UTF8.self)
    #expect(
      stderr.contains("Fatal error: \(trap.message)"),
      "expected “Fatal error: \(trap.message)”, the child printed:\n\(stderr)")
  }
}

enum MCMCFailures {
  static func flat(_ x: Vector) -> Double { 0 }

  static let all: [TrapCase] = [
    TrapCase(
      name: "empty initial", message: "metropolisHastings: initial is empty; the state needs at least one coordinate"
    ) {
      print(metropolisHastings(logDensity: flat, initial: Vector([]), nSamples: 10))
    },
    TrapCase(name: "zero samples", message: "metropolisHastings: nSamples must be at least 1, got 0") {
      print(metropolisHastings(logDensity: flat, initial: [0], nSamples: 0))
    },
    TrapCase(name: "negative burn-in", message: "gibbsSampler: burnIn must be at least 0, got -1") {
      print(gibbsSampler(initial: [0], conditionals: [{ _, _ in 0 }], nSamples: 5, burnIn: -1))
    },
    TrapCase(name: "zero thin", message: "metropolisHastings: thin must be at least 1, got 0") {
      print(metropolisHastings(logDensity: flat, initial: [0], nSamples: 5, thin: 0))
    },
    TrapCase(
      name: "impossible start",
      message: "metropolisHastings: the log density at initial is -inf; start where it is finite"
    ) {
      print(metropolisHastings(logDensity: MCMCTargets.betaPosterior, initial: [2], nSamples: 5))
    },
    TrapCase(
      name: "scale length", message: "metropolisHastings: scale has 2 values; it needs 1 or one per coordinate (3)"
    ) {
      print(
        metropolisHastings(logDensity: flat, initial: [0, 0, 0], proposal: .randomWalk(scale: [1, 2]), nSamples: 5))
    },
    TrapCase(
      name: "negative scale",
      message: "metropolisHastings: scale[0] = -1.0; every step size must be positive and finite"
    ) {
      print(metropolisHastings(logDensity: flat, initial: [0], proposal: .randomWalk(scale: [-1]), nSamples: 5))
    },
    TrapCase(
      name: "covariance shape",
      message: "metropolisHastings: covariance has shape (1, 1), expected (2, 2) for a state of 2 coordinates"
    ) {
      print(metropolisHastings(logDensity: flat, initial: [0, 0], proposal: .randomWalkCovariance([[1]]), nSamples: 5))
    },
    TrapCase(
      name: "covariance not positive definite",
      message: "metropolisHastings: covariance must be symmetric positive definite"
    ) {
      print(
        metropolisHastings(
          logDensity: flat, initial: [0, 0], proposal: .randomWalkCovariance([[1, 2], [2, 1]]), nSamples: 5))
    },
    TrapCase(
      name: "custom proposal length",
      message: "metropolisHastings: the proposal returned 2 values for a state of 1 coordinates"
    ) {
      print(
        metropolisHastings(
          logDensity: flat, initial: [0], proposal: .custom(draw: { _, _ in [0, 0] }, logDensity: nil), nSamples: 5))
    },
    TrapCase(
      name: "conditionals",
      message: "gibbsSampler: got 1 conditionals for a state of 2 coordinates (one per coordinate)"
    ) {
      print(gibbsSampler(initial: [0, 0], conditionals: [{ _, _ in 0 }], nSamples: 5))
    },
    TrapCase(name: "seed", message: "gibbsSampler: randomState must be between 0 and 2**32 - 1, got -3") {
      print(gibbsSampler(initial: [0], conditionals: [{ _, _ in 0 }], nSamples: 5, randomState: -3))
    },
    TrapCase(name: "ess draws", message: "effectiveSampleSize: needs at least 4 draws, got 3") {
      print(effectiveSampleSize([1, 2, 3]))
    },
  ]
}

/// A case in mcmc.json that MCMCReferenceTests has no Swift counterpart for.
struct UnknownFixtureCase: Error, CustomStringConvertible {
  var name: String
  var description: String { "mcmc.json has a case \(name) that MCMCReferenceTests does not know; add it to the test" }
}
