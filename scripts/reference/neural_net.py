#!/usr/bin/env python3
"""Reference values for MLMath's neural-network building blocks (Sources/MLMath/NeuralNet).

Writes Tests/MLMathTests/Fixtures/reference/neural_net.json, which
Tests/MLMathTests/NeuralNet*Tests.swift replay without Python.

Run from the package root:  python3 scripts/reference/neural_net.py

torch is not installed, so every PyTorch function is written out here in NumPy/SciPy from
PyTorch's documentation (and its C++ kernels where the documentation leaves a choice open,
e.g. the derivative at a kink):
- "activations": sigmoid, tanh′, ReLU, leaky ReLU, ELU, SELU, GELU (exact and tanh), SiLU,
  softplus (β, threshold) and their derivatives on a grid reaching into both tails;
- "losses": F.mse_loss, l1_loss, huber_loss, binary_cross_entropy (Keras's clip),
  binary_cross_entropy_with_logits, cross_entropy (labels and probabilities), nll_loss of
  clipped log-probabilities, kl_div (every reduction, log_target), torchvision's
  sigmoid_focal_loss, scikit-learn's mean_pinball_loss and hinge_loss, Keras's log_cosh:
  the mean (or reduced) loss and its gradient with respect to the input;
- "softmax": scipy.special.softmax / log_softmax along each axis, their vector-Jacobian
  products and (for vectors) Jacobians;
- "penalties": L1, L2 (½α‖w‖²), elastic net (scikit-learn's convention), their
  subgradients, soft-thresholding and the elastic-net proximal operator;
- "batchNorm", "layerNorm": torch.nn.BatchNorm1d / LayerNorm forward (training and eval,
  running statistics with momentum 0.1 and None) and backward (PyTorch's formulas);
- "dropout": masks from np.random.RandomState(seed).random_sample(shape) >= p;
- "init": torch.nn.init's xavier/kaiming bounds and standard deviations, drawn with
  np.random.RandomState(seed).uniform / normal.

Where the textbook formula cancels (1 + erf(x/√2) for negative x, 1 − p_t in the focal loss,
log cosh of a small error), the reference uses an algebraically equal stable form; the smooth
activations (sigmoid, tanh, ELU, GELU, SiLU, softplus) and their derivatives are checked here
against mpmath at 50 digits before they are written, and log-cosh is evaluated by mpmath.
"""
import json
import math
import pathlib

import mpmath as mp
import numpy as np
import scipy.special as sc
from sklearn.metrics import hinge_loss, mean_pinball_loss

from reference_json import number

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "MLMathTests" / "Fixtures" / "reference" / "neural_net.json"
mp.mp.dps = 50
np.seterr(over="ignore", under="ignore", divide="ignore", invalid="ignore")

SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946
EPS = 1e-7  # Keras's epsilon()


def arr(a):
    return [number(v) for v in np.asarray(a, dtype=float).ravel()]


# ---------------------------------------------------------------- activations (NumPy)
def gelu_u(x):
    return math.sqrt(2 / math.pi) * (x + 0.044715 * x ** 3)


