#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Binomial coefficients, permutations and factorials (SciPy's `comb`, `perm`,
// `factorial`): floating point by default, as SciPy; `exact: true` gives an `Int`
// and stops the program when the value does not fit (a big-integer version is
// separate work).
//
// There are deliberately no `(Int) -> Double` overloads: a lesson that defines its own
// `func factorial(_ n: Int) -> Int` (or `comb`) must keep compiling, and an unlabelled
// MLMath function taking `Int` would make every call to it ambiguous. Integer
// variables go through `Double(n)`, or `exact: true`.

/// The binomial coefficient C(n, k) for real n and k (SciPy's `binom` where 0 ≤ k ≤ n).
func binomialValue(_ n: Double, _ k: Double) -> Double {
  let j = Swift.min(k, n - k)
  if k == k.rounded() && n == n.rounded() && j <= 25 {
    // The product Π (n − j + i)/i, each factor exact: at most ~j rounding errors.
    var result = 1.0
    if j < 1 { return 1 }
    for i in 1...Int(j) { result *= (n - j + Double(i)) / Double(i) }
    return result < 0x1p53 ? result.rounded() : result
  }
  // C(n, k) = 1/((n + 1) B(n − k + 1, k + 1)).
  return 1 / ((n + 1) * betaValue(n - k + 1, k + 1))
}

/// The number of ways to choose k of n items, C(n, k) = n!/(k!(n − k)!), as a `Double`
/// (SciPy's `scipy.special.comb(n, k)`, `exact=False`).
///
/// - Domain: real n and k; 0 when k > n, n < 0 or k < 0 (as SciPy); for non-integer
///   arguments Γ(n + 1)/(Γ(k + 1)Γ(n − k + 1)); +∞ when it overflows; NaN for NaN.
/// - Algorithm: for integers with min(k, n − k) ≤ 25, the product Π (n − j + i)/i (exact while
///   it is below 2⁵³); otherwise 1/((n + 1)·B(n − k + 1, k + 1)) with `beta`'s Stirling form.
public func comb(_ n: Double, _ k: Double) -> Double {
  if n.isNaN || k.isNaN { return .nan }
  if k > n || n < 0 || k < 0 { return 0 }
  return binomialValue(n, k)
}

/// C(n, k) exactly, as an `Int` (SciPy's `scipy.special.comb(n, k, exact=True)`).
///
/// - Domain: n ≥ 0, k ≥ 0; 0 when k > n.
/// - Errors: stops the program for negative n or k, for `exact: false` (which is the
///   `Double` overload `comb(n, k)`), and when C(n, k) exceeds `Int.max` (no big integers).
/// - Algorithm: the product C(n, j) = C(n, j − 1)·(n − j + 1)/j for j ≤ min(k, n − k), each
///   step divided by the common factor first so that only the final value could overflow.
public func comb(_ n: Int, _ k: Int, exact: Bool) -> Int {
  if !exact { failure("comb(\(n), \(k), exact: false): the floating result is comb(\(n), \(k)) without exact:") }
  if n < 0 { failure("comb(n, k, exact: true): n must be non-negative, got n = \(n)") }
  if k < 0 { failure("comb(n, k, exact: true): k must be non-negative, got k = \(k)") }
  if k > n { return 0 }
  let j = Swift.min(k, n - k)
  var result = 1
  if j == 0 { return 1 }
  for i in 1...j {
    // result·(n − j + i) is divisible by i; divide by the shared factor before multiplying.
    let factor = n - j + i
    let g = gcd(result, i)
    let (product, overflow) = (result / g).multipliedReportingOverflow(by: factor / (i / g))
    if overflow {
      failure(
        "comb(\(n), \(k), exact: true) does not fit in an Int (at most \(Int.max)); use comb(\(n), \(k)) for a floating result"
      )
    }
    result = product
  }
  return result
}

/// The number of ordered arrangements of k of n items, P(n, k) = n!/(n − k)!, as a `Double`
/// (SciPy's `scipy.special.perm(n, k)`, `exact=False`).
///
/// - Domain: real n and k; 0 when k > n, n < 0 or k < 0 (as SciPy); for non-integer k
///   Γ(n + 1)/Γ(n − k + 1); +∞ when it overflows; NaN for NaN.
/// - Algorithm: for integer k ≤ 1000 the product n(n − 1)⋯(n − k + 1) in double-double
///   arithmetic (correctly rounded in practice); otherwise the
///   ratio of gammas (by `lgamma` when they overflow).
public func perm(_ n: Double, _ k: Double) -> Double {
  if n.isNaN || k.isNaN { return .nan }
  if k > n || n < 0 || k < 0 { return 0 }
  if k == k.rounded() && k <= 1000 {
    var i = 0.0
    return exactProduct(count: Int(k)) { _ in
      defer { i += 1 }
      return n - i
    }
  }
  let ratio = tgamma(n + 1) / tgamma(n - k + 1)
  if ratio.isFinite && ratio != 0 { return ratio }
  return exp(logAbsGamma(n + 1) - logAbsGamma(n - k + 1))
}

