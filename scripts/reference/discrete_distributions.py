#!/usr/bin/env python3
"""Reference values for MLMath's discrete distributions, multinomial, multivariate normal
and Gaussian KDE, from scipy.stats and NumPy, checked against mpmath.

Writes Tests/MLMathTests/Fixtures/reference/discrete_distributions.json, which
Tests/MLMathTests/DiscreteDistributionTests.swift (and MultivariateTests) replay without Python.

Run from the package root:  python3 scripts/reference/discrete_distributions.py   (about two minutes)

Each entry of "distributions" names an MLMath type and its initializer arguments ("params",
by label), and records at many points, far tails included:
- "x": points with pmf, logpmf, cdf, sf, logcdf, logsf there;
- "q": probabilities with ppf and isf there;
- "moments": mean, variance, std, median, entropy, the 95 % interval and the support;
- "stream": `np.random.<sampler>(…, size=8)` after `np.random.seed(seed)` (MLMath must
  reproduce it bit for bit).
Every value is SciPy's where SciPy agrees with mpmath (40 digits) to 1e-13 (quantiles: exactly);
where it does not, the value is mpmath's and the disagreement is listed under "scipy_off"
(point, method, SciPy's value, the exact one), so the tests hold MLMath to the exact value and
the docs can say where and why MLMath and SciPy differ. Quantiles are exact by SciPy's own
definition (ppf: the smallest k with F(k) ≥ q; isf: the smallest k with 1 − F(k) ≤ q); a q
within 1e-14 of some F(k) (a tie that rounding may break either way) is left out.
Floats that are not finite are written as "nan", "inf", "-inf".
"""
import json
import math
import pathlib
import warnings

import mpmath as mp
import numpy as np
import scipy
import scipy.stats as st
from reference_json import number

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "MLMathTests" / "Fixtures" / "reference" / "discrete_distributions.json"
mp.mp.dps = 40
warnings.simplefilter("ignore")

Q = [0.0, 1e-300, 1e-200, 1e-100, 1e-50, 1e-20, 1e-10, 1e-5, 0.001, 0.01, 0.05, 0.1, 0.25, 0.3, 0.5, 0.7, 0.75,
     0.9, 0.95, 0.99, 0.999, 1 - 1e-10, 1 - 2.0**-53, 1.0, -0.5, 1.5, math.nan]
INF = mp.inf


def close(a, b, rel=1e-13):
    """Whether SciPy's float a matches the exact mpf b (NaN/inf by identity, tiny values absolutely)."""
    if b is None:
        return False
    b = float(b) if not isinstance(b, float) else b
    if math.isnan(b) or math.isnan(a):
        return math.isnan(a) and math.isnan(b)
    if math.isinf(b) or math.isinf(a):
        return a == b
    return abs(a - b) <= rel * abs(b) or abs(a - b) <= 1e-300


class Exact:
    """Exact (mpmath) methods of one distribution: pmf(k), cdf(k), sf(k) at integers k in the
    support, its lower and upper ends, and the moments."""

    def __init__(self, lower, upper, logpmf, cdf, sf, mean, var, entropy):
        self.lower, self.upper = lower, upper
        self.logpmf, self._cdf, self._sf = logpmf, cdf, sf
        self.mean, self.var, self.entropy = mean, var, entropy

    def at(self, x, method):
        """The exact value of `method` at a float x (SciPy's conventions outside the support)."""
        if math.isnan(x):
            return mp.nan
        lo, hi = self.lower, self.upper
        if method in ("pmf", "logpmf"):
            if math.isinf(x) or x != math.floor(x) or x < lo or x > hi:
                return mp.mpf(0) if method == "pmf" else -INF
            v = self.logpmf(int(x))
            return mp.exp(v) if method == "pmf" else v
        if x < lo:
            return {"cdf": mp.mpf(0), "sf": mp.mpf(1), "logcdf": -INF, "logsf": mp.mpf(0)}[method]
        if x >= hi:
            return {"cdf": mp.mpf(1), "sf": mp.mpf(0), "logcdf": mp.mpf(0), "logsf": -INF}[method]
        k = int(math.floor(x))
        if method == "cdf":
            return self._cdf(k)
        if method == "sf":
            return self._sf(k)
        # A tail near 1 loses its complement's digits: log F = log1p(−(1 − F)) there.
        if method == "logcdf":
            c = self._cdf(k)
            return mp.log1p(-self._sf(k)) if c > 0.5 else mp.log(c)
        s = self._sf(k)
        return mp.log1p(-self._cdf(k)) if s > 0.5 else mp.log(s)

    def quantile(self, q, upper_tail, hint):
        """SciPy's definition, exactly: smallest k with cdf(k) ≥ q (or sf(k) ≤ q for isf).
        Returns (k, tie) where tie says some F(k) is within 1e-14 of q."""
        if math.isnan(q) or q < 0 or q > 1:
            return math.nan, False
        if q == 0:
            return (self.upper if upper_tail else self.lower - 1), False
        if q == 1:
            return (self.lower - 1 if upper_tail else self.upper), False
        qq = mp.mpf(q)

        def reached(k):
            if k >= self.upper:
                return True
            return self._sf(k) <= qq if upper_tail else self._cdf(k) >= qq

        lo_b = self.lower
        k = hint if (hint is not None and not math.isnan(hint) and not math.isinf(hint)) else lo_b
        k = int(max(min(k, self.upper if not math.isinf(self.upper) else k), lo_b))
        step = 1
        if reached(k):
            hi = k
            while hi > lo_b:
                cand = max(hi - step, lo_b)
                if reached(cand):
                    hi = cand
                    step *= 2
                else:
                    lo = cand
                    break
            else:
                return self._check_tie(lo_b, q, upper_tail), None
        else:
            lo = k
            while True:
                cand = lo + step
                if not math.isinf(self.upper):
                    cand = min(cand, self.upper)
                if reached(cand):
                    hi = cand
                    break
                lo = cand
                step *= 2
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if reached(mid):
                hi = mid
            else:
                lo = mid
        return self._check_tie(hi, q, upper_tail), None

    def _check_tie(self, k, q, upper_tail):
        qq = mp.mpf(q)
        for j in (k - 1, k):
            if j < self.lower or j >= self.upper:
                continue
            v = self._sf(j) if upper_tail else self._cdf(j)
            if abs(v - qq) <= mp.mpf("1e-14") * qq:
                return ("tie", k)
        return k


