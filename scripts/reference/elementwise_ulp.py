#!/usr/bin/env python3
"""Correctly rounded references for MLMath's elementwise functions (SLEEF underneath), from mpmath.

Writes Tests/MLMathTests/Fixtures/reference/elementwise_ulp.json, which
Tests/MLMathTests/ElementwiseAccuracyTests.swift replays without Python.

Run from the package root:  python3 scripts/reference/elementwise_ulp.py

For every function: a list of cases [x, hi, lo] (two-argument functions: [x, y, hi, lo]).
All numbers are exact hexadecimal floats (Python's float.hex), or "nan"/"inf"/"-inf".
- For a finite, representable result, hi is the exact value rounded to the nearest double
  and lo the double nearest to (exact - hi), so hi + lo carries about 106 bits of the truth
  and the test can measure errors in fractions of an ULP.
- For a special result (NaN, an infinity, a signed zero, an overflow or a value exactly
  representable such as exp(0) = 1), lo is the string "exact": the result must be exactly hi,
  with its sign.

Inputs: a few hundred draws spread log-uniformly over each function's domain, then the
hard ones: signed zeros, subnormals, the edges of overflow and underflow, huge arguments to
the trigonometric functions (argument reduction), the poles and branch points, NaN and ±∞.
mpmath evaluates at 200 bits, and more for huge trigonometric arguments.
"""
import json
import math
import pathlib
import random
import sys

import mpmath
from mpmath import mp, mpf
from reference_json import hexf, near

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "MLMathTests" / "Fixtures" / "reference" / "elementwise_ulp.json"

MAX = sys.float_info.max
TINY = 5e-324
MIN_NORMAL = 2.2250738585072014e-308
random.seed(20261204)


def spread(low, high, count, signed=False):
    """Log-uniform positive values in [low, high] (both signs when `signed`)."""
    out = []
    for _ in range(count):
        v = math.exp(random.uniform(math.log(low), math.log(high)))
        out.append(-v if signed and random.random() < 0.5 else v)
    return out


def uniform(low, high, count):
    return [random.uniform(low, high) for _ in range(count)]


def reference(f, args):
    """(hi, lo) for f(*args) computed by mpmath, or (value, "exact") for special results."""
    if any(math.isnan(a) or math.isinf(a) for a in args):
        return None  # the caller gives special cases explicitly
    bits = 200
    for a in args:
        if a != 0:
            # Enough bits for huge trigonometric arguments, and for tiny ones to keep the
            # x³ term of tan x = x + x³/3 + … (so that tan 5e-324 is not taken as exactly x).
            bits = max(bits, 200 + 3 * abs(math.frexp(a)[1]))
    with mp.workprec(bits):
        v = f(*[mpf(a) for a in args])
        if isinstance(v, mpmath.mpc):
            return (math.nan, "exact")
        if v == 0:
            return (0.0, "exact")  # the caller fixes the sign where it matters
        if abs(v) > mpf(MAX) * (1 + mpf(2) ** -54):
            return (math.copysign(math.inf, float(v)), "exact")
        hi = float(v)
        if v == mpf(hi):
            return (hi, "exact")
        return (hi, float(v - mpf(hi)))  # lo can round to 0 among subnormals; hi is then 1/2 ULP off at most


def unary(name, f, inputs, specials):
    cases = []
    for x in inputs:
        r = reference(f, [x])
        if r is None:
            continue
        hi, lo = r
        cases.append([hexf(x), hexf(hi), lo if lo == "exact" else hexf(lo)])
    for x, y in specials:
        cases.append([hexf(x), hexf(y), "exact"])
    return name, cases


def binary(name, f, inputs, specials):
    cases = []
    for x, y in inputs:
        r = reference(f, [x, y])
        if r is None:
            continue
        hi, lo = r
        cases.append([hexf(x), hexf(y), hexf(hi), lo if lo == "exact" else hexf(lo)])
    for x, y, z in specials:
        cases.append([hexf(x), hexf(y), hexf(z), "exact"])
    return name, cases


inf, nan = math.inf, math.nan
common = [(nan, nan)]


def real(f):
    """An mpmath function that answers NaN (as a complex result) outside the real domain."""
    def g(*a):
        v = f(*a)
        if isinstance(v, mpmath.mpc) and v.imag != 0:
            return v
        return mpmath.re(v) if isinstance(v, mpmath.mpc) else v
    return g


functions = []
functions.append(unary(
    "exp", mpmath.exp,
    spread(1e-300, 700, 300, signed=True) + uniform(-745, 709.78, 200)
    + near(709.782712893384, 40) + near(-708.3964185322641) + near(-745.1332191019411) + [TINY, -TINY, 1e-20],
    [(0.0, 1.0), (-0.0, 1.0), (inf, inf), (-inf, 0.0), (710, inf), (-746, 0.0), (nan, nan)]))