/// P(n, k) = n!/(n − k)! exactly, as an `Int` (SciPy's `scipy.special.perm(n, k, exact=True)`).
///
/// - Domain: n ≥ 0, k ≥ 0; 0 when k > n.
/// - Errors: stops the program for negative n or k, for `exact: false` (the `Double`
///   overload is `perm(n, k)`), and when P(n, k) exceeds `Int.max`.
public func perm(_ n: Int, _ k: Int, exact: Bool) -> Int {
  if !exact { failure("perm(\(n), \(k), exact: false): the floating result is perm(\(n), \(k)) without exact:") }
  if n < 0 { failure("perm(n, k, exact: true): n must be non-negative, got n = \(n)") }
  if k < 0 { failure("perm(n, k, exact: true): k must be non-negative, got k = \(k)") }
  if k > n { return 0 }
  var result = 1
  for factor in stride(from: n, to: n - k, by: -1) {
    let (product, overflow) = result.multipliedReportingOverflow(by: factor)
    if overflow {
      failure(
        "perm(\(n), \(k), exact: true) does not fit in an Int (at most \(Int.max)); use perm(\(n), \(k)) for a floating result"
      )
    }
    result = product
  }
  return result
}

/// n! = Γ(n + 1), as a `Double` (SciPy's `scipy.special.factorial(n)`, `exact=False`).
///
/// - Domain: real n; 0 for n < 0 (as SciPy); Γ(n + 1) for non-integers; +∞ from n = 171;
///   NaN for NaN.
/// - Algorithm: for integers up to 170, the product 1·2⋯n in double-double arithmetic
///   (correctly rounded, so `factorial(20.0) == Double(factorial(20, exact: true))`);
///   otherwise `tgamma(n + 1)`.
public func factorial(_ n: Double) -> Double {
  if n.isNaN { return .nan }
  if n < 0 { return 0 }
  if n == n.rounded() && n <= 170 {
    return exactProduct(count: Int(n)) { Double($0 + 1) }
  }
  return tgamma(n + 1)
}

/// The product of `count` factors `factor(0)`, `factor(1)`, …, carried in double-double
/// arithmetic (each rounding error recovered by a fused multiply-add, T. J. Dekker,
/// "A floating-point technique for extending the available precision", Numer. Math. 18, 1971),
/// so that the result is correctly rounded in practice rather than off by ~count/2 ulps.
func exactProduct(count: Int, _ factor: (Int) -> Double) -> Double {
  var high = 1.0
  var low = 0.0
  for i in 0..<count {
    let f = factor(i)
    let product = high * f
    let error = (-product).addingProduct(high, f)  // high·f − product, exactly
    low = low * f + error
    high = product
    if !high.isFinite { return high }
  }
  return high + low
}

/// n! exactly, as an `Int` (SciPy's `scipy.special.factorial(n, exact=True)`).
///
/// - Domain: 0 ≤ n ≤ 20 (21! exceeds `Int.max`).
/// - Errors: stops the program for negative n (SciPy returns 0; a negative count is a bug
///   here), for n > 20, and for `exact: false` (the `Double` overload is `factorial(n)`).
public func factorial(_ n: Int, exact: Bool) -> Int {
  if !exact { failure("factorial(\(n), exact: false): the floating result is factorial(\(n)) without exact:") }
  if n < 0 { failure("factorial(n, exact: true): n must be non-negative, got n = \(n)") }
  if n > 20 {
    failure(
      "factorial(\(n), exact: true) does not fit in an Int (20! is the largest that does); use factorial(\(n)) for a floating result"
    )
  }
  return (1...Swift.max(n, 1)).reduce(1, *)
}

/// The elementwise factorial Γ(x + 1) (SciPy's `scipy.special.factorial` on an array).
public func factorial(_ x: Vector) -> Vector { Vector(mapCostlyElements(x.elements, factorial)) }

/// The elementwise factorial Γ(x + 1) (SciPy's `scipy.special.factorial` on an array).
public func factorial(_ x: Matrix) -> Matrix { x.with(mapCostlyElements(x.elements, factorial)) }

/// The greatest common divisor of two non-negative integers (Euclid).
func gcd(_ a: Int, _ b: Int) -> Int {
  var (x, y) = (a, b)
  while y != 0 { (x, y) = (y, x % y) }
  return x
}
