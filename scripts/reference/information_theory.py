#!/usr/bin/env python3
"""Reference values for MLMath's information theory, from SciPy, scikit-learn and NumPy.

Writes Tests/MLMathTests/Fixtures/reference/information_theory.json, which the
Swift tests (Tests/MLMathTests/InformationTheoryTests.swift) replay without Python.

Run from the package root:  python3 scripts/reference/information_theory.py
(needs numpy, scipy and scikit-learn: pip install scikit-learn)

Every case is {"name", "op", "args", "expected", "tolerance", "scale"?}, values tagged
as in arrays_stats.py: {"ref": name} an entry of "inputs", {"v": [...]} vector,
{"m": {"rows", "cols", "data"}} matrix (row-major), {"s": x} float, {"ints": [...]},
{"str": "..."}. A logarithm base is {"str": "nats"}, {"str": "bits"} or {"s": b}.
Floats that are not finite are written as "nan", "inf", "-inf".

"tolerance" is "relative" (within 1e-12 of the reference, relatively) or "scale"
(within 1e-12 times "scale"): mutual information, conditional entropy and
information gain are differences of entropies, so their rounding error is
relative to the entropies subtracted ("scale"), not to the (possibly 0) result.
"""
import json
import math
import pathlib

import numpy as np
import scipy
import scipy.special
import scipy.stats
import sklearn
from scipy.spatial.distance import jensenshannon
from sklearn.metrics import mutual_info_score
from reference_json import number

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "MLMathTests" / "Fixtures" / "reference" / "information_theory.json"

rng = np.random.default_rng(20260517)
cases = []


def f(x):
    return number(x)


named = {}  # id(array) -> name, for inputs stored once under "inputs"


class Base:
    """A logarithm base as MLMath spells it: None is nats (SciPy's default), 2 is bits."""

    def __init__(self, b):
        self.b = b

    def tag(self):
        if self.b is None:
            return {"str": "nats"}
        if self.b == 2:
            return {"str": "bits"}
        return {"s": float(self.b)}

    def label(self):
        if self.b is None:
            return "nats"
        return "bits" if self.b == 2 else f"base {self.b:g}"


def enc(value):
    if isinstance(value, Base):
        return value.tag()
    if id(value) in named:
        return {"ref": named[id(value)]}
    if isinstance(value, (int, np.integer)):
        return {"i": int(value)}
    if isinstance(value, (float, np.floating)):
        return {"s": f(value)}
    if isinstance(value, str):
        return {"str": value}
    a = np.asarray(value)
    if a.dtype.kind in "iu":
        return {"ints": [int(i) for i in a.ravel()]}
    if a.ndim == 1:
        return {"v": [f(x) for x in a]}
    if a.ndim == 2:
        return {"m": {"rows": a.shape[0], "cols": a.shape[1], "data": [f(x) for x in a.ravel()]}}
    if a.ndim == 0:
        return {"s": f(a)}
    raise ValueError(a.shape)


def case(name, op, args, expected, scale=None):
    c = {"name": name, "op": op, "args": [enc(a) for a in args], "expected": enc(expected),
         "tolerance": "relative" if scale is None else "scale"}
    if scale is not None:
        c["scale"] = float(scale)
    cases.append(c)


def log_base(b):
    return 1.0 if b is None else math.log(b)


BASES = [Base(None), Base(2), Base(10), Base(3.5), Base(math.e)]

# ---------------------------------------------------------------- inputs
def dirichlet(n, alpha=1.0):
    return rng.dirichlet(np.full(n, alpha))


def with_zeros(p, k):
    p = p.copy()
    p[rng.choice(len(p), k, replace=False)] = 0.0
    return p


