#!/usr/bin/env python3
"""Reference values for MLMath's numerical calculus, from NumPy, SciPy and mpmath.

Writes Tests/MLMathTests/Fixtures/reference/calculus.json, which
Tests/MLMathTests/Calculus*Tests.swift replay without Python.

Run from the package root:  python3 scripts/reference/calculus.py

Functions are named (the Swift tests hold the same closures under the same names):
- "derivatives": exact n-th derivatives (mpmath.diff) and scipy.differentiate.derivative;
- "gradients": np.gradient of samples; "samples": np.trapezoid, scipy.integrate.simpson,
  cumulative_trapezoid;
- "quad": scipy.integrate.quad value, abserr, neval, last, ier and the exact value (mpmath.quad);
- "dblquad": scipy.integrate.dblquad; "montecarlo": the estimate from np.random.RandomState draws;
- "roots": brentq/bisect/newton with full_output; "fsolve": roots of systems;
- "ivp": solve_ivp RK45 t, y, nfev (with and without t_eval);
- "interp": np.interp; "splines": scipy.interpolate.CubicSpline values, derivatives, integrals;
- "taylor": mpmath.taylor coefficients.
Floats that are not finite are written as "nan", "inf", "-inf".
"""
import json
import math
import pathlib
import warnings

import mpmath
import numpy as np
import scipy
import scipy.differentiate
import scipy.integrate as si
import scipy.interpolate as sinterp
import scipy.optimize as so
from reference_json import number

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "MLMathTests" / "Fixtures" / "reference" / "calculus.json"
mpmath.mp.dps = 40
warnings.simplefilter("ignore")

# Scalar functions: (numpy version, mpmath version).
F = {
    "exp": (np.exp, mpmath.exp),
    "sin": (np.sin, mpmath.sin),
    "log": (np.log, mpmath.log),
    "cubic": (lambda x: x**3 - 2 * x + 1, lambda x: x**3 - 2 * x + 1),
    "atan": (np.arctan, mpmath.atan),
    "sqrt": (np.sqrt, mpmath.sqrt),
    "gauss": (lambda x: np.exp(-x * x), lambda x: mpmath.exp(-x * x)),
    "logistic": (lambda x: 1 / (1 + np.exp(-x)), lambda x: 1 / (1 + mpmath.exp(-x))),
    "inv1px2": (lambda x: 1 / (1 + x * x), lambda x: 1 / (1 + x * x)),
    "invsqrt": (lambda x: 1 / np.sqrt(x), lambda x: 1 / mpmath.sqrt(x)),
    "cos50": (lambda x: np.cos(50 * x), lambda x: mpmath.cos(50 * x)),
    "xsin30": (lambda x: x * np.sin(30 * x), lambda x: x * mpmath.sin(30 * x)),
    "expneg": (lambda x: np.exp(-x), lambda x: mpmath.exp(-x)),
    "square": (lambda x: x * x, lambda x: x * x),
    "inv": (lambda x: 1 / x, lambda x: 1 / x),
    "sinc": (lambda x: np.sin(x) / x, lambda x: mpmath.sin(x) / x),
    "poly5": (lambda x: 3 * x**5 - x**2 + 4, lambda x: 3 * x**5 - x**2 + 4),
    "cosm": (lambda x: np.cos(x) - x, lambda x: mpmath.cos(x) - x),
    "kepler": (lambda x: x - 0.5 * np.sin(x) - 1, lambda x: x - 0.5 * mpmath.sin(x) - 1),
    "lnx2": (lambda x: np.log(x) - 2, lambda x: mpmath.log(x) - 2),
    "x2m2": (lambda x: x * x - 2, lambda x: x * x - 2),
    "expm2": (lambda x: np.exp(x) - 2, lambda x: mpmath.exp(x) - 2),
}
FPRIME = {"cosm": lambda x: -np.sin(x) - 1, "kepler": lambda x: 1 - 0.5 * np.cos(x),
          "x2m2": lambda x: 2 * x, "expm2": np.exp, "cubic": lambda x: 3 * x * x - 2}
FPRIME2 = {"x2m2": lambda x: 2.0, "cubic": lambda x: 6 * x, "expm2": np.exp}


def derivatives():
    rows = []
    for name, x, orders in [("exp", 0.0, [1, 2, 3, 4]), ("exp", 1.5, [1, 2]), ("sin", 0.7, [1, 2, 3]),
                            ("log", 2.0, [1, 2, 3]), ("log", 0.05, [1]), ("cubic", -1.2, [1, 2, 3]),
                            ("atan", 0.3, [1, 2]), ("sqrt", 4.0, [1, 2]), ("gauss", 0.5, [1, 2]),
                            ("logistic", -2.0, [1, 2]), ("sin", 100.0, [1]), ("exp", -20.0, [1])]:
        npf, mpf = F[name]
        for order in orders:
            exact = mpmath.diff(mpf, mpmath.mpf(x), order)
            row = {"f": name, "x": x, "order": order, "exact": number(exact)}
            if order == 1:
                res = scipy.differentiate.derivative(npf, x)
                row["scipy"] = number(res.df)
            rows.append(row)
    return rows


