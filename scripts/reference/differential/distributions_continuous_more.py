# The continuous distributions beyond the normal (scipy.stats.<name> frozen, and NumPy's
# legacy samplers) against MLMath's types; and maximum-likelihood fits.
# Run by numpy_differential.py with its helpers in scope.


def _vec(values):
    return "Vector([" + ", ".join(swift_float(v) for v in values) + "])"


def _arr(values):
    return "np.array([" + ", ".join(py_float(v) for v in values) + "])"


_Q = [0.0, 1e-300, 0.025, 0.5, 0.975, 1.0, 1.5, nan]
_Q_NO_FAR = [0.0, 1e-12, 0.025, 0.5, 0.975, 1.0, 1.5, nan]

# (docs row, Swift distribution, SciPy distribution, x probes, q probes, how NumPy samples it or
# None where `d.rvs` is NumPy's legacy sampler)
_MORE = [
    ("scipy.stats.uniform(loc=a, scale=b - a)", "try Uniform(low: -1, high: 3)", "scipy.stats.uniform(loc=-1, scale=4)",
     [-inf, -2, -1, 0, 2.5, 3, 4, inf, nan], _Q, None),
    ("scipy.stats.uniform(loc=a, scale=b - a)", "try Uniform()", "scipy.stats.uniform()",
     [-0.5, 0, 1e-300, 0.25, 1 - 2**-53, 1, nan], _Q, None),
    ("scipy.stats.expon(scale=s)", "try Exponential(scale: 2)", "scipy.stats.expon(scale=2)",
     [-inf, -1, 0, 0.5, 2, 40, 700, inf, nan], _Q, None),
    ("scipy.stats.expon(scale=s)", "try Exponential(rate: 4)", "scipy.stats.expon(scale=0.25)",
     [-1, 0, 1e-300, 0.25, 3, inf, nan], _Q, None),
    ("scipy.stats.gamma(a, scale=s)", "try Gamma(shape: 3, scale: 1.5)", "scipy.stats.gamma(3, scale=1.5)",
     [-inf, -1, 0, 1e-100, 0.5, 4.5, 30, 500, nan], _Q, None),
    ("scipy.stats.gamma(a, scale=s)", "try Gamma(shape: 0.5)", "scipy.stats.gamma(0.5)",
     [-1, 0, 1e-300, 0.01, 1, 20, 600, inf, nan], _Q, None),
    ("scipy.stats.gamma(a, scale=s)", "try Gamma(shape: 1, scale: 2)", "scipy.stats.gamma(1, scale=2)",
     [-1, 0, 0.5, 2, 50, inf, nan], _Q, None),
    ("scipy.stats.beta(a, b)", "try Beta(a: 2, b: 5)", "scipy.stats.beta(2, 5)",
     [-inf, -0.5, 0, 1e-10, 0.2, 0.5, 0.99, 1, 1.5, inf, nan], _Q_NO_FAR, None),
    ("scipy.stats.beta(a, b)", "try Beta(a: 0.5, b: 0.5)", "scipy.stats.beta(0.5, 0.5)",
     [-1, 0, 1e-6, 0.1, 0.5, 0.9, 1 - 1e-6, 1, 2, nan], _Q_NO_FAR, None),
    ("scipy.stats.beta(a, b)", "try Beta(a: 1, b: 3)", "scipy.stats.beta(1, 3)",
     [0, 0.25, 0.75, 1, nan], _Q_NO_FAR, None),
    ("scipy.stats.lognorm(s=σ, scale=np.exp(μ))", "try LogNormal(mu: 0, sigma: 1)", "scipy.stats.lognorm(1)",
     [-inf, -1, 0, 1e-300, 0.5, 1, 3, 1e10, inf, nan], _Q, "np.random.lognormal(0, 1, 5)"),
    ("scipy.stats.lognorm(s=σ, scale=np.exp(μ))", "try LogNormal(mu: 2, sigma: 0.5)",
     "scipy.stats.lognorm(0.5, scale=np.exp(2))", [0, 1, 7.5, 20, 200, inf, nan], _Q, "np.random.lognormal(2, 0.5, 5)"),
    ("scipy.stats.laplace(loc, scale)", "try Laplace(loc: 0, scale: 1)", "scipy.stats.laplace()",
     [-inf, -40, -1, 0, 0.5, 3, 40, inf, nan], _Q, None),
    ("scipy.stats.laplace(loc, scale)", "try Laplace(loc: 3, scale: 0.5)", "scipy.stats.laplace(3, 0.5)",
     [-10, 2, 3, 3.25, 20, nan], _Q, None),
    ("scipy.stats.cauchy(loc, scale)", "try Cauchy(loc: 0, scale: 1)", "scipy.stats.cauchy()",
     [-inf, -1e300, -1e10, -1, 0, 1, 1e10, 1e300, inf, nan], _Q, "np.random.standard_cauchy(5)"),
    ("scipy.stats.cauchy(loc, scale)", "try Cauchy(loc: 2, scale: 0.5)", "scipy.stats.cauchy(2, 0.5)",
     [-100, 1.5, 2, 2.5, 100, nan], _Q, "2 + 0.5 * np.random.standard_cauchy(5)"),
    ("scipy.stats.logistic(loc, scale)", "try Logistic(loc: 0, scale: 1)", "scipy.stats.logistic()",
     [-inf, -800, -40, -1, 0, 2, 40, 800, inf, nan], _Q, None),
    ("scipy.stats.logistic(loc, scale)", "try Logistic(loc: 5, scale: 2)", "scipy.stats.logistic(5, 2)",
     [-50, 0, 5, 7, 60, nan], _Q, None),
    ("scipy.stats.weibull_min(c, scale=s)", "try Weibull(shape: 1.5, scale: 2)", "scipy.stats.weibull_min(1.5, scale=2)",
     [-inf, -1, 0, 1e-100, 0.5, 2, 10, 100, nan], _Q, "2 * np.random.weibull(1.5, 5)"),
    ("scipy.stats.weibull_min(c, scale=s)", "try Weibull(shape: 0.5)", "scipy.stats.weibull_min(0.5)",
     [-1, 0, 1e-300, 0.01, 1, 50, 1e5, nan], _Q, "np.random.weibull(0.5, 5)"),
    ("scipy.stats.weibull_min(c, scale=s)", "try Weibull(shape: 1, scale: 3)", "scipy.stats.weibull_min(1, scale=3)",
     [0, 1, 3, 30, nan], _Q, "3 * np.random.weibull(1, 5)"),
]

