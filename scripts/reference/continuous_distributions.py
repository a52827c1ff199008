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

Where an entry has an mpmath model (`exact=`), every value at a point inside the support,
at ±inf (the limits), and every moment is also computed with mpmath at 60 digits and
written as "mpmath_<method>" (the moments under "moments"["mpmath"]). The Swift test holds
MLMath to mpmath there, and to SciPy wherever SciPy is within 5e-13 of mpmath; the script
prints every point where SciPy is further (SciPy's log of an underflowed tail or density is
−inf, its uniform sf is 1 − cdf, its pdf(inf) can be inf·0 = nan, and Boost's beta functions
fail in some far tails).

"fits" holds samples with SciPy's maximum-likelihood fits (`norm.fit`, `expon.fit(floc=0)`,
`gamma.fit(floc=0)`) and, for the gamma shape, the root of log a − ψ(a) = s by mpmath.
"""
import json
import math
import pathlib

import mpmath as mp
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


OVERRIDE = 5e-13  # SciPy further than this from mpmath: listed, and the test skips SciPy's value
overrides = []


def rel_error(value, truth):
    """|value − truth| / |truth|, with infinities and NaN compared exactly."""
    value, truth = float(value), float(truth)
    if math.isnan(truth) or math.isnan(value):
        return 0.0 if math.isnan(truth) and math.isnan(value) else math.inf
    if math.isinf(truth) or math.isinf(value):
        return 0.0 if value == truth else math.inf
    if truth == 0:
        return 0.0 if abs(value) <= 1e-300 else math.inf
    if abs(value - truth) <= 1e-300:
        return 0.0
    return abs(value - truth) / abs(truth)


def add(name, params, frozen, xs, stream=None, seed=12345, exact=None):
    """One distribution: `params` is a list of [label, value] in initializer order; `exact`
    an optional mpmath model (see `Exact`) to check SciPy's values against."""
    call = f"{name}({', '.join(f'{k}={v}' for k, v in params)})"
    with np.errstate(all="ignore"):
        x_rows = []
        for x in xs:
            row = {"x": number(x)}
            for m in ("pdf", "logpdf", "cdf", "sf", "logcdf", "logsf"):
                row[m] = number(getattr(frozen, m)(x))
            if exact is not None and exact.inside(x):
                check(call, row, x, exact, ("pdf", "logpdf", "cdf", "sf", "logcdf", "logsf"))
            elif exact is not None and math.isinf(x):
                check_limits(call, row, x)
            x_rows.append(row)
        q_rows = []
        for q in Q:
            row = {"q": number(q), "ppf": number(frozen.ppf(q)), "isf": number(frozen.isf(q))}
            if exact is not None and 0 < q < 1:
                check(call, row, q, exact, ("ppf", "isf"))
            q_rows.append(row)
        lo, hi = frozen.interval(0.95)
        moments = {"mean": number(frozen.mean()), "variance": number(frozen.var()), "std": number(frozen.std()),
                   "median": number(frozen.median()), "entropy": number(frozen.entropy()),
                   "interval95": [number(lo), number(hi)],
                   "support": [number(v) for v in frozen.support()]}
        if exact is not None:
            truth = exact.moments()
            for key, t in truth.items():
                if rel_error(moments[key], t) > OVERRIDE:
                    overrides.append(f"{call}.{key}: SciPy {moments[key]}, mpmath {t!r}")
            moments["mpmath"] = {key: number(t) for key, t in truth.items()}
    entry = {"name": name, "params": [[label, number(v)] for label, v in params], "x": x_rows, "q": q_rows,
             "moments": moments}
    if stream is not None:
        np.random.seed(seed)
        entry["stream"] = {"seed": seed, "values": [number(v) for v in stream()]}
    entries.append(entry)