def tail_sum(logp, ratio, steps):
    """Σ P(j) from a start j₀ with log P(j₀) = logp, each next term P(j ± 1) = P(j) · ratio(j),
    for at most `steps` terms, until a term is below 1e-45 of the sum."""
    p = mp.exp(logp)
    total = p
    for j in steps:
        p = p * ratio(j)
        if p == 0:
            break
        total += p
        if p < mp.mpf("1e-45") * total:
            break
    return total


entries = []
scipy_off = []


def plain(k):
    """A quantile from `Exact.quantile`, with a tie's flag dropped."""
    return float(k[1] if isinstance(k, tuple) else k)


def add(name, params, frozen, exact, xs, stream=None, seed=12345, label=None, rvs_matches=True):
    call = label or f"{name}({', '.join(f'{k}: {v}' for k, v in params.items())})"
    x_rows = []
    for x in xs:
        row = {"x": number(x)}
        for method in ("pmf", "logpmf", "cdf", "sf", "logcdf", "logsf"):
            s = float(getattr(frozen, method)(x))
            e = exact.at(x, method)
            if close(s, e):
                row[method] = number(s)
            else:
                row[method] = number(float(e))
                scipy_off.append({"call": call, "method": method, "at": number(x), "scipy": number(s),
                                  "exact": number(float(e))})
        x_rows.append(row)
    q_rows = []
    for q in Q:
        row = {"q": number(q)}
        skip = False
        for method, upper in (("ppf", False), ("isf", True)):
            s = float(getattr(frozen, method)(q))
            hint = s if not math.isnan(s) else None
            k, _ = exact.quantile(q, upper, hint)
            if isinstance(k, tuple):
                skip = True
                break
            k = float(k)
            if s == k or (math.isnan(s) and math.isnan(k)):
                row[method] = number(s)
            else:
                row[method] = number(k)
                scipy_off.append({"call": call, "method": method, "at": number(q), "scipy": number(s),
                                  "exact": number(k)})
        if not skip:
            q_rows.append(row)
    # Moments: SciPy's where it agrees with mpmath.
    moments = {}
    exact_m = {"mean": exact.mean, "variance": exact.var, "std": mp.sqrt(exact.var), "entropy": exact.entropy}
    # SciPy's binomial entropy sums over all n + 1 values: 8 GB of memory at n = 10⁹.
    huge = name == "Binomial" and params["n"] > 10**7
    scipy_m = {"mean": frozen.mean(), "variance": frozen.var(), "std": frozen.std(),
               "entropy": math.nan if huge else frozen.entropy()}
    for key in exact_m:
        s, e = float(scipy_m[key]), exact_m[key]
        if close(s, e, 1e-13):
            moments[key] = number(s)
        else:
            moments[key] = number(float(e))
            scipy_off.append({"call": call, "method": key, "at": None, "scipy": number(s), "exact": number(float(e))})
    med, _ = exact.quantile(0.5, False, float(frozen.median()))
    moments["median"] = number(plain(med))
    lo_q, hi_q = (1 - 0.95) / 2, (1 + 0.95) / 2
    a, _ = exact.quantile(lo_q, False, float(frozen.ppf(lo_q)))
    b, _ = exact.quantile(hi_q, False, float(frozen.ppf(hi_q)))
    moments["interval95"] = [number(plain(a)), number(plain(b))]
    moments["support"] = [number(float(v)) for v in frozen.support()]
    entry = {"name": name, "params": {k: number(v) if not isinstance(v, list) else [number(t) for t in v]
                                      for k, v in params.items()},
             "x": x_rows, "q": q_rows, "moments": moments}
    if stream is not None:
        np.random.seed(seed)
        values = [int(v) for v in stream()]
        # SciPy's rvs after the same seed is the same stream.
        if rvs_matches:
            np.random.seed(seed)
            assert [int(v) for v in frozen.rvs(size=8)] == values, call
        entry["stream"] = {"seed": seed, "values": values}
    entries.append(entry)
    print(f"{call}: {len(x_rows)} points, {len(q_rows)} quantiles")