for row, swift_d, py_d, xs, qs, sampler in _MORE:
    sd, pd = f"let d = {swift_d}\n", f"d = {py_d}\n"
    X, XP = _vec(xs), _arr(xs)
    Q, QP = _vec(qs), _arr(qs)
    case(row, sd + "print(Vector([d.cdf(1.5), d.ppf(0.3)]))", pd + "print(np.array([d.cdf(1.5), d.ppf(0.3)]))")
    for m in ("pdf", "logpdf"):
        case("d.pdf(x), d.logpdf(x)", sd + f"print(d.{m}({X}))", pd + f"print(d.{m}({XP}))")
    for m in ("cdf", "sf", "logcdf", "logsf"):
        case("d.cdf(x), d.sf(x), d.logcdf(x), d.logsf(x)", sd + f"print(d.{m}({X}))", pd + f"print(d.{m}({XP}))")
    for m in ("ppf", "isf"):
        case("d.ppf(q), d.isf(q)", sd + f"print(d.{m}({Q}))", pd + f"print(d.{m}({QP}))")
    case("d.mean(), d.var(), d.std(), d.median(), d.entropy()",
         sd + "print(Vector([d.mean, d.variance, d.std, d.median, d.entropy]))",
         pd + "print(np.array([d.mean(), d.var(), d.std(), d.median(), d.entropy()]))")
    case("d.interval(0.95)", sd + "let (lo, hi) = d.interval(0.95)\nprint(Vector([lo, hi]))",
         pd + "lo, hi = d.interval(0.95)\nprint(np.array([lo, hi]))")
    case("d.support()", sd + "print(d.support.lower, d.support.upper)", pd + "lo, hi = d.support()\nprint(float(lo), float(hi))")
    if sampler is None:
        case("d.rvs(size=n) after np.random.seed(s)", sd + "Random.seed(7)\nprint(d.sample(5))\nprint(d.sample())",
             pd + "np.random.seed(7)\nprint(d.rvs(size=5))\nprint(d.rvs())")
        case("d.rvs(size=n, random_state=rs)", sd + "var rs = RandomState(seed: 3)\nprint(d.sample(4, using: &rs))",
             pd + "rs = np.random.RandomState(3)\nprint(d.rvs(size=4, random_state=rs))")
    else:
        # SciPy's rvs rounds differently (lognorm) or inverts the cdf (cauchy, weibull_min); MLMath
        # draws NumPy's legacy sampler, as its DocC says.
        case(row, sd + "Random.seed(7)\nprint(d.sample(5))", f"np.random.seed(7)\nprint({sampler})")
    case("np.sum(d.logpdf(data))", sd + "print(Vector([d.logLikelihood(Vector([0.5, 1.5, 2.5]))]))",
         pd + "print(np.array([np.sum(d.logpdf(np.array([0.5, 1.5, 2.5])))]))")

