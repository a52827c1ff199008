#!/usr/bin/env python3
"""Reference values for MLMath's arrays, statistics and printing, from NumPy and SciPy.

Writes Tests/MLMathTests/Fixtures/reference/arrays_stats.json, which the Swift
tests (Tests/MLMathTests/ReferenceTests.swift) replay without Python.

Run from the package root:  python3 scripts/reference/arrays_stats.py

Every case is {"name", "op", "args", "expected", "tolerance"?}:
- args/expected values are tagged: {"ref": name} an entry of "inputs", {"v": [...]} vector, {"m": {"rows", "cols",
  "data"}} matrix (row-major), {"s": x} float, {"i": n} int, {"b": bool},
  {"ints": [...]}, {"mask": {"shape", "data"}}, {"str": "..."},
  {"pair": [value, value]}.
- Floats that are not finite are written as the strings "nan", "inf", "-inf".
- "tolerance" is "relative" (default: every element within 1e-12 of the
  reference, relatively) or "scale" (within 1e-12 times the largest reference
  magnitude, for results formed by cancellation such as covariances).
"""
import json
import math
import pathlib

import numpy as np
import scipy
import scipy.stats
from reference_json import number

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "MLMathTests" / "Fixtures" / "reference" / "arrays_stats.json"

rng = np.random.default_rng(20261125)
cases = []


def f(x):
    return number(x)


named = {}  # id(array) -> name, for inputs stored once under "inputs"


def enc(value):
    if id(value) in named:
        return {"ref": named[id(value)]}
    if isinstance(value, (bool, np.bool_)):
        return {"b": bool(value)}
    if isinstance(value, (int, np.integer)):
        return {"i": int(value)}
    if isinstance(value, (float, np.floating)):
        return {"s": f(value)}
    if isinstance(value, str):
        return {"str": value}
    if isinstance(value, tuple):
        return {"pair": [enc(v) for v in value]}
    a = np.asarray(value)
    if a.dtype == bool:
        return {"mask": {"shape": list(a.shape), "data": [bool(b) for b in a.ravel()]}}
    if a.dtype.kind in "iu":
        return {"ints": [int(i) for i in a.ravel()]}
    if a.ndim == 1:
        return {"v": [f(x) for x in a]}
    if a.ndim == 2:
        return {"m": {"rows": a.shape[0], "cols": a.shape[1], "data": [f(x) for x in a.ravel()]}}
    if a.ndim == 0:
        return {"s": f(a)}
    raise ValueError(a.shape)


def case(name, op, args, expected, tolerance="relative"):
    cases.append({"name": name, "op": op, "args": [enc(a) for a in args],
                  "expected": enc(expected), "tolerance": tolerance})


# ---------------------------------------------------------------- inputs
def vec(n, scale=1.0):
    return rng.standard_normal(n) * scale


vectors = {
    "v1": vec(1),
    "v2": vec(2),
    "v5": vec(5),
    "v17": vec(17, 10),
    "v100": vec(100, 3),
    "v1000": vec(1000) + 5,
    "v1501": rng.uniform(-1, 1, 1501),
}
positive = {k: np.abs(v) + 0.01 for k, v in vectors.items()}
special = np.array([np.nan, np.inf, -np.inf, 0.0, -0.0, 1.0, -1.0, 1e-300, 1e300, 0.5])
matrices = {
    "m1x1": rng.standard_normal((1, 1)),
    "m3x4": rng.standard_normal((3, 4)),
    "m7x5": rng.standard_normal((7, 5)) * 4 + 1,
    "m20x30": rng.standard_normal((20, 30)),
    "m2x200": rng.standard_normal((2, 200)),
}

inputs = {}
for group, prefix in [(vectors, ""), (positive, "positive "), (matrices, "")]:
    for k, a in group.items():
        inputs[prefix + k] = enc(a)
        named[id(a)] = prefix + k

# ---------------------------------------------------------------- creation
for n in [0, 1, 7]:
    case(f"zeros({n})", "zeros", [n], np.zeros(n))
    case(f"ones({n})", "ones", [n], np.ones(n))
