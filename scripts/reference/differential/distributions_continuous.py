# Continuous distributions (scipy.stats.<name> frozen) against MLMath's types.
# Run by numpy_differential.py with its helpers in scope.

NORMALS = [("try Normal(loc: 170, scale: 10)", "scipy.stats.norm(170, 10)"),
           ("Normal.standard", "scipy.stats.norm()"),
           ("try Normal(loc: -2, scale: 0.5)", "scipy.stats.norm(-2, 0.5)")]
PROBE_X = "Vector([-.infinity, -40, -1, 0, 0.5, 1.96, 40, .infinity, .nan])"
PROBE_X_PY = "np.array([-np.inf, -40, -1, 0, 0.5, 1.96, 40, np.inf, np.nan])"
PROBE_Q = "Vector([0, 1e-300, 0.025, 0.5, 0.975, 1, 1.5, .nan])"
PROBE_Q_PY = "np.array([0, 1e-300, 0.025, 0.5, 0.975, 1, 1.5, np.nan])"

for swift_d, py_d in NORMALS:
    case("scipy.stats.norm(loc, scale)", f"let d = {swift_d}\nprint(d.cdf(180) - d.cdf(160))",
         f"d = {py_d}\nprint(d.cdf(180) - d.cdf(160))")
    for methods, row in [(("pdf", "logpdf"), "d.pdf(x), d.logpdf(x)"),
                         (("cdf", "sf", "logcdf", "logsf"), "d.cdf(x), d.sf(x), d.logcdf(x), d.logsf(x)")]:
        for m in methods:
            case(row, f"let d = {swift_d}\nprint(d.{m}({PROBE_X}))", f"d = {py_d}\nprint(d.{m}({PROBE_X_PY}))")
            # One value printed at array precision (8 digits): SciPy's Cephes and MLMath's C-library
            # erfc may differ in the last bit of 17.
            case(row, f"let d = {swift_d}\nprint(Vector([d.{m}(1.5)]))", f"d = {py_d}\nprint(np.array([d.{m}(1.5)]))")
    for m in ("ppf", "isf"):
        case("d.ppf(q), d.isf(q)", f"let d = {swift_d}\nprint(d.{m}({PROBE_Q}))", f"d = {py_d}\nprint(d.{m}({PROBE_Q_PY}))")
    for swift_m, py_m in [("mean", "mean()"), ("variance", "var()"), ("std", "std()"), ("median", "median()"),
                          ("entropy", "entropy()")]:
        case("d.mean(), d.var(), d.std(), d.median(), d.entropy()", f"let d = {swift_d}\nprint(d.{swift_m})",
             f"d = {py_d}\nprint(d.{py_m})")
    case("d.interval(0.95)", f"let d = {swift_d}\nlet (lo, hi) = d.interval(0.95)\nprint(lo, hi)",
         f"d = {py_d}\nlo, hi = d.interval(0.95)\nprint(lo, hi)")
    case("d.support()", f"let d = {swift_d}\nprint(d.support.lower, d.support.upper)",
         f"d = {py_d}\nlo, hi = d.support()\nprint(float(lo), float(hi))")
    case("d.rvs(size=n) after np.random.seed(s)", f"let d = {swift_d}\nRandom.seed(7)\nprint(d.sample(5))\nprint(d.sample())",
         f"d = {py_d}\nnp.random.seed(7)\nprint(d.rvs(size=5))\nprint(d.rvs())")
    case("d.rvs(size=n, random_state=rs)", f"let d = {swift_d}\nvar rs = RandomState(seed: 3)\nprint(d.sample(4, using: &rs))",
         f"d = {py_d}\nrs = np.random.RandomState(3)\nprint(d.rvs(size=4, random_state=rs))")
    case("np.sum(d.logpdf(data))", f"let d = {swift_d}\nprint(d.logLikelihood(Vector([160, 171.5, 183])))",
         f"d = {py_d}\nprint(np.sum(d.logpdf(np.array([160, 171.5, 183]))))")
# A scale that is not positive: SciPy answers nan, MLMath throws.
case("scipy.stats.norm(loc, scale)", "print(try Normal(loc: 0, scale: -1).pdf(0))", "print(scipy.stats.norm(0, -1).pdf(0))",
     deliberate="A distribution with a parameter outside its domain (a scale ≤ 0, a probability outside [0, 1]) "
                "throws a `DistributionError` naming the parameter; SciPy returns NaN from every method",
     mlmath="raises")

