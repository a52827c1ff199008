import XCTest

@testable import MLMath

/// The other distributions: bit-exact against NumPy's legacy draws where the
/// algorithm is transcribed exactly, moments otherwise.
final class RandomDistributionTests: XCTestCase {
  var reference: [String: Any] = [:]

  override func setUpWithError() throws {
    reference = try ReferenceFixture.load("random_distributions")
  }

  func check(_ name: String, _ draw: (inout RandomState, Int) -> [Double]) {
    var rng = RandomState(seed: 42)
    let expected = ReferenceFixture.bitPatterns(reference[name])
    assertBitIdentical(draw(&rng, expected.count), expected, name)
  }

  func testExponential() {
    check("exponential_2") { $0.exponential(2, size: $1).elements }
  }

  func testGamma() {
    check("gamma_0.5") { $0.gamma(0.5, 1, size: $1).elements }
    check("gamma_1") { $0.gamma(1, 3, size: $1).elements }
    check("gamma_3.5") { $0.gamma(3.5, 2, size: $1).elements }
  }

  func testBeta() {
    check("beta_0.5_0.8") { $0.beta(0.5, 0.8, size: $1).elements }
    check("beta_2_5") { $0.beta(2, 5, size: $1).elements }
  }

  func testBinomial() {
    check("binomial_10_0.3") { $0.binomial(10, 0.3, size: $1).map(Double.init) }
    check("binomial_1000_0.4") { $0.binomial(1000, 0.4, size: $1).map(Double.init) }
    check("binomial_1000_0.9") { $0.binomial(1000, 0.9, size: $1).map(Double.init) }
    check("binomial_50_0.95") { $0.binomial(50, 0.95, size: $1).map(Double.init) }
  }

  func testPoisson() {
    check("poisson_3") { $0.poisson(3, size: $1).map(Double.init) }
    check("poisson_25") { $0.poisson(25, size: $1).map(Double.init) }
    check("poisson_1e6") { $0.poisson(1e6, size: $1).map(Double.init) }
  }

  func testMultivariateNormalMatchesNumPyToRounding() {
    let mean = Vector(ReferenceFixture.doubles(reference["mvn_mean"]))
    let cov = Matrix(rows: 3, columns: 3, elements: ReferenceFixture.doubles(reference["mvn_cov"]))
    var rng = RandomState(seed: 42)
    let x = rng.multivariateNormal(mean: mean, cov: cov, size: 200)
    let expected = ReferenceFixture.doubles(reference["mvn"])
    XCTAssertEqual(x.rows, 200)
    XCTAssertEqual(x.columns, 3)
    for (a, b) in zip(x.elements, expected) {
      XCTAssertEqual(a, b, accuracy: 1e-12 * max(1, abs(b)))
    }
  }

  /// Sample mean and variance within 6 standard errors of the true ones.
  func assertMoments(
    _ sample: [Double], mean: Double, variance: Double, _ label: String,
    file: StaticString = #filePath,
    line: UInt = #line
  ) {
    let n = Double(sample.count)
    let m = sample.reduce(0, +) / n
    let v = sample.reduce(0) { $0 + ($1 - m) * ($1 - m) } / (n - 1)
    XCTAssertEqual(
      m, mean, accuracy: 6 * (variance / n).squareRoot(), "\(label) mean", file: file, line: line)
    XCTAssertEqual(
      v, variance, accuracy: 0.05 * variance, "\(label) variance", file: file, line: line)
  }

  func testMoments() {
    var rng = RandomState(seed: 2024)
    let n = 200_000
    assertMoments(rng.random(size: n).elements, mean: 0.5, variance: 1.0 / 12, "random")
    assertMoments(rng.normal(3, 2, size: n).elements, mean: 3, variance: 4, "normal")
    assertMoments(rng.exponential(2, size: n).elements, mean: 2, variance: 4, "exponential")
    assertMoments(rng.gamma(0.5, 2, size: n).elements, mean: 1, variance: 2, "gamma(0.5, 2)")
    assertMoments(rng.gamma(4, 0.5, size: n).elements, mean: 2, variance: 1, "gamma(4, 0.5)")
    assertMoments(rng.beta(2, 3, size: n).elements, mean: 0.4, variance: 0.04, "beta(2, 3)")
    assertMoments(
      rng.binomial(200, 0.3, size: n).map(Double.init), mean: 60, variance: 42, "binomial")
    assertMoments(rng.poisson(40, size: n).map(Double.init), mean: 40, variance: 40, "poisson")
    let counts = rng.randint(0, 6, size: n).reduce(into: [Int](repeating: 0, count: 6)) {
      $0[$1] += 1
    }
    for count in counts {
      XCTAssertEqual(Double(count), Double(n) / 6, accuracy: 6 * (Double(n) * 5 / 36).squareRoot())
    }
    let cov: Matrix = [[2, 0.8], [0.8, 1]]
    let x = rng.multivariateNormal(mean: [1, -1], cov: cov, size: n)
    let first = stride(from: 0, to: x.elements.count, by: 2).map { x.elements[$0] }
    let second = stride(from: 1, to: x.elements.count, by: 2).map { x.elements[$0] }
    assertMoments(first, mean: 1, variance: 2, "mvn x")
    assertMoments(second, mean: -1, variance: 1, "mvn y")
    let covariance = zip(first, second).reduce(0) { $0 + ($1.0 - 1) * ($1.1 + 1) } / Double(n)
    XCTAssertEqual(covariance, 0.8, accuracy: 0.03)
  }

  func testChoiceWithoutReplacementIsAPermutationPrefix() {
    var rng = RandomState(seed: 5)
    let picks = rng.choice(["a", "b", "c", "d"], size: 4, replace: false)
    XCTAssertEqual(Set(picks), ["a", "b", "c", "d"])
    let weighted = rng.choice(6, size: 3, replace: false, p: [0, 0.2, 0.2, 0.2, 0.2, 0.2])
    XCTAssertEqual(Set(weighted).count, 3)
    XCTAssertFalse(weighted.contains(0))
  }

  func testEdgeCases() {
    var rng = RandomState(seed: 1)
    XCTAssertEqual(rng.randint(5, 6, size: 3), [5, 5, 5])
    XCTAssertEqual(rng.binomial(0, 0.5), 0)
    XCTAssertEqual(rng.binomial(10, 0), 0)
    XCTAssertEqual(rng.binomial(10, 1), 10)
    XCTAssertEqual(rng.poisson(0), 0)
    XCTAssertEqual(rng.gamma(0), 0)
    XCTAssertEqual(rng.normal(size: 0).count, 0)
    XCTAssertEqual(rng.permutation(0), [])
    XCTAssertEqual(
      rng.integers(1, 3, size: 200, endpoint: true).reduce(into: Set<Int>()) { $0.insert($1) },
      [1, 2, 3])
  }
}