case("zeros(2,3)", "zeros2", [2, 3], np.zeros((2, 3)))
case("ones(3,2)", "ones2", [3, 2], np.ones((3, 2)))
case("full(4, 2.5)", "full", [4, 2.5], np.full(4, 2.5))
for n in [0, 1, 4]:
    case(f"eye({n})", "eye", [n], np.eye(n))
case("eye(2,4)", "eye2", [2, 4], np.eye(2, 4))
for start, stop, num, endpoint in [(0, 1, 5, True), (-3, 3, 61, True), (0, 1, 10, False),
                                   (2.5, -7.25, 33, True), (1, 1, 4, True), (0, 10, 1, True),
                                   (0, 10, 0, True), (1e-3, 1e3, 50, True)]:
    case(f"linspace({start},{stop},{num},{endpoint})", "linspace",
         [float(start), float(stop), num, endpoint],
         np.linspace(start, stop, num, endpoint=endpoint))
for start, stop, step in [(0, 10, 1), (0, 1, 0.1), (-2, 2, 0.25), (5, 0, -0.7), (0, 1, 0.3),
                          (1, 1, 1), (0.1, 1.0, 0.1)]:
    case(f"arange({start},{stop},{step})", "arange", [float(start), float(stop), float(step)],
         np.arange(start, stop, step, dtype=float))
case("diag(v5)", "diagv", [vectors["v5"]], np.diag(vectors["v5"]))
case("diag(m3x4)", "diagm", [matrices["m3x4"]], np.diag(matrices["m3x4"]))
case("outer(v5,v17)", "outer", [vectors["v5"], vectors["v17"]], np.outer(vectors["v5"], vectors["v17"]))
for deg, inc in [(0, False), (3, False), (3, True), (6, True)]:
    x = vectors["v17"] / 10
    case(f"vander(v17/10,{deg},{inc})", "vander", [x, deg, inc], np.vander(x, deg + 1, increasing=inc))
case("vander(v5)", "vanderDefault", [vectors["v5"]], np.vander(vectors["v5"]))

# ---------------------------------------------------------------- shape and slicing
m = matrices["m3x4"]
case("reshape(v100,10,10)", "reshapeV", [vectors["v100"], 10, 10], vectors["v100"].reshape(10, 10))
case("reshape(v100,-1,4)", "reshapeV", [vectors["v100"], -1, 4], vectors["v100"].reshape(-1, 4))
case("reshape(m3x4,6,-1)", "reshapeM", [m, 6, -1], m.reshape(6, -1))
case("flatten(m3x4)", "flatten", [m], m.ravel())
for k, a in matrices.items():
    case(f"T({k})", "transpose", [a], a.T)
big = rng.standard_normal((70, 45))
case("T(big)", "transpose", [big], big.T)
case("row(m7x5,3)", "row", [matrices["m7x5"], 3], matrices["m7x5"][3])
case("column(m7x5,4)", "column", [matrices["m7x5"], 4], matrices["m7x5"][:, 4])
case("v17[2:9]", "sliceV", [vectors["v17"], 2, 9], vectors["v17"][2:9])
case("v17[0:0]", "sliceV", [vectors["v17"], 0, 0], vectors["v17"][0:0])
case("m7x5[1:4,2:5]", "sliceM", [matrices["m7x5"], 1, 4, 2, 5], matrices["m7x5"][1:4, 2:5])
case("m7x5[2,1:3]", "sliceRow", [matrices["m7x5"], 2, 1, 3], matrices["m7x5"][2, 1:3])
case("m7x5[0:6,1]", "sliceColumn", [matrices["m7x5"], 0, 6, 1], matrices["m7x5"][0:6, 1])
idx = np.array([3, 0, 16, 3, 8])
case("v17[[3,0,16,3,8]]", "take", [vectors["v17"], idx], vectors["v17"][idx])
case("hstack(v5,v17)", "hstackV", [vectors["v5"], vectors["v17"]], np.hstack([vectors["v5"], vectors["v17"]]))
case("vstack(v5,v5*2)", "vstackV", [vectors["v5"], vectors["v5"] * 2], np.vstack([vectors["v5"], vectors["v5"] * 2]))
a, b = matrices["m3x4"], rng.standard_normal((3, 2))
case("hstack(m3x4,m3x2)", "hstackM", [a, b], np.hstack([a, b]))
c = rng.standard_normal((2, 4))
case("vstack(m3x4,m2x4)", "vstackM", [a, c], np.vstack([a, c]))
case("concatenate(m3x4,m2x4,0)", "concatM0", [a, c], np.concatenate([a, c], axis=0))
case("concatenate(m3x4,m3x2,1)", "concatM1", [a, b], np.concatenate([a, b], axis=1))
case("column_stack(v5,v5^2)", "columnStack", [vectors["v5"], vectors["v5"] ** 2],
     np.column_stack([vectors["v5"], vectors["v5"] ** 2]))