def mpf(x):
    return mp.mpf(float(x))


def entropy_sum(logpmf, lower, upper, mode):
    """−Σ p log p outward from the mode until the terms are below 1e-40."""
    total = mp.mpf(0)
    k = mode
    while k <= upper:
        lp = logpmf(k)
        p = mp.exp(lp)
        total -= p * lp
        if k > mode and p < mp.mpf("1e-45"):
            break
        k += 1
    k = mode - 1
    while k >= lower:
        lp = logpmf(k)
        p = mp.exp(lp)
        total -= p * lp
        if p < mp.mpf("1e-45"):
            break
        k -= 1
    return total


def entropy_recurrence(logp0, ratio_up, ratio_down, lower, upper, mode):
    """The same sum with P(k ± 1) from P(k) by the pmf's ratio (fast for long sums)."""
    lp_mode = logp0
    p_mode = mp.exp(lp_mode)
    total = -p_mode * lp_mode
    p, k = p_mode, mode
    while k < upper:
        p = p * ratio_up(k)
        k += 1
        if p == 0:
            break
        total -= p * mp.log(p)
        if p < mp.mpf("1e-45"):
            break
    p, k = p_mode, mode
    while k > lower:
        p = p * ratio_down(k)
        k -= 1
        if p == 0:
            break
        total -= p * mp.log(p)
        if p < mp.mpf("1e-45"):
            break
    return total


# Bernoulli -------------------------------------------------------------------------
for p in [0.3, 0.0, 1.0, 1e-10, 0.999999]:
    P = mpf(p)
    ex = Exact(0, 1, lambda k, P=P: mp.log(1 - P) if k == 0 else mp.log(P),
               lambda k, P=P: 1 - P, lambda k, P=P: P, P, P * (1 - P),
               -(P * mp.log(P) if P > 0 else 0) - ((1 - P) * mp.log(1 - P) if P < 1 else 0))
    add("Bernoulli", {"p": p}, st.bernoulli(p), ex, [-1, -0.5, 0, 0.5, 1, 1.5, 2, math.inf, -math.inf, math.nan],
        stream=lambda p=p: np.random.binomial(1, p, 8))


# Binomial ----------------------------------------------------------------------------
def binom_exact(n, p):
    P = mpf(p)
    Qv = 1 - P

    def logpmf(k):
        if P == 0:
            return mp.mpf(0) if k == 0 else -INF
        if P == 1:
            return mp.mpf(0) if k == n else -INF
        return mp.loggamma(n + 1) - mp.loggamma(k + 1) - mp.loggamma(n - k + 1) + k * mp.log(P) + (n - k) * mp.log(Qv)

    def lower(k):  # P(X ≤ k), summed down from k
        return tail_sum(logpmf(k), lambda j: j / mp.mpf(n - j + 1) * Qv / P, range(k, 0, -1))

    def upper(k):  # P(X > k), summed up from k + 1
        return tail_sum(logpmf(k + 1), lambda j: (n - j) / mp.mpf(j + 1) * P / Qv, range(k + 1, n))

    def cdf(k):
        if P == 0:
            return mp.mpf(1)
        if P == 1:
            return mp.mpf(0)
        return lower(k) if k <= n * P else 1 - upper(k)

    def sf(k):
        if P == 0:
            return mp.mpf(0)
        if P == 1:
            return mp.mpf(1)
        return upper(k) if k > n * P else 1 - lower(k)

    if P in (0, 1) or n == 0:
        ent = mp.mpf(0)
    else:
        mode = int(math.floor((n + 1) * p))
        ent = entropy_recurrence(logpmf(mode), lambda k: (n - k) / mp.mpf(k + 1) * P / Qv,
                                 lambda k: k / mp.mpf(n - k + 1) * Qv / P, 0, n, mode)
    return Exact(0, n, logpmf, cdf, sf, n * P, n * P * Qv, ent)


for n, p, extra in [(10, 0.5, []), (1000, 0.5, [5, 995, 300, 700, 100, 900, 0, 1000, 999]), (20, 0.03, [15, 19]),
                    (1_000_000, 0.3, [299_000, 300_000, 301_000, 295_000, 310_000, 290_000]),
                    (1_000_000_000, 1e-6, [1000, 900, 1100, 800, 0, 1500]),
                    (0, 0.4, []), (50, 1.0, [49, 50]), (7, 0.0, [0, 1]), (30, 0.9999, [20, 25, 29])]:
    mean = n * p
    sd = math.sqrt(max(n * p * (1 - p), 1))
    base = sorted({max(0, min(n, round(mean + z * sd))) for z in (-5, -2, -1, 0, 1, 2, 5)})
    xs = sorted(set(base + extra)) + [-1, n + 1, 2.5, math.inf, -math.inf, math.nan]
    add("Binomial", {"n": n, "p": p}, st.binom(n, p), binom_exact(n, p), xs,
        stream=lambda n=n, p=p: np.random.binomial(n, p, 8))


