#!/usr/bin/env python3
"""Reference values for MLMath's optimisation (Sources/MLMath/Optimize), from SciPy and NumPy.

Writes Tests/MLMathTests/Fixtures/reference/optimize.json, which
Tests/MLMathTests/Optimiz*Tests.swift replay without Python.

Run from the package root:  python3 scripts/reference/optimize.py

- "quadratics": f(x) = ½xᵀAx − bᵀx with A = R·diag(1, κ)·Rᵀ (R a 30° rotation), b = (1, 1);
- "minimize": scipy.optimize.minimize (Nelder-Mead, BFGS, L-BFGS-B; with and without jac,
  with bounds) on named problems: x, fun, nit, nfev, njev, status, message, and the path
  (return_all) where SciPy gives one;
- "optimizers": trajectories of PyTorch's SGD (momentum, Nesterov), Adagrad, RMSprop, Adam,
  AdamW update equations, re-implemented here in NumPy (torch is not installed) from
  torch/optim/*.py's single-tensor code;
- "schedules": StepLR, ExponentialLR, CosineAnnealingLR closed forms (torch's _get_closed_form_lr);
- "newton": pure Newton steps x ← x − H⁻¹g (np.linalg.solve) with analytic Hessians;
- "backtracking": Armijo backtracking (Nocedal & Wright, Algorithm 3.1);
- "lineSearch": scipy.optimize.line_search (the strong-Wolfe zoom search) along −∇f;
- "linprog": scipy.optimize.linprog (HiGHS) on problems with a unique optimum, a degenerate
  one (Beale's cycling example), and infeasible and unbounded ones: status, x, fun, slack, con.
The objectives are written with the scalar arithmetic the Swift tests use, operation for
operation, so both sides evaluate f to the same bits.
"""
import json
import math
import pathlib
import warnings

import numpy as np
import scipy.optimize as so
from reference_json import number

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "MLMathTests" / "Fixtures" / "reference" / "optimize.json"
warnings.simplefilter("ignore")


def rosen(x):
    s = 0.0
    for i in range(len(x) - 1):
        t = x[i + 1] - x[i] * x[i]
        s += 100.0 * (t * t) + (1.0 - x[i]) * (1.0 - x[i])
    return s


def rosen_der(x):
    n = len(x)
    g = np.zeros(n)
    for i in range(n - 1):
        t = x[i + 1] - x[i] * x[i]
        g[i] += -400.0 * x[i] * t - 2.0 * (1.0 - x[i])
        g[i + 1] += 200.0 * t
    return g


def rosen_hess(x):
    n = len(x)
    h = np.zeros((n, n))
    for i in range(n - 1):
        h[i, i] += 1200.0 * x[i] * x[i] - 400.0 * x[i + 1] + 2.0
        h[i, i + 1] += -400.0 * x[i]
        h[i + 1, i] += -400.0 * x[i]
        h[i + 1, i + 1] += 200.0
    return h


def himmelblau(x):
    a = x[0] * x[0] + x[1] - 11.0
    b = x[0] + x[1] * x[1] - 7.0
    return a * a + b * b


def himmelblau_der(x):
    a = x[0] * x[0] + x[1] - 11.0
    b = x[0] + x[1] * x[1] - 7.0
    return np.array([4.0 * x[0] * a + 2.0 * b, 2.0 * a + 4.0 * x[1] * b])


def himmelblau_hess(x):
    return np.array([[12.0 * x[0] * x[0] + 4.0 * x[1] - 42.0, 4.0 * x[0] + 4.0 * x[1]],
                     [4.0 * x[0] + 4.0 * x[1], 4.0 * x[0] + 12.0 * x[1] * x[1] - 26.0]])


def beale(x):
    a = 1.5 - x[0] + x[0] * x[1]
    b = 2.25 - x[0] + x[0] * x[1] * x[1]
    c = 2.625 - x[0] + x[0] * x[1] * x[1] * x[1]
    return a * a + b * b + c * c