# ---------------------------------------------------------------- arithmetic
for k in ["v1", "v17", "v100"]:
    x, y = vectors[k], rng.standard_normal(len(vectors[k]))
    for op, fn in [("add", np.add), ("sub", np.subtract), ("mul", np.multiply), ("div", np.divide)]:
        case(f"{op}VV({k})", op + "VV", [x, y], fn(x, y))
        case(f"{op}VS({k})", op + "VS", [x, 1.7], fn(x, 1.7))
        case(f"{op}SV({k})", op + "SV", [-0.3, x], fn(-0.3, x))
    case(f"neg({k})", "negV", [x], -x)
x, y = matrices["m7x5"], rng.standard_normal((7, 5))
row = rng.standard_normal(5)
col = rng.standard_normal((7, 1))
for op, fn in [("add", np.add), ("sub", np.subtract), ("mul", np.multiply), ("div", np.divide)]:
    case(f"{op}MM", op + "MM", [x, y], fn(x, y))
    case(f"{op}MS", op + "MS", [x, 2.5], fn(x, 2.5))
    case(f"{op}SM", op + "SM", [2.5, x], fn(2.5, x))
    case(f"{op}MV", op + "MV", [x, row], fn(x, row))
    case(f"{op}VM", op + "VM", [row, x], fn(row, x))
    case(f"{op}M(col)", op + "MM", [x, col], fn(x, col))
    case(f"{op}(row1x5)M", op + "MM", [row.reshape(1, 5), x], fn(row.reshape(1, 5), x))
case("negM", "negM", [x], -x)

# ---------------------------------------------------------------- elementwise functions
unary = {
    "abs": np.abs, "sqrt": np.sqrt, "exp": np.exp, "exp2": np.exp2, "expm1": np.expm1,
    "log": np.log, "log2": np.log2, "log10": np.log10, "log1p": np.log1p,
    "sin": np.sin, "cos": np.cos, "tan": np.tan, "asin": np.arcsin, "acos": np.arccos,
    "atan": np.arctan, "sinh": np.sinh, "cosh": np.cosh, "tanh": np.tanh,
    "floor": np.floor, "ceil": np.ceil, "round": np.round, "sign": np.sign, "square": np.square,
}
with np.errstate(all="ignore"):
    for name, fn in unary.items():
        domain = positive if name in ("sqrt", "log", "log2", "log10") else vectors
        if name in ("asin", "acos"):
            xs = np.tanh(vectors["v100"])
        elif name in ("log1p",):
            xs = positive["v100"] - 0.5
        else:
            xs = domain["v100"]
        case(f"{name}(v100)", name, [xs], fn(xs))
        case(f"{name}(m7x5)", name + "M", [matrices["m7x5"]], fn(matrices["m7x5"]))
        case(f"{name}(special)", name, [special], fn(special))
    case("round(halves)", "round", [np.array([0.5, 1.5, 2.5, -0.5, -1.5, 3.4999])], np.round(np.array([0.5, 1.5, 2.5, -0.5, -1.5, 3.4999])))
    for p in [2.0, 3.0, 0.5, -1.0, 0.0, 1.0, 1.7, -2.5]:
        xs = positive["v100"]
        case(f"pow(v100,{p})", "powVS", [xs, p], xs ** p)
        case(f"pow(m7x5,{p})", "powMS", [np.abs(matrices["m7x5"]), p], np.abs(matrices["m7x5"]) ** p)
    case("pow(v,v)", "powVV", [positive["v17"], vectors["v17"] / 5], np.power(positive["v17"], vectors["v17"] / 5))
    case("pow(2,v)", "powSV", [2.0, vectors["v17"]], np.power(2.0, vectors["v17"]))
    case("pow(special,2)", "powVS", [special, 2.0], special ** 2.0)
    for name, fn in [("maximum", np.maximum), ("minimum", np.minimum)]:
        y = rng.standard_normal(10)
        case(f"{name}(special,y)", name + "VV", [special, y], fn(special, y))
        case(f"{name}(v100,0)", name + "VS", [vectors["v100"], 0.0], fn(vectors["v100"], 0.0))
        tiled = np.tile(y[:5], (7, 1))
        case(f"{name}(m7x5,m)", name + "MM", [matrices["m7x5"], tiled], fn(matrices["m7x5"], tiled))
        case(f"{name}(m7x5,1)", name + "MS", [matrices["m7x5"], 1.0], fn(matrices["m7x5"], 1.0))
    case("clip(v100)", "clip", [vectors["v100"], -1.0, 2.0], np.clip(vectors["v100"], -1.0, 2.0))
    case("clip(special)", "clip", [special, -1.0, 2.0], np.clip(special, -1.0, 2.0))
    case("clip(m7x5)", "clipM", [matrices["m7x5"], 0.0, 3.0], np.clip(matrices["m7x5"], 0.0, 3.0))

