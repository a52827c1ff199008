import BigInt

/// Exact counting: factorials, arrangements, binomial and multinomial
/// coefficients, Stirling numbers of the second kind, Bell numbers,
/// derangements and Catalan numbers, as exact big integers (`BigUInt`), and
/// their natural logarithms as `Double` for probabilities.
///
/// Naming: every exact count lives in this namespace and returns `BigUInt`
/// (`Combinatorics.factorial(30)`, `Combinatorics.combinations(100, 50)`), so
/// it never competes with the floating `scipy.special`-style `factorial`,
/// `comb` and `perm` of plain numbers. Each count `f` that grows too fast for a
/// `Double` has a logarithmic twin `logF` (`Combinatorics.logCombinations`).
/// Convert an exact count with `Double(count)` (it rounds; counts past
/// `Double.greatestFiniteMagnitude` become `inf`) and print it as is
/// (`print(Combinatorics.factorial(30))` prints every digit).
///
/// As in Python's `math.comb` and `math.perm`, choosing more items than there
/// are gives 0, while a negative argument stops the program with a message
/// naming it (Python's `ValueError`).
///
/// The lazy enumerators that list what these functions count are
/// ``permutations(of:length:)``, ``combinations(of:choose:)``,
/// ``combinationsWithReplacement(of:choose:)``, ``powerSet(of:)``,
/// ``product(_:_:)`` and ``partitions(of:blocks:)``.
public enum Combinatorics {}

// MARK: Exact counts

extension Combinatorics {
  /// `n!`, the number of orderings of `n` distinct items: `1 · 2 · … · n`, with `0! = 1`.
  ///
  /// Domain: `n ≥ 0`. Complexity: a balanced product tree of the `n` factors,
  /// about the cost of one multiplication of two numbers of `n!`'s size.
  /// Mirrors Python's `math.factorial(n)` (and `scipy.special.factorial(n, exact=True)`).
  ///
  /// ```swift
  /// Combinatorics.factorial(30)  // 265252859812191058636308480000000
  /// ```
  public static func factorial(_ n: Int) -> BigUInt {
    requireNonNegative(n, "n", in: "factorial")
    return rangeProduct(2, n)
  }

  /// `P(n, k) = n! / (n − k)!`, the number of ordered arrangements of `k` items
  /// chosen from `n` distinct items (`n · (n − 1) · … · (n − k + 1)`); 0 when `k > n`.
  ///
  /// Domain: `n ≥ 0`, `k ≥ 0`. Complexity: a product tree of `k` factors.
  /// Mirrors Python's `math.perm(n, k)` (and `scipy.special.perm(n, k, exact=True)`).
  /// Lists them: ``permutations(of:length:)``.
  public static func permutations(_ n: Int, _ k: Int) -> BigUInt {
    requireNonNegative(n, "n", in: "permutations")
    requireNonNegative(k, "k", in: "permutations")
    if k > n { return 0 }
    return rangeProduct(n - k + 1, n)
  }

  /// `C(n, k) = n! / (k! (n − k)!)`, the binomial coefficient: the number of
  /// `k`-element subsets of `n` distinct items; 0 when `k > n`.
  ///
  /// Domain: `n ≥ 0`, `k ≥ 0`. Complexity: two product trees of `min(k, n − k)`
  /// factors and one exact division. Mirrors Python's `math.comb(n, k)` (and
  /// `scipy.special.comb(n, k, exact=True)`). Lists them: ``combinations(of:choose:)``.
  ///
  /// ```swift
  /// Combinatorics.combinations(100, 50)  // 100891344545564193334812497256
  /// ```
  public static func combinations(_ n: Int, _ k: Int) -> BigUInt {
    requireNonNegative(n, "n", in: "combinations")
    requireNonNegative(k, "k", in: "combinations")
    if k > n { return 0 }
    return binomial(n, k)
  }

