/// NumPy's `np.random` module: free-standing random functions that all draw
/// from one shared ``RandomState``.
///
/// ```swift
/// Random.seed(42)                          // np.random.seed(42)
/// let x = Random.normal(0, 1, size: 5)     // np.random.normal(0, 1, 5)
/// let w = Random.randn(3, 2)               // np.random.randn(3, 2)
/// let i = Random.choice(10, size: 3, replace: false)
/// ```
///
/// After the same seed and the same calls, the values equal NumPy's legacy
/// global generator's, bit for bit (see ``RandomState``). The shared state is
/// guarded by a lock, so these functions may be called from any thread; for
/// reproducible work in several threads, give each its own ``RandomState``.
public enum Random {
  /// The process-wide generator, seeded from the system's entropy until `seed` is called.
  static let shared = SharedRandomState(RandomState())

  /// Runs `body` on the shared generator.
  @inline(__always)
  static func draw<Result>(_ body: (inout RandomState) -> Result) -> Result {
    shared.withLock(body)
  }

  /// Re-seeds the shared generator, like `np.random.seed(seed)`;
  /// `seed` must be in `0...4_294_967_295`.
  public static func seed(_ seed: Int) {
    let fresh = RandomState(seed: seed)
    draw { $0 = fresh }
  }

  /// Re-seeds the shared generator from an array of 32-bit integers, like `np.random.seed([1, 2, 3])`.
  public static func seed(_ seed: [Int]) {
    let fresh = RandomState(seed: seed)
    draw { $0 = fresh }
  }

  /// Re-seeds the shared generator from the system's entropy, like `np.random.seed()`.
  public static func seed() {
    let fresh = RandomState()
    draw { $0 = fresh }
  }

  /// A copy of the shared generator's current state (NumPy's `np.random.get_state()`).
  public static func getState() -> RandomState {
    draw { $0 }
  }

  /// Replaces the shared generator's state (NumPy's `np.random.set_state(state)`).
  public static func setState(_ state: RandomState) {
    draw { $0 = state }
  }

  // MARK: Uniform

  /// One float in `[0, 1)`, like `np.random.random()`.
  public static func random() -> Double { draw { $0.random() } }

  /// `size` floats in `[0, 1)`, like `np.random.random(size)`.
  public static func random(size: Int) -> Vector { draw { $0.random(size: size) } }

  /// A `rows × columns` matrix of floats in `[0, 1)`, like `np.random.random((rows, columns))`.
  public static func random(size: (rows: Int, columns: Int)) -> Matrix {
    draw { $0.random(size: size) }
  }

  /// `count` floats in `[0, 1)`, like `np.random.rand(count)`.
  public static func rand(_ count: Int) -> Vector { draw { $0.rand(count) } }

  /// A `rows × columns` matrix of floats in `[0, 1)`, like `np.random.rand(rows, columns)`.
  public static func rand(_ rows: Int, _ columns: Int) -> Matrix { draw { $0.rand(rows, columns) } }

  /// One float drawn uniformly from `[low, high)`, like `np.random.uniform(low, high)`.
  public static func uniform(_ low: Double = 0, _ high: Double = 1) -> Double {
    draw { $0.uniform(low, high) }
  }

  /// `size` floats drawn uniformly from `[low, high)`, like `np.random.uniform(low, high, size)`.
  public static func uniform(_ low: Double = 0, _ high: Double = 1, size: Int) -> Vector {
    draw { $0.uniform(low, high, size: size) }
  }

  /// A `rows × columns` matrix drawn uniformly from `[low, high)`,
  /// like `np.random.uniform(low, high, (rows, columns))`.
  public static func uniform(_ low: Double = 0, _ high: Double = 1, size: (rows: Int, columns: Int))
    -> Matrix
  {
    draw { $0.uniform(low, high, size: size) }
  }

  // MARK: Normal

  /// One standard normal deviate, like `np.random.standard_normal()` / `np.random.randn()`.
  public static func standardNormal() -> Double { draw { $0.standardNormal() } }

  /// `size` standard normal deviates, like `np.random.standard_normal(size)`.
  public static func standardNormal(size: Int) -> Vector { draw { $0.standardNormal(size: size) } }

