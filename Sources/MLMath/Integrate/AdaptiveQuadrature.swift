// The globally adaptive driver of QUADPACK's `dqagse` (finite interval) and
// `dqagie` (infinite interval mapped onto (0, 1]), which differ only in the rule
// they call: keep every subinterval with its integral and error estimate, bisect
// the one with the largest error, and — once the smallest intervals carry the
// largest errors, as near a singularity — extrapolate the sequence of sums with
// Wynn's epsilon algorithm. Ported statement by statement from the Fortran
// (1-based lists, `dqpsrt`'s ordering of the error list) so that results and
// error estimates agree with SciPy's `quad` to rounding.

/// What the driver returns: QUADPACK's `result`, `abserr`, `ier` and `last`.
struct AdaptiveOutcome {
  var result: Double
  var abserr: Double
  var ier: Int
  var last: Int
}

/// `dqagse`/`dqagie` over (a, b) with `rule`, at most `limit` subintervals.
func adaptiveQuadrature(
  _ rule: (Double, Double) -> KronrodEstimate, _ a: Double, _ b: Double, epsabs: Double, epsrel: Double,
  limit: Int
) -> AdaptiveOutcome {
  let epmach = Double.ulpOfOne
  let uflow = Double.leastNormalMagnitude
  let oflow = Double.greatestFiniteMagnitude
  var alist = [Double](repeating: 0, count: limit + 2)
  var blist = [Double](repeating: 0, count: limit + 2)
  var rlist = [Double](repeating: 0, count: limit + 2)
  var elist = [Double](repeating: 0, count: limit + 2)
  var iord = [Int](repeating: 0, count: limit + 2)
  var ier = 0
  alist[1] = a
  blist[1] = b

  // First approximation to the integral.
  let first = rule(a, b)
  var result = first.result
  var abserr = first.abserr
  let defabs = first.resabs
  let dres = abs(result)
  var errbnd = Swift.max(epsabs, epsrel * dres)
  var last = 1
  rlist[1] = result
  elist[1] = abserr
  iord[1] = 1
  if abserr <= 100 * epmach * defabs && abserr > errbnd { ier = 2 }
  if limit == 1 { ier = 1 }
  if ier != 0 || (abserr <= errbnd && abserr != first.resasc) || abserr == 0 {
    return AdaptiveOutcome(result: result, abserr: abserr, ier: ier, last: last)
  }

  var table = EpsilonTable()
  table.epstab[1] = result
  var errmax = abserr
  var maxerr = 1
  var area = result
  var errsum = abserr
  abserr = oflow
  var nrmax = 1
  var numrl2 = 2
  var ktmin = 0
  var extrap = false
  var noext = false
  var ierro = 0
  var iroff1 = 0
  var iroff2 = 0
  var iroff3 = 0
  let ksgn = dres >= (1 - 50 * epmach) * defabs ? 1 : -1
  var small = 0.0
  var erlarg = 0.0
  var ertest = 0.0
  var correc = 0.0
  var sumAllIntervals = false  // Fortran's jump to 115

  for current in 2...Swift.max(2, limit) {
    last = current
    // Bisect the subinterval with the nrmax-th largest error estimate.
    let a1 = alist[maxerr]
    let b1 = 0.5 * (alist[maxerr] + blist[maxerr])
    let a2 = b1
    let b2 = blist[maxerr]
    let erlast = errmax
    let left = rule(a1, b1)
    let right = rule(a2, b2)
    let (area1, error1, defab1) = (left.result, left.abserr, left.resasc)
    let (area2, error2, defab2) = (right.result, right.abserr, right.resasc)

    // Improve the previous approximations to the integral and error; test for accuracy.
    let area12 = area1 + area2
    let erro12 = error1 + error2
    errsum = errsum + erro12 - errmax
    area = area + area12 - rlist[maxerr]
    if !(defab1 == error1 || defab2 == error2) {
      if !(abs(rlist[maxerr] - area12) > 1e-5 * abs(area12) || erro12 < 0.99 * errmax) {
        if extrap { iroff2 += 1 } else { iroff1 += 1 }
      }
      if last > 10 && erro12 > errmax { iroff3 += 1 }
    }
    rlist[maxerr] = area1
    rlist[last] = area2
    errbnd = Swift.max(epsabs, epsrel * abs(area))

    // Roundoff, the subdivision limit, and bad behaviour at a point.
    if iroff1 + iroff2 >= 10 || iroff3 >= 20 { ier = 2 }
    if iroff2 >= 5 { ierro = 3 }
    if last == limit { ier = 1 }
    if Swift.max(abs(a1), abs(b2)) <= (1 + 100 * epmach) * (abs(a2) + 1000 * uflow) { ier = 4 }

    // Append the new intervals, the one with the larger error first.
    if error2 > error1 {
      alist[maxerr] = a2
      alist[last] = a1
      blist[last] = b1
      rlist[maxerr] = area2
      rlist[last] = area1
      elist[maxerr] = error2
      elist[last] = error1
    } else {
      alist[last] = a2
      blist[maxerr] = b1
      blist[last] = b2
      elist[maxerr] = error1
      elist[last] = error2
    }
    sortErrors(limit: limit, last: last, maxerr: &maxerr, ermax: &errmax, elist: elist, iord: &iord, nrmax: &nrmax)
    if errsum <= errbnd {
      sumAllIntervals = true
      break
    }
    if ier != 0 { break }
    if last == 2 {
      small = abs(b - a) * 0.375
      erlarg = errsum
      ertest = errbnd
      table.epstab[2] = area
      continue
    }
    if noext { continue }
    erlarg = erlarg - erlast
    if abs(b1 - a1) > small { erlarg = erlarg + erro12 }
    if !extrap {
      // Is the interval to be bisected next the smallest one?
      if abs(blist[maxerr] - alist[maxerr]) > small { continue }
      extrap = true
      nrmax = 2
    }
    if !(ierro == 3 || erlarg <= ertest) {
      // The smallest interval has the largest error: before bisecting it, lower
      // the error over the larger intervals (erlarg), then extrapolate.
      var jupbnd = last
      if last > 2 + limit / 2 { jupbnd = limit + 3 - last }
      var largerIntervalFound = false
      if nrmax <= jupbnd {
        for _ in nrmax...jupbnd {
          maxerr = iord[nrmax]
          errmax = elist[maxerr]
          if abs(blist[maxerr] - alist[maxerr]) > small {
            largerIntervalFound = true
            break
          }
          nrmax += 1
        }
      }
      if largerIntervalFound { continue }
    }
    // Extrapolate.
    numrl2 += 1
    table.epstab[numrl2] = area
    let (reseps, abseps) = table.extrapolate(&numrl2)
    ktmin += 1
    if ktmin > 5 && abserr < 1e-3 * errsum { ier = 5 }
    if abseps < abserr {
      ktmin = 0
      abserr = abseps
      result = reseps
      correc = erlarg
      ertest = Swift.max(epsabs, epsrel * abs(reseps))
      if abserr <= ertest { break }
    }
    // Prepare the bisection of the smallest interval.
    if numrl2 == 1 { noext = true }
    if ier == 5 { break }
    maxerr = iord[1]
    errmax = elist[maxerr]
    nrmax = 1
    extrap = false
    small = small * 0.5
    erlarg = errsum
  }

  // The final result and error estimate (Fortran labels 100–130).
  var divergenceTest = false
  if !sumAllIntervals {
    if abserr == oflow {
      sumAllIntervals = true
    } else if ier + ierro == 0 {
      divergenceTest = true
    } else {
      if ierro == 3 { abserr = abserr + correc }
      if ier == 0 { ier = 3 }
      if result != 0 && area != 0 {
        if abserr / abs(result) > errsum / abs(area) { sumAllIntervals = true } else { divergenceTest = true }
      } else if abserr > errsum {
        sumAllIntervals = true
      } else if area != 0 {
        divergenceTest = true
      }
    }
  }
  if divergenceTest {
    if !(ksgn == -1 && Swift.max(abs(result), abs(area)) <= defabs * 0.01) {
      if 0.01 > result / area || result / area > 100 || errsum > abs(area) { ier = 6 }
    }
  } else if sumAllIntervals {
    result = 0
    for k in 1...last { result = result + rlist[k] }
    abserr = errsum
  }
  if ier > 2 { ier -= 1 }
  return AdaptiveOutcome(result: result, abserr: abserr, ier: ier, last: last)
}

