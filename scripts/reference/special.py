#!/usr/bin/env python3
"""Reference values for MLMath's special functions, from scipy.special and mpmath.

Writes Tests/MLMathTests/Fixtures/reference/special.json, which the Swift tests
(Tests/MLMathTests/SpecialFunctionTests.swift) replay without Python.

Run from the package root:  python3 scripts/reference/special.py

"scalar" holds one row per point: {"fn", "args": [x, ...], "scipy": y, "mp": y?}.
- "scipy" is scipy.special's value; "mp" is mpmath's at 40 digits, where it is
  finite (for inverse functions: mpmath's root of the forward function, started
  from SciPy's answer). The Swift test accepts a value within the function's
  tolerance of either: SciPy is the behaviour to match, mpmath the truth where
  SciPy itself is a few ulps off.
- Floats that are not finite are written as the strings "nan", "inf", "-inf";
  -0.0 is written as the string "-0".
"arrays" holds logsumexp cases, "exact" integer comb/perm/factorial cases.
"""
import json
import math
import pathlib
import signal

import mpmath as mp
import numpy as np
import scipy
import scipy.special as sc
from reference_json import number

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "MLMathTests" / "Fixtures" / "reference" / "special.json"
mp.mp.dps = 40
rows = []


def f(x):
    return number(x, signed_zero=True)


def on_alarm(signum, frame):
    raise TimeoutError


signal.signal(signal.SIGALRM, on_alarm)


def mpval(fn, *args):
    """mpmath's value as a float, or None where it is not finite or fails."""
    if any(not math.isfinite(a) for a in args):
        return None
    signal.setitimer(signal.ITIMER_REAL, 2.0)  # mpmath can take minutes on huge arguments: skip those
    try:
        y = fn(*[mp.mpf(a) for a in args])
        if isinstance(y, mp.mpc):
            if abs(y.imag) > 0:
                return None
            y = y.real
        y = float(y)
        return y if math.isfinite(y) else None
    except (ValueError, ZeroDivisionError, mp.libmp.NoConvergence, TypeError, RecursionError, OverflowError,
            TimeoutError):
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def row(fn, args, scipy_value, mp_fn=None):
    args = [float(a) for a in args]
    r = {"fn": fn, "args": [f(a) for a in args], "scipy": f(scipy_value)}
    if mp_fn is not None and math.isfinite(float(scipy_value)):
        m = mpval(mp_fn, *args)
        if m is not None:
            r["mp"] = m
    rows.append(r)


def signed(values):
    return sorted(set(values) | {-v for v in values})


nonfinite = [math.nan, math.inf, -math.inf]

# ---------------------------------------------------------------- erf family
xs = signed([0.0, 1e-300, 1e-100, 1e-20, 1e-8, 1e-3, 0.1, 0.25, 0.4768, 0.5, 0.8, 1.0, 1.5, 2.0, 2.5,
             3.0, 4.0, 5.0, 5.9, 6.0, 8.0, 10.0, 15.0, 20.0, 26.0, 26.5, 27.0, 30.0]) + [-0.0] + nonfinite
xs += list(np.linspace(-4, 4, 41))
for x in xs:
    row("erf", [x], sc.erf(x), mp.erf)
    row("erfc", [x], sc.erfc(x), mp.erfc)

ps = signed([0.0, 1e-300, 1e-20, 1e-10, 1e-5, 0.01, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99,
             0.999, 1 - 1e-5, 1 - 1e-10, 1 - 1e-15, 0.9999999999999999, 1.0, 1.5]) + [-0.0, math.nan]
ps += list(np.linspace(-0.98, 0.98, 50))


def mp_erfinv(p):
    return mp.erfinv(p)


for p in ps:
    row("erfinv", [p], sc.erfinv(p), mp_erfinv)

qs = [1e-300, 1e-200, 1e-100, 1e-50, 1e-20, 1e-10, 1e-5, 1e-3, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 1 - 1e-10,
      1.0, 1 + 1e-10, 1.01, 1.1, 1.5, 1.9, 1.99, 2 - 1e-5, 2 - 1e-10, 2 - 1e-15, 2.0, 0.0, -0.0, -0.5, 2.5,
      math.nan, math.inf]
qs += list(np.linspace(0.02, 1.98, 50))


