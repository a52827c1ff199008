# Discrete distributions, the multinomial, the multivariate normal, Gaussian KDE and the
# maximum-likelihood fits (scipy.stats) against MLMath's types.
# Run by numpy_differential.py with its helpers in scope.

DISCRETE = [
    ("try Bernoulli(p: 0.3)", "scipy.stats.bernoulli(0.3)", "`scipy.stats.bernoulli(p)`"),
    ("try Binomial(n: 10, p: 0.35)", "scipy.stats.binom(10, 0.35)", "`scipy.stats.binom(n, p)`"),
    ("try Binomial(n: 1000, p: 0.5)", "scipy.stats.binom(1000, 0.5)", "`scipy.stats.binom(n, p)`"),
    ("try Poisson(lambda: 4)", "scipy.stats.poisson(4)", "`scipy.stats.poisson(mu)`"),
    ("try Poisson(lambda: 1000)", "scipy.stats.poisson(1000)", "`scipy.stats.poisson(mu)`"),
    ("try Geometric(p: 0.25)", "scipy.stats.geom(0.25)", "`scipy.stats.geom(p)`"),
    ("try NegativeBinomial(n: 3, p: 0.4)", "scipy.stats.nbinom(3, 0.4)", "`scipy.stats.nbinom(n, p)`"),
    ("try NegativeBinomial(n: 0.5, p: 0.1)", "scipy.stats.nbinom(0.5, 0.1)", "`scipy.stats.nbinom(n, p)`"),
    ("try Hypergeometric(ngood: 7, nbad: 13, nsample: 8)", "scipy.stats.hypergeom(20, 7, 8)",
     "`scipy.stats.hypergeom(M, n, N)`"),
    ("DiscreteUniform(1...6)", "scipy.stats.randint(1, 7)", "`scipy.stats.randint(low, high)`"),
    ("try Categorical(p: [0.5, 0.3, 0.2])", "scipy.stats.rv_discrete(values=(np.arange(3), [0.5, 0.3, 0.2]))",
     "`scipy.stats.rv_discrete(values=(np.arange(k), p))`"),
]
PROBE_K = "IntVector([-1, 0, 1, 2, 3, 5, 8, 12, 20])"
PROBE_K_PY = "np.array([-1, 0, 1, 2, 3, 5, 8, 12, 20])"
PROBE_X = "Vector([-.infinity, -1, 0, 2.5, 3, 7, 499, 995, .infinity, .nan])"
PROBE_X_PY = "np.array([-np.inf, -1, 0, 2.5, 3, 7, 499, 995, np.inf, np.nan])"
PROBE_Q = "Vector([0, 1e-12, 0.025, 0.3, 0.5, 0.9, 0.975, 1, 1.5, .nan])"
PROBE_Q_PY = "np.array([0, 1e-12, 0.025, 0.3, 0.5, 0.9, 0.975, 1, 1.5, np.nan])"