distributions = {
    "single": np.array([1.0]),
    "coin": np.array([0.5, 0.5]),
    "biased coin": np.array([0.9, 0.1]),
    "d3": dirichlet(3),
    "d5": dirichlet(5),
    "d10": dirichlet(10),
    "d10 peaked": dirichlet(10, 0.1),
    "d50": dirichlet(50),
    "d200": dirichlet(200),
    "d1501": dirichlet(1501),
    "uniform 6": np.full(6, 1 / 6),
    "uniform 1000": np.full(1000, 1e-3),
    "one-hot 4": np.array([0.0, 0.0, 1.0, 0.0]),
    "d10 zeros": with_zeros(dirichlet(10), 3),
    "d200 zeros": with_zeros(dirichlet(200), 50),
    "counts 7": rng.integers(0, 20, 7).astype(float),
    "weights 12": rng.uniform(0, 5, 12),
    "tiny weights 8": rng.uniform(0, 1, 8) * 1e-300,
    "huge weights 8": rng.uniform(0, 1, 8) * 1e300,
    "spread 9": np.array([1e-20, 1e-10, 1e-5, 0.01, 0.1, 1, 10, 1e5, 1e10]),
    "all zero 3": np.zeros(3),
    "empty": np.zeros(0),
    "nan 4": np.array([0.2, np.nan, 0.3, 0.5]),
}
vectors = {k: v for k, v in distributions.items()}

pairs = []  # (name of p, name of q)
for n in [2, 3, 5, 10, 50, 200, 1501]:
    p = dirichlet(n)
    q = dirichlet(n)
    vectors[f"p{n}"] = p
    vectors[f"q{n}"] = q
    pairs.append((f"p{n}", f"q{n}"))
vectors["p10 zeros"] = with_zeros(dirichlet(10), 3)
vectors["q10 zeros"] = with_zeros(dirichlet(10), 2)  # zeros where p10 zeros may be > 0: KL may be inf
vectors["q10 positive"] = dirichlet(10)
vectors["p10 near"] = vectors["q10 positive"] * (1 + 1e-3 * rng.standard_normal(10))
vectors["p counts 6"] = rng.integers(1, 30, 6).astype(float)
vectors["q weights 6"] = rng.uniform(0, 3, 6)
vectors["disjoint a"] = np.array([0.5, 0.5, 0.0, 0.0])
vectors["disjoint b"] = np.array([0.0, 0.0, 0.25, 0.75])
vectors["p nan 4"] = np.array([0.2, 0.3, np.nan, 0.5])
pairs += [("p10 zeros", "q10 zeros"), ("p10 zeros", "q10 positive"), ("q10 positive", "p10 zeros"),
          ("p10 near", "q10 positive"), ("p counts 6", "q weights 6"), ("disjoint a", "disjoint b"),
          ("coin", "biased coin"), ("biased coin", "coin"), ("one-hot 4", "disjoint a"),
          ("d5", "d5"), ("uniform 6", "p counts 6"), ("p nan 4", "disjoint a"),
          ("tiny weights 8", "huge weights 8"), ("empty", "empty")]
assert len(vectors["p counts 6"]) == len(vectors["uniform 6"])

tables = {
    "t2x2": rng.dirichlet(np.ones(4)).reshape(2, 2),
    "t3x4": rng.dirichlet(np.ones(12)).reshape(3, 4),
    "t5x5 sparse": with_zeros(rng.dirichlet(np.ones(25)), 10).reshape(5, 5),
    "t10x7": rng.dirichlet(np.ones(70)).reshape(10, 7),
    "t50x40": rng.dirichlet(np.ones(2000)).reshape(50, 40),
    "t1x5": rng.dirichlet(np.ones(5)).reshape(1, 5),
    "t4x1": rng.dirichlet(np.ones(4)).reshape(4, 1),
    "independent 4x3": np.outer(dirichlet(4), dirichlet(3)),
    "deterministic 4x4": np.diag(dirichlet(4)),
    "function 3x5": np.array([[0.1, 0, 0, 0, 0.2], [0, 0.3, 0, 0, 0], [0, 0, 0.4, 0, 0]]),
    "zero row 3x3": np.array([[0.2, 0.1, 0.3], [0.0, 0.0, 0.0], [0.1, 0.1, 0.2]]),
    "counts 4x6": rng.integers(0, 15, (4, 6)).astype(float),
    "counts 8x8": rng.integers(0, 40, (8, 8)).astype(float),
    "uniform 3x3": np.full((3, 3), 1 / 9),
    "nan 2x2": np.array([[0.25, np.nan], [0.25, 0.25]]),
}

inputs = {}
for group in (vectors, tables):
    for k, a in group.items():
        inputs[k] = enc(a)
        named[id(a)] = k