def mp_erfcinv(q):
    # Solve erfc(y) = q at 40 digits, from a float start.
    y0 = mp.mpf(float(sc.erfcinv(float(q))))
    return mp.findroot(lambda y: mp.log(mp.erfc(y)) - mp.log(q), y0) if q < 1e-3 else mp.erfinv(1 - q)


for q in qs:
    row("erfcinv", [q], sc.erfcinv(q), mp_erfcinv)

# ---------------------------------------------------------------- gamma family
gx = [1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 1e-3, 0.1, 0.5, 1 - 1e-10, 1.0, 1 + 1e-10, 1.5, 2 - 1e-8, 2.0,
      2 + 1e-8, 2.5, 3.0, 3.7, 5.0, 7.25, 10.0, 12.5, 20.0, 33.3, 50.0, 100.0, 150.5, 170.0, 171.0, 171.6,
      172.0, 200.0]
gx += [-1e-300, -1e-10, -0.5, -1 + 1e-10, -1 - 1e-10, -1.5, -2.5, -3.3, -9.9, -10.5, -20.5, -50.5, -100.5,
       -170.5, -175.5, -180.5, 0.0, -0.0, -1.0, -2.0, -50.0] + nonfinite
gx += list(np.linspace(-9.95, 9.95, 80))
for x in gx:
    row("gamma", [x], sc.gamma(x), mp.gamma)

lx = gx + [1e3, 1e5, 1e10, 1e15, 1e100, 1e300, 1e306]
for x in lx:
    row("gammaln", [x], sc.gammaln(x), lambda t: mp.log(abs(mp.gamma(t))))

x0 = 1.4616321449683622
dx = [1e-3, 1e-5, 1e-8, 1e-12, 0.01, 0.1, 0.2, 0.24]
px = gx + [1e3, 1e5, 1e10, 1e15, 1e100, 1e300] + [x0] + [x0 + d for d in dx] + [x0 - d for d in dx]
for x in px:
    row("psi", [x], sc.psi(x), mp.digamma)

# ---------------------------------------------------------------- beta
bv = [1e-300, 1e-10, 1e-3, 0.1, 0.5, 1.0, 2.5, 10.0, 50.0, 170.0, 1e3, 1e6, 1e10, 1e20]
pairs = [(a, b) for a in bv for b in bv]
pairs += [(-1.5, 2.0), (2.0, -1.5), (-0.5, -0.5), (-1.5, 0.75), (-2.5, -3.25), (-1.0, 2.0), (-1.0, -1.0),
          (0.0, 1.0), (1.0, 0.0), (0.0, 0.0), (-2.0, 1.5), (-0.5, 0.5), (3.5, -0.5),
          (math.nan, 1.0), (1.0, math.nan), (math.inf, 1.0), (1.0, math.inf), (math.inf, math.inf)]
for a, b in pairs:
    row("beta", [a, b], sc.beta(a, b), mp.beta)
    row("betaln", [a, b], sc.betaln(a, b), lambda s, t: mp.log(abs(mp.beta(s, t))))

# ---------------------------------------------------------------- incomplete gamma
av = [1e-10, 1e-3, 0.1, 0.5, 1.0, 1.5, 2.0, 5.0, 10.0, 30.0, 100.0, 1e3, 1e4, 1e5]
xv = [1e-300, 1e-10, 1e-3, 0.1, 0.5, 1.0, 1.9, 2.0, 3.0, 5.0, 10.0, 30.0, 100.0, 1e3, 1e4, 1e5, 1e6]
gpairs = [(a, x) for a in av for x in xv]
gpairs += [(a, a * s) for a in av if a >= 1 for s in (0.9, 0.99, 1.0, 1.01, 1.1)]
# Huge a, where only SciPy answers (mpmath's series give up): Temme's uniform expansion.
gpairs += [(a, a * s) for a in (1e6, 1e8, 1e10, 1e12) for s in (0.9, 0.99, 0.999, 1.0, 1.001, 1.01, 1.1)]
gpairs += [(-1.0, 1.0), (0.0, 1.0), (0.0, 0.0), (1.0, 0.0), (2.0, math.inf), (math.inf, 1.0), (1.0, -1.0),
           (math.nan, 1.0), (1.0, math.nan), (0.0, math.inf), (3.0, -0.0)]