case("d.cdf(x), d.sf(x), d.logcdf(x), d.logsf(x)", "let d = try Exponential(scale: 2)\nprint(Vector([d.logcdf(80)]))",
     "d = scipy.stats.expon(scale=2)\nprint(np.array([d.logcdf(80)]))")
# Edges where SciPy answers differently on purpose.
_LIMIT = ("The density at ±∞ is its limit, 0 (log density −∞); SciPy's `gamma` and `weibull_min` evaluate "
          "∞·0 there and answer NaN")
for swift_d, py_d in [("try Gamma(shape: 3, scale: 1.5)", "scipy.stats.gamma(3, scale=1.5)"),
                      ("try Weibull(shape: 1.5, scale: 2)", "scipy.stats.weibull_min(1.5, scale=2)")]:
    case("d.pdf(x), d.logpdf(x)", f"let d = {swift_d}\nprint(d.pdf(.infinity), d.logpdf(.infinity))",
         f"d = {py_d}\nprint(d.pdf(np.inf), d.logpdf(np.inf))", deliberate=_LIMIT,
         mlmath_python="print(0.0, -np.inf)")
_TAILS = ("`logpdf`, `logcdf` and `logsf` stay finite where the density or the tail underflows (checked against "
          "mpmath); SciPy takes the log of the underflowed value and answers −∞")
# (mpmath's values, from Tests/MLMathTests/Fixtures/reference/continuous_distributions.json)
for swift_d, py_d, x, m, exact in [
        ("try Laplace()", "scipy.stats.laplace()", 800.0, "logsf", "-800.6931471805599"),
        ("try Laplace()", "scipy.stats.laplace()", -800.0, "logpdf", "-800.6931471805599"),
        ("try Gamma(shape: 3, scale: 1.5)", "scipy.stats.gamma(3, scale=1.5)", 1.5e-300, "logcdf", "-2074.118343163869"),
        ("try Weibull(shape: 5, scale: 2)", "scipy.stats.weibull_min(5, scale=2)", 2e-200, "logcdf",
         "-2302.5850929940457")]:
    case("d.cdf(x), d.sf(x), d.logcdf(x), d.logsf(x)" if m != "logpdf" else "d.pdf(x), d.logpdf(x)",
         f"let d = {swift_d}\nprint(Vector([d.{m}({swift_float(x)})]))",
         f"d = {py_d}\nprint(np.array([d.{m}({py_float(x)})]))",
         deliberate=_TAILS, mlmath_python=f"print(np.array([{exact}]))")
case("scipy.stats.beta(a, b)", "let d = try Beta(a: 2, b: 5)\nprint(Vector([d.ppf(1e-300), d.isf(1e-300)]))",
     "d = scipy.stats.beta(2, 5)\nprint(np.array([d.ppf(1e-300), d.isf(1e-300)]))",
     deliberate="Beta quantiles in the far tails solve the tail equation to full precision; SciPy's Boost "
                "`ibeta_inv` gives up there (Beta(2, 5).ppf(1e-300) = 4.1e-51 where the answer is 2.6e-151, "
                "`isf(1e-300)` NaN where it is 1 to double precision)",
     mlmath_python="print(np.array([2.5819888974716112e-151, 1.0]))")
_BAD = ("A distribution with a parameter outside its domain (a scale ≤ 0, a probability outside [0, 1]) "
        "throws a `DistributionError` naming the parameter; SciPy returns NaN from every method")
