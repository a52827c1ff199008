import Foundation
import XCTest

@testable import MLMath

/// Replays Fixtures/reference/discrete_distributions.json, written by
/// scripts/reference/discrete_distributions.py from scipy.stats and checked against mpmath:
/// every discrete distribution's pmf, logpmf, cdf, sf, logcdf, logsf at points out to the far
/// tails, ppf and isf from q = 1e-300 to 1, the moments, the 95 % interval, and NumPy's legacy
/// stream for its sampler; the multinomial; the fits.
final class DiscreteDistributionTests: XCTestCase {
  /// Builds the MLMath distribution a fixture entry names.
  static let makers: [String: @Sendable (DiscreteReference) throws -> any DiscreteDistribution] = [
    "Bernoulli": { try Bernoulli(p: $0.double("p")) },
    "Binomial": { try Binomial(n: $0.int("n"), p: $0.double("p")) },
    "Poisson": { try Poisson(lambda: $0.double("lambda")) },
    "Geometric": { try Geometric(p: $0.double("p")) },
    "NegativeBinomial": { try NegativeBinomial(n: $0.double("n"), p: $0.double("p")) },
    "Hypergeometric": {
      try Hypergeometric(ngood: $0.int("ngood"), nbad: $0.int("nbad"), nsample: $0.int("nsample"))
    },
    "DiscreteUniform": { DiscreteUniform($0.int("low")...$0.int("high")) },
    "Categorical": { try Categorical(p: Vector($0.params["p"]!.list)) },
  ]

  private func load() throws -> DiscreteFixture { try DiscreteFixture.load() }

  func testEveryMethodMatchesTheReferenceAtEveryPoint() throws {
    let fixture = try load()
    var checked = 0
    var names = Set<String>()
    var worst = WorstErrors()
    for entry in fixture.distributions {
      let maker = try XCTUnwrap(Self.makers[entry.name], "no maker for \(entry.name)")
      let d = try maker(entry)
      names.insert(entry.name)
      let methods: [String: (Double) -> Double] = [
        "pmf": d.pmf, "logpmf": d.logpmf, "cdf": d.cdf, "sf": d.sf, "logcdf": d.logcdf, "logsf": d.logsf,
        "ppf": d.ppf, "isf": d.isf,
      ]
      for row in entry.x + entry.q {
        for (method, expected) in row.values {
          // The protocol's pmf of a `Double` reads integers past Int.max as non-integers (0, −∞);
          // SciPy evaluates its formula there (a probability of e^(−6.7e31)).
          if method.hasPrefix("logpmf") || method == "pmf", row.x.value.magnitude > 9.2e18, row.x.value.isFinite {
            continue
          }
          let f = try XCTUnwrap(methods[method], method)
          let actual = f(row.x.value)
          XCTAssertTrue(
            referenceClose(actual, expected.value, relative: 1e-12, absolute: 1e-300),
            "\(entry.call).\(method)(\(row.x.value)) = \(actual), reference \(expected.value)")
          XCTAssertFalse(actual.isNaN && actual.sign == .minus, "\(entry.call).\(method) gives -nan")
          if expected.value.magnitude > 1e-300 {
            worst.record(method, actual, expected.value, at: "\(entry.call) at \(row.x.value)")
          }
          checked += 1
        }
      }
    }
    XCTAssertEqual(names, Set(Self.makers.keys), "every distribution has reference values")
    XCTAssertGreaterThan(checked, 3000)
    print("DiscreteDistributionTests: \(checked) values; worst relative errors: \(worst.summary)")
  }