functions.append(unary(
    "exp2", mpmath.exp2 if hasattr(mpmath, "exp2") else (lambda x: mpf(2) ** x),
    spread(1e-300, 1023, 300, signed=True) + uniform(-1074, 1023.99, 200) + near(1023.9999999) + near(-1022.5),
    [(0.0, 1.0), (-0.0, 1.0), (1024, inf), (-inf, 0.0), (inf, inf), (10.0, 1024.0), (nan, nan)]))
functions.append(unary(
    "expm1", mpmath.expm1,
    spread(1e-300, 709, 400, signed=True) + [TINY, -TINY, MIN_NORMAL, 1e-16, -1e-16] + near(709.782712893384),
    [(0.0, 0.0), (-0.0, -0.0), (inf, inf), (-inf, -1.0), (-40.0, -1.0), (nan, nan)]))
functions.append(unary(
    "log", mpmath.log,
    spread(TINY, MAX, 400) + near(1.0) + [TINY, MIN_NORMAL, MAX, 2.0 ** -1060],
    [(0.0, -inf), (-0.0, -inf), (-1.0, nan), (-TINY, nan), (inf, inf), (-inf, nan), (1.0, 0.0), (nan, nan)]))
functions.append(unary(
    "log2", lambda x: mpmath.log(x, 2),
    spread(TINY, MAX, 300) + near(1.0) + [TINY, MIN_NORMAL, MAX],
    [(0.0, -inf), (-0.0, -inf), (-2.0, nan), (inf, inf), (8.0, 3.0), (2.0 ** -1074, -1074.0), (nan, nan)]))
functions.append(unary(
    "log10", mpmath.log10,
    spread(TINY, MAX, 300) + near(1.0) + [TINY, MIN_NORMAL, MAX],
    [(0.0, -inf), (-0.0, -inf), (-2.0, nan), (inf, inf), (1000.0, 3.0), (nan, nan)]))
functions.append(unary(
    "log1p", mpmath.log1p,
    spread(1e-300, MAX, 300) + [-x for x in spread(1e-300, 0.999999, 150)] + near(-0.5) + [TINY, -TINY, MIN_NORMAL]
    + [math.nextafter(-1.0, 0.0), 1e300, 5e306, 1e307, 1e308, MAX],
    [(0.0, 0.0), (-0.0, -0.0), (-1.0, -inf), (-2.0, nan), (inf, inf), (-inf, nan), (nan, nan)]))
trig_inputs = (spread(1e-300, 1e5, 250, signed=True) + spread(1e5, MAX, 120, signed=True)
               + [1e22, 1e300, MAX, 2.0 ** 1000, 6381956970095103.0 * 2.0 ** 797, TINY, -TINY, MIN_NORMAL]
               + near(math.pi) + near(math.pi / 2) + near(710 * math.pi))
functions.append(unary("sin", mpmath.sin, trig_inputs, [(0.0, 0.0), (-0.0, -0.0), (inf, nan), (-inf, nan), (nan, nan)]))
functions.append(unary("cos", mpmath.cos, trig_inputs, [(0.0, 1.0), (-0.0, 1.0), (inf, nan), (-inf, nan), (nan, nan)]))
functions.append(unary("tan", mpmath.tan, trig_inputs, [(0.0, 0.0), (-0.0, -0.0), (inf, nan), (-inf, nan), (nan, nan)]))
inverse_inputs = spread(1e-300, 1.0, 300, signed=True) + near(1.0, 3)[1:] + near(-1.0, 3)[1:] + near(0.5) + [TINY, -TINY]
inverse_inputs = [x for x in inverse_inputs if abs(x) <= 1]
functions.append(unary("asin", mpmath.asin, inverse_inputs,
                       [(0.0, 0.0), (-0.0, -0.0), (1.5, nan), (-inf, nan), (nan, nan)]))
functions.append(unary("acos", mpmath.acos, inverse_inputs, [(1.0, 0.0), (1.5, nan), (inf, nan), (nan, nan)]))
functions.append(unary(
    "atan", mpmath.atan, spread(1e-300, MAX, 400, signed=True) + [TINY, -TINY],
    [(0.0, 0.0), (-0.0, -0.0), (inf, float(mpmath.pi / 2)), (-inf, -float(mpmath.pi / 2)), (nan, nan)]))
functions.append(unary(
    "sinh", mpmath.sinh, spread(1e-300, 710.4, 400, signed=True) + near(710.4758600739439, 40) + near(-710.4758600739439, 40) + [TINY, -TINY],
    [(0.0, 0.0), (-0.0, -0.0), (inf, inf), (-inf, -inf), (711, inf), (-711, -inf), (nan, nan)]))
functions.append(unary(
    "cosh", mpmath.cosh, spread(1e-300, 710.4, 400, signed=True) + near(710.4758600739439, 40) + near(-710.4758600739439, 40),
    [(0.0, 1.0), (-0.0, 1.0), (inf, inf), (-inf, inf), (711, inf), (nan, nan)]))