# Poisson ------------------------------------------------------------------------------
def poisson_exact(lam):
    L = mpf(lam)

    def logpmf(k):
        if L == 0:
            return mp.mpf(0) if k == 0 else -INF
        return k * mp.log(L) - mp.loggamma(k + 1) - L

    def lower(k):  # P(X ≤ k), summed down from k
        return tail_sum(logpmf(k), lambda j: j / L, range(k, 0, -1))

    def upper(k):  # P(X > k), summed up from k + 1
        return tail_sum(logpmf(k + 1), lambda j: L / (j + 1), range(k + 1, 10**12))

    def cdf(k):
        if L == 0:
            return mp.mpf(1)
        if lam < 1e4:
            return mp.gammainc(k + 1, L, INF, regularized=True)
        return lower(k) if k <= lam else 1 - upper(k)

    def sf(k):
        if L == 0:
            return mp.mpf(0)
        if lam < 1e4:
            return mp.gammainc(k + 1, 0, L, regularized=True)
        return upper(k) if k > lam else 1 - lower(k)

    if L == 0:
        ent = mp.mpf(0)
    elif lam >= 1e5:
        ent = mp.log(2 * mp.pi * mp.e * L) / 2 - 1 / (12 * L) - 1 / (24 * L**2) - mp.mpf(19) / (360 * L**3)
    else:
        mode = int(math.floor(lam))
        ent = entropy_recurrence(logpmf(mode), lambda k: L / (k + 1), lambda k: k / L, 0, INF, mode)
    return Exact(0, INF, logpmf, cdf, sf, L, L, ent)


for lam, extra in [(4.0, [0, 8, 20, 40]), (1000.0, [2000, 500, 0, 3000, 1500, 1100]), (0.5, [0, 10, 100]),
                   (1e-3, [0, 1, 5]), (0.0, [0, 1]), (1e6, [1_000_000, 990_000, 1_010_000, 1_005_000]),
                   (25.5, [0, 100])]:
    sd = math.sqrt(max(lam, 1))
    base = sorted({max(0, round(lam + z * sd)) for z in (-5, -2, -1, 0, 1, 2, 5)})
    xs = sorted(set(base + extra)) + [-1, 2.5, 1e30, math.inf, -math.inf, math.nan]
    add("Poisson", {"lambda": lam}, st.poisson(lam), poisson_exact(lam), xs,
        stream=lambda lam=lam: np.random.poisson(lam, 8))


# Geometric ------------------------------------------------------------------------------
def geom_exact(p):
    P = mpf(p)
    q = 1 - P

    def logpmf(k):
        if P == 1:
            return mp.mpf(0) if k == 1 else -INF
        return (k - 1) * mp.log(q) + mp.log(P)

    ent = mp.mpf(0) if P == 1 else -mp.log(P) - mp.log(q) * q / P
    return Exact(1, INF, logpmf, lambda k: 1 - q**k, lambda k: q**k, 1 / P, q / P**2, ent)


for p, extra in [(1 / 6, [1, 10, 100, 3000]), (0.5, [1, 2, 1000]), (1e-6, [1, 1_000_000, 100_000_000]),
                 (1.0, [1, 2]), (0.999, [1, 2, 50])]:
    xs = sorted(set(extra)) + [0, -3, 2.5, math.inf, -math.inf, math.nan]
    add("Geometric", {"p": p}, st.geom(p), geom_exact(p), xs, stream=lambda p=p: np.random.geometric(p, 8))


# Negative binomial ----------------------------------------------------------------------
def nbinom_exact(n, p):
    N, P = mpf(n), mpf(p)
    q = 1 - P

    def logpmf(k):
        if P == 1:
            return mp.mpf(0) if k == 0 else -INF
        return mp.loggamma(N + k) - mp.loggamma(N) - mp.loggamma(k + 1) + N * mp.log(P) + k * mp.log(q)

    # Both tails as integrals from 0 (mpmath forms betainc(a, b, x, 1) as 1 − betainc(a, b, 0, x),
    # which is noise below 1e-40): P(X ≤ k) = I_p(n, k + 1), P(X > k) = I_(1−p)(k + 1, n).
    def cdf(k):
        return mp.mpf(1) if P == 1 else mp.betainc(N, k + 1, 0, P, regularized=True)

    def sf(k):
        return mp.mpf(0) if P == 1 else mp.betainc(k + 1, N, 0, q, regularized=True)

    if P == 1:
        ent = mp.mpf(0)
    else:
        mode = int(math.floor((n - 1) * (1 - p) / p)) if n > 1 else 0
        ent = entropy_recurrence(logpmf(mode), lambda k: (N + k) * q / (k + 1), lambda k: k / ((N + k - 1) * q),
                                 0, INF, mode)
    return Exact(0, INF, logpmf, cdf, sf, N * q / P, N * q / P**2, ent)