def lower_series(a, x):
    """P(a, x) = xᵃe⁻ˣ/Γ(a+1) Σ xⁿ/((a+1)…(a+n)), summed at 40 digits (for huge a, where
    mpmath's own gammainc gives up)."""
    s = t = mp.mpf(1)
    n = 1
    while t > s * mp.mpf(10) ** -36:
        t = t * x / (a + n)
        s += t
        n += 1
    return mp.exp(a * mp.log(x) - x - mp.loggamma(a + 1)) * s


def upper_fraction(a, x):
    """Q(a, x) from Legendre's continued fraction (modified Lentz) at 40 digits, for x > a."""
    tiny = mp.mpf(10) ** -300
    b = x + 1 - a
    c, d = 1 / tiny, 1 / b
    h = d
    n = 1
    while True:
        an = -n * (n - a)
        b += 2
        d = an * d + b
        d = tiny if d == 0 else d
        c = b + an / c
        c = tiny if c == 0 else c
        d = 1 / d
        delta = d * c
        h *= delta
        n += 1
        if abs(delta - 1) < mp.mpf(10) ** -36:
            break
    return mp.exp(a * mp.log(x) - x - mp.loggamma(a)) * h


def mp_p(a, x):
    if a >= 1e6:
        return lower_series(a, x) if x <= a else 1 - upper_fraction(a, x)
    return mp.gammainc(a, 0, x, regularized=True)


def mp_q(a, x):
    if a >= 1e6:
        return 1 - lower_series(a, x) if x <= a else upper_fraction(a, x)
    return mp.gammainc(a, x, mp.inf, regularized=True)


for a, x in gpairs:
    row("gammainc", [a, x], sc.gammainc(a, x), mp_p)
    row("gammaincc", [a, x], sc.gammaincc(a, x), mp_q)

pv = [1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 1 - 1e-5, 1 - 1e-10, 1 - 1e-15]
ia = [1e-3, 0.1, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 100.0, 1e3, 1e4, 1e6]


def root(forward, target, start):
    """mpmath's root of forward(t) = target near `start` (in log space for tiny targets)."""
    start = mp.mpf(start)
    if target < 1e-30:
        return mp.findroot(lambda t: mp.log(forward(t)) - mp.log(target), start)
    return mp.findroot(lambda t: forward(t) - target, start)


for a in ia:
    for p in pv:
        x = sc.gammaincinv(a, p)
        row("gammaincinv", [a, p], x, lambda s, t, x=x: root(lambda u: mp_p(s, u), t, x) if x > 0 else None)
        x = sc.gammainccinv(a, p)
        row("gammainccinv", [a, p], x, lambda s, t, x=x: root(lambda u: mp_q(s, u), t, x) if x > 0 else None)
for a, p in [(1.0, 0.0), (1.0, 1.0), (0.0, 0.5), (-1.0, 0.5), (1.0, 1.5), (1.0, -0.5), (math.nan, 0.5),
             (1.0, math.nan), (math.inf, 0.5)]:
    row("gammaincinv", [a, p], sc.gammaincinv(a, p))
    row("gammainccinv", [a, p], sc.gammainccinv(a, p))

# ---------------------------------------------------------------- incomplete beta
ab = [1e-3, 0.1, 0.5, 1.0, 2.0, 5.0, 20.0, 100.0, 1e3, 1e5]
xb = [1e-10, 1e-3, 0.1, 0.3, 0.5, 0.7, 0.9, 0.999, 1 - 1e-10]


def mp_betainc(a, b, x):
    return mp.betainc(a, b, 0, x, regularized=True)


for a in ab:
    for b in ab:
        for x in xb + [a / (a + b)]:
            row("betainc", [a, b, x], sc.betainc(a, b, x), mp_betainc)
# One tiny parameter: the distribution piles up at one end, and the small tail there.
for small in (1e-5, 1e-3, 0.01, 0.5):
    for big in (0.5, 5.0, 100.0, 1e4):
        for e in (1e-3, 1e-8, 1e-14):
            for a, b, x in ((big, small, 1 - e), (small, big, e)):
                row("betainc", [a, b, x], sc.betainc(a, b, x), mp_betainc)