# ---------------------------------------------------------------- elementwise (scipy.special)
special_x = np.array([0.0, -0.0, 1e-300, 0.1, 0.5, 1.0, 2.0, 1e300, np.inf, -1.0, np.nan, 0.3, 0.7, 5.0])
special_y = np.array([0.0, 0.5, 1e-300, 0.11, 0.5, 3.0, 1.5, 1e-10, 1.0, 1.0, 0.5, np.nan, 0.0, 1e-310])
inputs["special x"] = enc(special_x)
inputs["special y"] = enc(special_y)
named[id(special_x)] = "special x"
named[id(special_y)] = "special y"
with np.errstate(all="ignore"):
    case("entr(special)", "entr", [special_x], scipy.special.entr(special_x))
    case("rel_entr(special)", "relEntr", [special_x, special_y], scipy.special.rel_entr(special_x, special_y))
    case("kl_div(special)", "klDiv", [special_x, special_y], scipy.special.kl_div(special_x, special_y))
    for a, b in pairs[:7]:
        x, y = vectors[a], vectors[b]
        case(f"entr({a})", "entr", [x], scipy.special.entr(x))
        case(f"rel_entr({a},{b})", "relEntr", [x, y], scipy.special.rel_entr(x, y))
        case(f"kl_div({a},{b})", "klDiv", [x, y], scipy.special.kl_div(x, y))
    half = np.array([0.5])
    case("rel_entr(p10 zeros, [0.5])", "relEntr", [vectors["p10 zeros"], half],
         scipy.special.rel_entr(vectors["p10 zeros"], half))
    case("kl_div([0.5], q10 zeros)", "klDiv", [half, vectors["q10 zeros"]],
         scipy.special.kl_div(half, vectors["q10 zeros"]))

# ---------------------------------------------------------------- entropy, perplexity
with np.errstate(all="ignore"):
    for k, p in distributions.items():
        for b in BASES if k in ("coin", "d10", "d1501", "uniform 6", "d10 zeros", "counts 7") else BASES[:2]:
            case(f"entropy({k}, {b.label()})", "entropy", [p, b], scipy.stats.entropy(p, base=b.b))
        case(f"perplexity({k})", "perplexity", [p], np.exp(scipy.stats.entropy(p)))

# ---------------------------------------------------------------- two distributions


def cross_entropy(p, q, b):
    with np.errstate(all="ignore"):
        p = p / p.sum()
        q = q / q.sum()
        terms = np.where(p == 0, 0.0, -p * np.log(q))
        return terms.sum() / log_base(b)


with np.errstate(all="ignore"):
    for a, bname in pairs:
        p, q = vectors[a], vectors[bname]
        for b in BASES[:3] if a in ("p10", "p counts 6", "coin") else BASES[:2]:
            label = f"({a}, {bname}, {b.label()})"
            kl = scipy.stats.entropy(p, q, base=b.b)
            case("entropy" + label, "entropy2", [p, q, b], kl)
            case("klDivergence" + label, "klDivergence", [p, q, b], kl)
            ce = cross_entropy(p, q, b.b)
            case("crossEntropy" + label, "crossEntropy", [p, q, b], ce)
            js = jensenshannon(p, q, base=b.b)
            case("jensenShannonDistance" + label, "jsDistance", [p, q, b], js)
            case("jensenShannonDivergence" + label, "jsDivergence", [p, q, b], js * js)
        case(f"perplexity({a}, {bname})", "perplexity2", [p, q], np.exp(cross_entropy(p, q, None)))

# ---------------------------------------------------------------- joint tables


def table_mi(t, b):
    with np.errstate(all="ignore"):
        P = t / t.sum()
        outer = np.outer(P.sum(axis=1), P.sum(axis=0))
        mi = scipy.stats.entropy(P.ravel(), outer.ravel())
        return max(mi, 0.0) / log_base(b) if not np.isnan(mi) else mi


with np.errstate(all="ignore"):
    for k, t in tables.items():
        for b in BASES[:3] if k in ("t3x4", "counts 8x8") else BASES[:2]:
            label = f"({k}, {b.label()})"
            hxy = scipy.stats.entropy(t.ravel(), base=b.b)
            hx = scipy.stats.entropy(t.sum(axis=1), base=b.b)
            hy = scipy.stats.entropy(t.sum(axis=0), base=b.b)
            case("jointEntropy" + label, "jointEntropy", [t, b], hxy)
            scale = hxy if np.isfinite(hxy) else None
            case("conditionalEntropy" + label, "conditionalEntropy", [t, b], hxy - hx, scale=scale)
            case("mutualInformation" + label, "mutualInformation", [t, b], table_mi(t, b.b), scale=scale)
            if k.startswith("counts"):
                ref = mutual_info_score(None, None, contingency=t.astype(np.int64)) / log_base(b.b)
                case("mutual_info_score(contingency=" + k + ", " + b.label() + ")", "mutualInformation",
                     [t, b], ref, scale=hxy)