def check(call, row, point, exact, methods):
    """Adds "mpmath_<m>" to `row`, and lists the points where SciPy is further than OVERRIDE from it."""
    for m in methods:
        truth = float(getattr(exact, m)(mp.mpf(point)))
        row["mpmath_" + m] = number(truth)
        if rel_error(row[m], truth) > OVERRIDE:
            overrides.append(f"{call}.{m}({point!r}): SciPy {row[m]!r}, mpmath {truth!r}")


def check_limits(call, row, x):
    """At x = ±inf every density here has vanished and the cdf reached 0 or 1; SciPy's
    `_pdf(inf)` can be inf·0 = NaN (gamma, weibull_min)."""
    up = x > 0
    limits = {"pdf": 0.0, "logpdf": -math.inf, "cdf": 1.0 if up else 0.0, "sf": 0.0 if up else 1.0,
              "logcdf": 0.0 if up else -math.inf, "logsf": -math.inf if up else 0.0}
    for m, truth in limits.items():
        row["mpmath_" + m] = number(truth)
        if rel_error(row[m], truth) > OVERRIDE:
            overrides.append(f"{call}.{m}({x!r}): SciPy {row[m]!r}, limit {truth!r}")


def tail_points(frozen, extra=()):
    """Points where the cdf and the sf pass 1e-300, 1e-200, …, 0.5 (SciPy's quantiles), plus `extra`."""
    ps = [1e-300, 1e-250, 1e-200, 1e-150, 1e-100, 1e-50, 1e-30, 1e-20, 1e-15, 1e-10, 1e-5, 1e-3, 0.05, 0.2, 0.5]
    xs = set(extra)
    with np.errstate(all="ignore"):
        for p in ps:
            for x in (frozen.ppf(p), frozen.isf(p)):
                if np.isfinite(x):
                    xs.add(float(x))
    return sorted(xs) + [math.inf, -math.inf, math.nan]


# Normal ------------------------------------------------------------------------
for loc, scale in [(0.0, 1.0), (170.0, 10.0), (-3.0, 0.001), (1e6, 1e3)]:
    zs = [0, 0.5, 1, 1.96, 3, 5, 8, 10, 20, 30, 37, 37.5, 38, 40, 100]
    xs = sorted({loc + s * z * scale for z in zs for s in (-1, 1)}) + [math.inf, -math.inf, math.nan]
    add("Normal", [("loc", loc), ("scale", scale)], st.norm(loc, scale), xs,
        stream=lambda loc=loc, scale=scale: np.random.normal(loc, scale, 8))


# mpmath models ----------------------------------------------------------------------
mp.mp.dps = 60
INF = mp.inf


class Exact:
    """A distribution in mpmath. Subclasses give `lower_upper(x)` (both tails, each computed
    directly), `logpdf(x)`, closed-form or solved quantiles, and `moments()`."""
    support = (-math.inf, math.inf)

    def inside(self, x):
        return math.isfinite(x) and self.support[0] < x < self.support[1]

    def pdf(self, x):
        return mp.exp(self.logpdf(x))

    def cdf(self, x):
        return self.lower_upper(x)[0]

    def sf(self, x):
        return self.lower_upper(x)[1]

    def logcdf(self, x):
        lower, upper = self.lower_upper(x)
        return mp.log(lower) if lower < 0.5 else mp.log1p(-upper)

    def logsf(self, x):
        lower, upper = self.lower_upper(x)
        return mp.log(upper) if upper < 0.5 else mp.log1p(-lower)

    def solve(self, q, upper, t_range, x_of_t):
        """The x with tail(x) = q, tail the lower tail or (`upper`) the upper one, found in a
        variable t (x = x_of_t(t)) on the bracket t_range by the Illinois method on log tails."""
        q = mp.mpf(q)
        target = mp.log(q)

        def f(t):
            lower, up = self.lower_upper(x_of_t(t))
            value = up if upper else lower
            if value <= 0:
                return -mp.mpf(10) ** 6 if not upper else mp.mpf(10) ** 6
            return mp.log(value) - target

        lo, hi = (mp.mpf(t) for t in t_range)
        f_lo = f(lo)
        # Bisection to a narrow bracket, then the Illinois method inside it.
        while hi - lo > mp.mpf(10) ** -4:
            mid = (lo + hi) / 2
            f_mid = f(mid)
            if (f_mid > 0) == (f_lo > 0):
                lo, f_lo = mid, f_mid
            else:
                hi = mid
        t = mp.findroot(f, (lo, hi), solver="anderson", tol=mp.mpf(10) ** -45, maxsteps=200)
        return x_of_t(t)

    def interval_moments(self, mean, variance, median, entropy):
        return {"mean": mean, "variance": variance, "std": math.sqrt(variance) if math.isfinite(variance) else variance,
                "median": median, "entropy": entropy}