  func testMomentsIntervalsAndSupportMatchTheReference() throws {
    var worst = WorstErrors()
    for entry in try load().distributions {
      let d = try Self.makers[entry.name]!(entry)
      let m = entry.moments
      let pairs: [(String, Double, Double)] = [
        ("mean", d.mean, m.mean.value), ("variance", d.variance, m.variance.value), ("std", d.std, m.std.value),
        ("median", d.median, m.median.value), ("entropy", d.entropy, m.entropy.value),
        ("interval.lower", d.interval(0.95).lower, m.interval95[0].value),
        ("interval.upper", d.interval(0.95).upper, m.interval95[1].value),
        ("support.lower", d.support.lower, m.support[0].value), ("support.upper", d.support.upper, m.support[1].value),
      ]
      // A quantile whose probability the cdf meets exactly (NegativeBinomial(3, 0.5) has
      // F(2) = ½) is a tie that the last bit of F decides: either neighbour is right.
      let targets: [String: Double] = ["median": 0.5, "interval.lower": 0.025, "interval.upper": 0.975]
      for (what, actual, expected) in pairs {
        if let q = targets[what], (actual - expected).magnitude == 1,
          (d.cdf(min(actual, expected)) - q).magnitude <= 1e-14 * q
        {
          continue
        }
        XCTAssertTrue(
          referenceClose(actual, expected, relative: 1e-12, absolute: 1e-300),
          "\(entry.call).\(what) = \(actual), reference \(expected)")
        worst.record(what, actual, expected, at: entry.call)
      }
    }
    print("DiscreteDistributionTests moments: worst relative errors: \(worst.summary)")
  }

  func testSamplersReproduceNumPysLegacyStream() throws {
    var streams = 0
    for entry in try load().distributions {
      guard let stream = entry.stream else { continue }
      let d = try Self.makers[entry.name]!(entry)
      let expected = stream.values.map { Int($0.value) }
      var generator = RandomState(seed: stream.seed)
      XCTAssertEqual(d.sample(expected.count, using: &generator).elements, expected, "\(entry.call).sample(_:using:)")
      generator = RandomState(seed: stream.seed)
      let one = (0..<expected.count).map { _ in d.sample(using: &generator) }
      XCTAssertEqual(one, expected, "\(entry.call).sample(using:)")
      streams += 1
    }
    XCTAssertGreaterThan(streams, 30)
  }

  func testProcessWideSamplingFollowsRandomSeed() throws {
    let d = try NegativeBinomial(n: 2.5, p: 0.3)
    Random.seed(11)
    let bulk = d.sample(6)
    let one = d.sample()
    var generator = RandomState(seed: 11)
    XCTAssertEqual(bulk, d.sample(6, using: &generator))
    XCTAssertEqual(one, d.sample(using: &generator))
    Random.seed(5)
    let viaRandom = Random.negativeBinomial(2.5, 0.3, size: 4)
    generator = RandomState(seed: 5)
    XCTAssertEqual(viaRandom, generator.negativeBinomial(2.5, 0.3, size: 4))
  }

  /// Each sampler against its own distribution: the chi-square statistic of 5000 draws at a
  /// fixed seed (up to 40 cells cut at quantiles, merged until each expects five draws) stays
  /// below the 0.1 % critical value.
  func testSamplesFollowTheirOwnPMF() throws {
    var tested = 0
    for entry in try load().distributions {
      let d = try Self.makers[entry.name]!(entry)
      guard d.variance > 0, d.variance.isFinite else { continue }
      var generator = RandomState(seed: 2024)
      let draws = d.sample(5000, using: &generator).elements
      let (statistic, df) = chiSquareAgainstCDF(draws, cdf: d.cdf, ppf: d.ppf)
      guard df >= 1 else { continue }
      XCTAssertLessThan(
        statistic, chiSquareCritical(df: df), "\(entry.call): chi-square \(statistic) with \(df) degrees of freedom")
      tested += 1
    }
    XCTAssertGreaterThan(tested, 25)
  }

