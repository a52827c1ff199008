// MLMath side of the MLMath-vs-NumPy benchmark; run through `bench/mlmath/run.sh`.
//
// Every case is timed the same way as in `numpy_bench.py`: calls are batched
// until a batch lasts at least 20 ms, and the best of several batches gives the
// time per call. Output: one JSON object, case name → seconds per call.

import MLMath

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Monotonic time in seconds.
func now() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_MONOTONIC, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

/// Keeps results observable so the optimizer cannot drop the work.
nonisolated(unsafe) var sink = 0.0

/// Seconds per call of `body`: the best of `repeats` batches of at least `minimum` seconds.
func measure(repeats: Int = 7, minimum: Double = 0.02, _ body: () -> Double) -> Double {
  var calls = 1
  while true {
    let start = now()
    for _ in 0..<calls { sink += body() }
    if now() - start >= minimum { break }
    calls *= 2
  }
  var best = Double.infinity
  for _ in 0..<repeats {
    let start = now()
    for _ in 0..<calls { sink += body() }
    best = min(best, (now() - start) / Double(calls))
  }
  return best
}

var results: [(String, Double)] = []
@MainActor func record(_ name: String, _ seconds: Double) {
  results.append((name, seconds))
}

var rng = RandomState(seed: 0)
for n in [1_000_000, 10] {
  let a = rng.standardNormal(size: n)
  let b = rng.standardNormal(size: n)
  let positive = rng.random(size: n) + 1.0
  let tag = n == 10 ? "10" : "1e6"
  record("add \(tag)", measure { (a + b)[0] })
  record("multiply \(tag)", measure { (a * b)[0] })
  record("scale \(tag)", measure { (a * 2.5)[0] })
  record("exp \(tag)", measure { exp(a)[0] })
  record("log \(tag)", measure { log(positive)[0] })
  record("sum \(tag)", measure { a.sum() })
  record("mean \(tag)", measure { a.mean() })
  record("max \(tag)", measure { a.max() })
  record("dot \(tag)", measure { dot(a, b) })
}

// Every other elementwise function on SLEEF, at 10⁶ elements, each on inputs inside its domain.
do {
  let n = 1_000_000
  let z = rng.standardNormal(size: n)
  let w = rng.standardNormal(size: n)
  let u = rng.random(size: n)
  let unit = 2.0 * u - 1.0
  let positive = u + 1.0
  record("exp2 1e6", measure { exp2(z)[0] })
  record("expm1 1e6", measure { expm1(z)[0] })
  record("log2 1e6", measure { log2(positive)[0] })
  record("log10 1e6", measure { log10(positive)[0] })
  record("log1p 1e6", measure { log1p(u)[0] })
  record("sin 1e6", measure { sin(z)[0] })
  record("cos 1e6", measure { cos(z)[0] })
  record("tan 1e6", measure { tan(z)[0] })
  record("arcsin 1e6", measure { asin(unit)[0] })
  record("arccos 1e6", measure { acos(unit)[0] })
  record("arctan 1e6", measure { atan(z)[0] })
  record("arctan2 1e6", measure { atan2(z, w)[0] })
  record("sinh 1e6", measure { sinh(z)[0] })
  record("cosh 1e6", measure { cosh(z)[0] })
  record("tanh 1e6", measure { tanh(z)[0] })
  record("arcsinh 1e6", measure { asinh(z)[0] })
  record("arccosh 1e6", measure { acosh(positive)[0] })
  record("arctanh 1e6", measure { atanh(unit)[0] })
  record("cbrt 1e6", measure { cbrt(z)[0] })
  record("sqrt 1e6", measure { sqrt(positive)[0] })
  record("power 1e6", measure { pow(positive, 2.5)[0] })
  record("power (arrays) 1e6", measure { pow(positive, z)[0] })
  record("softplus 1e6", measure { softplus(z)[0] })
}

// Loops against vectorised code: the mean squared error of 10⁶ pairs, both ways (Part 10 quotes the ratios).
do {
  let y = rng.standardNormal(size: 1_000_000)
  let yHat = rng.standardNormal(size: 1_000_000)
  record(
    "mse loop 1e6",
    measure {
      var total = 0.0
      for i in 0..<y.count {
        let d = y[i] - yHat[i]
        total += d * d
      }
      return total / Double(y.count)
    })
  record(
    "mse vectorised 1e6",
    measure {
      let d = y - yHat
      return (d * d).mean()
    })
}