ACTIVATIONS = {
    # name: (value, derivative), each f(x, params)
    "sigmoid": (lambda x, q: sc.expit(x), lambda x, q: sc.expit(x) * sc.expit(-x)),
    "tanh": (lambda x, q: np.tanh(x), lambda x, q: 1 / np.cosh(x) ** 2),
    "relu": (lambda x, q: np.maximum(x, 0), lambda x, q: (x > 0).astype(float)),
    "leakyRelu": (lambda x, q: np.where(x > 0, x, x * q["negativeSlope"]),
                  lambda x, q: np.where(x > 0, 1.0, q["negativeSlope"])),
    "elu": (lambda x, q: np.where(x > 0, x, q["alpha"] * np.expm1(np.minimum(x, 0))),
            lambda x, q: np.where(x > 0, 1.0, q["alpha"] * np.exp(np.minimum(x, 0)))),
    "selu": (lambda x, q: SELU_SCALE * np.where(x > 0, x, SELU_ALPHA * np.expm1(np.minimum(x, 0))),
             lambda x, q: SELU_SCALE * np.where(x > 0, 1.0, SELU_ALPHA * np.exp(np.minimum(x, 0)))),
    # 0.5·x·(1 + erf(x/√2)) = x·½erfc(−x/√2)
    "gelu": (lambda x, q: x * 0.5 * sc.erfc(-x / math.sqrt(2)),
             lambda x, q: 0.5 * sc.erfc(-x / math.sqrt(2)) + x * np.exp(-0.5 * x * x) / math.sqrt(2 * math.pi)),
    # 0.5·x·(1 + tanh u) = x·σ(2u); 1 − tanh²u = 4σ(2u)σ(−2u)
    "geluTanh": (lambda x, q: x * sc.expit(2 * gelu_u(x)),
                 lambda x, q: sc.expit(2 * gelu_u(x)) + 0.5 * x * 4 * sc.expit(2 * gelu_u(x)) * sc.expit(-2 * gelu_u(x))
                 * math.sqrt(2 / math.pi) * (1 + 3 * 0.044715 * x * x)),
    # σ(x)(1 + x(1 − σ(x))), with 1 − σ(x) = σ(−x)
    "silu": (lambda x, q: x * sc.expit(x), lambda x, q: sc.expit(x) * (1 + x * sc.expit(-x))),
    "softplus": (lambda x, q: np.where(q["beta"] * x > q["threshold"], x,
                                       np.log1p(np.exp(np.minimum(q["beta"] * x, q["threshold"]))) / q["beta"]),
                 lambda x, q: np.where(q["beta"] * x > q["threshold"], 1.0, sc.expit(q["beta"] * x))),
}


def mp_gelu_tanh(x):
    u = mp.sqrt(2 / mp.pi) * (x + mp.mpf("0.044715") * x ** 3)
    du = mp.sqrt(2 / mp.pi) * (1 + 3 * mp.mpf("0.044715") * x ** 2)
    half = 1 / (1 + mp.exp(-2 * u))  # (1 + tanh u)/2, which 50 digits cannot resolve for u ≪ 0
    return x * half, half + x / 2 * mp.sech(u) ** 2 * du


MP = {  # the same functions at 50 digits, to check the NumPy formulas
    "sigmoid": lambda x, q: (1 / (1 + mp.exp(-x)), mp.exp(-x) / (1 + mp.exp(-x)) ** 2),
    "tanh": lambda x, q: (mp.tanh(x), mp.sech(x) ** 2),
    "gelu": lambda x, q: (x * mp.ncdf(x), mp.ncdf(x) + x * mp.npdf(x)),
    "geluTanh": lambda x, q: mp_gelu_tanh(x),
    "silu": lambda x, q: (x / (1 + mp.exp(-x)), 1 / (1 + mp.exp(-x)) + x * mp.exp(-x) / (1 + mp.exp(-x)) ** 2),
    "elu": lambda x, q: (x if x > 0 else q["alpha"] * mp.expm1(x), 1 if x > 0 else q["alpha"] * mp.exp(x)),
    "softplus": lambda x, q: ((x, 1) if q["beta"] * x > q["threshold"] else
                              (mp.log1p(mp.exp(q["beta"] * x)) / q["beta"], 1 / (1 + mp.exp(-q["beta"] * x)))),
}

GRID = np.array([-50, -30, -20, -10, -7.5, -5, -3, -2, -1.5, -1, -0.5, -0.1, -1e-3, -1e-8, 0.0, 1e-8, 1e-3,
                 0.1, 0.5, 1, 1.5, 2, 3, 5, 7.5, 10, 19.5, 20.5, 30, 50])


def relative(a, b):
    a, b = float(a), float(b)
    if a == b:
        return 0.0
    return abs(a - b) / max(abs(b), 1e-300)