def vector_derivatives():
    # f(x) = x0^2 x1 + sin(x1) exp(x2); g(x) = [x0 x1, x0 + x2^2, sin(x0 x2)]
    x = [0.7, -1.3, 0.4]
    grad = [2 * x[0] * x[1], x[0]**2 + math.cos(x[1]) * math.exp(x[2]), math.sin(x[1]) * math.exp(x[2])]
    hess = [[2 * x[1], 2 * x[0], 0], [2 * x[0], -math.sin(x[1]) * math.exp(x[2]), math.cos(x[1]) * math.exp(x[2])],
            [0, math.cos(x[1]) * math.exp(x[2]), math.sin(x[1]) * math.exp(x[2])]]
    jac = [[x[1], x[0], 0], [1, 0, 2 * x[2]], [x[2] * math.cos(x[0] * x[2]), 0, x[0] * math.cos(x[0] * x[2])]]
    return {"x": x, "gradient": grad, "hessian": hess, "jacobian": jac}


def gradients():
    rows = []
    ys = [[1.0, 2.0, 4.0, 7.0, 11.0, 16.0], [0.0, 1.0], [3.0, -1.0, 2.5], list(np.sin(np.linspace(0, 3, 9)))]
    xs = [[0.0, 1.0, 1.5, 3.5, 4.0, 6.0], [0.0, 0.5], [1.0, 2.0, 4.0], list(np.linspace(0, 3, 9))]
    for y, x in zip(ys, xs):
        for edge in (1, 2):
            if len(y) < edge + 1:
                continue
            rows.append({"y": y, "spacing": 0.5, "edge": edge, "out": list(np.gradient(np.array(y), 0.5, edge_order=edge))})
            rows.append({"y": y, "x": x, "edge": edge, "out": list(np.gradient(np.array(y), np.array(x), edge_order=edge))})
    return rows


def samples():
    rows = []
    cases = [([1.0, 4.0, 9.0, 16.0, 25.0], [1.0, 2.0, 3.0, 4.0, 5.0]),
             ([1.0, 4.0, 9.0, 16.0], [1.0, 2.0, 3.5, 4.0]),
             ([0.5, -1.0], [0.0, 2.0]), ([3.0], [1.0]),
             (list(np.exp(np.linspace(0, 2, 8))), list(np.linspace(0, 2, 8))),
             (list(np.cos(np.sort(np.random.RandomState(0).uniform(0, 3, 11)))),
              list(np.sort(np.random.RandomState(0).uniform(0, 3, 11))))]
    for y, x in cases:
        ya, xa = np.array(y), np.array(x)
        row = {"y": y, "x": x, "trapz_x": np.trapezoid(ya, x=xa), "trapz_dx": np.trapezoid(ya, dx=0.25),
               "simpson_x": si.simpson(ya, x=xa), "simpson_dx": si.simpson(ya, dx=0.25),
               "cum_x": list(si.cumulative_trapezoid(ya, x=xa)),
               "cum_dx0": list(si.cumulative_trapezoid(ya, dx=0.25, initial=0))}
        rows.append({k: (number(v) if isinstance(v, (float, np.floating)) else v) for k, v in row.items()})
    return rows


def quads():
    rows = []
    cases = [("gauss", -math.inf, math.inf), ("inv1px2", 0, math.inf), ("log", 0, 1), ("cos50", 0, 1),
             ("xsin30", 0, 2), ("invsqrt", 0, 1), ("expneg", 0, math.inf), ("exp", -math.inf, 0),
             ("square", 0, 1), ("square", 1, 0), ("sinc", 0, 10), ("inv", 0, 1), ("sqrt", 0, 2),
             ("gauss", math.inf, -math.inf), ("gauss", 0, -math.inf), ("logistic", -3, 5), ("sin", 0, 100),
             ("exp", 2, 2)]
    for name, a, b in cases:
        npf, mpf = F[name]
        y, err, info = si.quad(npf, a, b, full_output=1)[:3]
        mp = si.quad(npf, a, b, full_output=1)
        ier = 0 if len(mp) == 3 else (1 if "maximum number" in mp[3] else -1)
        if name == "inv":
            exact = math.inf
        elif a == b:
            exact = 0.0
        else:
            exact = float(mpmath.quad(mpf, [a, b] if name not in ("cos50", "xsin30", "sin") else
                                      mpmath.linspace(a, b, 60)))
        rows.append({"f": name, "a": number(a), "b": number(b), "value": number(y), "abserr": number(err),
                     "neval": int(info["neval"]) if a != b else 0, "last": int(info["last"]), "ier": ier,
                     "exact": number(exact)})
    return rows