# ---------------------------------------------------------------- paired samples
samples = []
for n, kx, ky in [(10, 2, 2), (100, 3, 4), (1000, 5, 7), (1000, 20, 20), (10000, 10, 3), (50, 50, 50)]:
    x = rng.integers(0, kx, n)
    y = (x * 3 + rng.integers(0, ky, n)) % ky  # dependent on x
    samples.append((f"dependent n={n} {kx}x{ky}", x, y))
    samples.append((f"independent n={n} {kx}x{ky}", rng.integers(0, kx, n), rng.integers(0, ky, n)))
labels = rng.integers(0, 6, 300)
samples.append(("identical 300", labels, labels.copy()))
samples.append(("relabelled 300", labels, np.array([-7, 3, 100, 42, -1, 0])[labels]))
samples.append(("single class x", np.zeros(40, dtype=np.int64), rng.integers(0, 4, 40)))
samples.append(("single class y", rng.integers(0, 4, 40), np.full(40, 9)))
samples.append(("one sample", np.array([3]), np.array([1])))
samples.append(("two samples", np.array([3, 4]), np.array([1, 2])))
for k, x, y in samples:
    for b in BASES[:3] if k.startswith("dependent n=1000 5") else BASES[:2]:
        ref = mutual_info_score(x, y) / log_base(b.b)
        scale = max(scipy.stats.entropy(np.unique(x, return_counts=True)[1], base=b.b),
                    scipy.stats.entropy(np.unique(y, return_counts=True)[1], base=b.b))
        case(f"mutual_info_score({k}, {b.label()})", "mutualInformationSamples", [x, y, b], ref,
             scale=scale)

# ---------------------------------------------------------------- information gain


def label_entropy(labels):
    if len(labels) == 0:
        return 0.0
    return scipy.stats.entropy(np.unique(labels, return_counts=True)[1])


def information_gain(parent, splits, b):
    n = len(parent)
    gain = label_entropy(parent) - sum(len(s) / n * label_entropy(s) for s in splits)
    return max(gain, 0.0) / log_base(b), label_entropy(parent) / log_base(b)


gains = []
parent = rng.integers(0, 3, 60)
gains.append(("random binary split", parent, [parent[:25], parent[25:]]))
gains.append(("three-way split", parent, [parent[:10], parent[10:40], parent[40:]]))
order = np.argsort(parent, kind="stable")
gains.append(("pure split", parent, [parent[order][:20], parent[order][20:]]))
gains.append(("pure three-way", parent, [parent[parent == c] for c in range(3)]))
balanced = np.array([0, 1] * 8)
gains.append(("useless split", balanced, [balanced[:8], balanced[8:]]))
gains.append(("empty child", parent, [parent, parent[:0]]))
gains.append(("one child", parent, [parent]))
big = rng.integers(0, 5, 2000)
cut = rng.uniform(size=2000) < 0.3 + 0.1 * big
gains.append(("2000 samples", big, [big[cut], big[~cut]]))
gains.append(("labels -3 7 11", np.array([-3, 7, 11, 7, -3, 7]), [np.array([-3, -3, 7]), np.array([7, 11, 7])]))
gains.append(("nine children", big, [big[i::9] for i in range(9)]))
for k, parent, splits in gains:
    for b in BASES[:3] if k.startswith("random") else BASES[:2]:
        ref, scale = information_gain(parent, splits, b.b)
        concatenated = np.concatenate(splits).astype(np.int64)
        sizes = np.array([len(s) for s in splits], dtype=np.int64)
        case(f"informationGain({k}, {b.label()})", "informationGain", [parent, concatenated, sizes, b],
             ref, scale=scale)

OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps({
    "generator": "scripts/reference/information_theory.py",
    "numpy": np.__version__,
    "scipy": scipy.__version__,
    "sklearn": sklearn.__version__,
    "inputs": inputs,
    "cases": cases,
}, indent=None, separators=(",", ":")) + "\n")
print(f"wrote {len(cases)} cases to {OUT}")