for a, b, x in [(0.0, 1.0, 0.5), (1.0, 0.0, 0.5), (0.0, 0.0, 0.5), (1.0, 1.0, 0.0), (1.0, 1.0, 1.0),
                (-1.0, 1.0, 0.5), (1.0, 1.0, 1.5), (1.0, 1.0, -0.5), (2.0, 3.0, math.nan), (math.nan, 1.0, 0.5),
                (0.0, 1.0, 0.0), (1.0, 0.0, 1.0), (2.0, 3.0, -0.0), (math.inf, 1.0, 0.5)]:
    row("betainc", [a, b, x], sc.betainc(a, b, x))

yb = [1e-100, 1e-10, 0.01, 0.1, 0.5, 0.9, 0.99, 1 - 1e-10]
ib = [0.1, 0.5, 1.0, 2.0, 5.0, 20.0, 100.0, 1e3]
for a in ib:
    for b in ib:
        for y in yb:
            x = sc.betaincinv(a, b, y)
            row("betaincinv", [a, b, y], x,
                lambda s, t, u, x=x: root(lambda v: mp_betainc(s, t, v), u, x) if 0 < x < 1 else None)
for a, b, y in [(1.0, 1.0, 0.0), (1.0, 1.0, 1.0), (0.0, 1.0, 0.5), (2.0, 3.0, 1.5), (2.0, 3.0, -0.5),
                (-1.0, 2.0, 0.5), (2.0, 3.0, math.nan)]:
    row("betaincinv", [a, b, y], sc.betaincinv(a, b, y))

# ---------------------------------------------------------------- logistic and friends
lx = signed([0.0, 1e-300, 1e-20, 1e-8, 0.1, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 36.0, 37.0, 40.0, 100.0, 500.0,
             709.0, 710.0, 745.0, 800.0]) + [-0.0] + nonfinite
for x in lx:
    row("expit", [x], sc.expit(x), lambda t: 1 / (1 + mp.exp(-t)))
    row("softplus", [x], sc.softplus(x), lambda t: mp.log1p(mp.exp(t)))
for p in [0.0, 1e-300, 1e-20, 1e-8, 0.01, 0.1, 0.25, 0.3, 0.4, 0.49, 0.5, 0.51, 0.6, 0.7, 0.75, 0.9, 0.99,
          1 - 1e-8, 1 - 1e-16, 1.0, -0.1, 1.1, -0.0] + nonfinite:
    row("logit", [p], sc.logit(p), lambda t: mp.log(t / (1 - t)))
for x in [-1e-300, -1e-20, -1e-10, -1e-3, -0.1, -0.5, -0.6931, -0.69315, -0.7, -1.0, -2.0, -5.0, -10.0, -20.0,
          -37.0, -40.0, -100.0, -700.0, -746.0, -1e10, -0.0, 0.0, 1.0] + nonfinite:
    # No scipy.special.log1mexp: the reference is mpmath's (and NaN / -inf / -0 at the edges).
    m = mpval(lambda t: mp.log(-mp.expm1(t)) if t > -1 else mp.log1p(-mp.exp(t)), x) if x < 0 else None
    if x == 0:
        expected = -math.inf
    elif x > 0 or math.isnan(x):
        expected = math.nan
    elif x == -math.inf:
        expected = -0.0
    else:
        expected = m
    rows.append({"fn": "log1mexp", "args": [f(x)], "scipy": f(expected), **({"mp": m} if m is not None else {})})

xy = [(0.0, 0.0), (0.0, math.nan), (0.0, -1.0), (0.0, math.inf), (1.0, 0.0), (2.0, 3.0), (-1.5, 0.25),
      (1e-300, 1e-300), (3.0, 1e300), (math.nan, 1.0), (1.0, -1.0), (2.5, 1 + 1e-15), (1e10, 1e-10)]
for x, y in xy:
    row("xlogy", [x, y], sc.xlogy(x, y), lambda s, t: s * mp.log(t) if t > 0 else None)
for x, y in xy + [(0.0, -2.0), (2.0, -1.0), (3.0, 1e-17), (1.0, -0.5)]:
    row("xlog1py", [x, y], sc.xlog1py(x, y), lambda s, t: s * mp.log1p(t) if t > -1 else None)