def activation_rows():
    rows = []
    configs = [("sigmoid", {}), ("tanh", {}), ("relu", {}), ("leakyRelu", {"negativeSlope": 0.01}),
               ("leakyRelu", {"negativeSlope": 0.2}), ("elu", {"alpha": 1.0}), ("elu", {"alpha": 0.5}),
               ("selu", {}), ("gelu", {}), ("geluTanh", {}), ("silu", {}),
               ("softplus", {"beta": 1.0, "threshold": 20.0}), ("softplus", {"beta": 2.0, "threshold": 10.0}),
               ("softplus", {"beta": 0.5, "threshold": 20.0})]
    for name, params in configs:
        f, df = ACTIVATIONS[name]
        value, derivative = f(GRID, params), df(GRID, params)
        if name == "tanh":
            value = np.tanh(GRID)
        if name in MP:
            for x, v, d in zip(GRID, value, derivative):
                mv, md = MP[name](mp.mpf(float(x)), params)
                for got, want in ((v, mv), (d, md)):
                    if float(want) != 0 and abs(float(want)) > 1e-300:
                        # erfc(−x/√2) inherits the rounding of x/√2: about x²·1.1e-16 relative
                        assert relative(got, float(want)) < 2e-15 * max(1.0, float(x) ** 2), (name, x, got, want)
        rows.append({"name": name, "params": params, "x": arr(GRID), "value": arr(value), "derivative": arr(derivative)})
    return rows


# ---------------------------------------------------------------- losses (NumPy)
def bce_logits_terms(x, y):
    return y * np.logaddexp(0, -x) + (1 - y) * np.logaddexp(0, x)


def log_cosh_mp(d):
    return float(mp.log(mp.cosh(mp.mpf(float(d)))))


def focal_terms(x, y, alpha, gamma):
    ce = bce_logits_terms(x, y)
    q = y * sc.expit(-x) + (1 - y) * sc.expit(x)  # 1 − p_t of torchvision, without cancellation
    loss = ce * q ** gamma
    if alpha is not None:
        loss = (alpha * y + (1 - alpha) * (1 - y)) * loss
    return loss


def focal_gradient(x, y, alpha, gamma):
    ce = bce_logits_terms(x, y)
    q = y * sc.expit(-x) + (1 - y) * sc.expit(x)
    residual = (1 - y) * sc.expit(x) - y * sc.expit(-x)
    slope = residual * q ** gamma
    if gamma != 0:
        slope = slope + np.where(q > 0, gamma * ce * q ** (gamma - 1) * (1 - 2 * y) * sc.expit(x) * sc.expit(-x), 0)
    if alpha is not None:
        slope = (alpha * y + (1 - alpha) * (1 - y)) * slope
    return slope / x.size


