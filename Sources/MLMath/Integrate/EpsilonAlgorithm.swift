// Wynn's epsilon algorithm as QUADPACK's `dqelg` applies it (P. Wynn, "On a device
// for computing the e_m(S_n) transformation", MTAC 10, 1956): the limit of the
// sequence of adaptive-quadrature sums, which converge slowly near an end-point
// singularity (∫₀¹ log x), is extrapolated from the condensed epsilon table; the
// error estimate compares the last three extrapolated values. The indices are the
// Fortran's (1-based) so the port can be read against it.

/// The condensed epsilon table of `dqelg` and its last three results.
struct EpsilonTable {
  /// `epstab(1…52)`: the two lower diagonals of the table (index 0 unused).
  var epstab = [Double](repeating: 0, count: 53)
  /// `res3la(1…3)`: the last three extrapolated values (index 0 unused).
  var res3la = [Double](repeating: 0, count: 4)
  /// `nres`: the number of calls so far.
  var nres = 0

  /// `dqelg(n, epstab, result, abserr, res3la, nres)`: `epstab[n]` holds the new
  /// element; `n` may be lowered when part of the table is dropped.
  mutating func extrapolate(_ n: inout Int) -> (result: Double, abserr: Double) {
    let epmach = Double.ulpOfOne
    let oflow = Double.greatestFiniteMagnitude
    nres += 1
    var abserr = oflow
    var result = epstab[n]
    if n < 3 { return (result, Swift.max(abserr, 5 * epmach * abs(result))) }
    let limexp = 50
    epstab[n + 2] = epstab[n]
    let newelm = (n - 1) / 2
    epstab[n] = oflow
    let num = n
    var k1 = n
    for i in 1...newelm {
      let k2 = k1 - 1
      let k3 = k1 - 2
      var res = epstab[k1 + 2]
      let e0 = epstab[k3]
      let e1 = epstab[k2]
      let e2 = res
      let e1abs = abs(e1)
      let delta2 = e2 - e1
      let err2 = abs(delta2)
      let tol2 = Swift.max(abs(e2), e1abs) * epmach
      let delta3 = e1 - e0
      let err3 = abs(delta3)
      let tol3 = Swift.max(e1abs, abs(e0)) * epmach
      if !(err2 > tol2 || err3 > tol3) {
        // e0, e1 and e2 agree to machine accuracy: convergence is assumed.
        result = res
        abserr = err2 + err3
        return (result, Swift.max(abserr, 5 * epmach * abs(result)))
      }
      let e3 = epstab[k1]
      epstab[k1] = e1
      let delta1 = e1 - e3
      let err1 = abs(delta1)
      let tol1 = Swift.max(e1abs, abs(e3)) * epmach
      // Two elements very close, or irregular behaviour: drop part of the table.
      if err1 <= tol1 || err2 <= tol2 || err3 <= tol3 {
        n = i + i - 1
        break
      }
      let ss = 1 / delta1 + 1 / delta2 - 1 / delta3
      let epsinf = abs(ss * e1)
      if !(epsinf > 1e-4) {
        n = i + i - 1
        break
      }
      res = e1 + 1 / ss
      epstab[k1] = res
      k1 -= 2
      let error = err2 + abs(res - e2) + err3
      if error > abserr { continue }
      abserr = error
      result = res
    }
    // Shift the table.
    if n == limexp { n = 2 * (limexp / 2) - 1 }
    var ib = num % 2 == 0 ? 2 : 1
    for _ in 1...(newelm + 1) {
      epstab[ib] = epstab[ib + 2]
      ib += 2
    }
    if num != n {
      var indx = num - n + 1
      for i in 1...n {
        epstab[i] = epstab[indx]
        indx += 1
      }
    }
    if nres < 4 {
      res3la[nres] = result
      abserr = oflow
    } else {
      abserr = abs(result - res3la[3]) + abs(result - res3la[2]) + abs(result - res3la[1])
      res3la[1] = res3la[2]
      res3la[2] = res3la[3]
      res3la[3] = result
    }
    return (result, Swift.max(abserr, 5 * epmach * abs(result)))
  }
}
