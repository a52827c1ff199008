#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The Gauss–Kronrod rules of QUADPACK (R. Piessens, E. de Doncker-Kapenga,
// C. Überhuber, D. Kahaner, "QUADPACK", Springer 1983): `dqk21` on a finite
// interval and `dqk15i` on a piece of (0, 1] that stands for an infinite range.
// Each returns the Kronrod estimate, QUADPACK's error estimate (the Gauss–Kronrod
// difference, scaled by (200·|K − G|/resasc)^1.5 and floored at 50·eps·resabs),
// ∫|f| (resabs) and ∫|f − mean| (resasc), which the adaptive driver uses to detect
// roundoff. The arithmetic follows the Fortran line by line.

/// One rule's answer on one interval.
struct KronrodEstimate {
  var result: Double
  var abserr: Double
  var resabs: Double
  var resasc: Double
}

enum GaussKronrod {
  // dqk21: abscissae of the 21-point Kronrod rule (the even ones are the 10-point
  // Gauss rule's), its weights, and the Gauss weights (L. W. Fullerton, 1981).
  static let xgk21: [Double] = [
    0.995_657_163_025_808_080_735_527_280_689_003, 0.973_906_528_517_171_720_077_964_012_084_452,
    0.930_157_491_355_708_226_001_207_180_059_508, 0.865_063_366_688_984_510_732_096_688_423_493,
    0.780_817_726_586_416_897_063_717_578_345_042, 0.679_409_568_299_024_406_234_327_365_114_874,
    0.562_757_134_668_604_683_339_000_099_272_694, 0.433_395_394_129_247_190_799_265_943_165_784,
    0.294_392_862_701_460_198_131_126_603_103_866, 0.148_874_338_981_631_210_884_826_001_129_720, 0,
  ]
  static let wgk21: [Double] = [
    0.011_694_638_867_371_874_278_064_396_062_192, 0.032_558_162_307_964_727_478_818_972_459_390,
    0.054_755_896_574_351_996_031_381_300_244_580, 0.075_039_674_810_919_952_767_043_140_916_190,
    0.093_125_454_583_697_605_535_065_465_083_366, 0.109_387_158_802_297_641_899_210_590_325_805,
    0.123_491_976_262_065_851_077_958_109_831_074, 0.134_709_217_311_473_325_928_054_001_771_707,
    0.142_775_938_577_060_080_797_094_273_138_717, 0.147_739_104_901_338_491_374_841_515_972_068,
    0.149_445_554_002_916_905_664_936_468_389_821,
  ]
  static let wg10: [Double] = [
    0.066_671_344_308_688_137_593_568_809_893_332, 0.149_451_349_150_580_593_145_776_339_657_697,
    0.219_086_362_515_982_043_995_534_934_228_163, 0.269_266_719_309_996_355_091_226_921_569_469,
    0.295_524_224_714_752_870_173_892_994_651_338,
  ]
  // dqk15i: the 15-point Kronrod rule and the 7-point Gauss rule (zeros where the
  // Kronrod abscissa is not a Gauss one), to netlib QUADPACK's 33 digits — SLATEC's
  // 16-digit copies move the error estimate (a difference of the two rules) by 1e-7.
  static let xgk15: [Double] = [
    0.991_455_371_120_812_639_206_854_697_526_329, 0.949_107_912_342_758_524_526_189_684_047_851,
    0.864_864_423_359_769_072_789_712_788_640_926, 0.741_531_185_599_394_439_863_864_773_280_788,
    0.586_087_235_467_691_130_294_144_845_693_013, 0.405_845_151_377_397_166_906_606_412_076_961,
    0.207_784_955_007_898_467_600_689_403_773_245, 0,
  ]
  static let wgk15: [Double] = [
    0.022_935_322_010_529_224_963_732_008_058_970, 0.063_092_092_629_978_553_290_700_663_189_204,
    0.104_790_010_322_250_183_839_876_322_541_518, 0.140_653_259_715_525_918_745_189_590_510_238,
    0.169_004_726_639_267_902_826_583_426_598_550, 0.190_350_578_064_785_409_913_256_402_421_014,
    0.204_432_940_075_298_892_414_161_999_234_649, 0.209_482_141_084_727_828_012_999_174_891_714,
  ]
  static let wg7: [Double] = [
    0, 0.129_484_966_168_869_693_270_611_432_679_082, 0, 0.279_705_391_489_276_667_901_467_771_423_780, 0,
    0.381_830_050_505_118_944_950_369_775_488_975, 0, 0.417_959_183_673_469_387_755_102_040_816_327,
  ]

  /// QUADPACK's final error estimate from |K − G|·h, resabs and resasc.
  static func scaledError(_ raw: Double, resabs: Double, resasc: Double) -> Double {
    let epmach = Double.ulpOfOne
    var abserr = raw
    if resasc != 0 && abserr != 0 { abserr = resasc * Swift.min(1, pow(200 * abserr / resasc, 1.5)) }
    if resabs > Double.leastNormalMagnitude / (50 * epmach) { abserr = Swift.max(epmach * 50 * resabs, abserr) }
    return abserr
  }

