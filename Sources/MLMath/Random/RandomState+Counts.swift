#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Integer samplers on counts of trials: geometric, hypergeometric, multinomial,
// each drawing from the legacy stream exactly as NumPy's `RandomState` does.

extension LegacyStream {
  /// NumPy's `legacy_random_geometric`: search of the CDF for `p ≥ 1/3`, inversion below.
  mutating func geometric(_ p: Double) -> Int {
    if p >= 0.333333333333333333333333 {
      var x = 1
      var sum = p
      var product = p
      let q = 1.0 - p
      let u = nextDouble()
      while u > sum {
        product *= q
        sum += product
        x += 1
      }
      return x
    }
    return Self.truncatingToInt((log1p(-nextDouble()) / log(1.0 - p)).rounded(.up))
  }

  /// NumPy's `legacy_random_hypergeometric`: HRUA for samples above 10, HYP otherwise.
  mutating func hypergeometric(good: Int, bad: Int, sample: Int) -> Int {
    if sample > 10 { return hypergeometricHRUA(good: good, bad: bad, sample: sample) }
    if sample > 0 { return hypergeometricHYP(good: good, bad: bad, sample: sample) }
    return 0
  }

  /// The urn simulation (NumPy's legacy `random_hypergeometric_hyp`).
  mutating func hypergeometricHYP(good: Int, bad: Int, sample: Int) -> Int {
    let d1 = bad + good - sample
    let d2 = Double(min(bad, good))
    var y = d2
    var k = sample
    while y > 0.0 {
      let u = nextDouble()
      y -= Double(Self.truncatingToInt((u + y / Double(d1 + k)).rounded(.down)))
      k -= 1
      if k == 0 { break }
    }
    var z = Self.truncatingToInt(d2 - y)
    if good > bad { z = sample - z }
    return z
  }

  /// Stadlober's ratio-of-uniforms HRUA* (NumPy's legacy `random_hypergeometric_hrua`).
  mutating func hypergeometricHRUA(good: Int, bad: Int, sample: Int) -> Int {
    let d1 = 1.7155277699214135  // 2·√(2/e)
    let d2 = 0.8989161620588988  // 3 − 2·√(3/e)
    let minGoodBad = min(good, bad)
    let popSize = good + bad
    let maxGoodBad = max(good, bad)
    let m = min(sample, popSize - sample)
    let d4 = Double(minGoodBad) / Double(popSize)
    let d5 = 1.0 - d4
    let d6 = Double(m) * d4 + 0.5
    let d7 = (Double(popSize - m) * Double(sample) * d4 * d5 / Double(popSize - 1) + 0.5).squareRoot()
    let d8 = d1 * d7 + d2
    let d9 = Self.truncatingToInt(
      (Double(m + 1) * Double(minGoodBad + 1) / Double(popSize + 2)).rounded(.down))
    let d10 =
      Self.logGamma(Double(d9 + 1)) + Self.logGamma(Double(minGoodBad - d9 + 1))
      + Self.logGamma(Double(m - d9 + 1)) + Self.logGamma(Double(maxGoodBad - m + d9 + 1))
    let d11 = min(Double(min(m, minGoodBad)) + 1.0, (d6 + 16 * d7).rounded(.down))
    var z: Int
    while true {
      let x = nextDouble()
      let y = nextDouble()
      let w = d6 + d8 * (y - 0.5) / x
      if w < 0.0 || w >= d11 { continue }
      z = Self.truncatingToInt(w.rounded(.down))
      let t =
        d10
        - (Self.logGamma(Double(z + 1)) + Self.logGamma(Double(minGoodBad - z + 1))
          + Self.logGamma(Double(m - z + 1)) + Self.logGamma(Double(maxGoodBad - m + z + 1)))
      if x * (4.0 - x) - 3.0 <= t { break }
      if x * (x - t) >= 1 { continue }
      if 2.0 * log(x) <= t { break }
    }
    if good > bad { z = m - z }
    if m < sample { z = good - z }
    return z
  }

  /// One multinomial draw into `counts` (NumPy's `random_multinomial`): a
  /// binomial per category on what the earlier ones left, where a zero
  /// probability or no trials left draws nothing (`random_binomial`'s shortcut).
  mutating func multinomial(_ n: Int, _ p: [Double], into counts: inout [Int], at offset: Int) {
    var remainingP = 1.0
    var left = n
    for j in 0..<(p.count - 1) {
      let pj = p[j] / remainingP
      let drawn = left == 0 || pj == 0 ? 0 : binomial(left, pj)
      counts[offset + j] = drawn
      left -= drawn
      if left <= 0 { break }
      remainingP -= p[j]
    }
    if left > 0 { counts[offset + p.count - 1] = left }
  }
}

extension RandomState {
  /// One geometric deviate — the number of trials up to and including the first
  /// success of probability `p` — like `rng.geometric(p)`.
  public mutating func geometric(_ p: Double) -> Int {
    Self.checkGeometric(p)
    return withStream { $0.geometric(p) }
  }

  /// `size` geometric deviates, like `rng.geometric(p, size)`.
  public mutating func geometric(_ p: Double, size: Int) -> IntVector {
    Self.checkGeometric(p)
    return integers(count: size) { $0.geometric(p) }
  }

  /// One hypergeometric deviate — good items among `nsample` drawn without
  /// replacement from `ngood` good and `nbad` bad ones — like `rng.hypergeometric(ngood, nbad, nsample)`.
  public mutating func hypergeometric(_ ngood: Int, _ nbad: Int, _ nsample: Int) -> Int {
    Self.checkHypergeometric(ngood, nbad, nsample)
    return withStream { $0.hypergeometric(good: ngood, bad: nbad, sample: nsample) }
  }

