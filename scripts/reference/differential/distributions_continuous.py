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