  /// The number of `k`-element multisets drawn from `n` kinds (combinations
  /// with repetition): `C(n + k − 1, k)`, with 1 way to choose nothing and none
  /// to choose something from no kinds.
  ///
  /// Domain: `n ≥ 0`, `k ≥ 0`. Complexity: as ``combinations(_:_:)``. Mirrors
  /// `scipy.special.comb(n, k, exact=True, repetition=True)`. Lists them:
  /// ``combinationsWithReplacement(of:choose:)``.
  public static func combinationsWithReplacement(_ n: Int, _ k: Int) -> BigUInt {
    requireNonNegative(n, "n", in: "combinationsWithReplacement")
    requireNonNegative(k, "k", in: "combinationsWithReplacement")
    if n == 0 { return k == 0 ? 1 : 0 }
    let (top, overflow) = n.addingReportingOverflow(k - 1)
    if overflow {
      failure("Combinatorics.combinationsWithReplacement: n + k − 1 is too large (got n = \(n), k = \(k))")
    }
    return binomial(top, k)
  }

  /// The multinomial coefficient `(k₁ + k₂ + … + kₘ)! / (k₁! k₂! … kₘ!)`: the
  /// number of ways to split `k₁ + … + kₘ` distinct items into labelled groups of
  /// sizes `k₁, …, kₘ` (the arrangements of the word MISSISSIPPI are
  /// `multinomial([1, 4, 4, 2])`). The empty list gives 1.
  ///
  /// Domain: every `kᵢ ≥ 0`. Complexity: one binomial coefficient per group
  /// (`C(k₁ + k₂, k₂) · C(k₁ + k₂ + k₃, k₃) · …`). Python has no
  /// `math.multinomial`; this is SymPy's `multinomial_coefficients(m, n)[(k₁, …, kₘ)]`.
  public static func multinomial(_ counts: [Int]) -> BigUInt {
    for (i, k) in counts.enumerated() where k < 0 {
      failure("Combinatorics.multinomial: counts must be non-negative integers (got counts[\(i)] = \(k))")
    }
    var result: BigUInt = 1
    var total = 0
    for k in counts {
      let (sum, overflow) = total.addingReportingOverflow(k)
      if overflow { failure("Combinatorics.multinomial: the counts add up to more than Int.max") }
      total = sum
      if k > 0 { result *= binomial(total, k) }
    }
    return result
  }

  /// The multinomial coefficient of the counts written out:
  /// `Combinatorics.multinomial(1, 4, 4, 2)`. Same as `multinomial([1, 4, 4, 2])`.
  public static func multinomial(_ counts: Int...) -> BigUInt { multinomial(counts) }

  /// `S(n, k)`, the Stirling number of the second kind: the number of ways to
  /// partition a set of `n` distinct items into exactly `k` non-empty unlabelled
  /// blocks. `S(0, 0) = 1`; 0 when `k > n` or when `k = 0 < n`.
  ///
  /// Domain: `n ≥ 0`, `k ≥ 0`. Complexity: `O(n·k)` big-integer steps of the
  /// recurrence `S(n, k) = k·S(n − 1, k) + S(n − 1, k − 1)`. Mirrors
  /// `scipy.special.stirling2(n, k, exact=True)` and SymPy's `stirling(n, k)`.
  /// Lists them: ``partitions(of:blocks:)``.
  public static func stirling2(_ n: Int, _ k: Int) -> BigUInt {
    requireNonNegative(n, "n", in: "stirling2")
    requireNonNegative(k, "k", in: "stirling2")
    if k > n { return 0 }
    if k == 0 { return n == 0 ? 1 : 0 }
    // row[j] = S(i, j) for j in 0...k, built up from i = 0.
    var row = [BigUInt](repeating: 0, count: k + 1)
    row[0] = 1
    for i in 1...n {
      for j in stride(from: Swift.min(i, k), through: 1, by: -1) {
        row[j] = row[j].multiplied(byWord: UInt(j)) + row[j - 1]
      }
      row[0] = 0
    }
    return row[k]
  }

  /// `B(n)`, the Bell number: the number of partitions of a set of `n` distinct
  /// items into non-empty blocks (`Σₖ S(n, k)`); `B(0) = 1`.
  ///
  /// Domain: `n ≥ 0`. Complexity: `O(n²)` big-integer additions (the Bell
  /// triangle). Mirrors SymPy's `bell(n)`. Lists them: ``partitions(of:blocks:)``.
  ///
  /// ```swift
  /// Combinatorics.bell(20)  // 51724158235372
  /// ```
  public static func bell(_ n: Int) -> BigUInt {
    requireNonNegative(n, "n", in: "bell")
    // Each row of the Bell triangle starts with the previous row's last entry;
    // row i starts with B(i).
    var row: [BigUInt] = [1]
    for _ in 0..<n {
      var next = [row[row.count - 1]]
      next.reserveCapacity(row.count + 1)
      for x in row { next.append(next[next.count - 1] + x) }
      row = next
    }
    return row[0]
  }