# ---------------------------------------------------------------- masks
x = vectors["v17"]
y = rng.standard_normal(17) * 10
for name, fn in [("lt", np.less), ("le", np.less_equal), ("gt", np.greater), ("ge", np.greater_equal),
                 ("eq", np.equal), ("ne", np.not_equal)]:
    t = np.round(x)
    case(f"{name}VS", name + "VS", [t, 1.0], fn(t, 1.0))
    case(f"{name}VV", name + "VV", [x, y], fn(x, y))
    case(f"{name}MS", name + "MS", [np.round(matrices["m3x4"]), 0.0], fn(np.round(matrices["m3x4"]), 0.0))
case("v[v>0]", "maskSelect", [x, 0.0], x[x > 0])
case("m[m>0]", "maskSelectM", [matrices["m7x5"], 1.0], matrices["m7x5"][matrices["m7x5"] > 1.0])
case("where(v>0,v,0)", "whereVS", [x, 0.0], np.where(x > 0, x, 0.0))
case("where(v>y,v,y)", "whereVV", [x, y], np.where(x > y, x, y))
case("where(m>0,m,-1)", "whereMS", [matrices["m7x5"], -1.0], np.where(matrices["m7x5"] > 0, matrices["m7x5"], -1.0))
case("v[v>0]=0", "maskAssign", [x, 0.0], np.where(x > 0, 0.0, x))

# ---------------------------------------------------------------- ordering
for k in ["v1", "v17", "v1000"]:
    case(f"sort({k})", "sort", [vectors[k]], np.sort(vectors[k]))
    case(f"argsort({k})", "argsort", [vectors[k]], np.argsort(vectors[k], kind="stable"))
    case(f"cumsum({k})", "cumsum", [vectors[k]], np.cumsum(vectors[k]))
    case(f"cumprod({k})", "cumprod", [vectors[k] / 2 + 1], np.cumprod(vectors[k] / 2 + 1))
    case(f"diff({k})", "diff", [vectors[k]], np.diff(vectors[k]))
ties = np.array([3.0, 1.0, 2.0, 1.0, np.nan, 3.0, -0.5, 2.0])
case("sort(ties)", "sort", [ties], np.sort(ties))
case("argsort(ties)", "argsort", [ties], np.argsort(ties, kind="stable"))
for axis in [0, 1]:
    case(f"cumsum(m7x5,{axis})", f"cumsumM{axis}", [matrices["m7x5"]], np.cumsum(matrices["m7x5"], axis=axis))