def dblquads():
    rows = []
    r = si.dblquad(lambda y, x: x * y, 0, 1, lambda x: 0, lambda x: 1 - x)
    rows.append({"f": "xy_triangle", "value": r[0], "abserr": r[1], "exact": 1 / 24})
    r = si.dblquad(lambda y, x: np.exp(-(x * x + y * y)), -1, 1, -2, 2)
    rows.append({"f": "gauss_rect", "value": r[0], "abserr": r[1],
                 "exact": float(mpmath.erf(1) * mpmath.erf(2) * mpmath.pi)})
    r = si.dblquad(lambda y, x: 1.0, 0, 1, lambda x: 0, lambda x: np.sqrt(1 - x * x))
    rows.append({"f": "quarter_disk", "value": r[0], "abserr": r[1], "exact": math.pi / 4})
    return rows


def montecarlo():
    rows = []
    for seed, n, box, name in [(0, 1000, [(0, 1), (0, 1)], "xy"), (42, 5000, [(0, math.pi)], "sin0"),
                               (7, 2000, [(-1, 1), (-1, 1), (0, 2)], "gauss3")]:
        rs = np.random.RandomState(seed)
        pts = rs.uniform([lo for lo, _ in box], [hi for _, hi in box], size=(n, len(box)))
        if name == "xy":
            v = pts[:, 0] * pts[:, 1]
        elif name == "sin0":
            v = np.sin(pts[:, 0])
        else:
            v = np.exp(-(pts ** 2).sum(axis=1))
        vol = np.prod([hi - lo for lo, hi in box])
        rows.append({"f": name, "seed": seed, "n": n, "box": box, "estimate": vol * v.mean(),
                     "stderr": vol * v.std(ddof=1) / math.sqrt(n)})
    return rows


def roots():
    rows = []
    for name, a, b in [("cosm", 0, 1), ("kepler", 0, 3), ("lnx2", 1, 10), ("x2m2", 0, 2), ("expm2", -1, 3),
                       ("cubic", 0, 1), ("cubic", -2, 0), ("x2m2", 0, 1.4142135623730951)]:
        f = F[name][0]
        for method, fn in [("brentq", so.brentq), ("bisect", so.bisect)]:
            try:
                r, info = fn(f, a, b, full_output=True)
                rows.append({"method": method, "f": name, "a": a, "b": b, "root": r, "iterations": info.iterations,
                             "calls": info.function_calls, "converged": bool(info.converged)})
            except ValueError as e:
                rows.append({"method": method, "f": name, "a": a, "b": b, "error": str(e)})
    for name, x0 in [("cosm", 1.0), ("kepler", 1.0), ("x2m2", 1.0), ("expm2", 0.0), ("cubic", 2.0), ("x2m2", -3.0)]:
        f = F[name][0]
        for method in ["newton", "secant", "halley"]:
            kw = {}
            if method in ("newton", "halley"):
                if name not in FPRIME:
                    continue
                kw["fprime"] = FPRIME[name]
            if method == "halley":
                if name not in FPRIME2:
                    continue
                kw["fprime2"] = FPRIME2[name]
            r, info = so.newton(f, x0, full_output=True, **kw)
            rows.append({"method": method, "f": name, "x0": x0, "root": float(r), "iterations": info.iterations,
                         "calls": info.function_calls, "converged": bool(info.converged)})
    return rows


def fsolves():
    rows = []
    def sys1(v):
        x, y = v
        return [x * x + y * y - 4, math.exp(x) + y - 1]
    def sys2(v):
        x, y, z = v
        return [3 * x - math.cos(y * z) - 0.5, x * x - 81 * (y + 0.1) ** 2 + math.sin(z) + 1.06,
                math.exp(-x * y) + 20 * z + (10 * math.pi - 3) / 3]
    for name, f, x0 in [("circle_exp", sys1, [1.0, -1.0]), ("circle_exp", sys1, [-1.0, 1.0]),
                        ("burden", sys2, [0.1, 0.1, -0.1])]:
        x, info, ier, mesg = so.fsolve(f, x0, full_output=True, xtol=1e-13)
        rows.append({"f": name, "x0": x0, "x": list(x), "ier": int(ier)})
    return rows