class ExactUniform(Exact):
    def __init__(self, low, high):
        self.low, self.high = mp.mpf(low), mp.mpf(high)
        self.scale = self.high - self.low
        self.support = (low, high)

    def lower_upper(self, x):
        return (x - self.low) / self.scale, (self.high - x) / self.scale

    def logpdf(self, x):
        return -mp.log(self.scale)

    def ppf(self, q):
        return self.low + self.scale * q

    def isf(self, q):
        return self.high - self.scale * q

    def moments(self):
        s = self.scale
        return self.interval_moments(float((self.low + self.high) / 2), float(s * s / 12),
                                     float((self.low + self.high) / 2), float(mp.log(s)))


class ExactExpon(Exact):
    support = (0, math.inf)

    def __init__(self, scale):
        self.s = mp.mpf(scale)

    def lower_upper(self, x):
        z = x / self.s
        return -mp.expm1(-z), mp.exp(-z)

    def logpdf(self, x):
        return -x / self.s - mp.log(self.s)

    def logsf(self, x):
        return -x / self.s

    def ppf(self, q):
        return -self.s * mp.log1p(-q)

    def isf(self, q):
        return -self.s * mp.log(q)

    def moments(self):
        s = self.s
        return self.interval_moments(float(s), float(s * s), float(s * mp.log(2)), float(1 + mp.log(s)))


class ExactGamma(Exact):
    support = (0, math.inf)

    def __init__(self, a, scale):
        self.a, self.s = mp.mpf(a), mp.mpf(scale)

    def lower_upper(self, x):
        z = x / self.s
        return mp.gammainc(self.a, 0, z, regularized=True), mp.gammainc(self.a, z, INF, regularized=True)

    def logpdf(self, x):
        z = x / self.s
        return (self.a - 1) * mp.log(z) - z - mp.loggamma(self.a) - mp.log(self.s)

    def ppf(self, q):
        return self.quantile(q, upper=False)

    def isf(self, q):
        return self.quantile(q, upper=True)

    def quantile(self, q, upper):
        # In t = log z; P(a, z) ≈ zᵃ/Γ(a + 1) bounds the lower end, the mean plus 2000 the upper.
        lo = (mp.log(mp.mpf(q)) + mp.loggamma(self.a + 1)) / self.a - 50
        hi = mp.log(self.a + 2000)
        return self.solve(q, upper, (lo, hi), lambda t: self.s * mp.exp(t))

    def moments(self):
        a, s = self.a, self.s
        entropy = mp.digamma(a) * (1 - a) + a + mp.loggamma(a) + mp.log(s)
        return self.interval_moments(float(a * s), float(a * s * s), float(self.ppf(0.5)), float(entropy))


