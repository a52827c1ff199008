#!/usr/bin/env python3
"""Writes the NumPy reference values MLMath's Random and LinearAlgebra tests compare against.

Usage: python3 scripts/reference/random_linalg.py  (from the repository root)

Outputs, under Tests/MLMathTests/Fixtures/reference/:
  random_stream.json   legacy RandomState streams after seed(0), seed(42), seed(2**32-1),
                       doubles as 16-digit hex bit patterns (exact), integers as JSON integers.
  random_distributions.json   draws of the other distributions (also as bit patterns), to test
                       which ones are bit-exact; multivariate_normal to a tolerance.
  linalg.json          inputs and numpy.linalg results (floats as repr strings, exact round trip).
"""
import json
import pathlib
import struct

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests/MLMathTests/Fixtures/reference"
COUNT = 10_000
SEEDS = [0, 42, 2**32 - 1]


def bits(values):
    """Doubles as hex bit patterns: exact, and independent of any JSON float parser."""
    return [struct.pack(">d", float(v)).hex() for v in np.ravel(values)]


def ints(values):
    return [int(v) for v in np.ravel(values)]


def stream(seed):
    rs = np.random.RandomState(seed)
    out = {"seed": seed}
    rs.seed(seed)
    out["state_head"] = ints(rs.get_state()[1][:8])
    rs.seed(seed)
    out["random"] = bits(rs.random_sample(COUNT))
    rs.seed(seed)
    out["normal"] = bits(rs.normal(0.0, 1.0, COUNT))
    rs.seed(seed)
    out["normal_loc_scale"] = bits(rs.normal(1.5, 2.5, 101))
    rs.seed(seed)
    out["uniform"] = bits(rs.uniform(-3.0, 7.0, 1000))
    rs.seed(seed)
    out["randint"] = ints(rs.randint(0, 10, COUNT))
    rs.seed(seed)
    out["randint_wide"] = ints(rs.randint(-5, 2**40, 1000))
    rs.seed(seed)
    out["randint_full32"] = ints(rs.randint(0, 2**32, 100))
    rs.seed(seed)
    out["choice"] = ints(rs.choice(10, COUNT))
    p = np.arange(1, 101, dtype=float)
    p /= p.sum()
    rs.seed(seed)
    out["choice_p"] = ints(rs.choice(100, COUNT, p=p))
    rs.seed(seed)
    out["choice_noreplace"] = ints(rs.choice(COUNT, 1000, replace=False))
    p50 = np.linspace(0.0, 1.0, 50)
    p50 /= p50.sum()
    rs.seed(seed)
    out["choice_noreplace_p"] = ints(rs.choice(50, 30, replace=False, p=p50))
    rs.seed(seed)
    x = np.arange(COUNT)
    rs.shuffle(x)
    out["shuffle"] = ints(x)
    rs.seed(seed)
    out["permutation"] = ints(rs.permutation(100))
    rs.seed(seed)
    rows = np.arange(150).reshape(50, 3)
    rs.shuffle(rows)
    out["shuffle_rows"] = ints(rows)
    rs.seed(seed)
    out["choice_scalar_noreplace"] = [int(rs.choice(20, replace=False)) for _ in range(5)]
    # Interleaved calls: the cached second Gaussian must survive across calls.
    rs.seed(seed)
    mixed = []
    mixed += bits(rs.normal(0, 1, 3))
    mixed += bits([rs.standard_normal()])
    mixed += bits([rs.random_sample()])
    mixed += bits([rs.normal(2.0, 3.0)])
    mixed += bits([float(rs.randint(0, 1000))])
    mixed += bits(rs.standard_normal(5))
    mixed += bits([float(rs.choice(7))])
    mixed += bits(rs.normal(size=2))
    out["mixed"] = mixed
    return out


def distributions(seed=42, n=2000):
    rs = np.random.RandomState(seed)
    out = {"seed": seed, "count": n}
    cases = {
        "exponential_2": lambda: rs.exponential(2.0, n),
        "gamma_0.5": lambda: rs.gamma(0.5, 1.0, n),
        "gamma_1": lambda: rs.gamma(1.0, 3.0, n),
        "gamma_3.5": lambda: rs.gamma(3.5, 2.0, n),
        "beta_0.5_0.8": lambda: rs.beta(0.5, 0.8, n),
        "beta_2_5": lambda: rs.beta(2.0, 5.0, n),
        "binomial_10_0.3": lambda: rs.binomial(10, 0.3, n).astype(float),
        "binomial_1000_0.4": lambda: rs.binomial(1000, 0.4, n).astype(float),
        "binomial_1000_0.9": lambda: rs.binomial(1000, 0.9, n).astype(float),
        "binomial_50_0.95": lambda: rs.binomial(50, 0.95, n).astype(float),
        "poisson_3": lambda: rs.poisson(3.0, n).astype(float),
        "poisson_25": lambda: rs.poisson(25.0, n).astype(float),
        "poisson_1e6": lambda: rs.poisson(1e6, n).astype(float),
    }
    for name, draw in cases.items():
        rs.seed(seed)
        out[name] = bits(draw())
    mean = np.array([1.0, -2.0, 0.5])
    cov = np.array([[2.0, 0.3, 0.1], [0.3, 1.0, -0.2], [0.1, -0.2, 0.5]])
    rs.seed(seed)
    out["mvn_mean"] = [repr(float(v)) for v in mean]
    out["mvn_cov"] = [repr(float(v)) for v in cov.ravel()]
    out["mvn"] = [repr(float(v)) for v in rs.multivariate_normal(mean, cov, 200).ravel()]
    return out


