#!/usr/bin/env python3
"""Reference values for MLMath's continuous distributions, from scipy.stats.

Writes Tests/MLMathTests/Fixtures/reference/continuous_distributions.json, which
Tests/MLMathTests/ContinuousDistributionTests.swift replays without Python.

Run from the package root:  python3 scripts/reference/continuous_distributions.py

Each entry of "distributions" names an MLMath type and its initializer arguments
("params", in the initializer's order and labels), and records SciPy's frozen
distribution at many points, tails included:
- "x": points with pdf, logpdf, cdf, sf, logcdf, logsf there;
- "q": probabilities with ppf and isf there;
- "moments": mean, variance, std, median, entropy and the 95 % interval;
- "stream": `np.random.<sampler>(…, size=8)` after `np.random.seed(seed)`, where the
  legacy generator has the sampler (MLMath must reproduce it bit for bit).
Floats that are not finite are written as "nan", "inf", "-inf".
"""
import json
import math
import pathlib

import numpy as np
import scipy
import scipy.stats as st
from reference_json import number

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "MLMathTests" / "Fixtures" / "reference" / "continuous_distributions.json"

# Probabilities for ppf/isf: the far tails (1e-300), the bulk and the edges.
Q = [0.0, 1e-300, 1e-200, 1e-100, 1e-50, 1e-20, 1e-10, 1e-5, 0.001, 0.01, 0.05, 0.1, 0.25, 0.3, 0.5, 0.7, 0.75,
     0.9, 0.95, 0.99, 0.999, 1 - 1e-10, 1 - 2.0**-53, 1.0]

entries = []


def add(name, params, frozen, xs, stream=None, seed=12345):
    """One distribution: `params` is a list of [label, value] in initializer order."""
    with np.errstate(all="ignore"):
        x_rows = []
        for x in xs:
            x_rows.append({"x": number(x), "pdf": number(frozen.pdf(x)), "logpdf": number(frozen.logpdf(x)),
                           "cdf": number(frozen.cdf(x)), "sf": number(frozen.sf(x)),
                           "logcdf": number(frozen.logcdf(x)), "logsf": number(frozen.logsf(x))})
        q_rows = [{"q": number(q), "ppf": number(frozen.ppf(q)), "isf": number(frozen.isf(q))} for q in Q]
        lo, hi = frozen.interval(0.95)
        moments = {"mean": number(frozen.mean()), "variance": number(frozen.var()), "std": number(frozen.std()),
                   "median": number(frozen.median()), "entropy": number(frozen.entropy()),
                   "interval95": [number(lo), number(hi)],
                   "support": [number(v) for v in frozen.support()]}
    entry = {"name": name, "params": [[label, number(v)] for label, v in params], "x": x_rows, "q": q_rows,
             "moments": moments}
    if stream is not None:
        np.random.seed(seed)
        entry["stream"] = {"seed": seed, "values": [number(v) for v in stream()]}
    entries.append(entry)


# Normal ------------------------------------------------------------------------
for loc, scale in [(0.0, 1.0), (170.0, 10.0), (-3.0, 0.001), (1e6, 1e3)]:
    zs = [0, 0.5, 1, 1.96, 3, 5, 8, 10, 20, 30, 37, 37.5, 38, 40, 100]
    xs = sorted({loc + s * z * scale for z in zs for s in (-1, 1)}) + [math.inf, -math.inf, math.nan]
    add("Normal", [("loc", loc), ("scale", scale)], st.norm(loc, scale), xs,
        stream=lambda loc=loc, scale=scale: np.random.normal(loc, scale, 8))


# The sampling distributions: Student's t, chi-square, F ----------------------------
def mp_tails(name, params):
    """(lower, upper) tail functions of a standardised variable in mpmath, for the families
    where SciPy's own values fail in the far tails."""
    import mpmath as mp
    mp.mp.dps = 60
    half = mp.mpf(1) / 2
    if name == "StudentT":
        d = mp.mpf(params["df"])

        def upper(t):
            if t < 0:
                return 1 - upper(-t)
            return mp.betainc(d / 2, half, 0, d / (d + t * t), regularized=True) / 2
        return (lambda t: upper(-t)), upper
    if name == "ChiSquared":
        k = mp.mpf(params["df"])
        return (lambda x: mp.gammainc(k / 2, 0, x / 2, regularized=True) if x > 0 else mp.mpf(0),
                lambda x: mp.gammainc(k / 2, x / 2, mp.inf, regularized=True) if x > 0 else mp.mpf(1))
    if name == "FDistribution":
        m, n = mp.mpf(params["dfn"]), mp.mpf(params["dfd"])
        return (lambda x: mp.betainc(m / 2, n / 2, 0, m * x / (m * x + n), regularized=True) if x > 0 else mp.mpf(0),
                lambda x: mp.betainc(n / 2, m / 2, 0, n / (m * x + n), regularized=True) if x > 0 else mp.mpf(1))
    raise KeyError(name)