# ---------------------------------------------------------------- combinatorics (floating)
for n, k in [(5, 2), (5, 0), (5, 5), (5, 6), (-1, 2), (5, -1), (10, 3), (30, 15), (50, 25), (60, 30), (100, 50),
             (1000, 500), (1030, 515), (1e4, 3), (1e10, 2), (5.5, 2), (5, 2.5), (0, 0), (67, 33), (20, 10),
             (1e15, 1), (300, 150), (1e6, 1e6 - 2)]:
    row("comb", [n, k], sc.comb(n, k, exact=False), lambda s, t: mp.binomial(s, t) if 0 <= t <= s else None)
    row("perm", [n, k], sc.perm(n, k, exact=False), lambda s, t: mp.ff(s, t) if 0 <= t <= s else None)
for n in [0, 1, 2, 5, 10, 20, 21, 30, 100, 170, 171, -1, -2.5, 5.5, 0.5, 1e-10, math.nan]:
    row("factorial", [n], sc.factorial(n, exact=False), lambda t: mp.factorial(t) if t >= 0 else None)

exact = []
for n, k in [(5, 2), (5, 0), (5, 5), (5, 6), (10, 3), (30, 15), (50, 25), (60, 30), (62, 31), (66, 33), (67, 33),
             (100, 3), (1000, 2), (3037000499, 2), (0, 0), (20, 20)]:
    c, p = math.comb(n, k), math.perm(n, k)
    exact.append({"fn": "comb", "n": n, "k": k, "value": c if c < 2**63 else None})
    exact.append({"fn": "perm", "n": n, "k": k, "value": p if p < 2**63 else None})
for n in [0, 1, 2, 5, 10, 20, 21]:
    v = math.factorial(n)
    exact.append({"fn": "factorial", "n": n, "k": 0, "value": v if v < 2**63 else None})

# ---------------------------------------------------------------- logsumexp
rng = np.random.default_rng(20261203)
arrays = []


def lse(name, a, b=None, axis=None):
    a = np.asarray(a, dtype=float)
    with np.errstate(all="ignore"):
        v = sc.logsumexp(a, b=b, axis=axis)
    arrays.append({
        "name": name,
        "shape": list(a.shape),
        "a": [f(x) for x in a.ravel()],
        **({"b": [f(x) for x in np.asarray(b, dtype=float).ravel()]} if b is not None else {}),
        **({"axis": axis} if axis is not None else {}),
        "expected": [f(x) for x in np.atleast_1d(v).ravel()],
    })


lse("five", [1.0, 2.0, 3.0, 4.0, 5.0])
lse("large", [1000.0, 1000.5, 999.0])
lse("tiny", [-1000.0, -1000.5, -1001.0])
lse("dominant", [0.0, -40.0, -50.0])
lse("dominant tiny rest", [0.0, -1e-20, -800.0])
lse("random", rng.standard_normal(1000) * 5)
lse("empty", [])
lse("all -inf", [-math.inf, -math.inf])
lse("inf", [math.inf, 1.0])
lse("inf -inf", [math.inf, -math.inf])
lse("nan", [1.0, math.nan])
lse("one", [3.5])
lse("weights", [1.0, 2.0, 3.0], b=[0.5, 2.0, 1.0])
lse("negative weight", [1.0, 2.0], b=[1.0, -2.0])
lse("zero weights", [1.0, 2.0], b=[0.0, 0.0])
lse("cancelling weight", [1.0, 2.0], b=[-1.0, 1.0])
m = rng.standard_normal((7, 5)) * 3
lse("matrix", m)
lse("matrix axis 0", m, axis=0)
lse("matrix axis 1", m, axis=1)
lse("matrix axis -1", m, axis=-1)
mi = m.copy()
mi[1, 2] = math.inf
mi[3, :] = -math.inf
lse("matrix inf axis 0", mi, axis=0)
lse("matrix inf axis 1", mi, axis=1)

OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps({
    "generator": "scripts/reference/special.py",
    "numpy": np.__version__,
    "scipy": scipy.__version__,
    "mpmath": mp.__version__,
    "scalar": rows,
    "exact": exact,
    "arrays": arrays,
}, indent=None, separators=(",", ":")) + "\n")
print(f"wrote {len(rows)} scalar, {len(exact)} exact and {len(arrays)} array references to {OUT}")