def loss_rows():
    rs = np.random.RandomState(20260513)
    rows = []

    def add(name, x, y, value, gradient, **params):
        rows.append({"name": name, "shape": list(x.shape), "input": arr(x), "target": arr(y), "params": params,
                     "value": number(value), "gradient": arr(gradient)})

    shapes = [(7,), (4, 3)]
    for shape in shapes:
        x = rs.standard_normal(shape) * 2
        y = rs.standard_normal(shape) * 2
        n = x.size
        d = x - y
        add("mse", x, y, np.mean(d ** 2), 2 * d / n)
        add("l1", x, y, np.mean(np.abs(d)), np.sign(d) / n)
        for delta in (1.0, 0.5, 3.0):
            add("huber", x, y, np.mean(np.where(np.abs(d) < delta, 0.5 * d * d, delta * (np.abs(d) - 0.5 * delta))),
                np.clip(d, -delta, delta) / n, delta=delta)
        add("logCosh", x, y, float(mp.fsum(mp.log(mp.cosh(mp.mpf(float(v)))) for v in d.ravel()) / n), np.tanh(d) / n)
        for tau in (0.5, 0.1, 0.9):
            r = y - x
            value = mean_pinball_loss(y.ravel(), x.ravel(), alpha=tau)
            add("pinball", x, y, value, np.where(r > 0, -tau, np.where(r < 0, 1 - tau, 0.0)) / n, tau=tau)
        # binary cross-entropy: probabilities (with values inside the clip) and logits
        p = sc.expit(rs.standard_normal(shape) * 3)
        labels = (rs.random_sample(shape) < 0.5).astype(float)
        soft = rs.random_sample(shape)
        for t in (labels, soft):
            q = np.clip(p, EPS, 1 - EPS)
            add("bce", p, t, -np.mean(t * np.log(q) + (1 - t) * np.log1p(-q)),
                np.where((p >= EPS) & (p <= 1 - EPS), (p - t) / (p * (1 - p)), 0) / n, epsilon=EPS)
            add("bceWithLogits", x * 3, t, np.mean(bce_logits_terms(x * 3, t)),
                ((1 - t) * sc.expit(x * 3) - t * sc.expit(-x * 3)) / n)
            for alpha, gamma in ((0.25, 2.0), (None, 2.0), (0.5, 0.0), (0.75, 0.5), (None, 3.0)):
                add("focal", x * 3, t, np.mean(focal_terms(x * 3, t, alpha, gamma)), focal_gradient(x * 3, t, alpha, gamma),
                    alpha=-1.0 if alpha is None else alpha, gamma=gamma)
        signs = np.where(rs.random_sample(shape) < 0.5, -1.0, 1.0)
        scores = rs.standard_normal(shape) * 1.5
        value = np.mean(np.maximum(0, 1 - signs * scores))
        if len(shape) == 1:
            assert abs(value - hinge_loss(signs, scores)) < 1e-15
        add("hinge", scores, signs, value, np.where(1 - signs * scores > 0, -signs, 0.0) / n)
    # clipped probabilities: the clip's gradient is 0
    p = np.array([0.0, 1e-9, 0.3, 1 - 1e-9, 1.0, 0.5])
    t = np.array([1.0, 1.0, 0.0, 0.0, 1.0, 1.0])
    q = np.clip(p, EPS, 1 - EPS)
    add("bce", p, t, -np.mean(t * np.log(q) + (1 - t) * np.log1p(-q)),
        np.where((p >= EPS) & (p <= 1 - EPS), (p - t) / (p * (1 - p)), 0) / p.size, epsilon=EPS)
    # extreme logits, where the textbook forms overflow or cancel
    x = np.array([-800.0, -40.0, -5.0, 0.0, 5.0, 40.0, 800.0])
    for t in (np.zeros(7), np.ones(7)):
        add("bceWithLogits", x, t, np.mean(bce_logits_terms(x, t)), ((1 - t) * sc.expit(x) - t * sc.expit(-x)) / 7)
        add("focal", x, t, np.mean(focal_terms(x, t, 0.25, 2.0)), focal_gradient(x, t, 0.25, 2.0), alpha=0.25, gamma=2.0)
    d = np.array([-1000.0, -30.0, -2.5, -2.0, -1e-3, -1e-9, 0.0, 1e-6, 0.5, 1.999, 2.001, 400.0])
    add("logCosh", d, np.zeros(12), float(mp.fsum(mp.log(mp.cosh(mp.mpf(float(v)))) for v in d) / 12), np.tanh(d) / 12)
    return rows


def categorical_rows():
    rs = np.random.RandomState(7)
    rows = []
    for n, k in ((5, 4), (1, 3), (3, 6)):
        z = rs.standard_normal((n, k)) * 3
        labels = rs.randint(0, k, n)
        onehot = np.eye(k)[labels]
        soft = rs.random_sample((n, k))
        soft = soft / soft.sum(axis=1, keepdims=True)
        ls = sc.log_softmax(z, axis=1)
        s = sc.softmax(z, axis=1)
        p = sc.softmax(rs.standard_normal((n, k)) * 2, axis=1)
        base = {"shape": [n, k], "logits": arr(z), "labels": labels.tolist(), "probabilities": arr(p)}
        rows.append(dict(base, kind="logitsLabels", value=number(-np.mean(ls[np.arange(n), labels])),
                         gradient=arr((s - onehot) / n)))
        for name, t in (("logitsOneHot", onehot), ("logitsSoft", soft)):
            rows.append(dict(base, kind=name, target=arr(t), value=number(-np.sum(t * ls) / n),
                             gradient=arr((s * t.sum(axis=1, keepdims=True) - t) / n)))
        q = np.clip(p, EPS, 1 - EPS)
        picked = q[np.arange(n), labels]
        grad = np.zeros((n, k))
        grad[np.arange(n), labels] = -1 / (n * p[np.arange(n), labels])
        rows.append(dict(base, kind="probabilitiesLabels", value=number(-np.mean(np.log(picked))), gradient=arr(grad)))
        for name, t in (("probabilitiesOneHot", onehot), ("probabilitiesSoft", soft)):
            rows.append(dict(base, kind=name, target=arr(t), value=number(-np.sum(t * np.log(q)) / n),
                             gradient=arr(-t / (n * p))))
    # a row of large logits: no overflow, and a probability far below the clip
    z = np.array([[1000.0, 0.0, -1000.0], [3.0, 3.0, 3.0]])
    labels = np.array([2, 1])
    ls = sc.log_softmax(z, axis=1)
    s = sc.softmax(z, axis=1)
    rows.append({"shape": [2, 3], "logits": arr(z), "labels": labels.tolist(), "probabilities": arr(s),
                 "kind": "logitsLabels", "value": number(-np.mean(ls[np.arange(2), labels])),
                 "gradient": arr((s - np.eye(3)[labels]) / 2)})
    return rows