for swift_d, py_d, row in DISCRETE:
    case(row.strip("`"), f"let d = {swift_d}\nprint(Vector([d.cdf(3) - d.cdf(1)]))",
         f"d = {py_d}\nprint(np.array([d.cdf(3) - d.cdf(1)]))")
    # Array results print at 8 digits; SciPy's Boost and MLMath's Loader forms may differ in the
    # last of 17 digits of one value.
    for m in ("pmf", "logpmf"):
        case("d.pmf(k), d.logpmf(k)", f"let d = {swift_d}\nprint(d.{m}({PROBE_K}))", f"d = {py_d}\nprint(d.{m}({PROBE_K_PY}))")
    case("d.pmf(k), d.logpmf(k)", f"let d = {swift_d}\nprint(d.pmf(Vector([2, 2.5])))",
         f"d = {py_d}\nprint(d.pmf(np.array([2, 2.5])))")
    # Probes where SciPy's arithmetic holds (see the deliberate cases below for where it does
    # not): hypergeom's cdf is NaN between the integers, and a log of a cdf or sf within 1e-12
    # of 1 or below 1e-300 is MLMath's exact value, not SciPy's log of the rounded one.
    frozen = eval(py_d)
    lower, upper = (float(v) for v in frozen.support())
    candidates = [-math.inf, -1, 0, 2.5, 3, 7, 499, 995, math.inf, math.nan]
    if "hypergeom" in py_d:
        candidates.remove(2.5)

    def inside(x, tail):
        return math.isfinite(x) and lower <= x < upper and not 1e-300 <= float(tail(x)) <= 1 - 1e-12

    for m in ("cdf", "sf", "logcdf", "logsf"):
        tail = frozen.cdf if m in ("cdf", "logcdf") else frozen.sf
        xs = [x for x in candidates if m in ("cdf", "sf") or not inside(x, tail)]
        swift_x = "Vector([" + ", ".join(swift_float(x) for x in xs) + "])"
        py_x = "np.array([" + ", ".join(py_float(x) for x in xs) + "])"
        case("d.cdf(k), d.sf(k), d.logcdf(k), d.logsf(k)", f"let d = {swift_d}\nprint(d.{m}({swift_x}))",
             f"d = {py_d}\nprint(d.{m}({py_x}))")
    case("d.cdf(k), d.sf(k), d.logcdf(k), d.logsf(k)", f"let d = {swift_d}\nprint(d.cdf({PROBE_K}))",
         f"d = {py_d}\nprint(d.cdf({PROBE_K_PY}))")
    for m in ("ppf", "isf"):
        case("d.ppf(q), d.isf(q) of a discrete d", f"let d = {swift_d}\nprint(d.{m}({PROBE_Q}))",
             f"d = {py_d}\nprint(d.{m}({PROBE_Q_PY}))")
    for swift_m, py_m in [("mean", "mean()"), ("variance", "var()"), ("std", "std()"), ("median", "median()"),
                          ("entropy", "entropy()")]:
        case("d.mean(), d.var(), d.std(), d.median(), d.entropy() of a discrete d",
             f"let d = {swift_d}\nprint(Vector([d.{swift_m}]))", f"d = {py_d}\nprint(np.array([d.{py_m}]))")
    case("d.interval(0.95), d.support() of a discrete d",
         f"let d = {swift_d}\nlet (lo, hi) = d.interval(0.95)\nprint(lo, hi, d.support.lower, d.support.upper)",
         f"d = {py_d}\nlo, hi = d.interval(0.95)\na, b = d.support()\nprint(float(lo), float(hi), float(a), float(b))")
    if "rv_discrete" not in py_d:
        case("d.rvs(size=n, random_state=rs) of a discrete d",
             f"let d = {swift_d}\nvar rs = RandomState(seed: 3)\nprint(d.sample(6, using: &rs))\nprint(d.sample(using: &rs))",
             f"d = {py_d}\nrs = np.random.RandomState(3)\nprint(d.rvs(size=6, random_state=rs))\nprint(d.rvs(random_state=rs))")
        case("d.rvs(size=n, random_state=rs) of a discrete d",
             f"let d = {swift_d}\nRandom.seed(9)\nprint(d.sample(5))",
             f"d = {py_d}\nnp.random.seed(9)\nprint(d.rvs(size=5))")
    case("np.sum(d.logpmf(data))", f"let d = {swift_d}\nprint(Vector([d.logLikelihood(IntVector([1, 2, 3]))]))",
         f"d = {py_d}\nprint(np.array([np.sum(d.logpmf(np.array([1, 2, 3])))]))")

# The categorical distribution samples as np.random.choice(k, p=p).
case("scipy.stats.rv_discrete(values=(np.arange(k), p))",
     "let d = try Categorical(p: [0.5, 0.3, 0.2])\nvar rs = RandomState(seed: 4)\nprint(d.sample(8, using: &rs))",
     "rs = np.random.RandomState(4)\nprint(rs.choice(3, 8, p=[0.5, 0.3, 0.2]))")