  func testVectorisedMethodsMatchTheScalarOnes() throws {
    let d = try Binomial(n: 12, p: 0.35)
    let k = IntVector([-1, 0, 3, 7, 12, 13])
    XCTAssertEqual(d.pmf(k).elements, k.elements.map { d.pmf($0) })
    XCTAssertEqual(d.logpmf(k).elements, k.elements.map { d.logpmf($0) })
    XCTAssertEqual(d.cdf(k).elements, k.elements.map { d.cdf(Double($0)) })
    XCTAssertEqual(d.sf(k).elements, k.elements.map { d.sf(Double($0)) })
    let x = Vector([-0.5, 2, 2.5, 11.99, 30])
    XCTAssertEqual(d.pmf(x).elements, [0, d.pmf(2), 0, 0, 0])
    XCTAssertEqual(d.cdf(x).elements, x.elements.map(d.cdf))
    XCTAssertEqual(d.ppf(Vector([0.1, 0.5])).elements, [d.ppf(0.1), d.ppf(0.5)])
    XCTAssertEqual(d.logLikelihood(IntVector([1, 4, 5])), d.logpmf(1) + d.logpmf(4) + d.logpmf(5))
  }

  /// Entropies where SciPy cannot go (it sums at most a thousand terms, or all n + 1 of a
  /// binomial): against Poisson's asymptotic series ½ log(2πeλ) − 1/(12λ) − 1/(24λ²) − 19/(360λ³)
  /// and against the same distribution summed term by term.
  func testEntropyAtAnySpread() throws {
    let series: [(Double, Double)] = [
      (1e9, 11.780571451594544986), (1e12, 15.234449091168863513), (1e16, 19.839619277157038206),
    ]
    for (lambda, expected) in series {
      let h = try Poisson(lambda: lambda).entropy
      XCTAssertEqual(h, expected, accuracy: 1e-14 * expected, "Poisson(\(lambda)).entropy")
    }
    // The near-normal expansion against the direct sum, just past where it takes over.
    let binomial = try Binomial(n: 1_000_000, p: 0.3)
    let summed = latticeEntropy(lower: 0, upper: 1e6, mode: 300_000) { binomial.logProbability($0) }
    XCTAssertEqual(binomial.entropy, summed, accuracy: 1e-14 * summed)
    // The Euler–Maclaurin tail against the sum with a budget large enough to need none.
    let skewed = try NegativeBinomial(n: 0.5, p: 1e-4)
    let full = latticeEntropy(lower: 0, upper: .infinity, mode: 0, budget: 2_000_000) { skewed.logProbability($0) }
    XCTAssertEqual(skewed.entropy, full, accuracy: 1e-13 * full)
  }

  func testInvalidParametersThrowAnErrorNamingThem() {
    let cases: [(() throws -> Any, String)] = [
      ({ try Bernoulli(p: 1.5) }, "Bernoulli: p must be a probability in [0, 1], got 1.5"),
      ({ try Binomial(n: -1, p: 0.5) }, "Binomial: n must be ≥ 0, got -1.0"),
      ({ try Binomial(n: 3, p: .nan) }, "Binomial: p must be a probability in [0, 1], got nan"),
      ({ try Poisson(lambda: -2) }, "Poisson: lambda must be finite and ≥ 0, got -2.0"),
      ({ try Poisson(lambda: .infinity) }, "Poisson: lambda must be finite and ≥ 0, got inf"),
      ({ try Geometric(p: 0) }, "Geometric: p must be in (0, 1], got 0.0"),
      ({ try NegativeBinomial(n: 0, p: 0.5) }, "NegativeBinomial: n must be positive and finite, got 0.0"),
      ({ try NegativeBinomial(n: 2, p: 0) }, "NegativeBinomial: p must be in (0, 1], got 0.0"),
      ({ try Hypergeometric(ngood: -1, nbad: 3, nsample: 1) }, "Hypergeometric: ngood must be ≥ 0, got -1.0"),
      (
        { try Hypergeometric(ngood: 2, nbad: 3, nsample: 6) },
        "Hypergeometric: nsample must be ≤ ngood + nbad = 5, got 6.0"
      ),
      (
        { try Hypergeometric(ngood: 0, nbad: 0, nsample: 0) },
        "Hypergeometric: ngood + nbad must be between 1 and Int.max, got 0.0"
      ),
      ({ try Categorical(p: [0.5, 0.6]) }, "Categorical: sum(p) must be 1 (within 1e-8), got 1.1"),
      ({ try Categorical(p: [0.5, -0.1, 0.6]) }, "Categorical: p[1] must be a probability in [0, 1], got -0.1"),
      ({ try Categorical(p: []) }, "Categorical: p must hold at least one probability (its count), got 0.0"),
      ({ try Multinomial(n: -3, p: [1]) }, "Multinomial: n must be ≥ 0, got -3.0"),
      ({ try Multinomial(n: 3, p: [0.2, 0.2]) }, "Multinomial: sum(p) must be 1 (within 1e-8), got 0.4"),
    ]
    for (make, message) in cases {
      XCTAssertThrowsError(try make()) { error in XCTAssertEqual("\(error)", message) }
    }
  }