for row, swift, py in [
        ("scipy.stats.uniform(loc=a, scale=b - a)", "try Uniform(low: 1, high: 1)", "scipy.stats.uniform(1, 0)"),
        ("scipy.stats.expon(scale=s)", "try Exponential(scale: -2)", "scipy.stats.expon(scale=-2)"),
        ("scipy.stats.gamma(a, scale=s)", "try Gamma(shape: 0, scale: 1)", "scipy.stats.gamma(0)"),
        ("scipy.stats.beta(a, b)", "try Beta(a: -1, b: 2)", "scipy.stats.beta(-1, 2)"),
        ("scipy.stats.lognorm(s=σ, scale=np.exp(μ))", "try LogNormal(mu: 0, sigma: 0)", "scipy.stats.lognorm(0)"),
        ("scipy.stats.laplace(loc, scale)", "try Laplace(loc: 0, scale: 0)", "scipy.stats.laplace(0, 0)"),
        ("scipy.stats.cauchy(loc, scale)", "try Cauchy(loc: 0, scale: -1)", "scipy.stats.cauchy(0, -1)"),
        ("scipy.stats.logistic(loc, scale)", "try Logistic(loc: 0, scale: -1)", "scipy.stats.logistic(0, -1)"),
        ("scipy.stats.weibull_min(c, scale=s)", "try Weibull(shape: -1)", "scipy.stats.weibull_min(-1)")]:
    case(row, f"print({swift}.cdf(0.5))", f"print({py}.cdf(0.5))", deliberate=_BAD, mlmath="raises")

# Maximum-likelihood fits -----------------------------------------------------------------
for data in [[4.2, 5.1, 3.9, 6.0, 5.5], [-3.0, 0.0, 10.5], [1e6 + 0.001, 1e6 - 0.002, 1e6]]:
    case("scipy.stats.norm.fit(data)", f"let d = try Normal.fit({_vec(data)})\nprint(d.loc, d.scale)",
         f"loc, scale = scipy.stats.norm.fit({_arr(data)})\nprint(loc, scale)")
case("scipy.stats.norm.fit(data)", "print(try Normal.fit(Vector([1.0, .nan])))",
     "print(scipy.stats.norm.fit(np.array([1.0, np.nan])))")
_FIT_EMPTY = ("`fit` throws a `DistributionFitError` for data it cannot fit: empty data, or a fitted scale of 0 "
              "(every value equal); SciPy returns NaN or the zero scale, which no MLMath distribution accepts")
for swift, py in [("try Normal.fit(Vector([]))", "scipy.stats.norm.fit(np.array([]))"),
                  ("try Normal.fit(Vector([2.0, 2.0]))", "scipy.stats.norm.fit(np.array([2.0, 2.0]))")]:
    case("scipy.stats.norm.fit(data)", f"print({swift})", f"print({py})", deliberate=_FIT_EMPTY, mlmath="raises")
for data in [[0.0, 1.0, 2.0, 5.0], [0.3, 2.9, 0.01, 7.5, 1.25]]:
    case("scipy.stats.expon.fit(data, floc=0)", f"print(try Exponential.fit({_vec(data)}).scale)",
         f"print(scipy.stats.expon.fit({_arr(data)}, floc=0)[1])")
case("scipy.stats.expon.fit(data, floc=0)", "print(try Exponential.fit(Vector([1.0, -0.5])))",
     "print(scipy.stats.expon.fit(np.array([1.0, -0.5]), floc=0))")
case("scipy.stats.expon.fit(data, floc=0)", "print(try Exponential.fit(Vector([0.0, 0.0])))",
     "print(scipy.stats.expon.fit(np.array([0.0, 0.0]), floc=0))", deliberate=_FIT_EMPTY, mlmath="raises")
for data in [[1.2, 0.4, 2.9, 1.7, 0.8, 3.3], [1.0, 2.0], [0.001, 0.5, 30.0, 2.0], [10.1, 9.8, 10.05, 9.9, 10.2]]:
    case("scipy.stats.gamma.fit(data, floc=0)", f"let g = try Gamma.fit({_vec(data)})\nprint(Vector([g.shape, g.scale]))",
         f"a, _, scale = scipy.stats.gamma.fit({_arr(data)}, floc=0)\nprint(np.array([a, scale]))")
for data in [[1.0, 0.0, 2.0], [2.0, 2.0, 2.0], [1.0, np.inf]]:
    case("scipy.stats.gamma.fit(data, floc=0)", f"print(try Gamma.fit({_vec(data)}))",
         f"print(scipy.stats.gamma.fit({_arr(data)}, floc=0))")