# Far tails: SciPy and MLMath agree to the digit down to 1e-300.
for swift_d, py_d, expr in [("try Binomial(n: 1000, p: 0.5)", "scipy.stats.binom(1000, 0.5)", "cdf(5)"),
                            ("try Binomial(n: 1000, p: 0.5)", "scipy.stats.binom(1000, 0.5)", "sf(994)"),
                            ("try Poisson(lambda: 1000)", "scipy.stats.poisson(1000)", "sf(2000)"),
                            ("try Poisson(lambda: 1000)", "scipy.stats.poisson(1000)", "cdf(500)"),
                            ("try NegativeBinomial(n: 0.5, p: 0.1)", "scipy.stats.nbinom(0.5, 0.1)", "sf(300)")]:
    case("d.cdf(k), d.sf(k), d.logcdf(k), d.logsf(k)", f"let d = {swift_d}\nprint(Vector([d.{expr}]))",
         f"d = {py_d}\nprint(np.array([d.{expr}]))")

# Where SciPy's own arithmetic fails and MLMath's does not (the exact values are mpmath's).
case("d.ppf(q), d.isf(q) of a discrete d", "let d = try Poisson(lambda: 10)\nprint(d.isf(1e-300))",
     "print(scipy.stats.poisson(10).isf(1e-300))",
     deliberate="A discrete `isf(q)` is the smallest k with `sf(k) ≤ q`, searched on the survival function, so "
                "small q keep their digits; SciPy computes most discrete `isf` as `ppf(1 - q)`, which gives NaN, "
                "∞ or the top of the support once q is below 1.1e-16",
     mlmath_python="import mpmath\nmpmath.mp.dps = 40\nk = 0\n"
                   "while mpmath.gammainc(k + 1, 0, 10, regularized=True) > 1e-300:\n    k += 1\nprint(float(k))")
case("d.ppf(q), d.isf(q) of a discrete d", "let d = try Geometric(p: 0.3)\nprint(d.isf(1e-300))",
     "print(scipy.stats.geom(0.3).isf(1e-300))",
     deliberate="A discrete `isf(q)` is the smallest k with `sf(k) ≤ q`, searched on the survival function, so "
                "small q keep their digits; SciPy computes most discrete `isf` as `ppf(1 - q)`, which gives NaN, "
                "∞ or the top of the support once q is below 1.1e-16",
     mlmath_python="import math\nprint(float(math.ceil(math.log(1e-300) / math.log1p(-0.3))))")
case("d.mean(), d.var(), d.std(), d.median(), d.entropy() of a discrete d",
     "print(Vector([try Poisson(lambda: 1e6).entropy]))", "print(np.array([scipy.stats.poisson(1e6).entropy()]))",
     deliberate="Discrete entropies sum every term that reaches the last digit (or use the Edgeworth expansion "
                "where the distribution is all but normal); SciPy stops after about a thousand terms around the "
                "median, so its entropy of Poisson(10⁶), NegativeBinomial(0.5, 1e-4) and the like is wrong",
     mlmath_python="import mpmath\nL = mpmath.mpf(10**6)\n"
                   "print(np.array([float(mpmath.log(2*mpmath.pi*mpmath.e*L)/2 - 1/(12*L) - 1/(24*L**2))]))")
case("d.cdf(k), d.sf(k), d.logcdf(k), d.logsf(k)", "print(try Binomial(n: 1000, p: 0.5).logsf(995))",
     "print(scipy.stats.binom(1000, 0.5).logsf(995))")
case("d.cdf(k), d.sf(k), d.logcdf(k), d.logsf(k)", "print(Vector([try Binomial(n: 1000, p: 0.5).logcdf(995)]))",
     "print(np.array([scipy.stats.binom(1000, 0.5).logcdf(995)]))",
     deliberate="Discrete `logcdf` near 1 is `log1p(-sf)` and `logcdf`/`logsf` in a tail where the probability "
                "underflows sum the ratios of neighbouring probabilities, so both keep their digits; SciPy takes "
                "the log of the rounded cdf or sf (0 for cdf ≈ 1, −∞ past 1e-308)",
     mlmath_python="import mpmath\nmpmath.mp.dps = 40\n"
                   "s = sum(mpmath.binomial(1000, k) for k in range(996, 1001)) / mpmath.mpf(2)**1000\n"
                   "print(np.array([float(mpmath.log1p(-s))]))")