  /// `dqk21`: the 21-point Kronrod estimate of ∫ₐᵇ f.
  static func rule21(_ f: (Double) -> Double, _ a: Double, _ b: Double) -> KronrodEstimate {
    let centr = 0.5 * (a + b)
    let hlgth = 0.5 * (b - a)
    let dhlgth = abs(hlgth)
    var resg = 0.0
    let fc = f(centr)
    var resk = wgk21[10] * fc
    var resabs = abs(resk)
    var fv1 = [Double](repeating: 0, count: 10)
    var fv2 = [Double](repeating: 0, count: 10)
    for j in 1...5 {
      let jtw = 2 * j - 1  // Fortran's 2j, counted from 0
      let absc = hlgth * xgk21[jtw]
      let fval1 = f(centr - absc)
      let fval2 = f(centr + absc)
      fv1[jtw] = fval1
      fv2[jtw] = fval2
      let fsum = fval1 + fval2
      resg = resg + wg10[j - 1] * fsum
      resk = resk + wgk21[jtw] * fsum
      resabs = resabs + wgk21[jtw] * (abs(fval1) + abs(fval2))
    }
    for j in 1...5 {
      let jtwm1 = 2 * j - 2  // Fortran's 2j − 1, counted from 0
      let absc = hlgth * xgk21[jtwm1]
      let fval1 = f(centr - absc)
      let fval2 = f(centr + absc)
      fv1[jtwm1] = fval1
      fv2[jtwm1] = fval2
      let fsum = fval1 + fval2
      resk = resk + wgk21[jtwm1] * fsum
      resabs = resabs + wgk21[jtwm1] * (abs(fval1) + abs(fval2))
    }
    let reskh = resk * 0.5
    var resasc = wgk21[10] * abs(fc - reskh)
    for j in 0..<10 { resasc = resasc + wgk21[j] * (abs(fv1[j] - reskh) + abs(fv2[j] - reskh)) }
    let result = resk * hlgth
    resabs = resabs * dhlgth
    resasc = resasc * dhlgth
    let abserr = scaledError(abs((resk - resg) * hlgth), resabs: resabs, resasc: resasc)
    return KronrodEstimate(result: result, abserr: abserr, resabs: resabs, resasc: resasc)
  }

  /// `dqk15i`: the 15-point Kronrod estimate over (a, b) ⊂ (0, 1] of the integrand
  /// transformed by x = bound + sign·(1 − t)/t (`inf` = 1: (bound, ∞), −1: (−∞, bound),
  /// 2: (−∞, ∞) folded as f(x) + f(−x) with bound = 0).
  static func rule15Infinite(
    _ f: (Double) -> Double, bound: Double, inf: Int, _ a: Double, _ b: Double
  ) -> KronrodEstimate {
    let dinf = Double(Swift.min(1, inf))
    let centr = 0.5 * (a + b)
    let hlgth = 0.5 * (b - a)
    let tabsc1 = bound + dinf * (1 - centr) / centr
    var fval1 = f(tabsc1)
    if inf == 2 { fval1 = fval1 + f(-tabsc1) }
    let fc = (fval1 / centr) / centr
    var resg = wg7[7] * fc
    var resk = wgk15[7] * fc
    var resabs = abs(resk)
    var fv1 = [Double](repeating: 0, count: 7)
    var fv2 = [Double](repeating: 0, count: 7)
    for j in 0..<7 {
      let absc = hlgth * xgk15[j]
      let absc1 = centr - absc
      let absc2 = centr + absc
      let t1 = bound + dinf * (1 - absc1) / absc1
      let t2 = bound + dinf * (1 - absc2) / absc2
      var v1 = f(t1)
      var v2 = f(t2)
      if inf == 2 { v1 = v1 + f(-t1) }
      if inf == 2 { v2 = v2 + f(-t2) }
      v1 = (v1 / absc1) / absc1
      v2 = (v2 / absc2) / absc2
      fv1[j] = v1
      fv2[j] = v2
      let fsum = v1 + v2
      resg = resg + wg7[j] * fsum
      resk = resk + wgk15[j] * fsum
      resabs = resabs + wgk15[j] * (abs(v1) + abs(v2))
    }
    let reskh = resk * 0.5
    var resasc = wgk15[7] * abs(fc - reskh)
    for j in 0..<7 { resasc = resasc + wgk15[j] * (abs(fv1[j] - reskh) + abs(fv2[j] - reskh)) }
    let result = resk * hlgth
    resasc = resasc * hlgth
    resabs = resabs * hlgth
    let abserr = scaledError(abs((resk - resg) * hlgth), resabs: resabs, resasc: resasc)
    return KronrodEstimate(result: result, abserr: abserr, resabs: resabs, resasc: resasc)
  }
}