def beale_der(x):
    a = 1.5 - x[0] + x[0] * x[1]
    b = 2.25 - x[0] + x[0] * x[1] * x[1]
    c = 2.625 - x[0] + x[0] * x[1] * x[1] * x[1]
    y = x[1]
    return np.array([2.0 * a * (y - 1.0) + 2.0 * b * (y * y - 1.0) + 2.0 * c * (y * y * y - 1.0),
                     2.0 * a * x[0] + 4.0 * b * x[0] * y + 6.0 * c * x[0] * y * y])


QUADS = {}
for kappa in (1.0, 10.0, 100.0, 1000.0):
    c, s = math.cos(math.pi / 6), math.sin(math.pi / 6)
    R = np.array([[c, -s], [s, c]])
    A = R @ np.diag([1.0, kappa]) @ R.T
    A = (A + A.T) / 2
    QUADS[f"quad{int(kappa)}"] = (A, np.array([1.0, 1.0]))


def quad_fun(name):
    A, b = QUADS[name]
    a00, a01, a11, b0, b1 = A[0, 0], A[0, 1], A[1, 1], b[0], b[1]

    def f(x):
        return 0.5 * (a00 * x[0] * x[0] + 2.0 * a01 * x[0] * x[1] + a11 * x[1] * x[1]) - (b0 * x[0] + b1 * x[1])

    def g(x):
        return np.array([a00 * x[0] + a01 * x[1] - b0, a01 * x[0] + a11 * x[1] - b1])

    def h(x):
        return np.array([[a00, a01], [a01, a11]])
    return f, g, h


PROBLEMS = {"rosen": (rosen, rosen_der, rosen_hess), "himmelblau": (himmelblau, himmelblau_der, himmelblau_hess),
            "beale": (beale, beale_der, None)}
for q in QUADS:
    PROBLEMS[q] = quad_fun(q)

INF = math.inf
MINIMIZE = [
    ("rosen", [-1.2, 1.0]), ("rosen", [0.0, 0.0]), ("rosen", [2.0, 2.0]), ("rosen", [-1.0, -1.0]),
    ("rosen", [1.3, 0.7, 0.8, 1.9, 1.2]), ("himmelblau", [0.0, 0.0]), ("himmelblau", [-1.0, 1.0]),
    ("himmelblau", [-3.0, -3.0]), ("beale", [1.0, 1.0]), ("quad1", [3.0, -2.0]), ("quad10", [3.0, -2.0]),
    ("quad100", [3.0, -2.0]), ("quad1000", [3.0, -2.0]), ("quad10", [0.0, 0.0]),
]
BOUNDED = [
    ("rosen", [-1.2, 1.0], [(-2.0, 0.5), (-2.0, 2.0)]), ("rosen", [0.0, 0.0], [(-INF, INF), (-INF, 0.3)]),
    ("himmelblau", [1.0, 1.0], [(0.0, 2.0), (0.0, 2.0)]), ("quad10", [0.5, 0.5], [(0.0, 1.0), (0.0, 1.0)]),
    ("quad100", [-1.0, 2.0], [(-1.0, 0.2), (0.0, 5.0)]), ("beale", [1.0, 1.0], [(-4.5, 4.5), (-4.5, 4.5)]),
    ("rosen", [0.2, 0.2, 0.2, 0.2], [(0.0, 0.5), (0.0, 0.5), (0.0, 0.5), (0.0, 0.5)]),
]


def vec(v):
    return [number(x) for x in np.asarray(v, dtype=float)]


def run_minimize(problem, x0, method, use_jac, bounds=None):
    f, g, _ = PROBLEMS[problem]
    options = {"return_all": True} if method in ("Nelder-Mead", "BFGS") else {}
    r = so.minimize(f, np.array(x0), method=method, jac=g if use_jac else None, bounds=bounds, options=options)
    tight = so.minimize(f, np.array(x0), method="L-BFGS-B", jac=g, bounds=bounds,
                        options={"ftol": 1e-15, "gtol": 1e-10, "maxiter": 100000})
    return {
        "problem": problem, "method": method, "jac": use_jac, "x0": vec(x0),
        "bounds": None if bounds is None else [[number(lo), number(hi)] for lo, hi in bounds],
        "x": vec(r.x), "fun": number(r.fun), "nit": int(r.nit), "nfev": int(r.nfev),
        "njev": int(r.get("njev", 0)), "status": int(r.status), "success": bool(r.success), "message": str(r.message),
        "path": [vec(p) for p in r.allvecs] if "allvecs" in r else None,
        "hessInv": [vec(row) for row in r.hess_inv] if method == "BFGS" else None,
        # The minimiser to near machine precision (L-BFGS-B with ftol 1e-15, gtol 1e-10, exact gradient):
        # SciPy's default stopping tests can stop short of it, and a different method may stop elsewhere.
        "xTight": vec(tight.x), "funTight": number(tight.fun),
    }