def kl_rows():
    rs = np.random.RandomState(11)
    rows = []
    for shape in ((4, 5), (6,)):
        logp = sc.log_softmax(rs.standard_normal(shape), axis=-1)
        t = sc.softmax(rs.standard_normal(shape) * 2, axis=-1)
        t.ravel()[3] = 0.0  # a zero target costs 0
        for log_target in (False, True):
            target = np.log(t + 1e-3) if log_target else t
            pointwise = np.exp(target) * (target - logp) if log_target else sc.xlogy(target, target) - target * logp
            slope = -np.exp(target) if log_target else -target
            batch = shape[0]
            for reduction, divisor in (("mean", logp.size), ("batchmean", batch), ("sum", 1)):
                rows.append({"shape": list(shape), "input": arr(logp), "target": arr(target), "logTarget": log_target,
                             "reduction": reduction, "value": number(pointwise.sum() / divisor),
                             "gradient": arr(slope / divisor)})
    return rows


# ---------------------------------------------------------------- softmax
def softmax_rows():
    rs = np.random.RandomState(3)
    rows = []
    for x in (rs.standard_normal((3, 4)) * 4, np.array([[1000.0, 999.0, -1000.0], [-5.0, 0.0, 5.0]])):
        g = rs.standard_normal(x.shape)
        for axis in (0, 1):
            s = sc.softmax(x, axis=axis)
            rows.append({"shape": list(x.shape), "x": arr(x), "axis": axis, "gradOutput": arr(g),
                         "softmax": arr(s), "logSoftmax": arr(sc.log_softmax(x, axis=axis)),
                         "softmaxBackward": arr(s * (g - (g * s).sum(axis=axis, keepdims=True))),
                         "logSoftmaxBackward": arr(g - s * g.sum(axis=axis, keepdims=True))})
    for x in (rs.standard_normal(5) * 2, np.array([0.0]), np.array([50.0, -50.0, 0.0, 1.0])):
        g = rs.standard_normal(x.shape)
        s = sc.softmax(x)
        k = x.size
        rows.append({"shape": [k], "x": arr(x), "axis": 0, "gradOutput": arr(g), "softmax": arr(s),
                     "logSoftmax": arr(sc.log_softmax(x)), "softmaxBackward": arr(s * (g - (g * s).sum())),
                     "logSoftmaxBackward": arr(g - s * g.sum()),
                     "softmaxJacobian": arr(np.diag(s) - np.outer(s, s)),
                     "logSoftmaxJacobian": arr(np.eye(k) - s[None, :])})
    return rows


# ---------------------------------------------------------------- penalties and proximal operators
def soft_threshold(x, t):
    return np.sign(x) * np.maximum(np.abs(x) - t, 0)