# ---------------------------------------------------------------- reductions
for k, v in vectors.items():
    for name, fn in [("sum", np.sum), ("mean", np.mean), ("min", np.min), ("max", np.max),
                     ("argmin", np.argmin), ("argmax", np.argmax)]:
        case(f"{name}({k})", name, [v], fn(v))
    case(f"prod({k})", "prod", [v / 3 + 1], np.prod(v / 3 + 1))
case("sum(empty)", "sum", [np.zeros(0)], 0.0)
case("prod(empty)", "prod", [np.zeros(0)], 1.0)
case("min(special)", "min", [special], np.min(special))
case("argmax(special)", "argmax", [special], np.argmax(special))
case("argmax(ties)", "argmax", [np.array([1.0, 3.0, 3.0, 2.0])], 1)
for k, a in matrices.items():
    for name, fn in [("sum", np.sum), ("mean", np.mean), ("min", np.min), ("max", np.max),
                     ("argmin", np.argmin), ("argmax", np.argmax)]:
        case(f"{name}({k})", name + "M", [a], fn(a))
        for axis in [0, 1]:
            case(f"{name}({k},axis={axis})", f"{name}M{axis}", [a], fn(a, axis=axis))
    for axis in [0, 1]:
        case(f"prod({k},axis={axis})", f"prodM{axis}", [a / 3 + 1], np.prod(a / 3 + 1, axis=axis))

# ---------------------------------------------------------------- statistics
stats_inputs = dict(vectors)
stats_inputs["skewed"] = rng.exponential(2.0, 301)
stats_inputs["integers"] = rng.integers(0, 6, 40).astype(float)
stats_inputs["constant"] = np.full(9, 4.2)
for k in ["skewed", "integers", "constant"]:
    inputs[k] = enc(stats_inputs[k])
    named[id(stats_inputs[k])] = k
for k, v in stats_inputs.items():
    for ddof in [0, 1]:
        if len(v) > ddof:
            case(f"var({k},{ddof})", "var", [v, float(ddof)], np.var(v, ddof=ddof))
            case(f"std({k},{ddof})", "std", [v, float(ddof)], np.std(v, ddof=ddof))
    case(f"median({k})", "median", [v], np.median(v))
    qs = np.array([0.0, 0.1, 0.25, 0.5, 0.7, 0.75, 0.99, 1.0])
    case(f"quantile({k})", "quantile", [v, qs], np.quantile(v, qs))
    case(f"quantile({k},0.3)", "quantile1", [v, 0.3], np.quantile(v, 0.3))
    case(f"percentile({k},[5,50,95])", "percentile", [v, np.array([5.0, 50.0, 95.0])],
         np.percentile(v, [5, 50, 95]))
    case(f"iqr({k})", "iqr", [v], scipy.stats.iqr(v))
    case(f"mode({k})", "mode", [v], scipy.stats.mode(v).mode)
    if len(v) > 2:
        with np.errstate(all="ignore"):
            case(f"skew({k})", "skew", [v], scipy.stats.skew(v))
            case(f"kurtosis({k})", "kurtosis", [v], scipy.stats.kurtosis(v))
            case(f"kurtosis({k},pearson)", "kurtosisPearson", [v], scipy.stats.kurtosis(v, fisher=False))
            case(f"zscore({k})", "zscore", [v, 0.0], scipy.stats.zscore(v), "scale")
            case(f"zscore({k},1)", "zscore", [v, 1.0], scipy.stats.zscore(v, ddof=1), "scale")