def minimize_rows():
    rows = []
    for problem, x0 in MINIMIZE:
        rows.append(run_minimize(problem, x0, "Nelder-Mead", False))
        rows.append(run_minimize(problem, x0, "BFGS", True))
        rows.append(run_minimize(problem, x0, "BFGS", False))
        rows.append(run_minimize(problem, x0, "L-BFGS-B", True))
        rows.append(run_minimize(problem, x0, "L-BFGS-B", False))
    for problem, x0, bounds in BOUNDED:
        rows.append(run_minimize(problem, x0, "Nelder-Mead", False, bounds))
        rows.append(run_minimize(problem, x0, "L-BFGS-B", True, bounds))
        rows.append(run_minimize(problem, x0, "L-BFGS-B", False, bounds))
    return rows


# PyTorch's update equations (torch/optim/sgd.py, adagrad.py, rmsprop.py, adam.py, adamw.py,
# single-tensor paths), one parameter vector, float64.
def lerp(start, end, w):
    return start + w * (end - start) if w < 0.5 else end - (end - start) * (1 - w)


def sgd(lr=1e-3, momentum=0.0, dampening=0.0, weight_decay=0.0, nesterov=False):
    state = {}

    def step(p, g):
        g = g + weight_decay * p if weight_decay != 0 else g
        if momentum != 0:
            if "buf" not in state:
                state["buf"] = g.copy()
            else:
                state["buf"] = state["buf"] * momentum + (1 - dampening) * g
            g = g + momentum * state["buf"] if nesterov else state["buf"]
        return p - lr * g
    return step


def adagrad(lr=1e-2, lr_decay=0.0, weight_decay=0.0, initial_accumulator_value=0.0, eps=1e-10):
    state = {"t": 0}

    def step(p, g):
        if "sum" not in state:
            state["sum"] = np.full_like(p, initial_accumulator_value)
        state["t"] += 1
        g = g + weight_decay * p if weight_decay != 0 else g
        clr = lr / (1 + (state["t"] - 1) * lr_decay)
        state["sum"] = state["sum"] + g * g
        std = np.sqrt(state["sum"]) + eps
        return p - clr * (g / std)
    return step


def rmsprop(lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0.0, momentum=0.0, centered=False):
    state = {}

    def step(p, g):
        if "sq" not in state:
            state["sq"], state["gavg"], state["buf"] = np.zeros_like(p), np.zeros_like(p), np.zeros_like(p)
        g = g + weight_decay * p if weight_decay != 0 else g
        state["sq"] = state["sq"] * alpha + (1 - alpha) * g * g
        if centered:
            state["gavg"] = np.array([lerp(a, b, 1 - alpha) for a, b in zip(state["gavg"], g)])
            avg = np.sqrt(state["sq"] - state["gavg"] * state["gavg"]) + eps
        else:
            avg = np.sqrt(state["sq"]) + eps
        if momentum > 0:
            state["buf"] = state["buf"] * momentum + g / avg
            return p - lr * state["buf"]
        return p - lr * (g / avg)
    return step