  /// `!n`, the number of derangements (subfactorial): permutations of `n` items
  /// that leave no item in its place. `!0 = 1`, `!1 = 0`, and
  /// `!n = (n − 1)(!(n − 1) + !(n − 2))`; `!n / n!` tends to `1/e`.
  ///
  /// Domain: `n ≥ 0`. Complexity: `n` big-integer steps. Mirrors SymPy's `subfactorial(n)`.
  public static func derangements(_ n: Int) -> BigUInt {
    requireNonNegative(n, "n", in: "derangements")
    if n == 0 { return 1 }
    var (previous, current): (BigUInt, BigUInt) = (1, 0)  // !0, !1
    if n == 1 { return current }
    for i in 2...n {
      (previous, current) = (current, (previous + current).multiplied(byWord: UInt(i - 1)))
    }
    return current
  }

  /// `Cₙ = C(2n, n) / (n + 1)`, the Catalan number: the number of balanced
  /// strings of `n` pairs of parentheses, of binary trees with `n` internal
  /// nodes, of triangulations of an `(n + 2)`-gon; `C₀ = 1`.
  ///
  /// Domain: `n ≥ 0`. Complexity: as ``combinations(_:_:)`` for `C(2n, n)`.
  /// Mirrors SymPy's `catalan(n)`.
  public static func catalan(_ n: Int) -> BigUInt {
    requireNonNegative(n, "n", in: "catalan")
    let (twice, overflow) = n.multipliedReportingOverflow(by: 2)
    if overflow { failure("Combinatorics.catalan: n is too large (got n = \(n))") }
    return binomial(twice, n) / BigUInt(n + 1)
  }
}

// MARK: Logarithms, for probabilities

extension Combinatorics {
  /// `ln(n!)`, for probabilities whose counts overflow a `Double` (`170!` is the
  /// last factorial that fits): `lgamma(n + 1)`.
  ///
  /// Domain: `n ≥ 0`. Complexity: `O(1)`. Mirrors `math.lgamma(n + 1)` and
  /// `scipy.special.gammaln(n + 1)`.
  public static func logFactorial(_ n: Int) -> Double {
    requireNonNegative(n, "n", in: "logFactorial")
    return n < 2 ? 0 : logAbsGamma(Double(n) + 1)
  }

  /// `ln P(n, k) = ln(n! / (n − k)!)`; `-inf` (the log of 0) when `k > n`.
  ///
  /// Domain: `n ≥ 0`, `k ≥ 0`. Accurate to a few units in the last place:
  /// exact for `n ≤ 1000`, a sum of `k` logarithms for `k ≤ 10 000`, else
  /// `lgamma(n + 1) − lgamma(n − k + 1)`. Mirrors `np.log(scipy.special.perm(n, k))`
  /// without overflow.
  public static func logPermutations(_ n: Int, _ k: Int) -> Double {
    requireNonNegative(n, "n", in: "logPermutations")
    requireNonNegative(k, "k", in: "logPermutations")
    if k > n { return -.infinity }
    if n <= exactLogLimit { return naturalLog(rangeProduct(n - k + 1, n)) }
    if k <= summedLogLimit { return (0..<k).reduce(0.0) { $0 + log(Double(n - $1)) } }
    return logAbsGamma(Double(n) + 1) - logAbsGamma(Double(n - k) + 1)
  }