class ExactBeta(Exact):
    support = (0, 1)

    def __init__(self, a, b):
        self.a, self.b = mp.mpf(a), mp.mpf(b)

    def lower_upper(self, x):
        # x as a number, or as the pair (x, 1 − x) when 1 − x is known more precisely.
        x, y = x if isinstance(x, tuple) else (x, 1 - x)
        a, b = self.a, self.b
        if x <= 0.5:
            lower = mp.betainc(a, b, 0, x, regularized=True)
            return lower, mp.betainc(b, a, 0, y, regularized=True) if lower > 0.5 else 1 - lower
        upper = mp.betainc(b, a, 0, y, regularized=True)
        return (mp.betainc(a, b, 0, x, regularized=True) if upper > 0.5 else 1 - upper), upper

    def logpdf(self, x):
        a, b = self.a, self.b
        return (a - 1) * mp.log(x) + (b - 1) * mp.log1p(-x) - mp.log(mp.beta(a, b))

    def ppf(self, q):
        return self.quantile(q, upper=False)

    def isf(self, q):
        return self.quantile(q, upper=True)

    def quantile(self, q, upper):
        # In t = logit x, keeping 1 − x exact near 1.
        def x_of_t(t):
            return (1 / (1 + mp.exp(-t)), 1 / (1 + mp.exp(t)))
        lo = min(mp.log(mp.mpf(q)) / self.a, -mp.mpf(1)) - 80
        hi = -min(mp.log(mp.mpf(q)) / self.b, -mp.mpf(1)) + 80
        return self.solve(q, upper, (lo, hi), x_of_t)[0]

    def moments(self):
        a, b = self.a, self.b
        t = a + b
        entropy = mp.log(mp.beta(a, b)) - (a - 1) * mp.digamma(a) - (b - 1) * mp.digamma(b) + (t - 2) * mp.digamma(t)
        return self.interval_moments(float(a / t), float(a * b / (t * t * (t + 1))), float(self.ppf(0.5)),
                                     float(entropy))


class ExactLogNormal(Exact):
    support = (0, math.inf)

    def __init__(self, mu, sigma):
        self.mu, self.sigma = mp.mpf(mu), mp.mpf(sigma)

    def z(self, x):
        return (mp.log(x) - self.mu) / self.sigma

    def lower_upper(self, x):
        z = self.z(x)
        return mp.erfc(-z / mp.sqrt(2)) / 2, mp.erfc(z / mp.sqrt(2)) / 2

    def logpdf(self, x):
        z = self.z(x)
        return -z * z / 2 - mp.log(x) - mp.log(self.sigma) - mp.log(2 * mp.pi) / 2

    def ppf(self, q):
        return self.quantile(q, upper=False)

    def isf(self, q):
        return self.quantile(q, upper=True)

    def quantile(self, q, upper):
        def x_of_z(z):
            return mp.exp(self.mu + self.sigma * z)
        return self.solve(q, upper, (-40, 40), x_of_z)

    def moments(self):
        m, s = self.mu, self.sigma
        return self.interval_moments(float(mp.exp(m + s * s / 2)), float(mp.expm1(s * s) * mp.exp(2 * m + s * s)),
                                     float(mp.exp(m)), float(m + mp.mpf(1) / 2 + mp.log(2 * mp.pi) / 2 + mp.log(s)))


class ExactLocationScale(Exact):
    def __init__(self, loc, scale):
        self.loc, self.s = mp.mpf(loc), mp.mpf(scale)

    def z(self, x):
        return (x - self.loc) / self.s


class ExactLaplace(ExactLocationScale):
    def lower_upper(self, x):
        z = self.z(x)
        if z <= 0:
            return mp.exp(z) / 2, -mp.expm1(z) + mp.exp(z) / 2
        return -mp.expm1(-z) + mp.exp(-z) / 2, mp.exp(-z) / 2

    def logpdf(self, x):
        return -abs(self.z(x)) - mp.log(2 * self.s)

    def ppf(self, q):
        q = mp.mpf(q)
        return self.loc + self.s * (mp.log(2 * q) if q <= 0.5 else -mp.log(2 * (1 - q)))

    def isf(self, q):
        return 2 * self.loc - self.ppf(q)

    def moments(self):
        return self.interval_moments(float(self.loc), float(2 * self.s ** 2), float(self.loc),
                                     float(1 + mp.log(2 * self.s)))


