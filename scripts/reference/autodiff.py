#!/usr/bin/env python3
"""Reference values for MLMath's automatic differentiation (Sources/MLMath/Autodiff/).

Writes Tests/MLMathTests/Fixtures/reference/autodiff.json, which
Tests/MLMathTests/AutodiffReferenceTests.swift replays without Python.

Run from the package root:  python3 scripts/reference/autodiff.py

- "forward": for each named function (the Swift test has the same function, written
  generically over RealScalar), f(x) and f'(x) at several points: SymPy differentiates the
  expression symbolically and mpmath evaluates f and f' at 40 digits, then rounds to double.
- "gradients": functions of three variables with their gradients, the same way.
- "network": a two-layer network x -> W1 -> +b1 -> relu -> W2 -> +b2 -> MSE, and
- "softmax_cross_entropy": x -> W -> +b -> cross-entropy(logits, labels), both with inputs
  from np.random.RandomState and the loss and every gradient from the backpropagation
  formulas written out in NumPy (no autodiff library is involved).
"""
import json
import pathlib

import mpmath as mp
import numpy as np
import sympy as sp
from reference_json import number

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "MLMathTests" / "Fixtures" / "reference" / "autodiff.json"

mp.mp.dps = 40
x, y, z = sp.symbols("x y z", real=True)


def expit(t):
    return 1 / (1 + sp.exp(-t))


# name -> (expression, points). The names are the Swift test's.
FORWARD = {
    "exp": (sp.exp(x), [-3.5, -0.25, 0.5, 2.0, 10.0]),
    "expm1": (sp.exp(x) - 1, [-2.0, -1e-6, 1e-8, 0.3, 4.0]),
    "log": (sp.log(x), [1e-5, 0.25, 1.0, 3.0, 1e6]),
    "log1p": (sp.log(1 + x), [-0.9, -1e-7, 1e-9, 0.5, 20.0]),
    "sin": (sp.sin(x), [-2.0, 0.1, 1.0, 3.0, 10.0]),
    "cos": (sp.cos(x), [-2.0, 0.1, 1.0, 3.0, 10.0]),
    "tan": (sp.tan(x), [-1.2, 0.1, 0.7, 1.5]),
    "asin": (sp.asin(x), [-0.9, -0.2, 0.3, 0.99]),
    "acos": (sp.acos(x), [-0.9, -0.2, 0.3, 0.99]),
    "atan": (sp.atan(x), [-5.0, -0.2, 0.3, 40.0]),
    "sinh": (sp.sinh(x), [-3.0, -0.2, 0.3, 5.0]),
    "cosh": (sp.cosh(x), [-3.0, -0.2, 0.3, 5.0]),
    "tanh": (sp.tanh(x), [-3.0, -0.2, 0.3, 5.0]),
    "sqrt": (sp.sqrt(x), [1e-6, 0.5, 2.0, 1e8]),
    "pow2.5": (x ** sp.Rational(5, 2), [0.1, 1.5, 7.0]),
    "powInt3": (x ** 3, [-2.0, -0.5, 0.7, 3.0]),
    "powInt-2": (x ** -2, [-2.0, 0.5, 3.0]),
    "xToTheX": (x ** x, [0.2, 1.0, 2.5]),
    "expit": (expit(x), [-30.0, -2.0, 0.0, 0.5, 30.0]),
    "softplus": (sp.log(1 + sp.exp(x)), [-30.0, -2.0, 0.0, 0.5, 30.0]),
    "erf": (sp.erf(x), [-2.0, -0.3, 0.1, 1.0, 4.0]),
    "abs": (sp.Abs(x), [-2.0, 0.5]),
    "gaussianWave": (sp.exp(-x ** 2 / 2) * sp.sin(3 * x), [-1.3, 0.2, 0.9, 2.2]),
    "rational": (sp.log(1 + x ** 2) / (1 + sp.tanh(x)), [-0.7, 0.4, 1.9]),
    "mixed": (sp.sqrt(1 + x ** 4) * sp.atan(x) - x / (2 + sp.cos(x)), [-1.1, 0.6, 2.5]),
    "gated": (expit(sp.sin(x)) * sp.erf(x / 2), [-1.5, 0.35, 3.0]),
    "towers": (sp.sinh(x) ** sp.cosh(x), [0.3, 1.2]),
    "logistic": (sp.log(expit(2 * x - 1)) + (sp.exp(x / 3) - 1) ** 2, [-2.0, 0.5, 4.0]),
}