def adam(lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0, amsgrad=False, decoupled=False):
    state = {"t": 0}

    def step(p, g):
        if "m" not in state:
            state["m"], state["v"], state["vmax"] = np.zeros_like(p), np.zeros_like(p), np.zeros_like(p)
        state["t"] += 1
        t = state["t"]
        if decoupled:
            p = p * (1 - lr * weight_decay)
        elif weight_decay != 0:
            g = g + weight_decay * p
        state["m"] = np.array([lerp(a, b, 1 - beta1) for a, b in zip(state["m"], g)])
        state["v"] = state["v"] * beta2 + (1 - beta2) * g * g
        bc1 = 1 - beta1 ** t
        bc2 = 1 - beta2 ** t
        if amsgrad:
            state["vmax"] = np.maximum(state["vmax"], state["v"])
            second = state["vmax"]
        else:
            second = state["v"]
        denom = np.sqrt(second) / math.sqrt(bc2) + eps
        return p - (lr / bc1) * (state["m"] / denom)
    return step


OPTIMIZERS = [
    ("GradientDescent", {"lr": 0.1}, "quad10", [3.0, -2.0], 40, sgd),
    ("GradientDescent", {"lr": 0.05, "momentum": 0.9}, "quad10", [3.0, -2.0], 60, sgd),
    ("GradientDescent", {"lr": 0.05, "momentum": 0.9, "nesterov": True}, "quad10", [3.0, -2.0], 60, sgd),
    ("GradientDescent", {"lr": 0.02, "momentum": 0.5, "dampening": 0.3, "weight_decay": 0.1}, "himmelblau",
     [0.5, 0.5], 50, sgd),
    ("GradientDescent", {"lr": 1e-3, "momentum": 0.9}, "rosen", [-1.2, 1.0], 200, sgd),
    ("AdaGrad", {"lr": 0.5}, "quad100", [3.0, -2.0], 60, adagrad),
    ("AdaGrad", {"lr": 0.3, "lr_decay": 0.01, "weight_decay": 0.05, "initial_accumulator_value": 0.1}, "rosen",
     [-1.2, 1.0], 100, adagrad),
    ("RMSProp", {"lr": 0.01}, "quad100", [3.0, -2.0], 80, rmsprop),
    ("RMSProp", {"lr": 0.005, "momentum": 0.8, "centered": True, "weight_decay": 0.01}, "himmelblau", [0.5, 0.5],
     80, rmsprop),
    ("Adam", {"lr": 0.1}, "quad100", [3.0, -2.0], 100, adam),
    ("Adam", {"lr": 0.05, "beta1": 0.8, "beta2": 0.99, "weight_decay": 0.01, "amsgrad": True}, "rosen",
     [-1.2, 1.0], 150, adam),
    ("Adam", {}, "beale", [1.0, 1.0], 50, adam),
    ("AdamW", {"lr": 0.1}, "quad100", [3.0, -2.0], 100, lambda **k: adam(decoupled=True, weight_decay=1e-2, **k)),
    ("AdamW", {"lr": 0.02, "weight_decay": 0.1, "amsgrad": True}, "himmelblau", [0.5, 0.5], 120,
     lambda **k: adam(decoupled=True, **k)),
]


def optimizer_rows():
    rows = []
    for name, params, problem, x0, steps, make in OPTIMIZERS:
        step = make(**params)
        g = PROBLEMS[problem][1]
        p = np.array(x0)
        path = [vec(p)]
        for _ in range(steps):
            p = step(p, g(p))
            path.append(vec(p))
        # Flags are written as 1.0 / 0.0 so every parameter decodes as a number.
        rows.append({"optimizer": name, "params": {k: float(v) for k, v in params.items()}, "problem": problem, "x0": vec(x0), "steps": steps,
                     "path": path})
    # A cosine schedule driving Adam: lr for step t is the schedule's value at t.
    p = np.array([3.0, -2.0])
    path = [vec(p)]
    lrs = [0.0 + (0.2 - 0.0) * (1 + math.cos(math.pi * t / 30)) / 2 for t in range(30)]
    st = {"m": np.zeros(2), "v": np.zeros(2), "t": 0}
    for t in range(30):
        lr = lrs[t]
        g = PROBLEMS["quad100"][1](p)
        st["t"] += 1
        st["m"] = np.array([lerp(a, b, 1 - 0.9) for a, b in zip(st["m"], g)])
        st["v"] = st["v"] * 0.999 + (1 - 0.999) * g * g
        bc1, bc2 = 1 - 0.9 ** st["t"], 1 - 0.999 ** st["t"]
        p = p - (lr / bc1) * (st["m"] / (np.sqrt(st["v"]) / math.sqrt(bc2) + 1e-8))
        path.append(vec(p))
    rows.append({"optimizer": "Adam+CosineAnnealingLR", "params": {"lr": 0.2, "tMax": 30.0}, "problem": "quad100",
                 "x0": [3.0, -2.0], "steps": 30, "path": path})
    return rows