/// `dqpsrt`: keeps `iord` pointing at the error estimates in decreasing order
/// (only as many as later bisections can reach) and sets `maxerr`/`ermax` to the
/// nrmax-th largest.
private func sortErrors(
  limit: Int, last: Int, maxerr: inout Int, ermax: inout Double, elist: [Double], iord: inout [Int],
  nrmax: inout Int
) {
  if last <= 2 {
    iord[1] = 1
    iord[2] = 2
  } else {
    // After a difficult subdivision the error may have grown: move it up first.
    let errmax = elist[maxerr]
    if nrmax != 1 {
      for _ in 1...(nrmax - 1) {
        let isucc = iord[nrmax - 1]
        if errmax <= elist[isucc] { break }
        iord[nrmax] = isucc
        nrmax -= 1
      }
    }
    var jupbn = last
    if last > limit / 2 + 2 { jupbn = limit + 3 - last }
    let errmin = elist[last]
    let jbnd = jupbn - 1
    var i = nrmax + 1
    var found = false
    while i <= jbnd {
      let isucc = iord[i]
      if errmax >= elist[isucc] {
        found = true
        break
      }
      iord[i - 1] = isucc
      i += 1
    }
    if !found {
      iord[jbnd] = maxerr
      iord[jupbn] = last
    } else {
      // Insert errmax top-down, then errmin bottom-up.
      iord[i - 1] = maxerr
      var k = jbnd
      var placed = false
      for _ in i...jbnd {
        let isucc = iord[k]
        if errmin < elist[isucc] {
          placed = true
          break
        }
        iord[k + 1] = isucc
        k -= 1
      }
      if placed { iord[k + 1] = last } else { iord[i] = last }
    }
  }
  maxerr = iord[nrmax]
  ermax = elist[maxerr]
}