  /// `size` hypergeometric deviates, like `rng.hypergeometric(ngood, nbad, nsample, size)`.
  public mutating func hypergeometric(_ ngood: Int, _ nbad: Int, _ nsample: Int, size: Int) -> IntVector {
    Self.checkHypergeometric(ngood, nbad, nsample)
    return integers(count: size) { $0.hypergeometric(good: ngood, bad: nbad, sample: nsample) }
  }

  /// The counts of each outcome in `n` trials with probabilities `pvals`, like
  /// `rng.multinomial(n, pvals)`; the last probability is whatever the others leave.
  public mutating func multinomial(_ n: Int, _ pvals: Vector) -> IntVector {
    multinomial(n, pvals, size: 1).row(0)
  }

  /// `size` multinomial draws, one per row, like `rng.multinomial(n, pvals, size)`.
  public mutating func multinomial(_ n: Int, _ pvals: Vector, size: Int) -> IntMatrix {
    Self.checkMultinomial(n, pvals)
    let d = pvals.count
    let total = checkedElementCount(size, d, in: "multinomial")
    var counts = [Int](repeating: 0, count: total)
    let p = pvals.elements
    if d > 0 {
      withStream { stream in
        for row in 0..<size { stream.multinomial(n, p, into: &counts, at: row * d) }
      }
    }
    return IntMatrix(rows: size, columns: d, elements: counts)
  }

  /// A `rows × columns` matrix of integers from `low..<high`, like `rng.randint(low, high, (rows, columns))`.
  public mutating func randint(_ low: Int, _ high: Int, size: (rows: Int, columns: Int)) -> IntMatrix {
    let count = checkedElementCount(size.rows, size.columns, in: "randint")
    return IntMatrix(
      rows: size.rows, columns: size.columns, elements: randint(low, high, size: count).elements)
  }

  static func checkGeometric(_ p: Double) {
    guard !p.isNaN, p > 0, p <= 1 else {
      failure("geometric: p must be in (0, 1], got \(p.isNaN ? "nan" : "\(p)")")
    }
  }

  static func checkHypergeometric(_ ngood: Int, _ nbad: Int, _ nsample: Int) {
    if ngood < 0 { failure("hypergeometric: ngood < 0 (ngood = \(ngood))") }
    if nbad < 0 { failure("hypergeometric: nbad < 0 (nbad = \(nbad))") }
    if nsample < 1 { failure("hypergeometric: nsample < 1 (nsample = \(nsample))") }
    let (population, overflow) = ngood.addingReportingOverflow(nbad)
    if !overflow && population < nsample {
      failure("hypergeometric: ngood + nbad < nsample (\(ngood) + \(nbad) < \(nsample))")
    }
  }

  static func checkMultinomial(_ n: Int, _ pvals: Vector) {
    if n < 0 { failure("multinomial: n < 0 (n = \(n))") }
    if pvals.count == 0 { failure("multinomial: pvals must have at least 1 element") }
    if let k = pvals.elements.firstIndex(where: { !($0 >= 0 && $0 <= 1) }) {
      failure("multinomial: pvals < 0, pvals > 1 or pvals contains NaNs (pvals[\(k)] = \(pvals.elements[k]))")
    }
    // Kahan summation of all but the last, with NumPy's tolerance.
    var sum = 0.0
    var compensation = 0.0
    for value in pvals.elements.dropLast() {
      let y = value - compensation
      let t = sum + y
      compensation = (t - sum) - y
      sum = t
    }
    if sum > 1.0 + 1e-12 { failure("multinomial: sum(pvals[:-1]) > 1.0 (sum = \(sum))") }
  }
}

extension Random {
  /// One geometric deviate, like `np.random.geometric(p)`.
  public static func geometric(_ p: Double) -> Int { draw { $0.geometric(p) } }

  /// `size` geometric deviates, like `np.random.geometric(p, size)`.
  public static func geometric(_ p: Double, size: Int) -> IntVector { draw { $0.geometric(p, size: size) } }

  /// One hypergeometric deviate, like `np.random.hypergeometric(ngood, nbad, nsample)`.
  public static func hypergeometric(_ ngood: Int, _ nbad: Int, _ nsample: Int) -> Int {
    draw { $0.hypergeometric(ngood, nbad, nsample) }
  }

  /// `size` hypergeometric deviates, like `np.random.hypergeometric(ngood, nbad, nsample, size)`.
  public static func hypergeometric(_ ngood: Int, _ nbad: Int, _ nsample: Int, size: Int) -> IntVector {
    draw { $0.hypergeometric(ngood, nbad, nsample, size: size) }
  }

  /// The counts of each outcome in `n` trials, like `np.random.multinomial(n, pvals)`.
  public static func multinomial(_ n: Int, _ pvals: Vector) -> IntVector {
    draw { $0.multinomial(n, pvals) }
  }

  /// `size` multinomial draws, one per row, like `np.random.multinomial(n, pvals, size)`.
  public static func multinomial(_ n: Int, _ pvals: Vector, size: Int) -> IntMatrix {
    draw { $0.multinomial(n, pvals, size: size) }
  }

  /// A `rows × columns` matrix of integers from `low..<high`, like `np.random.randint(low, high, (rows, columns))`.
  public static func randint(_ low: Int, _ high: Int, size: (rows: Int, columns: Int)) -> IntMatrix {
    draw { $0.randint(low, high, size: size) }
  }
}