  /// A `rows × columns` matrix of standard normal deviates, like `np.random.standard_normal((rows, columns))`.
  public static func standardNormal(size: (rows: Int, columns: Int)) -> Matrix {
    draw { $0.standardNormal(size: size) }
  }

  /// `count` standard normal deviates, like `np.random.randn(count)`.
  public static func randn(_ count: Int) -> Vector { draw { $0.randn(count) } }

  /// A `rows × columns` matrix of standard normal deviates, like `np.random.randn(rows, columns)`.
  public static func randn(_ rows: Int, _ columns: Int) -> Matrix {
    draw { $0.randn(rows, columns) }
  }

  /// One normal deviate with mean `loc` and standard deviation `scale`, like `np.random.normal(loc, scale)`.
  public static func normal(_ loc: Double = 0, _ scale: Double = 1) -> Double {
    draw { $0.normal(loc, scale) }
  }

  /// `size` normal deviates with mean `loc` and standard deviation `scale`,
  /// like `np.random.normal(loc, scale, size)`.
  public static func normal(_ loc: Double = 0, _ scale: Double = 1, size: Int) -> Vector {
    draw { $0.normal(loc, scale, size: size) }
  }

  /// A `rows × columns` matrix of normal deviates, like `np.random.normal(loc, scale, (rows, columns))`.
  public static func normal(_ loc: Double = 0, _ scale: Double = 1, size: (rows: Int, columns: Int))
    -> Matrix
  {
    draw { $0.normal(loc, scale, size: size) }
  }

  /// Draws from the multivariate normal distribution with mean `mean` and
  /// covariance `cov`, like `np.random.multivariate_normal(mean, cov)`.
  public static func multivariateNormal(mean: Vector, cov: Matrix) -> Vector {
    draw { $0.multivariateNormal(mean: mean, cov: cov) }
  }

  /// `size` draws (one per row) from the multivariate normal distribution,
  /// like `np.random.multivariate_normal(mean, cov, size)`.
  public static func multivariateNormal(mean: Vector, cov: Matrix, size: Int) -> Matrix {
    draw { $0.multivariateNormal(mean: mean, cov: cov, size: size) }
  }

  // MARK: Integers

  /// One integer from `low..<high`, like `np.random.randint(low, high)`.
  public static func randint(_ low: Int, _ high: Int) -> Int { draw { $0.randint(low, high) } }

  /// One integer from `0..<high`, like `np.random.randint(high)`.
  public static func randint(_ high: Int) -> Int { draw { $0.randint(high) } }

  /// `size` integers from `low..<high`, like `np.random.randint(low, high, size)`.
  public static func randint(_ low: Int, _ high: Int, size: Int) -> IntVector {
    draw { $0.randint(low, high, size: size) }
  }

  /// `size` integers from `0..<high`, like `np.random.randint(high, size=size)`.
  public static func randint(_ high: Int, size: Int) -> IntVector {
    draw { $0.randint(high, size: size) }
  }

  /// `size` integers from `low..<high` (`low...high` with `endpoint`); the
  /// values are `randint`'s (see ``RandomState/integers(_:_:size:endpoint:)``).
  public static func integers(_ low: Int, _ high: Int, size: Int, endpoint: Bool = false)
    -> IntVector
  {
    draw { $0.integers(low, high, size: size, endpoint: endpoint) }
  }

  // MARK: Sampling and permutations

  /// One index from `0..<count`, uniformly or with probabilities `p`,
  /// like `np.random.choice(count, replace=replace, p=p)`.
  public static func choice(_ count: Int, replace: Bool = true, p: Vector? = nil) -> Int {
    draw { $0.choice(count, replace: replace, p: p) }
  }

  /// `size` indices from `0..<count`, like `np.random.choice(count, size, replace, p)`.
  public static func choice(_ count: Int, size: Int, replace: Bool = true, p: Vector? = nil)
    -> IntVector
  {
    draw { $0.choice(count, size: size, replace: replace, p: p) }
  }

  /// One element of `array`, like `np.random.choice(a, replace=replace, p=p)`.
  public static func choice<Element>(_ array: [Element], replace: Bool = true, p: Vector? = nil)
    -> Element
  {
    draw { $0.choice(array, replace: replace, p: p) }
  }