# The sampling distributions -------------------------------------------------------
SAMPLING = [("scipy.stats.t(df, loc, scale)", "try StudentT(df: 9)", "scipy.stats.t(9)"),
            ("scipy.stats.t(df, loc, scale)", "try StudentT(df: 1)", "scipy.stats.t(1)"),
            ("scipy.stats.t(df, loc, scale)", "try StudentT(df: 4, loc: 10, scale: 2)", "scipy.stats.t(4, 10, 2)"),
            ("scipy.stats.chi2(df)", "try ChiSquared(df: 3)", "scipy.stats.chi2(3)"),
            ("scipy.stats.chi2(df)", "try ChiSquared(df: 1)", "scipy.stats.chi2(1)"),
            ("scipy.stats.f(dfn, dfd)", "try FDistribution(dfn: 2, dfd: 27)", "scipy.stats.f(2, 27)"),
            ("scipy.stats.f(dfn, dfd)", "try FDistribution(dfn: 5, dfd: 2)", "scipy.stats.f(5, 2)")]
FAR_TAIL_TRUTH = {("scipy.stats.t(9)", "ppf"): -5.1494410746007657e+33, ("scipy.stats.t(9)", "isf"): 5.1494410746007657e+33,
                  ("scipy.stats.f(2, 27)", "isf"): 2.2519357252200767e+23, ("scipy.stats.f(5, 2)", "isf"): 1e300}
FAR_TAIL_DELIBERATE = ("Far-tail quantiles where SciPy's `stdtrit`/`fdtri` fail (`t(9).ppf(1e-300)` is +inf in SciPy, "
                       "`f(2, 27).isf(1e-300)` is inf): MLMath returns the quantile, checked against mpmath")
for row, swift_d, py_d in SAMPLING:
    for m in ("pdf", "cdf", "sf", "logpdf"):
        case(row, f"let d = {swift_d}\nprint(d.{m}({PROBE_X}))", f"d = {py_d}\nprint(d.{m}({PROBE_X_PY}))")
    for m in ("ppf", "isf"):
        truth = FAR_TAIL_TRUTH.get((py_d, m))
        extra = {}
        if truth is not None:
            # SciPy's stdtrit/fdtri fail at q = 1e-300; MLMath's value is mpmath's root.
            extra = dict(deliberate=FAR_TAIL_DELIBERATE,
                         mlmath_python=f"d = {py_d}\nv = d.{m}({PROBE_Q_PY})\nv[1] = {truth}\nprint(v)")
        case(row, f"let d = {swift_d}\nprint(d.{m}({PROBE_Q}))", f"d = {py_d}\nprint(d.{m}({PROBE_Q_PY}))", **extra)
    extra = {}
    if py_d == "scipy.stats.t(1)":
        extra = dict(deliberate="The mean of Student's t with ν ≤ 1 does not exist (as for Cauchy): MLMath "
                                "returns nan where SciPy returns inf",
                     mlmath_python="print(np.array([np.nan, np.nan, 0., scipy.stats.t(1).entropy()]))")
    case(row, f"let d = {swift_d}\nprint(Vector([d.mean, d.variance, d.median, d.entropy]))",
         f"d = {py_d}\nprint(np.array([d.mean(), d.var(), d.median(), d.entropy()]))", **extra)
    case(row, f"let d = {swift_d}\nRandom.seed(11)\nprint(d.sample(6))", f"d = {py_d}\nnp.random.seed(11)\nprint(d.rvs(size=6))")
case("scipy.stats.t(df, loc, scale)", "print(try StudentT(df: 0).pdf(0))", "print(scipy.stats.t(0).pdf(0))",
     deliberate="A distribution with a parameter outside its domain (a scale ≤ 0, a probability outside [0, 1]) "
                "throws a `DistributionError` naming the parameter; SciPy returns NaN from every method",
     mlmath="raises")
for row, swift, py in [("np.random.chisquare(3, 5)", "Random.chisquare(3, size: 5)", "np.random.chisquare(3, 5)"),
                       ("np.random.standard_t(9, 5)", "Random.standardT(9, size: 5)", "np.random.standard_t(9, 5)"),
                       ("np.random.f(2, 27, 5)", "Random.f(2, 27, size: 5)", "np.random.f(2, 27, 5)")]:
    for seed in (0, 42):
        case(row, f"Random.seed({seed})\nprint({swift})\nprint({swift.replace(', size: 5', '')})",
             f"np.random.seed({seed})\nprint({py})\nprint({py.replace(', 5)', ')')})")
    case(row, swift.replace("(3", "(-1").replace("(9", "(0").replace("(2, 27", "(0, 27"),
         py.replace("(3", "(-1").replace("(9", "(0").replace("(2, 27", "(0, 27"))