def schedule_rows():
    ts = list(range(0, 61))
    rows = []
    for lr, step_size, gamma in [(0.1, 10, 0.1), (1.0, 3, 0.5), (0.05, 1, 0.9)]:
        rows.append({"schedule": "StepLR", "lr": lr, "stepSize": step_size, "gamma": gamma,
                     "values": [lr * gamma ** (t // step_size) for t in ts]})
    for lr, gamma in [(0.1, 0.95), (1.0, 0.5), (0.01, 1.0)]:
        rows.append({"schedule": "ExponentialLR", "lr": lr, "gamma": gamma, "values": [lr * gamma ** t for t in ts]})
    for lr, tmax, eta in [(0.1, 50, 0.0), (1.0, 20, 0.1), (0.01, 7, 0.001)]:
        rows.append({"schedule": "CosineAnnealingLR", "lr": lr, "tMax": tmax, "etaMin": eta,
                     "values": [eta + (lr - eta) * (1 + math.cos(math.pi * t / tmax)) / 2 for t in ts]})
    return rows


def newton_rows():
    rows = []
    for problem, x0 in [("rosen", [-1.2, 1.0]), ("rosen", [0.5, 0.5]), ("himmelblau", [3.5, 1.5]),
                        ("himmelblau", [-2.5, 3.5]), ("quad1000", [3.0, -2.0])]:
        f, g, h = PROBLEMS[problem]
        x = np.array(x0)
        path = [vec(x)]
        nit = 0
        while np.max(np.abs(g(x))) > 1e-8 and nit < 50:
            x = x + np.linalg.solve(h(x), -g(x))
            path.append(vec(x))
            nit += 1
        rows.append({"problem": problem, "x0": vec(x0), "x": vec(x), "fun": number(f(x)), "nit": nit, "path": path})
    return rows


def backtracking_rows():
    rows = []
    for problem, x, alpha0, rho, c in [("rosen", [-1.2, 1.0], 1.0, 0.5, 1e-4), ("rosen", [0.0, 0.0], 1.0, 0.3, 0.1),
                                      ("himmelblau", [0.0, 0.0], 1.0, 0.5, 1e-4), ("quad1000", [3.0, -2.0], 2.0, 0.5, 0.5)]:
        f, g, _ = PROBLEMS[problem]
        x = np.array(x)
        p = -g(x)
        f0 = f(x)
        slope = float(np.dot(g(x), p))
        alpha, nfev = alpha0, 2
        value = f(x + alpha * p)
        while not value <= f0 + c * alpha * slope:
            alpha *= rho
            value = f(x + alpha * p)
            nfev += 1
        rows.append({"problem": problem, "x": vec(x), "alpha0": alpha0, "rho": rho, "c": c, "alpha": alpha,
                     "fun": number(value), "nfev": nfev})
    return rows


def linprog_rows():
    # Problems with a unique optimum (so any exact method must agree with HiGHS), Beale's
    # cycling example (degenerate; Bland's rule must not cycle), and infeasible / unbounded ones.
    problems = [
        dict(c=[-1, -2], A_ub=[[1, 1], [1, -1]], b_ub=[4, 1]),
        dict(c=[-3, -5], A_ub=[[1, 0], [0, 2], [3, 2]], b_ub=[4, 12, 18]),
        dict(c=[1, 2, 3], A_ub=[[-1, 1, 0]], b_ub=[0.5], A_eq=[[1, 1, 1]], b_eq=[1]),
        dict(c=[1, 1], A_ub=[[2, -1]], b_ub=[0], bounds=[(-3, 5), (-INF, INF)]),
        dict(c=[-1, -1], A_ub=[[1, 2]], b_ub=[6], bounds=[(-INF, 2), (0, INF)]),
        dict(c=[-0.75, 20, -0.5, 6], A_ub=[[0.25, -8, -1, 9], [0.5, -12, -0.5, 3], [0, 0, 1, 0]], b_ub=[0, 0, 1]),
        dict(c=[2, 3, 1], A_eq=[[1, 1, 1], [1, -1, 0]], b_eq=[10, 2], bounds=[(0, 8), (1, INF), (0, 3)]),
        dict(c=[1, 1], A_ub=[[1, 1]], b_ub=[-1]),
        dict(c=[-1, 0], A_ub=[[1, -1]], b_ub=[1]),
        dict(c=[1, 0], A_eq=[[1, 1]], b_eq=[-1]),
    ]
    rs = np.random.RandomState(0)
    for _ in range(3):
        problems.append(dict(c=list(-rs.uniform(0, 1, 5)), A_ub=rs.uniform(0, 1, (4, 5)).tolist(),
                             b_ub=list(rs.uniform(1, 2, 4))))
    rows = []
    for prob in problems:
        r = so.linprog(prob["c"], A_ub=prob.get("A_ub"), b_ub=prob.get("b_ub"), A_eq=prob.get("A_eq"),
                       b_eq=prob.get("b_eq"), bounds=prob.get("bounds", (0, None)))
        rows.append({
            "c": vec(prob["c"]), "A_ub": [vec(row) for row in prob["A_ub"]] if "A_ub" in prob else None,
            "b_ub": vec(prob["b_ub"]) if "b_ub" in prob else None,
            "A_eq": [vec(row) for row in prob["A_eq"]] if "A_eq" in prob else None,
            "b_eq": vec(prob["b_eq"]) if "b_eq" in prob else None,
            "bounds": [[number(lo), number(hi)] for lo, hi in prob["bounds"]] if "bounds" in prob else None,
            "status": int(r.status), "x": vec(r.x) if r.x is not None else None,
            "fun": number(r.fun) if r.fun is not None else None,
            "slack": vec(r.ineqlin.residual) if r.status == 0 else None,
            "con": vec(r.eqlin.residual) if r.status == 0 else None,
        })
    return rows


def line_search_rows():
    # scipy.optimize.line_search (line_search_wolfe2) along −∇f, with and without a previous f and amax.
    rows = []
    for problem, x, old_old, amax, c2 in [("rosen", [-1.2, 1.0], None, None, 0.9), ("rosen", [0.0, 0.0], None, None, 0.1),
                                          ("himmelblau", [0.0, 0.0], None, None, 0.9),
                                          ("himmelblau", [1.0, 1.0], 140.0, None, 0.5),
                                          ("quad1000", [3.0, -2.0], None, 0.001, 0.9), ("beale", [1.0, 1.0], 15.0, None, 0.9),
                                          ("quad10", [3.0, -2.0], None, None, 0.01)]:
        f, g, _ = PROBLEMS[problem]
        xk = np.array(x)
        pk = -g(xk)
        r = so.line_search(f, g, xk, pk, old_old_fval=old_old, amax=amax, c2=c2)
        rows.append({"problem": problem, "x": vec(x), "oldOldFval": old_old, "amax": amax, "c2": c2,
                     "alpha": None if r[0] is None else number(r[0]), "fc": r[1], "gc": r[2],
                     "newFval": None if r[3] is None else number(r[3]), "oldFval": None if r[4] is None else number(r[4]),
                     "newSlope": None if r[5] is None else vec(r[5])})
    return rows


def main():
    data = {
        "quadratics": {k: {"A": [vec(row) for row in A], "b": vec(b)} for k, (A, b) in QUADS.items()},
        "minimize": minimize_rows(), "optimizers": optimizer_rows(), "schedules": schedule_rows(),
        "newton": newton_rows(), "backtracking": backtracking_rows(), "linprog": linprog_rows(),
        "lineSearch": line_search_rows(),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, indent=0, default=float) + "\n")
    print(f"{sum(len(v) for v in data.values() if isinstance(v, list))} reference rows -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
