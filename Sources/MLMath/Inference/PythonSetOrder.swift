// The iteration order of CPython's `set` of small non-negative integers. SciPy's exact
// permutation test lists each group's members as `list(a_set)`, which is not sorted once
// the set's hash table has wrapped around; to hand the statistic the values in SciPy's
// order (and so reproduce its sums to the last bit) MLMath replays the hash table:
// open addressing with 9 linear probes, then perturbed probing, a table of 8 slots that
// grows to the power of two above 4 × used when three fifths full (CPython's
// Objects/setobject.c, unchanged from 3.7 to 3.13; an int hashes to itself).

struct PythonIntSet {
  private static let empty = -1
  private static let dummy = -2
  private static let linearProbes = 9
  private static let perturbShift = 5

  private var table = [Int](repeating: PythonIntSet.empty, count: 8)
  private var fill = 0
  private var used = 0
  private var mask: Int { table.count - 1 }

  init() {}

  /// `set(keys)`: the keys added one by one.
  init<S: Sequence>(_ keys: S) where S.Element == Int {
    for key in keys { add(key) }
  }

  /// The size of the hash table after `count` distinct keys are added to a new set (it grows
  /// with the number of additions alone, whatever the keys).
  static func tableSize(afterAdding count: Int) -> Int {
    var set = PythonIntSet()
    for key in 0..<count { set.add(key) }
    return set.table.count
  }

  /// The members in iteration order (`list(s)`).
  var elements: [Int] { table.filter { $0 >= 0 } }

  /// `s.add(key)` (CPython's `set_add_entry`).
  mutating func add(_ key: Int) {
    var i = key & mask
    var perturb = key
    var freeSlot: Int?
    while true {
      var probes = i + Self.linearProbes <= mask ? Self.linearProbes : 0
      var j = i
      while true {
        let entry = table[j]
        if entry == Self.empty {
          if let slot = freeSlot {
            table[slot] = key
            used += 1
            return
          }
          table[j] = key
          fill += 1
          used += 1
          if fill * 5 >= mask * 3 { resize(used > 50_000 ? used * 2 : used * 4) }
          return
        }
        if entry == key { return }
        if entry == Self.dummy && freeSlot == nil { freeSlot = j }
        if probes == 0 { break }
        probes -= 1
        j += 1
      }
      perturb >>= Self.perturbShift
      i = (i * 5 + 1 + perturb) & mask
    }
  }

  /// `s.discard(key)`: the slot becomes a dummy, which iteration skips.
  mutating func discard(_ key: Int) {
    if let slot = table.firstIndex(of: key) {
      table[slot] = Self.dummy
      used -= 1
    }
  }

  /// CPython's `set_table_resize`: the smallest power of two above `minUsed`, the members
  /// reinserted in slot order.
  private mutating func resize(_ minUsed: Int) {
    var size = 8
    while size <= minUsed { size <<= 1 }
    let old = table
    table = [Int](repeating: Self.empty, count: size)
    for key in old where key >= 0 { insertClean(key) }
    fill = used
  }

  /// CPython's `set_insert_clean`: the first empty slot of the probe sequence.
  private mutating func insertClean(_ key: Int) {
    var i = key & mask
    var perturb = key
    while true {
      if table[i] == Self.empty {
        table[i] = key
        return
      }
      if i + Self.linearProbes <= mask {
        for j in 1...Self.linearProbes where table[i + j] == Self.empty {
          table[i + j] = key
          return
        }
      }
      perturb >>= Self.perturbShift
      i = (i * 5 + 1 + perturb) & mask
    }
  }

  /// `set(other)` for a set: one resize up front, then the table copied or reinserted
  /// (CPython's `set_merge` into an empty set).
  init(copying other: PythonIntSet) {
    if other.used == 0 { return }
    if (fill + other.used) * 5 >= mask * 3 { resize((used + other.used) * 2) }
    if mask == other.mask && other.fill == other.used {
      table = other.table
    } else {
      for key in other.table where key >= 0 { insertClean(key) }
    }
    fill = other.used
    used = other.used
  }

  /// `a - b` (CPython's `set_difference`): a copy of `a` with b's members discarded when `a`
  /// is over four times larger, else a new set of a's members not in `b`, in a's order.
  static func difference(_ a: PythonIntSet, _ b: PythonIntSet) -> PythonIntSet {
    let members = Set(b.elements)
    if (a.used >> 2) > b.used {
      var result = PythonIntSet(copying: a)
      for key in b.elements { result.discard(key) }
      return result
    }
    return PythonIntSet(a.elements.filter { !members.contains($0) })
  }
}