  func testEdgeCasesFollowSciPy() throws {
    // ppf(0) is one below the support, isf(1) too; ppf(1) and isf(0) its top.
    let g = try Geometric(p: 0.25)
    XCTAssertEqual([g.ppf(0), g.ppf(1), g.isf(1), g.isf(0)], [0, .infinity, 0, .infinity])
    let b = try Binomial(n: 5, p: 0.5)
    XCTAssertEqual([b.ppf(0), b.ppf(1), b.isf(0), b.isf(1)], [-1, 5, 5, -1])
    XCTAssertTrue(b.ppf(-0.1).isNaN && b.isf(1.5).isNaN && b.ppf(.nan).isNaN)
    // Between the integers the cdf is flat and the pmf 0.
    XCTAssertEqual(b.cdf(2.999), b.cdf(2))
    XCTAssertEqual(b.pmf(2.5), 0)
    XCTAssertEqual(b.logpmf(2.5), -.infinity)
    // Hypergeometric with nothing drawn: the point mass at 0, and a sample that draws nothing.
    let h = try Hypergeometric(ngood: 10, nbad: 3, nsample: 0)
    XCTAssertEqual([h.pmf(0), h.mean, h.variance, h.entropy], [1, 0, 0, 0])
    var generator = RandomState(seed: 1)
    XCTAssertEqual(h.sample(3, using: &generator), IntVector([0, 0, 0]))
    XCTAssertEqual(generator, RandomState(seed: 1))
    // The whole Int range is one discrete uniform distribution.
    let all = DiscreteUniform(Int.min...Int.max)
    XCTAssertEqual(all.pmf(0), 0x1p-64)
    XCTAssertEqual(all.cdf(-1), 0.5)
    XCTAssertEqual(all.entropy, 64 * log(2.0))
    XCTAssertEqual(all.description, "DiscreteUniform(-9223372036854775808...9223372036854775807)")
  }

  func testDescriptions() throws {
    XCTAssertEqual(try Bernoulli(p: 0.3).description, "Bernoulli(p: 0.3)")
    XCTAssertEqual(try Binomial(n: 10, p: 0.5).description, "Binomial(n: 10, p: 0.5)")
    XCTAssertEqual(try Poisson(lambda: 4).description, "Poisson(lambda: 4.0)")
    XCTAssertEqual(try Geometric(p: 0.25).description, "Geometric(p: 0.25)")
    XCTAssertEqual(try NegativeBinomial(n: 3, p: 0.5).description, "NegativeBinomial(n: 3.0, p: 0.5)")
    XCTAssertEqual(
      try Hypergeometric(ngood: 4, nbad: 48, nsample: 5).description, "Hypergeometric(ngood: 4, nbad: 48, nsample: 5)")
    XCTAssertEqual(DiscreteUniform(1...6).description, "DiscreteUniform(1...6)")
    XCTAssertEqual(try Categorical(p: [0.5, 0.3, 0.2]).description, "Categorical(p: [0.5 0.3 0.2])")
    XCTAssertEqual(try Multinomial(n: 6, p: [0.5, 0.5]).description, "Multinomial(n: 6, p: [0.5 0.5])")
  }