def penalty_rows():
    from scipy.optimize import minimize_scalar
    rs = np.random.RandomState(5)
    rows = []
    for shape in ((8,), (3, 4)):
        w = rs.standard_normal(shape) * 2
        w.ravel()[2] = 0.0
        for alpha, ratio, t, step in ((1.0, 0.5, 0.7, 1.0), (0.3, 1.0, 0.0, 0.5), (2.0, 0.0, 1.5, 0.25),
                                      (0.5, 0.2, 10.0, 2.0)):
            threshold = step * alpha * ratio
            prox = soft_threshold(w, threshold) / (1 + step * alpha * (1 - ratio))
            for v, z in zip(w.ravel(), prox.ravel()):  # the prox minimises ½(z − v)² + η·penalty(z)
                f = lambda u: 0.5 * (u - v) ** 2 + step * (alpha * ratio * abs(u) + 0.5 * alpha * (1 - ratio) * u * u)
                best = minimize_scalar(f, bounds=(-abs(v) - 1, abs(v) + 1), method="bounded",
                                       options={"xatol": 1e-12}).x
                assert abs(best - z) < 1e-6, (v, z, best)
            rows.append({"shape": list(shape), "weights": arr(w), "alpha": alpha, "l1Ratio": ratio, "threshold": t,
                         "stepSize": step,
                         "l1": number(alpha * np.abs(w).sum()), "l1Gradient": arr(alpha * np.sign(w)),
                         "l2": number(0.5 * alpha * (w * w).sum()), "l2Gradient": arr(alpha * w),
                         "elasticNet": number(alpha * ratio * np.abs(w).sum() + 0.5 * alpha * (1 - ratio) * (w * w).sum()),
                         "elasticNetGradient": arr(alpha * ratio * np.sign(w) + alpha * (1 - ratio) * w),
                         "softThreshold": arr(soft_threshold(w, t)), "elasticNetProx": arr(prox)})
    return rows


# ---------------------------------------------------------------- normalisation layers
def batch_norm_rows():
    rs = np.random.RandomState(17)
    rows = []
    for momentum in (0.1, None, 0.5):
        d = 3
        eps = 1e-5
        gamma = rs.uniform(0.5, 2.0, d)
        beta = rs.standard_normal(d)
        rm, rv = np.zeros(d), np.ones(d)
        batches = []
        for t in range(1, 4):
            n = 4 + t
            x = rs.standard_normal((n, d)) * np.array([1.0, 5.0, 0.1]) + np.array([0.0, 10.0, -3.0])
            mean, var = x.mean(axis=0), x.var(axis=0)
            xhat = (x - mean) / np.sqrt(var + eps)
            y = gamma * xhat + beta
            factor = 1.0 / t if momentum is None else momentum
            rm = factor * mean + (1 - factor) * rm
            rv = factor * x.var(axis=0, ddof=1) + (1 - factor) * rv
            g = rs.standard_normal((n, d))
            # PyTorch's batch_norm_backward (training): (g − mean g − x̂·mean(g·x̂))·γ/√(σ² + ε)
            dx = (g - g.mean(axis=0) - xhat * (g * xhat).mean(axis=0)) * gamma / np.sqrt(var + eps)
            batches.append({"shape": [n, d], "x": arr(x), "output": arr(y), "mean": arr(mean), "variance": arr(var),
                            "runningMean": arr(rm), "runningVar": arr(rv), "gradOutput": arr(g),
                            "dx": arr(dx), "dgamma": arr((g * xhat).sum(axis=0)), "dbeta": arr(g.sum(axis=0))})
        x = rs.standard_normal((4, d)) * 2
        xhat = (x - rm) / np.sqrt(rv + eps)
        g = rs.standard_normal((4, d))
        evaluation = {"shape": [4, d], "x": arr(x), "output": arr(gamma * xhat + beta), "gradOutput": arr(g),
                      "dx": arr(g * gamma / np.sqrt(rv + eps)), "dgamma": arr((g * xhat).sum(axis=0)),
                      "dbeta": arr(g.sum(axis=0))}
        rows.append({"momentum": number(-1.0 if momentum is None else momentum), "eps": eps, "gamma": arr(gamma),
                     "beta": arr(beta), "batches": batches, "eval": evaluation})
    return rows