class ExactCauchy(ExactLocationScale):
    def lower_upper(self, x):
        z = self.z(x)
        return mp.atan2(1, -z) / mp.pi, mp.atan2(1, z) / mp.pi

    def logpdf(self, x):
        z = self.z(x)
        return -mp.log(mp.pi * self.s * (1 + z * z))

    def ppf(self, q):
        q = mp.mpf(q)
        if q < 0.25:
            t = -1 / mp.tan(mp.pi * q)
        elif q > 0.75:
            t = 1 / mp.tan(mp.pi * (1 - q))
        else:
            t = mp.tan(mp.pi * (q - mp.mpf(1) / 2))
        return self.loc + self.s * t

    def isf(self, q):
        return 2 * self.loc - self.ppf(q)

    def moments(self):
        return {"mean": math.nan, "variance": math.nan, "std": math.nan, "median": float(self.loc),
                "entropy": float(mp.log(4 * mp.pi * self.s))}


class ExactLogistic(ExactLocationScale):
    def lower_upper(self, x):
        z = self.z(x)
        return 1 / (1 + mp.exp(-z)), 1 / (1 + mp.exp(z))

    def logpdf(self, x):
        z = self.z(x)
        return -z - 2 * mp.log1p(mp.exp(-z)) - mp.log(self.s)

    def ppf(self, q):
        q = mp.mpf(q)
        return self.loc + self.s * mp.log(q / (1 - q))

    def isf(self, q):
        return 2 * self.loc - self.ppf(q)

    def moments(self):
        return self.interval_moments(float(self.loc), float(mp.pi ** 2 / 3 * self.s ** 2), float(self.loc),
                                     float(2 + mp.log(self.s)))


class ExactWeibull(Exact):
    support = (0, math.inf)

    def __init__(self, c, scale):
        self.c, self.s = mp.mpf(c), mp.mpf(scale)

    def lower_upper(self, x):
        t = (x / self.s) ** self.c
        return -mp.expm1(-t), mp.exp(-t)

    def logpdf(self, x):
        z = x / self.s
        return mp.log(self.c) + (self.c - 1) * mp.log(z) - z ** self.c - mp.log(self.s)

    def logsf(self, x):
        return -(x / self.s) ** self.c

    def ppf(self, q):
        return self.s * (-mp.log1p(-mp.mpf(q))) ** (1 / self.c)

    def isf(self, q):
        return self.s * (-mp.log(mp.mpf(q))) ** (1 / self.c)

    def moments(self):
        c, s = self.c, self.s
        g1, g2 = mp.gamma(1 + 1 / c), mp.gamma(1 + 2 / c)
        return self.interval_moments(float(s * g1), float(s * s * (g2 - g1 * g1)), float(self.ppf(0.5)),
                                     float(-mp.euler / c - mp.log(c) + mp.euler + 1 + mp.log(s)))


# Uniform --------------------------------------------------------------------------------
for low, high in [(0.0, 1.0), (-1.0, 3.0), (2.0, 6.5), (-0.001, 0.001)]:
    w = high - low
    xs = sorted({low + w * t for t in (0, 1e-300, 1e-200, 1e-100, 1e-20, 1e-12, 0.25, 0.5, 0.75, 1 - 1e-12, 1)}
                | {high - w * t for t in (1e-300, 1e-100, 1e-16, 1e-12, 1e-8)} | {low - w, high + w}) \
        + [math.inf, -math.inf, math.nan]
    add("Uniform", [("low", low), ("high", high)], st.uniform(loc=low, scale=w), xs,
        stream=lambda low=low, high=high: np.random.uniform(low, high, 8), exact=ExactUniform(low, high))

# Exponential ----------------------------------------------------------------------------
for scale in [1.0, 2.5, 0.004, 1e4]:
    frozen = st.expon(scale=scale)
    xs = tail_points(frozen, [0.0, -scale, scale * 1e-300, scale * 1e-20, scale * 40, scale * 800])
    add("Exponential", [("scale", scale)], frozen, xs,
        stream=lambda scale=scale: np.random.exponential(scale, 8), exact=ExactExpon(scale))