# NumPy's legacy samplers -------------------------------------------------------------------
for seed in [0, 42, 2**32 - 1]:
    s, p = f"Random.seed({seed})\n", f"np.random.seed({seed})\n"
    for row, sw, py in [
            ("np.random.lognormal(0, 1, 5)", "print(Random.lognormal(0, 1, size: 5))", "print(np.random.lognormal(0, 1, 5))"),
            ("np.random.lognormal(0, 1, 5)", "print(Random.lognormal(3, 0.25, size: 3), Random.lognormal())",
             "print(np.random.lognormal(3, 0.25, 3), np.random.lognormal())"),
            ("np.random.laplace(0, 1, 5)", "print(Random.laplace(0, 1, size: 5))", "print(np.random.laplace(0, 1, 5))"),
            ("np.random.laplace(0, 1, 5)", "print(Random.laplace(-2, 0.5, size: 3), Random.laplace())",
             "print(np.random.laplace(-2, 0.5, 3), np.random.laplace())"),
            ("np.random.standard_cauchy(5)", "print(Random.standardCauchy(size: 5))", "print(np.random.standard_cauchy(5))"),
            ("np.random.standard_cauchy(5)", "print(Random.standardCauchy(), Random.standardCauchy())",
             "print(np.random.standard_cauchy(), np.random.standard_cauchy())"),
            ("np.random.logistic(0, 1, 5)", "print(Random.logistic(0, 1, size: 5))", "print(np.random.logistic(0, 1, 5))"),
            ("np.random.logistic(0, 1, 5)", "print(Random.logistic(10, 3, size: 3), Random.logistic())",
             "print(np.random.logistic(10, 3, 3), np.random.logistic())"),
            ("np.random.weibull(1.5, 5)", "print(Random.weibull(1.5, size: 5))", "print(np.random.weibull(1.5, 5))"),
            ("np.random.weibull(1.5, 5)", "print(Random.weibull(0.3, size: 3), Random.weibull(5))",
             "print(np.random.weibull(0.3, 3), np.random.weibull(5))")]:
        case(row, s + sw, p + py)
    case("rng.normal(...) etc.",
         f"var rng = RandomState(seed: {seed})\nprint(rng.lognormal(1, 2, size: 2), rng.laplace(size: 2), rng.standardCauchy(size: 2), rng.logistic(size: 2), rng.weibull(2, size: 2))",
         f"rng = np.random.RandomState({seed})\nprint(rng.lognormal(1, 2, size=2), rng.laplace(size=2), rng.standard_cauchy(size=2), rng.logistic(size=2), rng.weibull(2, size=2))")
# Edge parameters: a zero scale gives the location, a zero shape gives 0, a negative one stops.
case("np.random.laplace(0, 1, 5)", "Random.seed(1)\nprint(Random.laplace(4, 0, size: 3))", "np.random.seed(1)\nprint(np.random.laplace(4, 0, 3))")
case("np.random.logistic(0, 1, 5)", "Random.seed(1)\nprint(Random.logistic(-1, 0, size: 2))", "np.random.seed(1)\nprint(np.random.logistic(-1, 0, 2))")
case("np.random.lognormal(0, 1, 5)", "Random.seed(1)\nprint(Random.lognormal(0, 0, size: 2))", "np.random.seed(1)\nprint(np.random.lognormal(0, 0, 2))")
case("np.random.weibull(1.5, 5)", "Random.seed(1)\nprint(Random.weibull(0, size: 2))", "np.random.seed(1)\nprint(np.random.weibull(0, 2))")
for row, sw, py in [("np.random.laplace(0, 1, 5)", "Random.laplace(0, -1, size: 2)", "np.random.laplace(0, -1, 2)"),
                    ("np.random.logistic(0, 1, 5)", "Random.logistic(0, -1, size: 2)", "np.random.logistic(0, -1, 2)"),
                    ("np.random.lognormal(0, 1, 5)", "Random.lognormal(0, -1, size: 2)", "np.random.lognormal(0, -1, 2)"),
                    ("np.random.weibull(1.5, 5)", "Random.weibull(-1, size: 2)", "np.random.weibull(-1, 2)")]:
    case(row, f"print({sw})", f"print({py})")