def layer_norm_rows():
    rs = np.random.RandomState(19)
    rows = []
    for n, d, eps in ((4, 5, 1e-5), (1, 3, 1e-5), (3, 8, 1e-3)):
        gamma = rs.uniform(0.5, 2.0, d)
        beta = rs.standard_normal(d)
        x = rs.standard_normal((n, d)) * 3 + 1
        mean = x.mean(axis=1, keepdims=True)
        var = x.var(axis=1, keepdims=True)
        xhat = (x - mean) / np.sqrt(var + eps)
        g = rs.standard_normal((n, d))
        gh = g * gamma
        dx = (gh - gh.mean(axis=1, keepdims=True) - xhat * (gh * xhat).mean(axis=1, keepdims=True)) / np.sqrt(var + eps)
        rows.append({"shape": [n, d], "eps": eps, "gamma": arr(gamma), "beta": arr(beta), "x": arr(x),
                     "output": arr(gamma * xhat + beta), "mean": arr(mean), "variance": arr(var),
                     "gradOutput": arr(g), "dx": arr(dx), "dgamma": arr((g * xhat).sum(axis=0)),
                     "dbeta": arr(g.sum(axis=0))})
    return rows


# ---------------------------------------------------------------- dropout and initialisers
def dropout_rows():
    rows = []
    for seed, p, shape in ((0, 0.5, (10,)), (1, 0.2, (3, 4)), (2, 0.0, (5,)), (3, 1.0, (2, 3)), (4, 0.9, (20,))):
        x = np.arange(1, np.prod(shape) + 1, dtype=float).reshape(shape) * 0.5
        keep = np.random.RandomState(seed).random_sample(shape) >= p
        scale = 0.0 if p == 1 else 1 / (1 - p)
        rows.append({"seed": seed, "p": p, "shape": list(shape), "x": arr(x), "output": arr(x * keep * scale),
                     "mask": keep.ravel().tolist()})
    return rows


def gain(nonlinearity, slope):
    return {"linear": 1.0, "sigmoid": 1.0, "tanh": 5.0 / 3, "relu": math.sqrt(2.0),
            "leakyRelu": math.sqrt(2.0 / (1 + slope ** 2)), "selu": 3.0 / 4}[nonlinearity]


def init_rows():
    rows = []
    for seed, (r, c), g in ((0, (4, 3), 1.0), (1, (2, 7), 5.0 / 3), (2, (1, 1), 0.5)):
        fan_in, fan_out = c, r
        std = g * math.sqrt(2.0 / float(fan_in + fan_out))
        a = math.sqrt(3.0) * std
        rows.append({"function": "xavierUniform", "seed": seed, "rows": r, "columns": c, "gain": g,
                     "values": arr(np.random.RandomState(seed).uniform(-a, a, (r, c)))})
        rows.append({"function": "xavierNormal", "seed": seed, "rows": r, "columns": c, "gain": g,
                     "values": arr(np.random.RandomState(seed).normal(0, std, (r, c)))})
    for seed, (r, c), mode, nl, slope in ((3, (5, 4), "fanIn", "leakyRelu", 0.0), (4, (3, 6), "fanOut", "relu", 0.0),
                                          (5, (4, 4), "fanIn", "leakyRelu", 0.2), (6, (2, 5), "fanOut", "tanh", 0.0),
                                          (7, (3, 3), "fanIn", "selu", 0.0), (8, (6, 2), "fanIn", "linear", 0.0)):
        fan = c if mode == "fanIn" else r
        std = gain(nl, slope) / math.sqrt(fan)
        bound = math.sqrt(3.0) * std
        for fn, values in (("kaimingUniform", np.random.RandomState(seed).uniform(-bound, bound, (r, c))),
                           ("kaimingNormal", np.random.RandomState(seed).normal(0, std, (r, c)))):
            rows.append({"function": fn, "seed": seed, "rows": r, "columns": c, "mode": mode, "nonlinearity": nl,
                         "negativeSlope": slope, "gain": gain(nl, slope), "values": arr(values)})
    return rows


def main():
    fixture = {
        "activations": activation_rows(),
        "losses": loss_rows(),
        "categorical": categorical_rows(),
        "kl": kl_rows(),
        "softmax": softmax_rows(),
        "penalties": penalty_rows(),
        "batchNorm": batch_norm_rows(),
        "layerNorm": layer_norm_rows(),
        "dropout": dropout_rows(),
        "init": init_rows(),
    }
    OUT.write_text(json.dumps(fixture, indent=1) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}: " + ", ".join(f"{len(v)} {k}" for k, v in fixture.items()))


if __name__ == "__main__":
    main()