case("median(nan)", "median", [np.array([1.0, np.nan, 2.0])], np.median([1.0, np.nan, 2.0]))
case("quantile(nan)", "quantile1", [np.array([1.0, np.nan, 2.0]), 0.5], np.quantile([1.0, np.nan, 2.0], 0.5))
for k, a in matrices.items():
    for axis in [0, 1]:
        for ddof in [0, 1]:
            if a.shape[axis] > ddof:
                case(f"var({k},{axis},{ddof})", f"varM{axis}", [a, float(ddof)], np.var(a, axis=axis, ddof=ddof))
                case(f"std({k},{axis},{ddof})", f"stdM{axis}", [a, float(ddof)], np.std(a, axis=axis, ddof=ddof))
        case(f"median({k},{axis})", f"medianM{axis}", [a], np.median(a, axis=axis))
        case(f"quantile({k},0.9,{axis})", f"quantileM{axis}", [a, 0.9], np.quantile(a, 0.9, axis=axis))
        case(f"percentile({k},37,{axis})", f"percentileM{axis}", [a, 37.0], np.percentile(a, 37, axis=axis))
        case(f"iqr({k},{axis})", f"iqrM{axis}", [a], scipy.stats.iqr(a, axis=axis))
        rounded = np.round(a)
        case(f"mode(round({k}),{axis})", f"modeM{axis}", [rounded], scipy.stats.mode(rounded, axis=axis).mode)
        if a.shape[axis] > 1:
            case(f"zscore({k},{axis})", f"zscoreM{axis}", [a], scipy.stats.zscore(a, axis=axis), "scale")
        if a.shape[axis] > 2:
            case(f"skew({k},{axis})", f"skewM{axis}", [a], scipy.stats.skew(a, axis=axis))
            case(f"kurtosis({k},{axis})", f"kurtosisM{axis}", [a], scipy.stats.kurtosis(a, axis=axis))
    case(f"var({k})", "varM", [a], np.var(a))
    case(f"std({k})", "stdM", [a], np.std(a))
for k in ["m3x4", "m7x5", "m20x30", "m2x200"]:
    a = matrices[k]
    case(f"cov({k})", "cov", [a], np.cov(a), "scale")
    if a.shape[1] <= 30:
        case(f"cov({k},rowvar=False)", "covCols", [a], np.cov(a, rowvar=False), "scale")
    case(f"cov({k},ddof=0)", "cov0", [a], np.cov(a, ddof=0), "scale")
    case(f"corrcoef({k})", "corrcoef", [a], np.corrcoef(a), "scale")
    if a.shape[1] <= 30:
        case(f"corrcoef({k},rowvar=False)", "corrcoefCols", [a], np.corrcoef(a, rowvar=False), "scale")
x, y = vectors["v100"], vectors["v100"] * 0.3 + rng.standard_normal(100)
case("cov(x,y)", "covXY", [x, y], np.cov(x, y), "scale")
case("cov(x)", "covX", [x], np.cov(x))
case("corrcoef(x,y)", "corrcoefXY", [x, y], np.corrcoef(x, y), "scale")
for k in ["v17", "v1000", "skewed", "integers", "constant", "v1"]:
    v = stats_inputs[k]
    for bins in [1, 4, 10, 33]:
        counts, edges = np.histogram(v, bins=bins)
        case(f"histogram({k},{bins})", "histogram", [v, bins], (counts.astype(float), edges))
    counts, edges = np.histogram(v, bins=7, range=(-1.0, 2.0))
    case(f"histogram({k},7,range)", "histogramRange", [v, 7, -1.0, 2.0], (counts.astype(float), edges))
    counts, edges = np.histogram(v, bins=5, density=True)
    case(f"histogram({k},5,density)", "histogramDensity", [v, 5], (counts, edges))
    e = np.array([-3.0, -1.0, 0.0, 0.5, 2.0, 4.2, 8.0])
    counts, edges = np.histogram(v, bins=e)
    case(f"histogram({k},edges)", "histogramEdges", [v, e], (counts.astype(float), edges))
counts, edges = np.histogram(np.zeros(0), bins=3)
case("histogram(empty,3)", "histogram", [np.zeros(0), 3], (counts.astype(float), edges))

# ---------------------------------------------------------------- printing
printing = []


def show(name, a):
    a = np.asarray(a, dtype=a.dtype if np.asarray(a).dtype == bool else float)
    printing.append({"name": name, "value": enc(a), "str": str(a), "repr": repr(a)})


show("lesson example", np.array([1.1, 1.9, 3.2, 3.8, 4.5]))
show("2x2 integral", np.array([[1.0, 2.0], [3.0, 4.0]]))
for k, v in vectors.items():
    show(f"random {k}", v)
for k, a in matrices.items():
    show(f"random {k}", a)
for e in range(-7, 12):
    show(f"normal*1e{e}", rng.standard_normal(6) * 10.0 ** e)
    show(f"uniform*1e{e}", rng.uniform(0, 1, (2, 3)) * 10.0 ** e)
