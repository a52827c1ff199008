#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Refines a quantile x₀ of a continuous distribution by Newton's method on
/// log T(x) − log p, where T is the lower tail F (`upper` false) or the upper
/// tail 1 − F (`upper` true) and p the target tail probability.
///
/// Working with logs keeps every step well scaled from p = 1e-300 to ½, and the
/// tails are evaluated by the accurate complementary forms (`betainc` with the
/// arguments swapped), so the result keeps full relative accuracy where a closed
/// form through `betaincinv` would cancel (1 − x with x near 1).
func polishQuantile(
  _ x0: Double, tail p: Double, upper: Bool, tailProbability: (Double) -> Double,
  density: (Double) -> Double
) -> Double {
  guard x0.isFinite, p > 0 else { return x0 }
  let logP = log(p)
  var x = x0
  for _ in 0..<8 {
    let t = tailProbability(x)
    let f = density(x)
    guard t > 0, f > 0 else { break }
    // d/dx log T = ∓ f / T.
    let step = (log(t) - logP) * t / f * (upper ? 1 : -1)
    guard step.isFinite else { break }
    x += step
    if step.magnitude <= 4e-16 * x.magnitude { break }
  }
  return x
}
