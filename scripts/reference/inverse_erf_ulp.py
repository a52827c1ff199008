#!/usr/bin/env python3
"""Correctly rounded references for MLMath's inverse error functions and the normal quantile.

Writes Tests/MLMathTests/Fixtures/reference/inverse_erf_ulp.json, which
Tests/MLMathTests/InverseErrorFunctionTests.swift replays without Python.

Run from the package root:  python3 scripts/reference/inverse_erf_ulp.py

The format is elementwise_ulp.json's: for each function a list of cases [x, hi, lo] of
hexadecimal floats, hi + lo being the exact value to about 106 bits ("exact" for lo marks a
special result that must be exactly hi). Functions: erfinv(x), erfcinv(q) and ndtri(p)
(scipy.stats.norm.ppf(p) = −√2 erfcinv(2p)). Inputs: draws spread over each domain, then
the hard ones: tiny arguments, values next to ±1 (erfinv) and to 0 and 2 (erfcinv) down to
the subnormals, and the points where the algorithm changes formula.
"""
import json
import math
import pathlib
import random

import mpmath
from mpmath import mp, mpf
from reference_json import hexf, near

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "MLMathTests" / "Fixtures" / "reference" / "inverse_erf_ulp.json"
TINY = 5e-324
random.seed(20261205)


def spread(low, high, count):
    return [math.exp(random.uniform(math.log(low), math.log(high))) for _ in range(count)]


def erfcinv_exact(q):
    """erfcinv(q) for 0 < q < 2, with enough precision that 1 − q is exact."""
    bits = 200 + max(0, -math.frexp(q)[1])
    with mp.workprec(bits):
        return mpmath.erfinv(1 - mpf(q)), bits


def case(x, value, bits):
    with mp.workprec(bits):
        hi = float(value)
        if value == mpf(hi):
            return [hexf(x), hexf(hi), "exact"]
        return [hexf(x), hexf(hi), hexf(float(value - mpf(hi)))]


def erfinv_cases():
    xs = [random.uniform(-1, 1) for _ in range(300)] + [random.uniform(-0.5, 0.5) for _ in range(1500)]
    xs += [s * x for x in spread(1e-300, 0.5, 150) + spread(1e-9, 0.5, 1000) for s in [random.choice([-1, 1])]]
    xs += [s * (1 - 2.0 ** -k) for k in range(1, 54) for s in (1, -1)]
    xs += [0.015850399828123807, 0.0021095154509966412, 2.9997065174713156e-08]  # found 1.37-1.45 ULP off
    xs += near(0.5, 3) + near(-0.5, 3) + near(0.85, 3) + near(-0.85, 3) + [TINY, -TINY, 2.2250738585072014e-308]
    cases = []
    for x in xs:
        if abs(x) >= 1 or x == 0:
            continue
        with mp.workprec(200):
            cases.append(case(x, mpmath.erfinv(mpf(x)), 200))
    cases += [[hexf(0.0), hexf(0.0), "exact"], [hexf(1.0), "inf", "exact"], [hexf(-1.0), "-inf", "exact"],
              [hexf(1.5), "nan", "exact"], ["nan", "nan", "exact"]]
    return cases


def erfcinv_cases():
    qs = spread(1e-300, 2, 300) + spread(TINY, 1e-300, 20) + [2 - q for q in spread(1e-16, 1, 100)]
    qs += [random.uniform(0.5, 1.5) for _ in range(2000)]  # the central formula
    qs += [2.0 ** -k for k in range(1, 1075, 7)] + near(0.5, 3) + near(1.5, 3) + near(0.15, 3) + near(1.0, 2)[1:]
    qs += [TINY, 2.2250738585072014e-308, math.nextafter(2.0, 0.0), 0.930152200861044]
    cases = []
    for q in qs:
        if not 0 < q < 2 or q == 1:
            continue
        value, bits = erfcinv_exact(q)
        cases.append(case(q, value, bits))
    cases += [[hexf(0.0), "inf", "exact"], [hexf(2.0), "-inf", "exact"], [hexf(1.0), hexf(-0.0), "exact"],
              [hexf(-0.5), "nan", "exact"], [hexf(2.5), "nan", "exact"], ["nan", "nan", "exact"]]
    return cases


def ndtri_cases():
    ps = [random.uniform(0, 1) for _ in range(300)] + spread(1e-300, 0.5, 200) + [1 - p for p in spread(1e-16, 0.5, 100)]
    ps += [0.5 + s * d for d in spread(1e-15, 0.25, 1500) for s in [random.choice([-1, 1])]]  # near the median
    ps += [0.4999987412833483]  # found 1.69 ULP off
    ps += near(0.075, 3) + near(0.925, 3) + near(0.5, 2)[1:] + [TINY, 2.2250738585072014e-308, math.nextafter(1.0, 0.0)]
    cases = []
    for p in ps:
        if not 0 < p < 1 or p == 0.5:
            continue
        value, bits = erfcinv_exact(2 * p)  # 2p is exact
        with mp.workprec(bits):
            cases.append(case(p, -mpmath.sqrt(2) * value, bits))
    cases += [[hexf(0.5), hexf(0.0), "exact"], [hexf(0.0), "-inf", "exact"], [hexf(1.0), "inf", "exact"],
              [hexf(-0.1), "nan", "exact"], ["nan", "nan", "exact"]]
    return cases


data = {
    "source": f"mpmath {mpmath.__version__}, 200+ bits; scripts/reference/inverse_erf_ulp.py",
    "functions": {"erfinv": erfinv_cases(), "erfcinv": erfcinv_cases(), "ndtri": ndtri_cases()},
}
OUT.write_text(json.dumps(data, indent=0, separators=(",", ":")) + "\n")
print(f"wrote {OUT.relative_to(ROOT)}: " + ", ".join(f"{n} {len(c)}" for n, c in data["functions"].items()))