# Gamma ----------------------------------------------------------------------------------
for shape, scale in [(0.05, 1.0), (0.5, 2.0), (3.0, 1.5), (60.0, 0.1)]:
    frozen = st.gamma(shape, scale=scale)
    xs = tail_points(frozen, [0.0, -1.0, scale * 1e-300, scale * 1e-30, scale * 1e-5, scale * (shape + 800)])
    add("Gamma", [("shape", shape), ("scale", scale)], frozen, xs,
        stream=lambda shape=shape, scale=scale: np.random.gamma(shape, scale, 8), exact=ExactGamma(shape, scale))

# Beta -----------------------------------------------------------------------------------
for a, b in [(0.5, 0.5), (2.0, 5.0), (0.2, 30.0), (40.0, 15.0), (0.05, 40.0)]:
    frozen = st.beta(a, b)
    xs = tail_points(frozen, [0.0, 1.0, -0.5, 1.5, 1e-300, 1e-100, 1e-20, 1 - 2.0**-53, 1 - 1e-10, 0.5])
    add("Beta", [("a", a), ("b", b)], frozen, xs,
        stream=lambda a=a, b=b: np.random.beta(a, b, 8), exact=ExactBeta(a, b))

# LogNormal ------------------------------------------------------------------------------
for mu, sigma in [(0.0, 1.0), (2.0, 0.5), (-1.0, 2.0), (10.0, 0.1)]:
    frozen = st.lognorm(sigma, scale=math.exp(mu))
    xs = tail_points(frozen, [0.0, -1.0, 1e-300, 1e300])
    add("LogNormal", [("mu", mu), ("sigma", sigma)], frozen, xs,
        stream=lambda mu=mu, sigma=sigma: np.random.lognormal(mu, sigma, 8), exact=ExactLogNormal(mu, sigma))

# Laplace, Cauchy, Logistic ----------------------------------------------------------------
for loc, scale in [(0.0, 1.0), (3.0, 0.5), (-100.0, 20.0)]:
    frozen = st.laplace(loc, scale)
    xs = tail_points(frozen, [loc, loc + 800 * scale, loc - 800 * scale, loc + 1e-20 * scale])
    add("Laplace", [("loc", loc), ("scale", scale)], frozen, xs,
        stream=lambda loc=loc, scale=scale: np.random.laplace(loc, scale, 8), exact=ExactLaplace(loc, scale))
for loc, scale in [(0.0, 1.0), (2.0, 0.5), (-50.0, 10.0)]:
    frozen = st.cauchy(loc, scale)
    xs = tail_points(frozen, [loc, loc + 1e20 * scale, loc - 1e20 * scale, loc + 1e-20 * scale])
    add("Cauchy", [("loc", loc), ("scale", scale)], frozen, xs,
        stream=lambda loc=loc, scale=scale: loc + scale * np.random.standard_cauchy(8), exact=ExactCauchy(loc, scale))
for loc, scale in [(0.0, 1.0), (5.0, 2.0), (-3.0, 0.25)]:
    frozen = st.logistic(loc, scale)
    xs = tail_points(frozen, [loc, loc + 800 * scale, loc - 800 * scale, loc + 1e-20 * scale])
    add("Logistic", [("loc", loc), ("scale", scale)], frozen, xs,
        stream=lambda loc=loc, scale=scale: np.random.logistic(loc, scale, 8), exact=ExactLogistic(loc, scale))

# Weibull --------------------------------------------------------------------------------
for c, scale in [(0.5, 1.0), (1.5, 1000.0), (5.0, 2.0), (1.0, 3.0)]:
    frozen = st.weibull_min(c, scale=scale)
    xs = tail_points(frozen, [0.0, -1.0, scale * 1e-300, scale * 1e-200, scale * 1e-20, scale * 40])
    add("Weibull", [("shape", c), ("scale", scale)], frozen, xs,
        stream=lambda c=c, scale=scale: scale * np.random.weibull(c, 8), exact=ExactWeibull(c, scale))