def ivps():
    rows = []
    systems = {
        "decay": (lambda t, y: [-0.5 * y[0]], (0, 10), [2.0]),
        "logistic": (lambda t, y: [0.8 * y[0] * (1 - y[0] / 10)], (0, 15), [0.5]),
        "oscillator": (lambda t, y: [y[1], -4 * y[0]], (0, 10), [1.0, 0.0]),
        "lotka": (lambda t, y: [1.5 * y[0] - y[0] * y[1], -3 * y[1] + y[0] * y[1]], (0, 15), [10.0, 5.0]),
        "backward": (lambda t, y: [-0.5 * y[0]], (5, 0), [1.0]),
    }
    for name, (f, span, y0) in systems.items():
        for rtol, atol in [(1e-3, 1e-6), (1e-8, 1e-10)]:
            sol = si.solve_ivp(f, span, y0, rtol=rtol, atol=atol)
            rows.append({"f": name, "span": list(span), "y0": y0, "rtol": rtol, "atol": atol, "t": list(sol.t),
                         "y": [list(r) for r in sol.y], "nfev": int(sol.nfev), "status": int(sol.status)})
        t_eval = list(np.linspace(span[0], span[1], 7))
        sol = si.solve_ivp(f, span, y0, t_eval=t_eval)
        rows.append({"f": name, "span": list(span), "y0": y0, "rtol": 1e-3, "atol": 1e-6, "t_eval": t_eval,
                     "t": list(sol.t), "y": [list(r) for r in sol.y], "nfev": int(sol.nfev),
                     "status": int(sol.status)})
    return rows


def interps():
    rows = []
    xp, fp = [0.0, 1.0, 2.5, 4.0], [1.0, 3.0, 2.0, -1.0]
    x = [-1.0, 0.0, 0.5, 1.0, 2.0, 3.9, 4.0, 5.0, math.nan]
    rows.append({"x": [number(v) for v in x], "xp": xp, "fp": fp,
                 "out": [number(v) for v in np.interp(x, xp, fp)]})
    rows.append({"x": [number(v) for v in x], "xp": xp, "fp": fp, "left": -9.0, "right": 9.0,
                 "out": [number(v) for v in np.interp(x, xp, fp, left=-9.0, right=9.0)]})
    rows.append({"x": [number(v) for v in x], "xp": [2.0], "fp": [5.0],
                 "out": [number(v) for v in np.interp(x, [2.0], [5.0])]})
    return rows


def splines():
    rows = []
    data = [([0.0, 1.0, 2.0, 3.0, 4.5, 6.0], [0.0, 0.8, 0.9, 0.1, -0.8, -1.0]),
            ([0.0, 1.0, 2.0], [1.0, 3.0, 2.0]), ([1.0, 3.0], [2.0, -1.0]),
            (list(np.linspace(0, 2 * np.pi, 12)), list(np.sin(np.linspace(0, 2 * np.pi, 12))))]
    for x, y in data:
        for bc_name, bc in [("notAKnot", "not-a-knot"), ("natural", "natural"), ("clamped", ((1, 0.5), (1, -2.0)))]:
            cs = sinterp.CubicSpline(x, y, bc_type=bc)
            pts = list(np.linspace(x[0] - 0.5, x[-1] + 0.5, 13)) + [x[1]]
            rows.append({"x": x, "y": y, "bc": bc_name, "points": pts,
                         "values": [list(cs(pts, nu)) for nu in range(4)],
                         "integrals": [[a, b, float(cs.integrate(a, b))] for a, b in
                                       [(x[0], x[-1]), (x[0] - 1, x[-1] + 1), (x[-1], x[0]), (0.3, 0.9)]],
                         "c": [list(r) for r in cs.c]})
    return rows


def taylors():
    rows = []
    for name, a, degree in [("exp", 0.0, 5), ("sin", 1.0, 4), ("log", 2.0, 3), ("atan", 0.5, 3)]:
        mpf = F[name][1]
        rows.append({"f": name, "a": a, "degree": degree,
                     "coefficients": [float(c) for c in mpmath.taylor(mpf, a, degree)]})
    return rows


def main():
    OUT.parent.mkdir(parents=True, exist_ok=True)
    meta = {"numpy": np.__version__, "scipy": scipy.__version__, "mpmath": mpmath.__version__}
    data = {"meta": meta, "derivatives": derivatives(), "vector": vector_derivatives(), "gradients": gradients(),
            "samples": samples(), "quad": quads(), "dblquad": dblquads(), "montecarlo": montecarlo(),
            "roots": roots(), "fsolve": fsolves(), "ivp": ivps(), "interp": interps(), "splines": splines(),
            "taylor": taylors()}
    OUT.write_text(json.dumps(data, indent=0, default=float) + "\n")
    print(f"{sum(len(v) for v in data.values() if isinstance(v, list))} reference rows -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