  // MARK: Multinomial

  func testMultinomialMatchesTheReference() throws {
    var worst = WorstErrors()
    for entry in try load().multinomial {
      let d = try Multinomial(n: entry.n, p: Vector(entry.p.map(\.value)))
      for row in entry.counts {
        let counts = IntVector(row.counts)
        XCTAssertTrue(
          referenceClose(d.logpmf(counts), row.logpmf.value, relative: 1e-12, absolute: 1e-300),
          "\(d).logpmf(\(row.counts)) = \(d.logpmf(counts)), reference \(row.logpmf.value)")
        XCTAssertTrue(
          referenceClose(d.pmf(counts), row.pmf.value, relative: 1e-12, absolute: 1e-300),
          "\(d).pmf(\(row.counts)) = \(d.pmf(counts)), reference \(row.pmf.value)")
        worst.record("logpmf", d.logpmf(counts), row.logpmf.value, at: "\(d) at \(row.counts)")
      }
      XCTAssertTrue(
        referenceClose(d.entropy, entry.entropy.value, relative: 1e-12, absolute: 1e-300),
        "\(d).entropy = \(d.entropy), reference \(entry.entropy.value)")
      worst.record("entropy", d.entropy, entry.entropy.value, at: "\(d)")
      for (actual, expected) in zip(d.mean.elements, entry.mean) {
        XCTAssertTrue(referenceClose(actual, expected.value, relative: 1e-15), "\(d).mean")
      }
      for (actual, expected) in zip(d.cov.elements, entry.cov.flatMap { $0 }) {
        XCTAssertTrue(referenceClose(actual, expected.value, relative: 1e-15, absolute: 1e-300), "\(d).cov")
      }
      var generator = RandomState(seed: entry.stream.seed)
      XCTAssertEqual(d.sample(using: &generator).elements, entry.stream.one, "\(d).sample(using:)")
      XCTAssertEqual(
        d.sample(entry.stream.many.count, using: &generator), IntMatrix(entry.stream.many), "\(d).sample(_:using:)")
    }
    print("Multinomial: worst relative errors: \(worst.summary)")
    let d = try Multinomial(n: 4, p: [0.25, 0.75])
    let rows = IntMatrix([[1, 3], [2, 2], [0, 3]])
    XCTAssertEqual(d.pmf(rows).elements, [d.pmf([1, 3]), d.pmf([2, 2]), 0])
    Random.seed(3)
    let drawn = d.sample(2)
    var generator = RandomState(seed: 3)
    XCTAssertEqual(drawn, d.sample(2, using: &generator))
  }

  // MARK: Fitting

  func testFitsAreTheSampleMean() throws {
    XCTAssertEqual(try Poisson.fit([2, 4, 0, 3, 6]).lambda, 3)
    XCTAssertEqual(try Bernoulli.fit([1, 0, 1, 1]).p, 0.75)
    // The maximum: the log-likelihood falls on either side of the fitted parameter.
    let data: IntVector = [5, 7, 2, 9, 4, 4]
    let best = try Poisson.fit(data)
    for lambda in [best.lambda * 0.99, best.lambda * 1.01] {
      XCTAssertLessThan(try Poisson(lambda: lambda).logLikelihood(data), best.logLikelihood(data))
    }
    XCTAssertThrowsError(try Poisson.fit([])) { error in
      XCTAssertEqual("\(error)", "Poisson.fit: data must hold at least one value (its count), got 0.0")
    }
    XCTAssertThrowsError(try Poisson.fit([1, -2])) { error in
      XCTAssertEqual("\(error)", "Poisson.fit: data[1] must be ≥ 0 (a count), got -2.0")
    }
    XCTAssertThrowsError(try Bernoulli.fit([0, 1, 2])) { error in
      XCTAssertEqual("\(error)", "Bernoulli.fit: data[2] must be 0 or 1, got 2.0")
    }
  }
}