for n, p, extra in [(3.0, 0.5, [0, 2, 30, 80]), (0.5, 0.01, [0, 1, 10, 1000, 5000]), (10.5, 0.9, [0, 5, 40]),
                    (1000.0, 0.3, [2333, 1500, 3500, 5000]), (1.0, 0.2, [0, 3, 100]),
                    (0.5, 1e-4, [0, 100, 10_000, 100_000, 400_000])]:
    xs = sorted(set(extra)) + [-1, 2.5, math.inf, -math.inf, math.nan]
    add("NegativeBinomial", {"n": n, "p": p}, st.nbinom(n, p), nbinom_exact(n, p), xs,
        stream=lambda n=n, p=p: np.random.negative_binomial(n, p, 8))


# Hypergeometric -------------------------------------------------------------------------
def hyper_exact(good, bad, drawn):
    M = good + bad
    lo, hi = max(0, drawn - bad), min(drawn, good)
    denom = mp.log(mp.binomial(M, drawn))

    def logpmf(k):
        return mp.log(mp.binomial(good, k)) + mp.log(mp.binomial(bad, drawn - k)) - denom

    def cdf(k):
        return mp.fsum(mp.exp(logpmf(j)) for j in range(lo, k + 1))

    def sf(k):
        return mp.fsum(mp.exp(logpmf(j)) for j in range(k + 1, hi + 1))

    mean = mp.mpf(drawn) * good / M
    var = mp.mpf(drawn) * good * bad * (M - drawn) / (mp.mpf(M) ** 2 * (M - 1)) if M > 1 else mp.mpf(0)
    mode = int(math.floor((drawn + 1) * (good + 1) / (M + 2)))
    ent = mp.mpf(0) if lo == hi else entropy_recurrence(
        logpmf(mode), lambda k: mp.mpf(good - k) * (drawn - k) / ((k + 1) * mp.mpf(bad - drawn + k + 1)),
        lambda k: mp.mpf(k) * (bad - drawn + k) / ((good - k + 1) * mp.mpf(drawn - k + 1)), lo, hi, mode)
    return Exact(lo, hi, logpmf, cdf, sf, mean, var, ent)


for good, bad, drawn, extra in [(4, 48, 5, []), (30, 70, 20, [0, 20, 15]), (500, 500, 400, [100, 150, 250, 300]),
                                (1000, 100000, 5000, [0, 10, 49, 60, 100, 200]), (5, 5, 10, [5]),
                                (10, 3, 0, [0]), (7, 0, 4, [4])]:
    M = good + bad
    lo, hi = max(0, drawn - bad), min(drawn, good)
    mean = drawn * good / M
    xs = sorted({lo, hi, round(mean), max(lo, round(mean) - 3), min(hi, round(mean) + 3)} | set(extra))
    xs += [lo - 1, hi + 1, 2.5, math.inf, -math.inf, math.nan]
    stream = (lambda g=good, b=bad, d=drawn: np.random.hypergeometric(g, b, d, 8)) if drawn > 0 else None
    add("Hypergeometric", {"ngood": good, "nbad": bad, "nsample": drawn}, st.hypergeom(M, good, drawn),
        hyper_exact(good, bad, drawn), xs, stream=stream)


# Discrete uniform ----------------------------------------------------------------------
def uniform_exact(low, high):
    m = mp.mpf(high - low + 1)
    return Exact(low, high, lambda k: -mp.log(m), lambda k: (k - low + 1) / m, lambda k: (high - k) / m,
                 (mp.mpf(low) + high) / 2, (m * m - 1) / 12, mp.log(m))


