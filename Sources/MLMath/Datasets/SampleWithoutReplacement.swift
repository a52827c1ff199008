extension RandomState {
  /// `count` distinct integers from `0..<population`, drawn exactly as scikit-learn's
  /// `sklearn.utils.random.sample_without_replacement(population, count, method="auto")`:
  /// a permutation's first `count` when 0.01 < count/population < 0.99; otherwise tracking
  /// selection (`randint(population)` until unseen) below 0.2, and reservoir sampling above.
  ///
  /// The order of the result is the algorithm's, not sorted. `count ≤ population` is the
  /// caller's to ensure.
  mutating func sampleWithoutReplacement(population: Int, count: Int) -> [Int] {
    let ratio = population != 0 ? Double(count) / Double(population) : 1.0
    if ratio > 0.01 && ratio < 0.99 {
      return Array(permutation(population).elements.prefix(count))
    }
    if ratio < 0.2 {
      var selected = Set<Int>()
      var out = [Int]()
      out.reserveCapacity(count)
      for _ in 0..<count {
        var j = randint(population)
        while selected.contains(j) { j = randint(population) }
        selected.insert(j)
        out.append(j)
      }
      return out
    }
    var out = Array(0..<count)
    if count < population {
      for i in count..<population {
        let j = randint(0, i + 1)
        if j < count { out[j] = i }
      }
    }
    return out
  }
}