case("d.cdf(k), d.sf(k), d.logcdf(k), d.logsf(k)", "print(Vector([try Poisson(lambda: 100).logsf(700)]))",
     "print(np.array([scipy.stats.poisson(100).logsf(700)]))",
     deliberate="Discrete `logcdf` near 1 is `log1p(-sf)` and `logcdf`/`logsf` in a tail where the probability "
                "underflows sum the ratios of neighbouring probabilities, so both keep their digits; SciPy takes "
                "the log of the rounded cdf or sf (0 for cdf ≈ 1, −∞ past 1e-308)",
     mlmath_python="import mpmath\nmpmath.mp.dps = 40\n"
                   "print(np.array([float(mpmath.log(mpmath.gammainc(701, 0, 100, regularized=True)))]))")
case("scipy.stats.hypergeom(M, n, N)",
     "let d = try Hypergeometric(ngood: 7, nbad: 13, nsample: 8)\nprint(Vector([d.cdf(2.5)]))",
     "print(np.array([scipy.stats.hypergeom(20, 7, 8).cdf(2.5)]))",
     deliberate="Between the integers every discrete cdf and sf is its value at ⌊x⌋; SciPy's `hypergeom` returns "
                "NaN there (its Boost-based cdf and sf take k unrounded) and wrong logcdf/logsf values",
     mlmath_python="print(np.array([scipy.stats.hypergeom(20, 7, 8).cdf(2)]))")
# Negative binomial draws on the legacy stream, and the RandomState method behind them.
case("np.random.negative_binomial(n, p, size)", "Random.seed(5)\nprint(Random.negativeBinomial(2.5, 0.3, size: 6))",
     "np.random.seed(5)\nprint(np.random.negative_binomial(2.5, 0.3, 6))")
case("np.random.negative_binomial(n, p, size)",
     "var rs = RandomState(seed: 6)\nprint(rs.negativeBinomial(0.5, 0.01))\nprint(rs.negativeBinomial(30, 0.9, size: 4))",
     "rs = np.random.RandomState(6)\nprint(rs.negative_binomial(0.5, 0.01))\nprint(rs.negative_binomial(30, 0.9, 4))")
case("np.random.negative_binomial(n, p, size)", "var rs = RandomState(seed: 6)\nprint(rs.negativeBinomial(0, 0.5))",
     "rs = np.random.RandomState(6)\nprint(rs.negative_binomial(0, 0.5))")
# Invalid parameters: SciPy answers NaN, MLMath throws.
for row, swift, py in [("scipy.stats.binom(n, p)", "try Binomial(n: 10, p: 1.5)", "scipy.stats.binom(10, 1.5)"),
                       ("scipy.stats.poisson(mu)", "try Poisson(lambda: -1)", "scipy.stats.poisson(-1)"),
                       ("scipy.stats.geom(p)", "try Geometric(p: 0)", "scipy.stats.geom(0)")]:
    case(row, f"print({swift}.pmf(1))", f"print({py}.pmf(1))",
         deliberate="A distribution with a parameter outside its domain (a scale ≤ 0, a probability outside [0, 1]) "
                    "throws a `DistributionError` naming the parameter; SciPy returns NaN from every method",
         mlmath="raises")

# Multinomial ------------------------------------------------------------------------------
MULTI = "try Multinomial(n: 6, p: [0.5, 0.3, 0.2])"
MULTI_PY = "scipy.stats.multinomial(6, [0.5, 0.3, 0.2])"
case("scipy.stats.multinomial(n, p)", f"let m = {MULTI}\nprint(Vector([m.pmf([6, 0, 0])]))",
     f"m = {MULTI_PY}\nprint(np.array([m.pmf([6, 0, 0])]))")