functions.append(unary(
    "tanh", mpmath.tanh, spread(1e-300, 25, 400, signed=True) + [TINY, -TINY, 19.0, -19.0, 1e-8],
    [(0.0, 0.0), (-0.0, -0.0), (inf, 1.0), (-inf, -1.0), (40.0, 1.0), (-40.0, -1.0), (nan, nan)]))
functions.append(unary(
    "asinh", mpmath.asinh, spread(1e-300, MAX, 400, signed=True) + [TINY, -TINY],
    [(0.0, 0.0), (-0.0, -0.0), (inf, inf), (-inf, -inf), (nan, nan)]))
functions.append(unary(
    "acosh", mpmath.acosh, [1 + x for x in spread(1e-15, 1, 150)] + spread(1, MAX, 250) + near(1.0, 4)[1::2],
    [(1.0, 0.0), (0.5, nan), (-1.0, nan), (inf, inf), (nan, nan)]))
functions.append(unary(
    "atanh", mpmath.atanh, inverse_inputs[:-2] + [x for x in near(1.0, 3)[1:] + near(-1.0, 3)[1:] if abs(x) < 1],
    [(0.0, 0.0), (-0.0, -0.0), (1.0, inf), (-1.0, -inf), (1.5, nan), (nan, nan)]))
functions.append(unary(
    "cbrt", lambda x: mpmath.sign(x) * mpmath.cbrt(abs(x)), spread(TINY, MAX, 400, signed=True),
    [(0.0, 0.0), (-0.0, -0.0), (27.0, 3.0), (-8.0, -2.0), (inf, inf), (-inf, -inf), (nan, nan)]))
functions.append(unary(
    "erf", mpmath.erf, spread(1e-300, 6.5, 400, signed=True) + [TINY, -TINY, MIN_NORMAL],
    [(0.0, 0.0), (-0.0, -0.0), (inf, 1.0), (-inf, -1.0), (7.0, 1.0), (-7.0, -1.0), (nan, nan)]))

pow_inputs = ([(a, b) for a, b in zip(spread(1e-3, 1e3, 300), uniform(-80, 80, 300))]
              + [(a, b) for a, b in zip(spread(1e-300, 1e300, 100), uniform(-1, 1, 100))]
              + [(-a, float(k)) for a, k in zip(spread(0.1, 10, 40), [random.randint(-30, 30) for _ in range(40)])]
              + [(2.0, 1023.5), (2.0, -1074.0), (2.0, -1060.3), (0.5, 1074.5), (MAX, 1.0), (-MAX, 1.0), (1.0000001, 1e10)]
              + [(x, 2.0) for x in near(1.3407807929942596e154, 20)] + [(x, 3.0) for x in near(5.643803094122362e102, 20)])
functions.append(binary(
    "pow", real(mpmath.power), pow_inputs,
    [(2.0, 1024.0, inf), (2.0, -1080.0, 0.0), (0.0, -1.0, inf), (-0.0, -1.0, -inf), (-0.0, 3.0, -0.0),
     (-8.0, 1 / 3, nan), (-2.0, 3.0, -8.0), (1.0, nan, 1.0), (nan, 0.0, 1.0), (-inf, 3.0, -inf),
     (-inf, -3.0, -0.0), (inf, -1.0, 0.0), (0.5, inf, 0.0), (0.5, -inf, inf), (-1.0, inf, 1.0), (nan, 1.0, nan)]))
atan2_inputs = [(y, x) for y, x in zip(spread(1e-300, 1e300, 300, signed=True), spread(1e-300, 1e300, 300, signed=True))]
functions.append(binary(
    "atan2", mpmath.atan2, atan2_inputs,
    [(0.0, 0.0, 0.0), (-0.0, 0.0, -0.0), (0.0, -0.0, float(mpmath.pi)), (-0.0, -0.0, -float(mpmath.pi)),
     (1.0, 0.0, float(mpmath.pi / 2)), (-1.0, -0.0, -float(mpmath.pi / 2)), (inf, inf, float(mpmath.pi / 4)),
     (-inf, -inf, -float(3 * mpmath.pi / 4)), (1.0, inf, 0.0), (-1.0, inf, -0.0), (1.0, -inf, float(mpmath.pi)),
     (nan, 1.0, nan), (1.0, nan, nan)]))

data = {
    "source": f"mpmath {mpmath.__version__}, 200+ bits; scripts/reference/elementwise_ulp.py",
    "functions": {name: cases for name, cases in functions},
}
OUT.write_text(json.dumps(data, indent=0, separators=(",", ":")) + "\n")
print(f"wrote {OUT.relative_to(ROOT)}: " + ", ".join(f"{n} {len(c)}" for n, c in functions))