let m512a = rng.standardNormal(size: (512, 512))
let m512b = rng.standardNormal(size: (512, 512))
record("matmul 512×512", measure { matmul(m512a, m512b).elements[0] })
let tall = rng.standardNormal(size: (1000, 10))
let rhs = rng.standardNormal(size: 1000)
record("lstsq 1000×10", measure { try! lstsq(tall, rhs).solution[0] })
let square = rng.standardNormal(size: (200, 200))
record("svd 200×200", measure { try! svd(square).s[0] })
let symmetric = square + square.transposed()
record("eigh 200×200", measure { try! eigh(symmetric).eigenvalues[0] })

record("normal 1e7", measure(repeats: 3) { Random.normal(0, 1, size: 10_000_000)[0] })
record("random 1e7", measure(repeats: 3) { Random.random(size: 10_000_000)[0] })
record("randint 1e6", measure { Double(Random.randint(0, 100, size: 1_000_000)[0]) })
record("normal 10", measure { Random.normal(0, 1, size: 10)[0] })

// scipy.special and scipy.stats at 10⁶ elements.
let z = rng.standardNormal(size: 1_000_000)
let u = rng.random(size: 1_000_000)
let gammaArgument = rng.random(size: 1_000_000) * 10 + 0.5
let standard = Normal.standard
let student = try! StudentT(df: 9)
let chiSquared = try! ChiSquared(df: 3)
record("erf 1e6", measure { erf(z)[0] })
record("erfinv 1e6", measure { erfinv(u)[0] })
record("gammaln 1e6", measure { gammaln(gammaArgument)[0] })
record("gammainc 1e6", measure { gammainc(2.5, gammaArgument)[0] })
record("betainc 1e6", measure { betainc(2, 3, u)[0] })
record("expit 1e6", measure { expit(z)[0] })
record("logsumexp 1e6", measure { logsumexp(z) })
record("norm.pdf 1e6", measure { standard.pdf(z)[0] })
record("norm.cdf 1e6", measure { standard.cdf(z)[0] })
record("norm.ppf 1e6", measure { standard.ppf(u)[0] })
record("t.cdf 1e6", measure { student.cdf(z)[0] })
record("chi2.sf 1e6", measure { chiSquared.sf(gammaArgument)[0] })

// Model fitting against scikit-learn, on the same data as numpy_bench.py: one
// RandomState(1) stream drawn in the same order, and the bundled digits.
var modelStream = RandomState(seed: 1)
let features = modelStream.standardNormal(size: (100_000, 20))
let weights = modelStream.standardNormal(size: 20)
let targets = matmul(features, weights) + 0.1 * modelStream.standardNormal(size: 100_000)
let blobCentres = modelStream.uniform(-10, 10, size: (4, 2))
let noise = modelStream.standardNormal(size: (10_000, 2))
let blobPoints = Matrix(
  rows: 10_000, columns: 2,
  elements: (0..<10_000).flatMap { i in [blobCentres[i % 4, 0] + noise[i, 0], blobCentres[i % 4, 1] + noise[i, 1]] })
let firstFour = blobPoints[0..<4, 0..<2]
let digits = loadDigits().data
record(
  "LinearRegression.fit 1e5×20",
  measure(repeats: 3) {
    var model = LinearRegression()
    return model.fit(features, targets).coef![0]
  })
record(
  "KMeans.fit 1e4×2 (k=4)",
  measure(repeats: 3) {
    var model = KMeans(nClusters: 4, initialization: .centers(firstFour), nInit: 1)
    return model.fit(blobPoints).inertia!
  })
record(
  "PCA.fit digits 1797×64",
  measure(repeats: 3) {
    var model = PCA()
    return model.fit(digits).explainedVarianceRatio![0]
  })

let body = results.map { "  \"\($0.0)\": \($0.1)" }.joined(separator: ",\n")
print("{\n\(body)\n}")
FileHandleStandardError.write("checksum \(sink)\n")

/// Writes diagnostics to standard error, keeping standard output pure JSON.
enum FileHandleStandardError {
  static func write(_ text: String) {
    _ = text.utf8CString.withUnsafeBufferPointer { Glibc.write(2, $0.baseAddress, $0.count - 1) }
  }
}