for counts in ("[3, 2, 1]", "[2, 2, 2]", "[1, 1, 1]", "[-1, 4, 3]", "[0, 0, 6]"):
    for m in ("pmf", "logpmf"):
        case("m.pmf(x), m.logpmf(x)", f"let m = {MULTI}\nprint(Vector([m.{m}(IntVector({counts}))]))",
             f"m = {MULTI_PY}\nprint(np.array([m.{m}({counts})]))")
case("m.pmf(x), m.logpmf(x)", f"let m = {MULTI}\nprint(m.pmf(IntMatrix([[3, 2, 1], [2, 2, 2]])))",
     f"m = {MULTI_PY}\nprint(m.pmf([[3, 2, 1], [2, 2, 2]]))")
case("m.mean(), m.cov(), m.entropy()", f"let m = {MULTI}\nprint(m.mean)\nprint(m.cov)",
     f"m = {MULTI_PY}\nprint(m.mean())\nprint(m.cov())")
case("m.mean(), m.cov(), m.entropy()", f"let m = {MULTI}\nprint(Vector([m.entropy]))",
     f"m = {MULTI_PY}\nprint(np.array([m.entropy()]))")
case("m.mean(), m.cov(), m.entropy()", "print(Vector([try Multinomial(n: 1000, p: [0.1, 0.2, 0.7]).entropy]))",
     "print(np.array([scipy.stats.multinomial(1000, [0.1, 0.2, 0.7]).entropy()]))")
case("m.rvs(size=n, random_state=rs)", f"let m = {MULTI}\nvar rs = RandomState(seed: 2)\nprint(m.sample(using: &rs))\nprint(m.sample(3, using: &rs))",
     f"m = {MULTI_PY}\nrs = np.random.RandomState(2)\nprint(rs.multinomial(6, [0.5, 0.3, 0.2]))\nprint(m.rvs(size=3, random_state=rs))")
case("scipy.stats.multinomial(n, p)", "print(try Multinomial(n: 3, p: [0.5, 0.6]).pmf([1, 2]))",
     "print(scipy.stats.multinomial(3, [0.5, 0.6]).pmf([1, 2]))",
     deliberate="A multinomial whose probabilities do not sum to 1 (within 1e-8) throws; SciPy replaces the last "
                "one by 1 minus the others, with a FutureWarning",
     mlmath="raises")

# Multivariate normal -------------------------------------------------------------------------
MVN = "try MultivariateNormal(mean: [1, -2], cov: [[2, -1.2], [-1.2, 1]])"
MVN_PY = "scipy.stats.multivariate_normal([1, -2], [[2, -1.2], [-1.2, 1]])"
POINTS = [("[1, -2]", "[1, -2]"), ("[0, 0]", "[0, 0]"), ("[-3, -5]", "[-3, -5]"), ("[10, 10]", "[10, 10]")]
case("scipy.stats.multivariate_normal(mean, cov)", f"let d = {MVN}\nprint(Vector([d.pdf([1, -2])]))",
     f"d = {MVN_PY}\nprint(np.array([d.pdf([1, -2])]))")
for sx, px in POINTS:
    for m in ("pdf", "logpdf"):
        case("mvn.pdf(x), mvn.logpdf(x)", f"let d = {MVN}\nprint(Vector([d.{m}(Vector({sx}))]))",
             f"d = {MVN_PY}\nprint(np.array([d.{m}({px})]))")
    case("scipy.spatial.distance.mahalanobis(x, mean, inv(cov))",
         f"let d = {MVN}\nprint(Vector([d.mahalanobis(Vector({sx}))]))",
         f"import scipy.spatial\nprint(np.array([scipy.spatial.distance.mahalanobis({px}, [1, -2], "
         f"np.linalg.inv([[2, -1.2], [-1.2, 1]]))]))")
    tiny = sx == "[-3, -5]"
    case("mvn.cdf(x)", f"let d = {MVN}\nprint(Vector([try d.cdf(Vector({sx}))]))",
         f"print(np.array([scipy.stats.multivariate_normal.cdf({px}, [1, -2], [[2, -1.2], [-1.2, 1]], "
         f"abseps=1e-12, releps=1e-12, rng=np.random.default_rng(0))]))",
         deliberate=("`MultivariateNormal.cdf` keeps full relative accuracy however small the probability (for "
                     "d = 2 an integral with a positive integrand); SciPy's quasi-Monte Carlo has an absolute error "
                     "(`abseps`), so it answers 0 below it") if tiny else None,
         mlmath_python=("import mpmath\nmpmath.mp.dps = 30\nr = -1.2 / mpmath.sqrt(2)\n"
                        "s = mpmath.sqrt(1 - r * r)\nh, k = -4 / mpmath.sqrt(2), mpmath.mpf(-3)\n"
                        "v = mpmath.quad(lambda x: mpmath.npdf(x) * mpmath.ncdf((k - r * x) / s), [-mpmath.inf, h])\n"
                        "print(np.array([float(v)]))") if tiny else None)