# Fits -----------------------------------------------------------------------------------
fits = []


def gamma_shape_root(data):
    """The root of log a − ψ(a) = log mean(x) − mean(log x), with the data's sums exact."""
    xs = [mp.mpf(float(x)) for x in data]
    s = mp.log(mp.fsum(xs) / len(xs)) - mp.fsum(mp.log(x) for x in xs) / len(xs)
    a0 = (3 - s + mp.sqrt((s - 3) ** 2 + 24 * s)) / (12 * s)
    return mp.findroot(lambda a: mp.log(a) - mp.digamma(a) - s, a0)


def add_fit(name, data):
    data = np.asarray(data, dtype=float)
    entry = {"name": name, "data": [number(x) for x in data]}
    if name == "Normal":
        loc, scale = st.norm.fit(data)
        entry["scipy"] = {"loc": number(loc), "scale": number(scale)}
    elif name == "Exponential":
        _, scale = st.expon.fit(data, floc=0)
        entry["scipy"] = {"scale": number(scale)}
    else:
        a, _, scale = st.gamma.fit(data, floc=0)
        entry["scipy"] = {"shape": number(a), "scale": number(scale)}
        root = gamma_shape_root(data)
        entry["mpmath"] = {"shape": number(root), "scale": number(mp.fsum(mp.mpf(float(x)) for x in data)
                                                                   / len(data) / root)}
        print(f"gamma.fit on {len(data)} values: SciPy's shape is {abs(a / float(root) - 1):.1e} from mpmath's root")
    fits.append(entry)


rs = np.random.RandomState(2718)
add_fit("Normal", [4.2, 5.1, 3.9, 6.0, 5.5])
add_fit("Normal", rs.normal(10, 2, 25))
add_fit("Normal", 1e6 + rs.normal(0, 1e-3, 40))
add_fit("Exponential", [0.0, 1.0, 2.0, 5.0])
add_fit("Exponential", rs.exponential(2.5, 30))
add_fit("Gamma", [1.2, 0.4, 2.9, 1.7, 0.8, 3.3])
add_fit("Gamma", [1.0, 2.0])
add_fit("Gamma", rs.gamma(0.3, 2.0, 40))
add_fit("Gamma", rs.gamma(2.5, 1.5, 50))
add_fit("Gamma", rs.gamma(60.0, 0.1, 30))
add_fit("Gamma", rs.gamma(5000.0, 0.01, 20))



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
    """Adds "mpmath_<method>" where SciPy's value at a point is not what 60-digit mpmath gives (SciPy's stdtr, chdtr
    and fdtri underflow or fail in the far tails: t(1).sf(1e200) is 3.18e-201, not 0;
    f(2, 27).isf(1e-50) is 68226.26, not inf); the test then holds MLMath to mpmath there
    and not to SciPy."""
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
                # The probability underflows: Student's t keeps its log finite (an asymptotic
                # series); for χ² and F MLMath, like SciPy, returns -inf there.
                # (only where ν/t² < 1e-20, the range of that series; in between, -inf as SciPy).
                if entry["name"] == "StudentT" and params["df"] / float(z) / float(z) < 1e-20:
                    row["mpmath_" + key] = number(float(value))
                continue
            want = number(float(value))
            if not close(row[key], want):
                row["mpmath_" + key] = want

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
                truth = math.inf if key == "isf" else (-math.inf if entry["name"] == "StudentT" else 0.0)
            else:
                truth = loc + scale * float(z)
            row["mpmath_" + key] = number(truth)


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
    OUT.write_text(json.dumps({"meta": meta, "distributions": entries, "fits": fits}, indent=0) + "\n")
    for line in overrides:
        print("SciPy off, mpmath only:", line)
    print(f"{len(entries)} distributions, {len(fits)} fits, {len(overrides)} values where SciPy is off"
          f" -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