  /// `ln C(n, k)`, the log of the binomial coefficient, for binomial and
  /// hypergeometric probabilities; `-inf` (the log of 0) when `k > n`.
  ///
  /// Domain: `n ≥ 0`, `k ≥ 0`. Accurate to a few units in the last place:
  /// exact for `n ≤ 1000`, a sum of `min(k, n − k)` logarithms up to 10 000
  /// terms, else `lgamma(n + 1) − lgamma(k + 1) − lgamma(n − k + 1)`. Mirrors
  /// `np.log(scipy.special.comb(n, k))` and `-np.log(n + 1) - scipy.special.betaln(n − k + 1, k + 1)`.
  ///
  /// ```swift
  /// exp(Combinatorics.logCombinations(1000, 500) - 1000 * log(2.0))  // P(500 heads in 1000 tosses) ≈ 0.0252
  /// ```
  public static func logCombinations(_ n: Int, _ k: Int) -> Double {
    requireNonNegative(n, "n", in: "logCombinations")
    requireNonNegative(k, "k", in: "logCombinations")
    if k > n { return -.infinity }
    if n <= exactLogLimit { return naturalLog(binomial(n, k)) }
    let m = Swift.min(k, n - k)
    if m == 0 { return 0 }
    if m <= summedLogLimit {
      // C(n, m) = Π_{i=1}^{m} (n − m + i) / i, each factor ≥ 1.
      var sum = 0.0
      for i in 1...m { sum += log(Double(n - m + i) / Double(i)) }
      return sum
    }
    return logAbsGamma(Double(n) + 1) - logAbsGamma(Double(k) + 1)
      - logAbsGamma(Double(n - k) + 1)
  }

  /// `ln` of the multinomial coefficient `(k₁ + … + kₘ)! / (k₁! … kₘ!)`, for
  /// multinomial probabilities: the sum of ``logCombinations(_:_:)`` of the
  /// running totals.
  ///
  /// Domain: every `kᵢ ≥ 0`. Mirrors `gammaln(sum(k) + 1) - sum(gammaln(k + 1))`
  /// (the normalising term of `scipy.stats.multinomial.logpmf`).
  public static func logMultinomial(_ counts: [Int]) -> Double {
    for (i, k) in counts.enumerated() where k < 0 {
      failure("Combinatorics.logMultinomial: counts must be non-negative integers (got counts[\(i)] = \(k))")
    }
    var result = 0.0
    var total = 0
    for k in counts {
      let (sum, overflow) = total.addingReportingOverflow(k)
      if overflow { failure("Combinatorics.logMultinomial: the counts add up to more than Int.max") }
      total = sum
      result += logCombinations(total, k)
    }
    return result
  }

  /// The natural logarithm of a positive big integer, to within a unit or two in
  /// the last place, however many digits it has; `-inf` for 0.
  ///
  /// Complexity: `O(1)` beyond reading the top 64 bits. Mirrors Python's
  /// `math.log(n)` of an `int` (which also works past the `float` range).
  public static func naturalLog(_ x: BigUInt) -> Double {
    if x.isZero { return -.infinity }
    let width = x.bitWidth  // significant bits (BigUInt drops leading zeros)
    if width <= 1000 { return log(Double(x)) }
    let shift = width - 64
    return log(Double(x >> shift)) + Double(shift) * M_LN2
  }
}

// MARK: Helpers

extension Combinatorics {
  /// Counts up to this `n` are logged from the exact big integer.
  static let exactLogLimit = 1000
  /// Up to this many factors, a log of a product is summed term by term.
  static let summedLogLimit = 10_000

  /// Stops unless `value ≥ 0`, as Python's `math.comb` raises `ValueError`.
  static func requireNonNegative(_ value: Int, _ name: String, in function: String) {
    if value < 0 {
      failure("Combinatorics.\(function): \(name) must be a non-negative integer (got \(name) = \(value))")
    }
  }

  /// `C(n, k)` for `0 ≤ k ≤ n`: `P(n, m) / m!` with `m = min(k, n − k)`.
  static func binomial(_ n: Int, _ k: Int) -> BigUInt {
    let m = Swift.min(k, n - k)
    if m == 0 { return 1 }
    return rangeProduct(n - m + 1, n) / rangeProduct(2, m)
  }

  /// `lo · (lo + 1) · … · hi` for `1 ≤ lo`, or 1 when `lo > hi`: a balanced
  /// product tree, whose leaves multiply machine words until they would overflow.
  static func rangeProduct(_ lo: Int, _ hi: Int) -> BigUInt {
    if lo > hi { return 1 }
    if hi - lo < 32 {
      var result: BigUInt = 1
      var word: UInt = 1
      for i in lo...hi {
        let (p, overflow) = word.multipliedReportingOverflow(by: UInt(i))
        if overflow {
          result.multiply(byWord: word)
          word = UInt(i)
        } else {
          word = p
        }
      }
      result.multiply(byWord: word)
      return result
    }
    let middle = lo + (hi - lo) / 2
    return rangeProduct(lo, middle) * rangeProduct(middle + 1, hi)
  }
}