case("mvn.pdf(x), mvn.logpdf(x)", f"let d = {MVN}\nprint(d.logpdf(Matrix([[1, -2], [0, 0], [2, 2]])))",
     f"d = {MVN_PY}\nprint(d.logpdf(np.array([[1, -2], [0, 0], [2, 2]])))")
case("mvn.cdf(x)", "let d = try MultivariateNormal(mean: [3], cov: [[2.5]])\nprint(Vector([try d.cdf([1])]))",
     "print(np.array([scipy.stats.norm(3, np.sqrt(2.5)).cdf(1)]))")
case("mvn.cdf(x)", "let d = try MultivariateNormal(mean: [0, 0, 0], cov: [[1, 0, 0], [0, 1, 0], [0, 0, 1]])\n"
                   "print(try d.cdf([0, 0, 0]))",
     "print(scipy.stats.multivariate_normal([0, 0, 0]).cdf([0, 0, 0]))",
     deliberate="`MultivariateNormal.cdf` is exact (deterministic, full relative accuracy) in one and two "
                "dimensions and throws for more; SciPy integrates every dimension by randomized quasi-Monte Carlo",
     mlmath="raises")
case("mvn.entropy()", f"let d = {MVN}\nprint(Vector([d.entropy]))", f"d = {MVN_PY}\nprint(np.array([d.entropy()]))")
case("mvn.rvs(size=n, random_state=rs)", f"let d = {MVN}\nvar rs = RandomState(seed: 7)\nprint(d.sample(3, using: &rs))",
     f"d = {MVN_PY}\nrs = np.random.RandomState(7)\nprint(d.rvs(size=3, random_state=rs))")
case("scipy.stats.multivariate_normal(mean, cov)",
     "print(try MultivariateNormal(mean: [0, 0], cov: [[1, 2], [2, 1]]).pdf([0, 0]))",
     "print(scipy.stats.multivariate_normal([0, 0], [[1, 2], [2, 1]]).pdf([0, 0]))")

# Gaussian KDE ---------------------------------------------------------------------------------
DATA = "[1.2, 1.9, 2.1, 3.5, 4.0, 4.4, 0.3, 2.8]"
KDE = f"try GaussianKDE(Vector({DATA}))"
KDE_PY = f"scipy.stats.gaussian_kde(np.array({DATA}))"
case("kde(points), kde.evaluate(points), kde.pdf(points)",
     f"let kde = {KDE}\nprint(kde(Vector([0, 2, 3.3, 9])))", f"kde = {KDE_PY}\nprint(kde(np.array([0, 2, 3.3, 9])))")
case("kde(points), kde.evaluate(points), kde.pdf(points)", f"let kde = {KDE}\nprint(Vector([kde(2.5)]))",
     f"kde = {KDE_PY}\nprint(kde(2.5))")
case("kde.factor, kde.covariance, kde.neff", f"let kde = {KDE}\nprint(Vector([kde.factor, kde.neff]))\nprint(kde.covariance)",
     f"kde = {KDE_PY}\nprint(np.array([kde.factor, kde.neff]))\nprint(kde.covariance)")