for low, high in [(1, 6), (-5, 5), (0, 0), (-1_000_000, 1_000_000), (3, 4)]:
    xs = sorted({low, high, (low + high) // 2, low + 1, high - 1}) + [low - 1, high + 1, low + 0.5, math.inf,
                                                                        -math.inf, math.nan]
    add("DiscreteUniform", {"low": low, "high": high}, st.randint(low, high + 1), uniform_exact(low, high), xs,
        stream=lambda low=low, high=high: np.random.randint(low, high + 1, 8), label=f"DiscreteUniform({low}...{high})")


# Categorical -----------------------------------------------------------------------------
def categorical_exact(p):
    P = [mpf(v) for v in p]
    k = len(P)
    mean = mp.fsum(i * P[i] for i in range(k))
    var = mp.fsum((i - mean) ** 2 * P[i] for i in range(k))
    ent = -mp.fsum(v * mp.log(v) for v in P if v > 0)
    return Exact(0, k - 1, lambda i: mp.log(P[i]) if P[i] > 0 else -INF,
                 lambda i: mp.fsum(P[: i + 1]), lambda i: mp.fsum(P[i + 1:]), mean, var, ent)


for p in [[0.5, 0.3, 0.2], [0.1, 0.0, 0.9], [1.0], [0.25, 0.25, 0.25, 0.25], [1e-12, 0.5 - 1e-12, 0.5]]:
    k = len(p)
    frozen = st.rv_discrete(values=(np.arange(k), p))
    xs = list(range(k)) + [-1, k, 0.5, math.inf, -math.inf, math.nan]
    add("Categorical", {"p": list(p)}, frozen, categorical_exact(p), xs,
        stream=lambda p=p: np.array([np.random.choice(len(p), p=p) for _ in range(8)]),
        label=f"Categorical(p: {p})", rvs_matches=False)


# Multinomial ------------------------------------------------------------------------------
multinomials = []
for n, p, counts in [(6, [0.5, 0.3, 0.2], [[3, 2, 1], [6, 0, 0], [0, 0, 6], [2, 2, 2], [1, 1, 1], [-1, 4, 3]]),
                     (10, [0.1, 0.0, 0.9], [[1, 0, 9], [0, 1, 9], [10, 0, 0]]),
                     (100_000, [0.2, 0.3, 0.5], [[20000, 30000, 50000], [19000, 31000, 50000], [0, 0, 100000]]),
                     (10_000_000, [0.2, 0.3, 0.5], [[2_000_000, 3_000_000, 5_000_000]]),
                     (0, [0.4, 0.6], [[0, 0], [1, 0]]), (5, [1.0], [[5], [4]])]:
    d = st.multinomial(n, p)
    P = [mpf(v) for v in p]
    rows = []
    for c in counts:
        s_log = float(d.logpmf(c))
        if any(v < 0 for v in c) or sum(c) != n:
            e_log = -INF
        else:
            e_log = mp.loggamma(n + 1) + mp.fsum((ci * mp.log(pi) if ci > 0 else 0) - mp.loggamma(ci + 1)
                                                  for ci, pi in zip(c, P))
        use = s_log if close(s_log, e_log) else float(e_log)
        if use != s_log:
            scipy_off.append({"call": f"Multinomial(n: {n}, p: {p})", "method": "logpmf", "at": c,
                              "scipy": number(s_log), "exact": number(float(e_log))})
        rows.append({"counts": c, "logpmf": number(use), "pmf": number(float(mp.exp(use)) if use > -1e308 else 0.0)})
    # Exact entropy: SciPy's formula at 40 digits, each binomial expectation summed over its bulk.
    if n == 0:
        ent = mp.mpf(0)
    else:
        ent = -mp.loggamma(n + 1) - n * mp.fsum(pi * mp.log(pi) for pi in P if pi > 0)
        for pi in P:
            if pi == 0:
                continue
            if pi == 1:
                ent += mp.loggamma(n + 1)
                continue
            q = 1 - pi
            mode = int(math.floor((n + 1) * float(pi)))
            lp = mp.loggamma(n + 1) - mp.loggamma(mode + 1) - mp.loggamma(n - mode + 1) + mode * mp.log(pi) \
                + (n - mode) * mp.log(q)
            for direction in (1, -1):
                pk, k = mp.exp(lp), mode
                if direction < 0:
                    pk, k = pk * k / (n - k + 1) * q / pi, mode - 1
                lg = mp.loggamma(k + 1)
                while 0 <= k <= n and pk > mp.mpf("1e-45"):
                    ent += pk * lg
                    if direction > 0:
                        pk, k = pk * (n - k) / (k + 1) * pi / q, k + 1
                        lg += mp.log(k)
                    else:
                        if k == 0:
                            break
                        lg -= mp.log(k)
                        pk, k = pk * k / (n - k + 1) * q / pi, k - 1
    s_ent = float(d.entropy()) if n <= 1_000_000 else math.nan
    ent_value = s_ent if close(s_ent, ent, 1e-13) else float(ent)
    if ent_value != s_ent:
        scipy_off.append({"call": f"Multinomial(n: {n}, p: {p})", "method": "entropy", "at": None,
                          "scipy": number(s_ent), "exact": number(float(ent))})
    np.random.seed(777)
    one = np.random.multinomial(n, p).tolist()
    many = np.random.multinomial(n, p, size=4).tolist()
    multinomials.append({"n": n, "p": [number(v) for v in p], "counts": rows, "entropy": number(ent_value),
                         "mean": [number(v) for v in d.mean()], "cov": [[number(v) for v in r] for r in d.cov()],
                         "stream": {"seed": 777, "one": one, "many": many}})
    print(f"Multinomial(n: {n}, p: {p})")


# Multivariate normal ----------------------------------------------------------------------
def plackett_bvn(h, k, r, panels, dps):
    """Φ₂(h, k; r) = Φ(h) Φ(k) + ∫₀^r φ₂(h, k; ρ) dρ (Plackett 1954: ∂Φ₂/∂ρ = φ₂) at `dps` digits,
    so that the cancellation in deep tails costs nothing. The integrand is scaled by its largest
    value on [0, r] (mpmath's `quad` tolerance is absolute) and integrated over `panels` equal
    panels plus panels shrinking geometrically towards r, where it may peak sharply as |r| → 1."""
    with mp.workdps(dps):
        h, k, r = mp.mpf(h), mp.mpf(k), mp.mpf(r)
        exponent = lambda p: -(h * h - 2 * p * h * k + k * k) / (2 * (1 - p * p))
        top = max(exponent(r * mp.mpf(i) / 400) for i in range(400))
        f = lambda p: mp.exp(exponent(p) - top) / (2 * mp.pi * mp.sqrt(1 - p * p))
        points = {r * mp.mpf(i) / panels for i in range(panels + 1)}
        if abs(r) > 0.5:
            points |= {r * (1 - mp.mpf(2) ** -j) for j in range(1, 30)}
        points = sorted(points, key=abs)
        return mp.ncdf(h) * mp.ncdf(k) + mp.exp(top) * mp.quad(f, points)


def bvn_exact(h, k, r):
    """P(X ≤ h, Y ≤ k) for standard normals with correlation r, by Plackett's identity, computed
    twice (16 panels, and 32 at 30 more digits) and required to agree to 1e-15."""
    h, k, r = mp.mpf(h), mp.mpf(k), mp.mpf(r)
    if h == -INF or k == -INF:
        return mp.mpf(0)
    if h == INF:
        return mp.ncdf(k)
    if k == INF:
        return mp.ncdf(h)
    if r < 0:
        # Given X = x ≤ h, Y has mean r x ≥ r h, so Φ₂ ≤ Φ(h) Φ((k − r h)/√(1 − r²)): when that is
        # below the doubles, so is Φ₂ (and the slow high-precision search below is skipped).
        with mp.workdps(60):
            if mp.ncdf(h) * mp.ncdf((k - r * h) / mp.sqrt(1 - r * r)) < mp.mpf("1e-340"):
                return mp.mpf(0)
    # Φ(h) Φ(k) and the integral may cancel to far below either: raise the precision until the
    # result stands 40 digits above the rounding of Φ(h) Φ(k) (800 digits reach below 1e-330).
    dps = 100
    while True:
        first = plackett_bvn(h, k, r, 16, dps)
        second = plackett_bvn(h, k, r, 32, dps + 30)
        scale = mp.ncdf(h) * mp.ncdf(k)
        if abs(second) > scale * mp.mpf(10) ** (40 - dps) or dps >= 800:
            break
        dps *= 2
    if abs(second) < mp.mpf("1e-330"):
        return mp.mpf(0)  # below the doubles
    assert abs(first - second) <= mp.mpf("1e-15") * abs(second), (h, k, r, first, second)
    return second


def mahalanobis_exact(x, mean, cov):
    """√((x − μ)ᵀ Σ⁻¹ (x − μ)) at 50 digits: SciPy's `mahalanobis(x, mean, inv(cov))` inverts Σ in
    doubles and loses digits when Σ is nearly singular (ρ = 0.999999: 6e-11)."""
    with mp.workdps(50):
        v = mp.matrix([mp.mpf(a) - mp.mpf(b) for a, b in zip(x, mean)])
        return mp.sqrt((v.T * mp.matrix(cov) ** -1 * v)[0])


mvns = []
for mean, cov, points in [
    ([0.0, 0.0], [[1.0, 0.5], [0.5, 2.0]],
     [[0, 0], [1, 1], [-3, 2], [5, -5], [-8, -8], [10, 10], [-1, 3], [-20, 0.5], [-6, -4]]),
    ([1.0, -2.0], [[2.0, -1.2], [-1.2, 1.0]], [[1, -2], [-3, -5], [4, 0], [-5, 0], [0, -6], [6, -7], [-2, -4]]),
    ([0.0, 0.0], [[1.0, 0.999999], [0.999999, 1.0]], [[0, 0], [-5, -5], [-5, -4.999], [2, -3], [-10, -10]]),
    ([0.0, 0.0], [[1.0, -0.95], [-0.95, 1.0]], [[0, 0], [-1, -4], [0.5, -8], [2, -8], [3, 3], [-2, -2]]),
    ([0.0, 0.0], [[4.0, 0.0], [0.0, 0.25]], [[1, -1], [-30, 0]]),
    ([3.0], [[2.5]], [[3], [-10], [40], [0]]),
    ([0.0, 1.0, -1.0], [[4, 2, 0.5], [2, 5, 1], [0.5, 1, 3]], [[0, 1, -1], [1, 2, 3], [-4, 0, 2]]),
]:
    d = st.multivariate_normal(mean, cov)
    sd = [math.sqrt(cov[i][i]) for i in range(len(mean))]
    rows = []
    for x in points:
        row = {"x": [number(v) for v in x], "pdf": number(float(d.pdf(x))), "logpdf": number(float(d.logpdf(x))),
               "mahalanobis": number(float(mahalanobis_exact(x, mean, cov)))}
        if len(mean) <= 2:
            if len(mean) == 1:
                e = mp.ncdf((mpf(x[0]) - mean[0]) / mp.sqrt(mpf(cov[0][0])))
            else:
                r = cov[0][1] / (sd[0] * sd[1])
                e = bvn_exact((x[0] - mean[0]) / sd[0], (x[1] - mean[1]) / sd[1], r)
            s = float(st.multivariate_normal.cdf(x, mean, cov, abseps=1e-14, releps=1e-14,
                                                 rng=np.random.default_rng(0)))
            if not close(s, e, 1e-12):
                scipy_off.append({"call": f"MultivariateNormal(mean: {mean}, cov: {cov})", "method": "cdf",
                                  "at": x, "scipy": number(s), "exact": number(float(e))})
            row["cdf"] = number(float(e))
        rows.append(row)
    np.random.seed(4321)
    one = np.random.multivariate_normal(mean, cov).tolist()
    many = np.random.multivariate_normal(mean, cov, size=5).tolist()
    mvns.append({"mean": [number(v) for v in mean], "cov": [[number(v) for v in r] for r in cov], "points": rows,
                 "entropy": number(float(d.entropy())),
                 "stream": {"seed": 4321, "one": [number(v) for v in one],
                            "many": [[number(v) for v in r] for r in many]}})
    print(f"MultivariateNormal(mean: {mean})")

# Extra bivariate points on a grid, tails included, against mpmath.
bivariate = []
for h in [-30, -8, -3, -1, 0, 0.5, 2, 4, 8]:
    for k in [-8, -2, 0, 1, 3, 6]:
        for r in [-0.999, -0.95, -0.7, -0.3, 0.1, 0.5, 0.93, 0.999]:
            bivariate.append([h, k, r, number(float(bvn_exact(h, k, r)))])
print(f"{len(bivariate)} bivariate grid points")


# Gaussian KDE --------------------------------------------------------------------------------
kdes = []
rng = np.random.default_rng(31)
data1 = np.round(rng.standard_normal(40) * 2 + 1, 6)
data2 = np.round(np.array([[1.0, 0.0], [0.6, 0.8]]) @ rng.standard_normal((2, 30)), 6)
weights1 = np.round(rng.uniform(0.1, 2.0, 40), 6)
for label, data, bw, w, pts in [
    ("1d scott", data1, None, None, [-8.0, -1.0, 0.0, 0.5, 1.0, 3.7, 12.0, 40.0]),
    ("1d silverman", data1, "silverman", None, [-2.0, 1.0, 4.0]),
    ("1d factor", data1, 0.3, None, [-2.0, 1.0, 4.0, 30.0]),
    ("1d weighted", data1, None, weights1, [-2.0, 1.0, 4.0]),
    ("2d scott", data2, None, None, [[0.0, 0.0], [1.0, -1.0], [-2.0, 3.0], [8.0, 8.0]]),
    ("2d silverman", data2, "silverman", None, [[0.0, 0.0], [0.5, 0.5]]),
]:
    kde = st.gaussian_kde(data, bw_method=bw, weights=w)
    points = np.array(pts, dtype=float)
    pts_matrix = points.T if points.ndim == 2 else points
    values = kde(pts_matrix)
    logs = kde.logpdf(pts_matrix)
    entry = {"label": label, "data": data.tolist(), "bandwidth": bw if bw is not None else "scott",
             "weights": w.tolist() if w is not None else None,
             "points": pts_matrix.tolist(), "evaluate": [number(v) for v in values],
             "logpdf": [number(v) for v in logs], "factor": number(kde.factor), "neff": number(kde.neff),
             "covariance": [[number(v) for v in r] for r in np.atleast_2d(kde.covariance)]}
    if kde.d == 1:
        entry["box"] = [[lo, hi, number(kde.integrate_box_1d(lo, hi))] for lo, hi in
                        [(-1.0, 2.0), (-100.0, 100.0), (0.5, 0.6), (5.0, 50.0)]]
    np.random.seed(99)
    entry["resample"] = {"seed": 99, "size": 6, "values": kde.resample(6).tolist()}
    kdes.append(entry)
    print(f"gaussian_kde {label}")


def main():
    OUT.parent.mkdir(parents=True, exist_ok=True)
    meta = {"numpy": np.__version__, "scipy": scipy.__version__, "mpmath": mp.__version__}
    OUT.write_text(json.dumps({"meta": meta, "distributions": entries, "multinomial": multinomials,
                               "multivariate_normal": mvns, "bivariate": bivariate, "kde": kdes,
                               "scipy_off": scipy_off}, indent=0) + "\n")
    print(f"{len(entries)} distributions, {len(scipy_off)} SciPy values off by more than 1e-13 "
          f"-> {OUT.relative_to(ROOT)}")
    for off in scipy_off:
        print("  scipy off:", off)


if __name__ == "__main__":
    main()