def mp_fix(entry):
    """Where SciPy's value at a point is not what 60-digit mpmath gives (SciPy's stdtr, chdtr
    and fdtri underflow or fail in the far tails: t(1).sf(1e200) is 3.18e-201, not 0;
    f(2, 27).isf(1e-50) is 68226.26, not inf), the fixture holds mpmath's value, so MLMath is
    held to the truth there."""
    import mpmath as mp
    params = {label: value for label, value in entry["params"]}
    loc, scale = params.get("loc", 0.0), params.get("scale", 1.0)
    lower, upper = mp_tails(entry["name"], params)

    def close(a, b):
        if isinstance(a, str) or isinstance(b, str):
            return a == b
        return abs(a - b) <= 1e-13 * abs(b) or abs(a - b) <= 1e-300
    for row in entry["x"]:
        x = row["x"]
        if not isinstance(x, float):
            continue
        z = mp.mpf((x - loc) / scale)
        lo, up = lower(z), upper(z)
        truth = {"cdf": lo, "sf": up, "logcdf": mp.log(lo) if lo > 0 else mp.ninf,
                 "logsf": mp.log(up) if up > 0 else mp.ninf}
        if lo > mp.mpf("0.5"):
            truth["logcdf"] = mp.log1p(-up)
        if up > mp.mpf("0.5"):
            truth["logsf"] = mp.log1p(-lo)
        for key, value in truth.items():
            if key in ("logcdf", "logsf") and float(lo if key == "logcdf" else up) == 0:
                # The probability underflows: SciPy's -inf stands, and so does the true log.
                row["mp_" + key] = number(float(value))
                continue
            want = number(float(value))
            if not close(row[key], want):
                row[key] = want

    def root(tail, q):
        """The z with tail(z) = q, by bisection on a log scale of |z| (tails are monotone)."""
        f = lambda z: mp.log(tail(z)) - mp.log(q)
        # Bracket: scan powers of ten for a sign change.
        grid = [mp.mpf(10) ** e for e in range(-300, 301, 5)]
        grid = [-g for g in reversed(grid)] + [mp.mpf(0)] + grid if entry["name"] == "StudentT" else grid
        values = [f(z) for z in grid]
        for a, b, fa, fb in zip(grid, grid[1:], values, values[1:]):
            if fa == 0:
                return a
            if (fa < 0) != (fb < 0):
                for _ in range(400):  # bisection, geometric where both ends share a sign
                    c = (mp.sqrt(a * b) if a > 0 else -mp.sqrt(a * b)) if a * b > 0 else (a + b) / 2
                    fc = f(c)
                    if (fc < 0) == (fa < 0):
                        a, fa = c, fc
                    else:
                        b = c
                    if abs(b - a) <= abs(b) * mp.mpf("1e-30"):
                        break
                return (a + b) / 2
        return None
    for row in entry["q"]:
        q = row["q"]
        if not isinstance(q, float) or not (0 < q < 1):
            continue
        for key, tail in (("ppf", lower), ("isf", upper)):
            current = row[key]
            if isinstance(current, float) and math.isfinite(current):
                z = mp.mpf((current - loc) / scale)
                if abs(tail(z) / q - 1) < mp.mpf("1e-13"):
                    continue
            z = root(tail, mp.mpf(q))
            if z is None:  # the quantile lies beyond 1e300 (or below 1e-300): it overflows
                row[key] = number(math.inf if key == "isf" else (-math.inf if entry["name"] == "StudentT" else 0.0))
            else:
                row[key] = number(loc + scale * float(z))


def t_moments_fix(entry, df):
    # SciPy reports the mean of t with df <= 1 as inf; it does not exist (the integral has
    # no value, as for Cauchy, where SciPy says nan). MLMath returns nan.
    if df <= 1:
        entry["moments"]["mean"] = "nan"


for df, loc, scale in [(1.0, 0.0, 1.0), (2.5, 0.0, 1.0), (9.0, 0.0, 1.0), (30.0, 0.0, 1.0), (1000.0, 0.0, 1.0),
                       (4.0, 10.0, 2.0), (150.0, 0.0, 1.0), (0.5, 0.0, 1.0)]:
    ts = [0, 0.1, 0.5, 1, 2, 2.262, 5, 10, 1e2, 1e5, 1e10, 1e20, 1e40, 1e100, 1e200]
    xs = sorted({loc + s * t * scale for t in ts for s in (-1, 1)}) + [math.inf, -math.inf, math.nan]
    add("StudentT", [("df", df), ("loc", loc), ("scale", scale)], st.t(df, loc, scale), xs,
        stream=lambda df=df, loc=loc, scale=scale: loc + scale * np.random.standard_t(df, 8))
    t_moments_fix(entries[-1], df)
    mp_fix(entries[-1])

for df in [1.0, 2.0, 3.0, 10.0, 100.0, 1000.0, 0.3]:
    xs = [-1.0, 0.0, 1e-300, 1e-10, 0.1, 1.0, df, 2 * df, 10 * df, 100 * df, 1000.0, 1400.0, 3000.0,
          math.inf, math.nan]
    add("ChiSquared", [("df", df)], st.chi2(df), sorted(set(xs[:-1])) + [math.nan],
        stream=lambda df=df: np.random.chisquare(df, 8))
    mp_fix(entries[-1])

for dfn, dfd in [(1.0, 1.0), (2.0, 27.0), (5.0, 2.0), (10.0, 100.0), (100.0, 1000.0), (3.0, 5.0)]:
    xs = [-1.0, 0.0, 1e-100, 1e-10, 0.1, 0.5, 1.0, 3.0, 10.0, 100.0, 1e10, 1e50, 1e100, 1e300, math.inf, math.nan]
    add("FDistribution", [("dfn", dfn), ("dfd", dfd)], st.f(dfn, dfd), xs,
        stream=lambda dfn=dfn, dfd=dfd: np.random.f(dfn, dfd, 8))
    mp_fix(entries[-1])


def main():
    OUT.parent.mkdir(parents=True, exist_ok=True)
    meta = {"numpy": np.__version__, "scipy": scipy.__version__}
    OUT.write_text(json.dumps({"meta": meta, "distributions": entries}, indent=0) + "\n")
    print(f"{len(entries)} distributions -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