case("scipy.stats.gaussian_kde(data), gaussian_kde(data, bw_method, weights)",
     f"let kde = try GaussianKDE(Vector({DATA}), bandwidth: .silverman)\nprint(kde.evaluate(Vector([0, 2, 3.3])))\n"
     f"print(Vector([kde.factor]))",
     f"kde = scipy.stats.gaussian_kde(np.array({DATA}), bw_method='silverman')\nprint(kde.evaluate([0, 2, 3.3]))\n"
     f"print(np.array([kde.factor]))")
case("scipy.stats.gaussian_kde(data), gaussian_kde(data, bw_method, weights)",
     f"let kde = try GaussianKDE(Vector({DATA}), bandwidth: .factor(0.4), weights: Vector([1, 2, 1, 1, 3, 1, 1, 2]))\n"
     f"print(kde.pdf(Vector([0, 2, 3.3])))\nprint(Vector([kde.neff]))",
     f"kde = scipy.stats.gaussian_kde(np.array({DATA}), bw_method=0.4, weights=[1, 2, 1, 1, 3, 1, 1, 2])\n"
     f"print(kde.pdf([0, 2, 3.3]))\nprint(np.array([kde.neff]))")
case("scipy.stats.gaussian_kde(data), gaussian_kde(data, bw_method, weights)",
     "let kde = try GaussianKDE(Matrix([[0, 1, 2, 3, 1.5, 2.5], [1, 0.5, 2, 2.5, 0, 1]]))\n"
     "print(kde(Matrix([[0, 1, 2], [0, 1, 2]])))\nprint(kde.covariance)",
     "kde = scipy.stats.gaussian_kde(np.array([[0, 1, 2, 3, 1.5, 2.5], [1, 0.5, 2, 2.5, 0, 1]]))\n"
     "print(kde(np.array([[0, 1, 2], [0, 1, 2]])))\nprint(kde.covariance)")
case("kde.logpdf(points)", f"let kde = {KDE}\nprint(kde.logpdf(Vector([0, 2, 60])))",
     f"kde = {KDE_PY}\nprint(kde.logpdf(np.array([0, 2, 60])))")
case("kde.integrate_box_1d(low, high)", f"let kde = {KDE}\nprint(Vector([kde.integrateBox1D(1, 3)]))",
     f"kde = {KDE_PY}\nprint(np.array([kde.integrate_box_1d(1, 3)]))")
case("kde.resample(size) after np.random.seed(s)", f"let kde = {KDE}\nRandom.seed(12)\nprint(kde.resample(5))",
     f"kde = {KDE_PY}\nnp.random.seed(12)\nprint(kde.resample(5))")
case("scipy.stats.gaussian_kde(data), gaussian_kde(data, bw_method, weights)", "print(try GaussianKDE(Vector([2, 2, 2])))",
     "print(scipy.stats.gaussian_kde(np.array([2.0, 2.0, 2.0])))")

# Fits -------------------------------------------------------------------------------------------
case("scipy.stats.poisson(np.mean(data)) (maximum likelihood)",
     "print(try Poisson.fit([3, 1, 4, 1, 5, 9, 2, 6]).lambda)", "print(np.mean([3, 1, 4, 1, 5, 9, 2, 6]))")
case("scipy.stats.poisson(np.mean(data)) (maximum likelihood)",
     "let d = try Poisson.fit([3, 1, 4, 1, 5])\nprint(Vector([d.pmf(2)]))",
     "print(np.array([scipy.stats.poisson(np.mean([3, 1, 4, 1, 5])).pmf(2)]))")
case("scipy.stats.bernoulli(np.mean(data)) (maximum likelihood)", "print(try Bernoulli.fit([1, 0, 0, 1, 1]).p)",
     "print(np.mean([1, 0, 0, 1, 1]))")
case("scipy.stats.poisson(np.mean(data)) (maximum likelihood)", "print(try Poisson.fit([]).lambda)",
     "print(scipy.stats.poisson(np.mean([])).mean())",
     deliberate="`Poisson.fit` and `Bernoulli.fit` throw for empty data and for values outside the support "
                "(naming the index); the mean of an empty array is NaN in NumPy",
     mlmath="raises")