  /// `size` elements of `array`, like `np.random.choice(a, size, replace, p)`.
  public static func choice<Element>(
    _ array: [Element], size: Int, replace: Bool = true, p: Vector? = nil
  )
    -> [Element]
  {
    draw { $0.choice(array, size: size, replace: replace, p: p) }
  }

  /// One element of `vector`, like `np.random.choice(v, replace=replace, p=p)`.
  public static func choice(_ vector: Vector, replace: Bool = true, p: Vector? = nil) -> Double {
    draw { $0.choice(vector, replace: replace, p: p) }
  }

  /// `size` elements of `vector`, like `np.random.choice(v, size, replace, p)`.
  public static func choice(_ vector: Vector, size: Int, replace: Bool = true, p: Vector? = nil)
    -> Vector
  {
    draw { $0.choice(vector, size: size, replace: replace, p: p) }
  }

  /// Shuffles `array` in place, like `np.random.shuffle(x)`.
  public static func shuffle<Element>(_ array: inout [Element]) { draw { $0.shuffle(&array) } }

  /// Shuffles `vector` in place, like `np.random.shuffle(x)`.
  public static func shuffle(_ vector: inout Vector) { draw { $0.shuffle(&vector) } }

  /// Shuffles the rows of `matrix` in place, like `np.random.shuffle(x)` for a 2-D array.
  public static func shuffle(_ matrix: inout Matrix) { draw { $0.shuffle(&matrix) } }

  /// The integers `0..<count` in random order, like `np.random.permutation(count)`.
  public static func permutation(_ count: Int) -> IntVector { draw { $0.permutation(count) } }

  /// A shuffled copy of `array`, like `np.random.permutation(x)`.
  public static func permutation<Element>(_ array: [Element]) -> [Element] {
    draw { $0.permutation(array) }
  }

  /// A shuffled copy of `vector`, like `np.random.permutation(x)`.
  public static func permutation(_ vector: Vector) -> Vector { draw { $0.permutation(vector) } }

  /// A copy of `matrix` with shuffled rows, like `np.random.permutation(x)` for a 2-D array.
  public static func permutation(_ matrix: Matrix) -> Matrix { draw { $0.permutation(matrix) } }

  // MARK: Other distributions

  /// One exponential deviate with mean `scale`, like `np.random.exponential(scale)`.
  public static func exponential(_ scale: Double = 1) -> Double { draw { $0.exponential(scale) } }

  /// `size` exponential deviates with mean `scale`, like `np.random.exponential(scale, size)`.
  public static func exponential(_ scale: Double = 1, size: Int) -> Vector {
    draw { $0.exponential(scale, size: size) }
  }

  /// One gamma deviate, like `np.random.gamma(shape, scale)`.
  public static func gamma(_ shape: Double, _ scale: Double = 1) -> Double {
    draw { $0.gamma(shape, scale) }
  }

  /// `size` gamma deviates, like `np.random.gamma(shape, scale, size)`.
  public static func gamma(_ shape: Double, _ scale: Double = 1, size: Int) -> Vector {
    draw { $0.gamma(shape, scale, size: size) }
  }

  /// One beta deviate, like `np.random.beta(a, b)`.
  public static func beta(_ a: Double, _ b: Double) -> Double { draw { $0.beta(a, b) } }

  /// `size` beta deviates, like `np.random.beta(a, b, size)`.
  public static func beta(_ a: Double, _ b: Double, size: Int) -> Vector {
    draw { $0.beta(a, b, size: size) }
  }

  /// One binomial deviate, like `np.random.binomial(n, p)`.
  public static func binomial(_ n: Int, _ p: Double) -> Int { draw { $0.binomial(n, p) } }

  /// `size` binomial deviates, like `np.random.binomial(n, p, size)`.
  public static func binomial(_ n: Int, _ p: Double, size: Int) -> IntVector {
    draw { $0.binomial(n, p, size: size) }
  }

  /// One Poisson deviate, like `np.random.poisson(lam)`.
  public static func poisson(_ lam: Double = 1) -> Int { draw { $0.poisson(lam) } }

  /// `size` Poisson deviates, like `np.random.poisson(lam, size)`.
  public static func poisson(_ lam: Double = 1, size: Int) -> IntVector {
    draw { $0.poisson(lam, size: size) }
  }
}