def f(values):
    return [repr(float(v)) for v in np.ravel(values)]


def matrix(a):
    a = np.atleast_2d(np.asarray(a, dtype=float))
    return {"rows": a.shape[0], "columns": a.shape[1], "elements": f(a)}


def linalg():
    rs = np.random.RandomState(1234)
    cases = []
    shapes = [(1, 1), (2, 2), (3, 3), (5, 5), (8, 8), (20, 20), (6, 3), (3, 6), (40, 7), (7, 40), (64, 64)]
    for m, n in shapes:
        a = rs.standard_normal((m, n))
        b = rs.standard_normal(m)
        c = {"name": f"random_{m}x{n}", "a": matrix(a), "b": f(b)}
        k = min(m, n)
        x = rs.standard_normal(n)
        c["x"] = f(x)
        c["matvec"] = f(a @ x)
        c["gram"] = matrix(a @ a.T)
        c["trace"] = repr(float(np.trace(a)))
        c["norm_fro"] = repr(float(np.linalg.norm(a)))
        for name, ord_ in [("1", 1), ("2", 2), ("inf", np.inf), ("-1", -1), ("-2", -2), ("-inf", -np.inf), ("nuc", "nuc")]:
            c[f"norm_{name}"] = repr(float(np.linalg.norm(a, ord_)))
        c["vnorm"] = {name: repr(float(np.linalg.norm(b, o))) for name, o in
                      [("2", 2), ("1", 1), ("inf", np.inf), ("-inf", -np.inf), ("0", 0), ("3", 3), ("0.5", 0.5)]}
        c["dot"] = repr(float(np.dot(b, b)))
        s = np.linalg.svd(a, compute_uv=False)
        c["s"] = f(s)
        c["rank"] = int(np.linalg.matrix_rank(a))
        c["cond"] = repr(float(np.linalg.cond(a)))
        c["pinv"] = matrix(np.linalg.pinv(a))
        sol, res, rank, sv = np.linalg.lstsq(a, b, rcond=None)
        c["lstsq"] = {"solution": f(sol), "residuals": f(res), "rank": int(rank), "s": f(sv)}
        q, r = np.linalg.qr(a)
        c["qr"] = {"q": matrix(q), "r": matrix(r)}
        qc, rc = np.linalg.qr(a, mode="complete")
        c["qr_complete"] = {"q": matrix(qc), "r": matrix(rc)}
        u, s_, vh = np.linalg.svd(a)
        c["svd"] = {"u": matrix(u), "s": f(s_), "vh": matrix(vh)}
        if m == n:
            c["det"] = repr(float(np.linalg.det(a)))
            c["inv"] = matrix(np.linalg.inv(a))
            c["solve"] = f(np.linalg.solve(a, b))
            c["cond_1"] = repr(float(np.linalg.cond(a, 1)))
            c["cond_fro"] = repr(float(np.linalg.cond(a, "fro")))
            spd = a @ a.T + n * np.eye(n)
            c["spd"] = matrix(spd)
            c["cholesky"] = matrix(np.linalg.cholesky(spd))
            w, v = np.linalg.eigh(spd)
            c["eigh"] = {"w": f(w), "v": matrix(v)}
            ev = np.linalg.eigvals(a)
            order = np.lexsort((ev.imag, ev.real))
            c["eig_real"] = f(ev.real[order])
            c["eig_imag"] = f(ev.imag[order])
        cases.append(c)
    singular = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]])
    sb = np.array([1.0, 2.0, 3.0])
    sol, res, rank, sv = np.linalg.lstsq(singular, sb, rcond=None)
    special = {
        "singular": matrix(singular),
        "singular_det": repr(float(np.linalg.det(singular))),
        "singular_rank": int(np.linalg.matrix_rank(singular)),
        "singular_pinv": matrix(np.linalg.pinv(singular)),
        "singular_lstsq": {"b": f(sb), "solution": f(sol), "residuals": f(res), "rank": int(rank), "s": f(sv)},
        "rotation": matrix([[0.0, -1.0], [1.0, 0.0]]),
        "tall": matrix(np.arange(12.0).reshape(4, 3) + np.eye(4, 3)),
    }
    tall = np.arange(12.0).reshape(4, 3) + np.eye(4, 3)
    tb = np.array([1.0, -1.0, 2.0, 0.5])
    sol, res, rank, sv = np.linalg.lstsq(tall, tb, rcond=None)
    special["tall_lstsq"] = {"b": f(tb), "solution": f(sol), "residuals": f(res), "rank": int(rank), "s": f(sv)}
    return {"numpy": np.__version__, "cases": cases, "special": special}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "random_stream.json").write_text(
        json.dumps({"numpy": np.__version__, "streams": [stream(s) for s in SEEDS]}, separators=(",", ":")))
    (OUT / "random_distributions.json").write_text(
        json.dumps({"numpy": np.__version__, **distributions()}, separators=(",", ":")))
    (OUT / "linalg.json").write_text(json.dumps(linalg(), separators=(",", ":")))
    for name in ["random_stream.json", "random_distributions.json", "linalg.json"]:
        print(name, (OUT / name).stat().st_size, "bytes")


if __name__ == "__main__":
    main()
