extension RandomState {
  /// One index drawn from `0..<count`, uniformly or with probabilities `p`,
  /// like `rng.choice(count, replace=replace, p=p)`.
  ///
  /// `replace` does not change the distribution of a single draw but, as in
  /// NumPy, `replace: false` consumes the stream differently (a permutation).
  public mutating func choice(_ count: Int, replace: Bool = true, p: Vector? = nil) -> Int {
    choiceIndices(
      populationSize: count, size: 1, replace: replace, p: p, caller: "a must be greater than 0")[0]
  }

  /// `size` indices drawn from `0..<count`, like `rng.choice(count, size, replace, p)`.
  ///
  /// With `replace: false` no index repeats (then `size` must not exceed
  /// `count`); `p`, when given, holds one probability per index and must sum to 1.
  public mutating func choice(_ count: Int, size: Int, replace: Bool = true, p: Vector? = nil)
    -> IntVector
  {
    IntVector(
      choiceIndices(
        populationSize: count, size: size, replace: replace, p: p, caller: "a must be greater than 0"))
  }

  /// One element drawn from `array`, like `rng.choice(a, replace=replace, p=p)`.
  public mutating func choice<Element>(_ array: [Element], replace: Bool = true, p: Vector? = nil)
    -> Element
  {
    array[
      choiceIndices(
        populationSize: array.count, size: 1, replace: replace, p: p, caller: "a cannot be empty")[
          0]]
  }

  /// `size` elements drawn from `array`, like `rng.choice(a, size, replace, p)`.
  public mutating func choice<Element>(
    _ array: [Element], size: Int, replace: Bool = true, p: Vector? = nil
  ) -> [Element] {
    choiceIndices(
      populationSize: array.count, size: size, replace: replace, p: p, caller: "a cannot be empty"
    )
    .map { array[$0] }
  }

  /// One element drawn from `vector`, like `rng.choice(v, replace=replace, p=p)`.
  public mutating func choice(_ vector: Vector, replace: Bool = true, p: Vector? = nil) -> Double {
    choice(vector.elements, replace: replace, p: p)
  }

  /// `size` elements drawn from `vector`, like `rng.choice(v, size, replace, p)`.
  public mutating func choice(_ vector: Vector, size: Int, replace: Bool = true, p: Vector? = nil)
    -> Vector
  {
    Vector(choice(vector.elements, size: size, replace: replace, p: p))
  }

  /// The indices legacy `RandomState.choice` picks, consuming the stream the
  /// same way: `randint` for uniform draws with replacement, a full
  /// `permutation` for uniform draws without, and inverse-CDF lookups of
  /// `random` draws when probabilities are given.
  mutating func choiceIndices(
    populationSize n: Int, size: Int, replace: Bool, p: Vector?, caller: String
  ) -> [Int] {
    guard size >= 0 else {
      failure("choice: negative dimensions are not allowed (size \(size))")
    }
    if n <= 0 && size != 0 { failure("choice: \(caller) unless no samples are taken") }
    if let p { Self.checkProbabilities(p, count: n) }
    if replace {
      guard let p else { return size == 0 ? [] : randint(0, n, size: size).elements }
      let cdf = Self.normalizedCumulativeSum(p.elements)
      return random(size: size).elements.map { Self.countNotAbove($0, in: cdf) }
    }
    guard size <= n else {
      failure(
        "choice: cannot take a larger sample (\(size)) than population (\(n)) when replace is false"
      )
    }
    guard var weights = p?.elements else { return Array(permutation(n).elements.prefix(size)) }
    guard weights.count(where: { $0 > 0 }) >= size else {
      failure("choice: fewer non-zero entries in p than size (\(size))")
    }
    var found: [Int] = []
    found.reserveCapacity(size)
    while found.count < size {
      let draws = random(size: size - found.count)
      for index in found { weights[index] = 0 }
      let cdf = Self.normalizedCumulativeSum(weights)
      var seen = Set<Int>()
      for x in draws {
        let index = Self.countNotAbove(x, in: cdf)
        if seen.insert(index).inserted { found.append(index) }
      }
    }
    return found
  }

  /// Stops with NumPy's message unless `p` is a probability vector for `count` outcomes.
  static func checkProbabilities(_ p: Vector, count: Int) {
    guard p.count == count else {
      failure("choice: a and p must have same size (\(count) and \(p.count))")
    }
    if let k = p.elements.firstIndex(where: \.isNaN) {
      failure("choice: probabilities contain NaN (p[\(k)])")
    }
    if let k = p.elements.firstIndex(where: { $0 < 0 }) {
      failure("choice: probabilities are not non-negative (p[\(k)] = \(p.elements[k]))")
    }
    // Compensated (Kahan) summation, with NumPy's tolerance √ε.
    var sum = p.elements.first ?? 0
    var compensation = 0.0
    for value in p.elements.dropFirst() {
      let y = value - compensation
      let t = sum + y
      compensation = (t - sum) - y
      sum = t
    }
    guard !(abs(sum - 1) > Double.ulpOfOne.squareRoot()) else {
      failure("choice: probabilities do not sum to 1 (sum = \(sum))")
    }
  }

  /// The running sums of `weights` divided by the last one (NumPy's
  /// `cdf = p.cumsum(); cdf /= cdf[-1]`).
  static func normalizedCumulativeSum(_ weights: [Double]) -> [Double] {
    var cdf = weights
    for index in cdf.indices.dropFirst() { cdf[index] += cdf[index - 1] }
    if let total = cdf.last {
      for index in cdf.indices { cdf[index] /= total }
    }
    return cdf
  }

  /// How many entries of the sorted `cdf` are `<= x` (NumPy's
  /// `searchsorted(x, side="right")`).
  static func countNotAbove(_ x: Double, in cdf: [Double]) -> Int {
    var low = 0
    var high = cdf.count
    while low < high {
      let middle = (low + high) / 2
      if cdf[middle] <= x { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