# Functions of (x, y, z) and the points of their gradients.
GRADIENTS = {
    "product": (x * y * sp.sin(z) + sp.exp(x * y) / z, [[0.5, -1.0, 2.0], [1.2, 0.3, -0.7]]),
    "norm": (sp.sqrt(x ** 2 + y ** 2 + z ** 2) + sp.log(1 + x ** 2 * y ** 2), [[1.0, 2.0, 3.0], [-0.5, 0.1, 0.25]]),
    "neuron": (sp.tanh(0.5 * x - 1.5 * y + 0.25 * z + 0.1), [[0.2, 0.4, -0.6], [1.0, -1.0, 2.0]]),
}


def as_double(value):
    return number(float(value))


forward = []
for name, (expr, points) in FORWARD.items():
    derivative = sp.diff(expr, x)
    f = sp.lambdify(x, expr, "mpmath")
    df = sp.lambdify(x, derivative, "mpmath")
    forward.append({
        "name": name,
        "expression": str(expr),
        "derivative": str(derivative),
        "x": points,
        "f": [as_double(f(mp.mpf(p))) for p in points],
        "df": [as_double(df(mp.mpf(p))) for p in points],
    })

gradients = []
for name, (expr, points) in GRADIENTS.items():
    grads = [sp.lambdify((x, y, z), sp.diff(expr, v), "mpmath") for v in (x, y, z)]
    f = sp.lambdify((x, y, z), expr, "mpmath")
    gradients.append({
        "name": name,
        "expression": str(expr),
        "points": points,
        "f": [as_double(f(*map(mp.mpf, p))) for p in points],
        "gradient": [[as_double(g(*map(mp.mpf, p))) for g in grads] for p in points],
    })


def matrix(a):
    return [[number(v) for v in row] for row in np.atleast_2d(a)]


def vector(a):
    return [number(v) for v in a]


# Two-layer network with MSE: backpropagation written out by hand.
rs = np.random.RandomState(13)
X = rs.randn(4, 3)
W1 = rs.randn(3, 5) * 0.7
b1 = rs.randn(5) * 0.1
W2 = rs.randn(5, 2) * 0.7
b2 = rs.randn(2) * 0.1
Y = rs.randn(4, 2)
Z1 = X @ W1 + b1
H = np.maximum(Z1, 0)
P = H @ W2 + b2
loss = np.mean((P - Y) ** 2)
dP = 2 * (P - Y) / P.size
dW2 = H.T @ dP
db2 = dP.sum(axis=0)
dH = dP @ W2.T
dZ1 = dH * (Z1 > 0)
dW1 = X.T @ dZ1
db1 = dZ1.sum(axis=0)
dX = dZ1 @ W1.T
network = {
    "x": matrix(X), "w1": matrix(W1), "b1": vector(b1), "w2": matrix(W2), "b2": vector(b2), "y": matrix(Y),
    "hidden": matrix(H), "prediction": matrix(P), "loss": number(loss),
    "dx": matrix(dX), "dw1": matrix(dW1), "db1": vector(db1), "dw2": matrix(dW2), "db2": vector(db2),
}

# Softmax cross-entropy from logits, with large logits to exercise the log-sum-exp.
rs = np.random.RandomState(7)
Xc = rs.randn(5, 4)
W = rs.randn(4, 3) * 3
b = rs.randn(3)
labels = np.array([0, 2, 1, 2, 0])
Z = Xc @ W + b
shifted = Z - Z.max(axis=1, keepdims=True)
log_probabilities = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
ce = -np.mean(log_probabilities[np.arange(5), labels])
dZ = np.exp(log_probabilities)
dZ[np.arange(5), labels] -= 1
dZ /= 5
cross_entropy = {
    "x": matrix(Xc), "w": matrix(W), "b": vector(b), "labels": labels.tolist(),
    "logits": matrix(Z), "log_softmax": matrix(log_probabilities), "softmax": matrix(np.exp(log_probabilities)),
    "loss": number(ce),
    "dx": matrix(dZ @ W.T), "dw": matrix(Xc.T @ dZ), "db": vector(dZ.sum(axis=0)),
}

OUT.write_text(json.dumps({
    "forward": forward, "gradients": gradients, "network": network, "softmax_cross_entropy": cross_entropy,
}, indent=1) + "\n")
print(f"wrote {OUT.relative_to(ROOT)}: {sum(len(e['x']) for e in forward)} forward points, "
      f"{sum(len(e['points']) for e in gradients)} gradients, 2 networks")
