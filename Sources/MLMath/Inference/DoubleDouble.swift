#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Double-double arithmetic (a value as an unevaluated sum hi + lo, about 106 bits), the
// operations of Hida, Li and Bailey's QD library that SciPy's Smirnov distribution is
// written in. Every step is exact IEEE arithmetic (the product error by a fused
// multiply-add, which is exact wherever it runs), so the results do not depend on the CPU.

struct DoubleDouble {
  var hi: Double
  var lo: Double

  init(_ hi: Double, _ lo: Double = 0) {
    self.hi = hi
    self.lo = lo
  }

  init(_ n: Int) { self.init(Double(n)) }

  var isFinite: Bool { hi.isFinite }
}

/// s + e = a + b exactly, for |a| ≥ |b|.
@inline(__always)
private func quickTwoSum(_ a: Double, _ b: Double) -> (Double, Double) {
  let s = a + b
  return (s, b - (s - a))
}

/// s + e = a + b exactly (Knuth's TwoSum).
@inline(__always)
func twoSum(_ a: Double, _ b: Double) -> (Double, Double) {
  let s = a + b
  let c = s - a
  return (s, (a - (s - c)) + (b - c))
}

/// p + e = a·b exactly (the error by one fused multiply-add).
@inline(__always)
func twoProduct(_ a: Double, _ b: Double) -> (Double, Double) {
  let p = a * b
  return (p, (-p).addingProduct(a, b))
}

extension DoubleDouble {
  static prefix func - (x: DoubleDouble) -> DoubleDouble { DoubleDouble(-x.hi, -x.lo) }

  static func + (l: DoubleDouble, r: DoubleDouble) -> DoubleDouble {
    var (s1, s2) = twoSum(l.hi, r.hi)
    let (t1, t2) = twoSum(l.lo, r.lo)
    s2 += t1
    (s1, s2) = quickTwoSum(s1, s2)
    s2 += t2
    (s1, s2) = quickTwoSum(s1, s2)
    return DoubleDouble(s1, s2)
  }

  static func + (l: DoubleDouble, r: Double) -> DoubleDouble {
    var (s1, s2) = twoSum(l.hi, r)
    s2 += l.lo
    (s1, s2) = quickTwoSum(s1, s2)
    return DoubleDouble(s1, s2)
  }

  static func + (l: Double, r: DoubleDouble) -> DoubleDouble { r + l }

  static func - (l: DoubleDouble, r: DoubleDouble) -> DoubleDouble { l + (-r) }

  static func - (l: DoubleDouble, r: Double) -> DoubleDouble {
    var (s1, s2) = twoSum(l.hi, -r)
    s2 += l.lo
    (s1, s2) = quickTwoSum(s1, s2)
    return DoubleDouble(s1, s2)
  }

  static func - (l: Double, r: DoubleDouble) -> DoubleDouble {
    var (s1, s2) = twoSum(l, -r.hi)
    s2 -= r.lo
    (s1, s2) = quickTwoSum(s1, s2)
    return DoubleDouble(s1, s2)
  }

  static func * (l: DoubleDouble, r: DoubleDouble) -> DoubleDouble {
    var (p1, p2) = twoProduct(l.hi, r.hi)
    p2 += l.hi * r.lo + l.lo * r.hi
    (p1, p2) = quickTwoSum(p1, p2)
    return DoubleDouble(p1, p2)
  }

  static func * (l: DoubleDouble, r: Double) -> DoubleDouble {
    let (p1, e1) = twoProduct(l.hi, r)
    let (p2, e2) = twoProduct(l.lo, r)
    let (s, e) = quickTwoSum(p1, e2 + p2 + e1)
    return DoubleDouble(s, e)
  }

  static func * (l: Double, r: DoubleDouble) -> DoubleDouble { r * l }

  /// QD's accurate division: three quotient digits, each from the remainder of the last.
  static func / (l: DoubleDouble, r: DoubleDouble) -> DoubleDouble {
    var q1 = l.hi / r.hi
    var rem = l - r * q1
    var q2 = rem.hi / r.hi
    rem = rem - r * q2
    let q3 = rem.hi / r.hi
    (q1, q2) = quickTwoSum(q1, q2)
    return DoubleDouble(q1, q2) + q3
  }

  static func / (l: DoubleDouble, r: Double) -> DoubleDouble { l / DoubleDouble(r) }
  static func / (l: Double, r: DoubleDouble) -> DoubleDouble { DoubleDouble(l) / r }

  /// The largest integer ≤ the value.
  var floor: DoubleDouble {
    let h = hi.rounded(.down)
    if h == hi {
      let (s, e) = quickTwoSum(h, lo.rounded(.down))
      return DoubleDouble(s, e)
    }
    return DoubleDouble(h, 0)
  }

  /// The value times 2^e.
  func scaled(by e: Int) -> DoubleDouble { DoubleDouble(scalbn(hi, e), scalbn(lo, e)) }

  /// (m, e) with the value = m·2^e and 0.5 ≤ |m.hi| < 1 (or |m.hi| = 1 with a lo of the
  /// other sign), as QD's `frexp`.
  var frexp: (DoubleDouble, Int) {
    if hi == 0 || !hi.isFinite { return (self, 0) }
    // C's frexp: the exponent that puts the significand in [0.5, 1).
    let e = Int(hi.exponent) + 1
    var man = scalbn(hi, -e)
    var b1 = scalbn(lo, -e)
    var exponent = e
    if Swift.abs(man) == 0.5 && man * b1 < 0 {
      man *= 2
      b1 *= 2
      exponent -= 1
    }
    return (DoubleDouble(man, b1), exponent)
  }
}