show("integral", np.arange(10.0))
show("negative integral", -np.arange(12.0).reshape(3, 4))
show("large integral", np.array([1e7, 2e7, 12345678.0]))
show("1e8", np.array([1e8, 1.0]))
show("wide range", np.array([1e-10, 1.0, 1e10]))
show("ratio 1000", np.array([1.0, 1000.0]))
show("ratio 1001", np.array([1.0, 1001.0]))
show("tiny", np.array([1e-5, 2.5e-5, -3e-6]))
show("1e-4 boundary", np.array([1e-4, 0.5]))
show("huge", np.array([1e20, -3.5e21, 7e300]))
show("subnormal", np.array([5e-324, 1.0]))
show("exponent 3 digits", np.array([1e-100, 1.0, 1e100]))
show("negative zero", np.array([-0.0, 1.0]))
show("zeros", np.zeros(4))
show("negative zeros", np.array([-0.0, -0.0]))
show("rounding", np.array([1 / 3, 2 / 3, 0.1 + 0.2, 0.001953125, 123456.789012345]))
show("shortest", np.array([0.1, 0.25, 1e-3, 0.3]))
show("nan inf", np.array([np.nan, np.inf, -np.inf, 1.5]))
show("nan only", np.array([np.nan]))
show("inf only", np.array([np.inf, -np.inf]))
show("nan tiny", np.array([np.nan, 1e-5]))
show("nan with integral", np.array([1.0, np.nan, 3.0]))
show("inf scientific", np.array([-np.inf, 1e-9, 1.0]))
show("nan matrix", np.array([[1.0, np.nan], [np.inf, -2.25]]))
show("empty", np.zeros(0))
show("empty matrix 0x3", np.zeros((0, 3)))
show("empty matrix 3x0", np.zeros((3, 0)))
show("1x1", np.array([[3.0]]))
show("1x1 negative", np.array([[-0.5]]))
show("single", np.array([42.0]))
show("long wrapped", rng.standard_normal(100))
show("linspace 200", np.linspace(0, 1, 200))
show("exactly 1000", np.arange(1000.0) / 7)
show("summarised 1001", rng.uniform(-1, 1, 1001))
show("summarised arange", np.arange(5000.0))
show("summarised matrix", rng.standard_normal((40, 30)))
show("summarised columns", rng.standard_normal((3, 500)))
show("summarised rows", rng.standard_normal((500, 3)))
show("summarised 7x200", rng.standard_normal((7, 200)))
show("wide rows", rng.standard_normal((3, 20)))
show("wide rows scientific", rng.standard_normal((4, 15)) * 1e-6)
show("mixed widths", np.array([[1.0, -100.5], [0.001, 25.0]]))
show("column", rng.standard_normal((6, 1)))
show("mask", np.array([True, False, True]))
show("mask 2d", np.array([[True, False], [False, False]]))
show("mask empty", np.zeros(0, dtype=bool))
show("mask long", rng.uniform(0, 1, 40) > 0.5)

formats = []
for x in [0.0, 1.0, -1.5, 3.14159265358979, 2.0 / 3.0, 1234567.891, 1e-5, -2.5e-12, 6.02214076e23,
          0.125, 0.5, 2.5, np.nan, np.inf, -np.inf, 0.999999, 99.995]:
    formats.append({
        "x": f(x),
        ".4f": f"{x:.4f}", ">10.4f": f"{x:>10.4f}", "<10.4f": f"{x:<10.4f}",
        ".0f": f"{x:.0f}", ".3e": f"{x:.3e}", ".6g": f"{x:.6g}", ".2g": f"{x:.2g}",
        ".1%": f"{x:.1%}", "^12.2f": f"{x:^12.2f}",
    })

OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps({
    "generator": "scripts/reference/arrays_stats.py",
    "numpy": np.__version__,
    "scipy": scipy.__version__,
    "inputs": inputs,
    "cases": cases,
    "printing": printing,
    "formats": formats,
}, indent=None, separators=(",", ":")) + "\n")
print(f"wrote {len(cases)} cases, {len(printing)} printing and {len(formats)} format references to {OUT}")
