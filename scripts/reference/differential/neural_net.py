# Neural-network building blocks (Sources/MLMath/NeuralNet/) against their definitions:
# PyTorch's functions written out in NumPy (torch is not installed), SciPy's softmax family,
# scikit-learn's metrics where it has them. Run by numpy_differential.py with its helpers in
# scope. Losses are scalars and print inside one-element arrays (8 digits, as the brief's
# rule for values that may differ in the last of 17 digits); gradients print as arrays.

NN_X = V("nnx", 1.5, -2.0, 3.25, 0.0, 4.0)
NN_Y = V("nny", 1.0, -1.0, 3.0, 0.5, -2.0)
NN_PAIRS = [(NN_X, NN_Y), (V("nnempty"), V("nnempty")), (V("nnnan", 1.0, nan, 2.0), V("nnz3", 0.0, 1.0, 2.0)),
            (V("nnbig", 1e200, -3.0), V("nnz2", 0.0, 0.0)), (V("nnone", 7.0), V("nnone2", 7.0))]
NN_MATRIX = (M("nnm", [0.5, -1.0, 2.0], [3.0, 0.25, -0.75]), M("nnmt", [1.0, 0.0, 2.0], [-1.0, 0.5, 0.5]))
NN_MISMATCH = (V("nn3", 1.0, 2.0, 3.0), V("nn2", 1.0, 2.0))


def nn_scalar(expr):
    return f"print(Vector([{expr}]))"


def nn_py_scalar(expr):
    return f"print(np.array([{expr}]))"


def nn_pointwise(row, swift_value, swift_grad, py_value, py_grad, pairs, matrix=True, mismatch=True):
    """A pointwise loss on each pair, on a matrix pair, and on misshaped operands (both raise)."""
    inputs = list(pairs) + ([NN_MATRIX] if matrix else [])
    for a, b in inputs:
        case(row, f"let a = {a.swift}\nlet b = {b.swift}\n" + nn_scalar(swift_value) + f"\nprint({swift_grad})",
             f"a = {a.py}\nb = {b.py}\nn = a.size\n" + nn_py_scalar(py_value) + f"\nprint({py_grad})")
    if mismatch:
        a, b = NN_MISMATCH
        case(row, f"let a = {a.swift}\nlet b = {b.swift}\n" + nn_scalar(swift_value),
             f"a = {a.py}\nb = {b.py}\nn = a.size\n" + nn_py_scalar(py_value))


# ---------------------------------------------------------------- regression losses
nn_pointwise("torch.nn.functional.mse_loss(input, target)", "mseLoss(a, b)", "mseLossGradient(a, b)",
             "np.mean((a - b) ** 2)", "2 * (a - b) / n", NN_PAIRS)
nn_pointwise("torch.nn.functional.l1_loss(input, target)", "l1Loss(a, b)", "l1LossGradient(a, b)",
             "np.mean(np.abs(a - b))", "np.sign(a - b) / n", NN_PAIRS)
for delta in (1.0, 0.5, 2.0):
    nn_pointwise("torch.nn.functional.huber_loss(input, target, delta=1.0)", f"huberLoss(a, b, delta: {delta})",
                 f"huberLossGradient(a, b, delta: {delta})",
                 f"np.mean(np.where(np.abs(a - b) < {delta}, 0.5 * (a - b) ** 2, {delta} * (np.abs(a - b) - 0.5 * {delta})))",
                 f"np.clip(a - b, -{delta}, {delta}) / n", NN_PAIRS[:3], mismatch=delta == 1.0)
case("torch.nn.functional.huber_loss(input, target, delta=1.0)",
     nn_scalar("huberLoss(Vector([1.0]), Vector([2.0]), delta: 0)"),
     "raise RuntimeError('huber_loss does not support non-positive values for delta.')")
NN_LOGCOSH = [(NN_X, NN_Y), (V("nnlc", 800.0, -0.3, 2.0, -1000.0), V("nnlc0", 0.0, 0.0, 1.0, 0.0)), NN_PAIRS[1]]
nn_pointwise("keras.losses.log_cosh(y_true, y_pred)", "logCoshLoss(a, b)", "logCoshLossGradient(a, b)",
             "np.mean(np.logaddexp(a - b, b - a) - np.log(2))", "np.tanh(a - b) / n", NN_LOGCOSH)
for tau in (0.5, 0.1, 0.9):
    for a, b in [(NN_X, NN_Y), NN_MATRIX]:
        case("sklearn.metrics.mean_pinball_loss(y, pred, alpha=tau)",
             f"let pred = {a.swift}\nlet y = {b.swift}\n" + nn_scalar(f"pinballLoss(pred, y, tau: {tau})")
             + f"\nprint(pinballLossGradient(pred, y, tau: {tau}))",
             f"import sklearn.metrics\npred = {a.py}\ny = {b.py}\nr = y - pred\n"
             + nn_py_scalar(f"sklearn.metrics.mean_pinball_loss(y.ravel(), pred.ravel(), alpha={tau})")
             + f"\nprint(np.where(r > 0, -{tau}, np.where(r < 0, 1 - {tau}, 0.0)) / pred.size)")
case("sklearn.metrics.mean_pinball_loss(y, pred, alpha=tau)", nn_scalar("pinballLoss(Vector([1.0]), Vector([2.0]), tau: 1.5)"),
     "raise ValueError('alpha must be in [0, 1]')")

# ---------------------------------------------------------------- classification losses
NN_P = V("nnp", 0.9, 0.2, 0.55, 0.01, 0.999)
NN_LABELS = V("nnl", 1.0, 0.0, 1.0, 0.0, 1.0)
NN_SOFT = V("nnsoft", 0.8, 0.1, 0.5, 0.3, 1.0)
for p, y in [(NN_P, NN_LABELS), (NN_P, NN_SOFT), (M("nnpm", [0.3, 0.6], [0.05, 0.95]), M("nnym", [0.0, 1.0], [1.0, 1.0])),
             (V("nnpclip", 0.0, 1.0, 1e-9), V("nnyclip", 1.0, 0.0, 0.0))]:
    case("torch.nn.functional.binary_cross_entropy(p, y)",
         f"let p = {p.swift}\nlet y = {y.swift}\n" + nn_scalar("binaryCrossEntropy(p, y)")
         + "\nprint(binaryCrossEntropyGradient(p, y))",
         f"p = {p.py}\ny = {y.py}\nq = np.clip(p, 1e-7, 1 - 1e-7)\n"
         + nn_py_scalar("-np.mean(y * np.log(q) + (1 - y) * np.log1p(-q))")
         + "\nprint(np.where((p >= 1e-7) & (p <= 1 - 1e-7), (p - y) / (p * (1 - p)), 0) / p.size)")
case("torch.nn.functional.binary_cross_entropy(p, y)", nn_scalar("binaryCrossEntropy(Vector([0.5, 1.2]), Vector([1.0, 0.0]))"),
     "raise RuntimeError('all elements of input should be between 0 and 1')")
NN_Z = V("nnz", 2.0, -1.0, 0.3, -4.0, 1.5)
for z, y in [(NN_Z, NN_LABELS), (NN_Z, NN_SOFT), (M("nnzm", [3.0, -0.5], [0.0, 2.5]), M("nnym2", [0.0, 1.0], [1.0, 1.0]))]:
    case("torch.nn.functional.binary_cross_entropy_with_logits(z, y)",
         f"let z = {z.swift}\nlet y = {y.swift}\n" + nn_scalar("binaryCrossEntropyWithLogits(z, y)")
         + "\nprint(binaryCrossEntropyWithLogitsGradient(z, y))",
         f"z = {z.py}\ny = {y.py}\n" + nn_py_scalar("np.mean((1 - y) * z + np.logaddexp(0, -z))")
         + "\nprint((scipy.special.expit(z) - y) / z.size)")
# Extreme logits: MLMath's softplus form stays exact where the textbook one overflows.
case("torch.nn.functional.binary_cross_entropy_with_logits(z, y)",
     nn_scalar("binaryCrossEntropyWithLogits(Vector([800.0, -800.0, 40.0]), Vector([0.0, 1.0, 1.0]))"),
     "z = np.array([800.0, -800.0, 40.0])\ny = np.array([0.0, 1.0, 1.0])\n"
     + nn_py_scalar("np.mean(y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z))"))
case("torch.nn.functional.binary_cross_entropy_with_logits(z, y)",
     nn_scalar("binaryCrossEntropyWithLogits(Vector([1.0, 2.0]), Vector([1.0]))"),
     "z = np.array([1.0, 2.0])\ny = np.array([1.0])\nraise ValueError('Target size must be the same as input size')")

NN_LOGITS = [M("nnlog", [2.0, 1.0, 0.0], [0.0, 0.0, 5.0], [-1.0, 3.0, 0.5]),
             M("nnlogbig", [1000.0, 0.0, -1000.0], [3.0, 3.0, 3.0])]
for z in NN_LOGITS:
    n, k = z.shape
    labels = [(2 * i + 1) % k for i in range(n)]
    onehot = np.eye(k)[labels]
    soft = (np.arange(n * k).reshape(n, k) % 3 + 1.0)
    soft = soft / soft.sum(axis=1, keepdims=True)
    t_swift = "Matrix([" + ", ".join("[" + ", ".join(repr(float(v)) for v in r) + "]" for r in soft) + "])"
    t_py = "np.array(" + repr(soft.tolist()) + ")"
    case("torch.nn.functional.cross_entropy(logits, labels)",
         f"let z = {z.swift}\n" + nn_scalar(f"crossEntropyLoss(logits: z, labels: IntVector({labels}))")
         + f"\nprint(crossEntropyLossGradient(logits: z, labels: IntVector({labels})))",
         f"z = {z.py}\nls = scipy.special.log_softmax(z, axis=1)\n"
         + nn_py_scalar(f"-ls[np.arange({n}), {labels}].mean()")
         + f"\nprint((scipy.special.softmax(z, axis=1) - np.eye({k})[{labels}]) / {n})")
    case("torch.nn.functional.cross_entropy(logits, labels)",
         f"let z = {z.swift}\nlet t = {t_swift}\n" + nn_scalar("crossEntropyLoss(logits: z, targets: t)")
         + "\nprint(crossEntropyLossGradient(logits: z, targets: t))",
         f"z = {z.py}\nt = {t_py}\nls = scipy.special.log_softmax(z, axis=1)\n"
         + nn_py_scalar(f"-(t * ls).sum() / {n}")
         + f"\nprint((scipy.special.softmax(z, axis=1) * t.sum(axis=1, keepdims=True) - t) / {n})")
case("torch.nn.functional.cross_entropy(logits, labels)",
     nn_scalar("crossEntropyLoss(logits: Vector([1.0, 2.0, 0.5]), label: 1)"),
     nn_py_scalar("-scipy.special.log_softmax(np.array([1.0, 2.0, 0.5]))[1]"))
case("torch.nn.functional.cross_entropy(logits, labels)",
     nn_scalar("crossEntropyLoss(logits: Matrix([[1.0, 2.0], [0.0, 1.0]]), labels: IntVector([0, 2]))"),
     "raise IndexError('Target 2 is out of bounds.')")
NN_PROBS = M("nnprobs", [0.7, 0.2, 0.1], [0.1, 0.1, 0.8], [0.25, 0.5, 0.25])
case("torch.nn.functional.nll_loss(torch.log(p), labels)",
     f"let p = {NN_PROBS.swift}\n" + nn_scalar("crossEntropyLoss(probabilities: p, labels: IntVector([0, 2, 1]))")
     + "\nprint(crossEntropyLossGradient(probabilities: p, labels: IntVector([0, 2, 1])))",
     f"p = {NN_PROBS.py}\n" + nn_py_scalar("-np.log(p[np.arange(3), [0, 2, 1]]).mean()")
     + "\ng = np.zeros((3, 3))\ng[np.arange(3), [0, 2, 1]] = -1 / (3 * p[np.arange(3), [0, 2, 1]])\nprint(g)")
case("torch.nn.functional.nll_loss(torch.log(p), labels)",
     f"let p = {NN_PROBS.swift}\nlet t = Matrix([[1.0, 0.0, 0.0], [0.5, 0.0, 0.5], [0.0, 1.0, 0.0]])\n"
     + nn_scalar("crossEntropyLoss(probabilities: p, targets: t)"),
     f"p = {NN_PROBS.py}\nt = np.array([[1.0, 0.0, 0.0], [0.5, 0.0, 0.5], [0.0, 1.0, 0.0]])\n"
     + nn_py_scalar("-(t * np.log(p)).sum() / 3"))

NN_SIGNS = V("nnsigns", 1.0, -1.0, 1.0, -1.0, 1.0)
for s, y in [(NN_Z, NN_SIGNS), (V("nnscores", 2.0, -0.5, 1.0, 0.5, -3.0), NN_SIGNS)]:
    case("sklearn.metrics.hinge_loss(y, scores)",
         f"let s = {s.swift}\nlet y = {y.swift}\n" + nn_scalar("hingeLoss(s, y)") + "\nprint(hingeLossGradient(s, y))",
         f"import sklearn.metrics\ns = {s.py}\ny = {y.py}\n" + nn_py_scalar("sklearn.metrics.hinge_loss(y, s)")
         + "\nprint(np.where(1 - y * s > 0, -y, 0.0) / s.size)")
case("sklearn.metrics.hinge_loss(y, scores)", nn_scalar("hingeLoss(Vector([0.5, 2.0]), Vector([1.0, 0.0]))"),
     "import sklearn.metrics\n" + nn_py_scalar("sklearn.metrics.hinge_loss(np.array([1.0, 0.0]), np.array([0.5, 2.0]))"),
     deliberate="`hingeLoss` asks for labels −1 and +1 and stops on any other value; scikit-learn's `hinge_loss` "
                "recodes any two labels (0/1 included) to ±1", mlmath="raises")

FOCAL_PY = ("p = scipy.special.expit(z)\nce = y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z)\n"
            "p_t = p * y + (1 - p) * (1 - y)\nloss = ce * ((1 - p_t) ** gamma)\n"
            "if alpha >= 0:\n    loss = (alpha * y + (1 - alpha) * (1 - y)) * loss\n")
for alpha, gamma in ((0.25, 2.0), (-1, 2.0), (0.5, 0.0), (0.75, 0.5)):
    salpha = "nil" if alpha < 0 else repr(alpha)
    for z, y in [(NN_Z, NN_LABELS), (M("nnzm2", [3.0, -0.5], [0.0, 2.5]), M("nnym3", [0.0, 1.0], [1.0, 1.0]))]:
        case('torchvision.ops.sigmoid_focal_loss(z, y, alpha=0.25, gamma=2, reduction="mean")',
             f"let z = {z.swift}\nlet y = {y.swift}\n" + nn_scalar(f"sigmoidFocalLoss(z, y, alpha: {salpha}, gamma: {gamma})"),
             f"z = {z.py}\ny = {y.py}\nalpha, gamma = {alpha}, {gamma}\n" + FOCAL_PY + nn_py_scalar("loss.mean()"))

for logp, q in [(M("nnlogp", [-1.2039728043259361, -1.6094379124341003, -0.5108256237659907],
                   [-0.35667494393873245, -2.3025850929940455, -1.6094379124341003]),
                 M("nnq", [0.2, 0.3, 0.5], [0.6, 0.4, 0.0]))]:
    for reduction, divisor in (("batchmean", "2"), ("mean", "6"), ("sum", "1")):
        case('torch.nn.functional.kl_div(log_p, q, reduction="batchmean")',
             f"let lp = {logp.swift}\nlet q = {q.swift}\n" + nn_scalar(f"klDivLoss(lp, q, reduction: .{reduction})")
             + f"\nprint(klDivLossGradient(lp, q, reduction: .{reduction}))",
             f"lp = {logp.py}\nq = {q.py}\n" + nn_py_scalar(f"(scipy.special.xlogy(q, q) - q * lp).sum() / {divisor}")
             + f"\nprint(-q / {divisor})")
    case('torch.nn.functional.kl_div(log_p, q, reduction="batchmean")',
         f"let lp = {logp.swift}\nlet q = {q.swift}\n" + nn_scalar("klDivLoss(lp, q, logTarget: true)"),
         f"lp = {logp.py}\nq = {q.py}\n" + nn_py_scalar("(np.exp(q) * (q - lp)).sum() / 6"))

# ---------------------------------------------------------------- activations
NN_ACT = [V("nnact", -5.0, -1.0, -0.5, 0.0, 0.5, 1.0, 3.0), V("nnactnan", nan, 2.0), V("nnactempty"),
          M("nnactm", [-2.0, 0.0, 1.5], [4.0, -0.25, 10.0])]
ACTIVATION_ROWS = [
    ("torch.sigmoid(x)", "sigmoid(x)", "scipy.special.expit(x)"),
    ("torch.sigmoid(x)", "sigmoidDerivative(x)", "scipy.special.expit(x) * (1 - scipy.special.expit(x))"),
    ("1 - torch.tanh(x) ** 2", "tanhDerivative(x)", "1 / np.cosh(x) ** 2"),
    ("torch.relu(x)", "relu(x)", "np.maximum(x, 0)"),
    ("torch.relu(x)", "reluDerivative(x)", "np.where(np.isnan(x), np.nan, (x > 0) * 1.0)"),
    ("torch.nn.functional.leaky_relu(x, negative_slope=0.01)", "leakyRelu(x)", "np.where(x > 0, x, 0.01 * x)"),
    ("torch.nn.functional.leaky_relu(x, negative_slope=0.01)", "leakyReluDerivative(x, negativeSlope: 0.2)",
     "np.where(np.isnan(x), np.nan, np.where(x > 0, 1.0, 0.2))"),
    ("torch.nn.functional.elu(x, alpha=1.0)", "elu(x, alpha: 0.5)", "np.where(x > 0, x, 0.5 * np.expm1(x))"),
    ("torch.nn.functional.elu(x, alpha=1.0)", "eluDerivative(x)", "np.where(x > 0, 1.0, np.exp(x))"),
    ("torch.nn.functional.selu(x)", "selu(x)",
     "1.0507009873554804934193349852946 * np.where(x > 0, x, 1.6732632423543772848170429916717 * np.expm1(x))"),
    ("torch.nn.functional.selu(x)", "seluDerivative(x)",
     "1.0507009873554804934193349852946 * np.where(x > 0, 1.0, 1.6732632423543772848170429916717 * np.exp(x))"),
    ('torch.nn.functional.gelu(x, approximate="none")', "gelu(x)", "0.5 * x * (1 + scipy.special.erf(x / np.sqrt(2)))"),
    ('torch.nn.functional.gelu(x, approximate="none")', "gelu(x, approximate: .tanh)",
     "0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x ** 3)))"),
    ('torch.nn.functional.gelu(x, approximate="none")', "geluDerivative(x)",
     "0.5 * (1 + scipy.special.erf(x / np.sqrt(2))) + x * np.exp(-x * x / 2) / np.sqrt(2 * np.pi)"),
    ("torch.nn.functional.silu(x)", "silu(x)", "x * scipy.special.expit(x)"),
    ("torch.nn.functional.silu(x)", "siluDerivative(x)",
     "scipy.special.expit(x) * (1 + x * (1 - scipy.special.expit(x)))"),
    ("torch.nn.functional.softplus(x, beta=1, threshold=20)", "softplus(x, beta: 2, threshold: 5)",
     "np.where(2 * x > 5, x, np.log1p(np.exp(2 * x)) / 2)"),
    ("torch.nn.functional.softplus(x, beta=1, threshold=20)", "softplusDerivative(x, beta: 2, threshold: 5)",
     "np.where(2 * x > 5, 1.0, scipy.special.expit(2 * x))"),
]
for row, swift_expr, py_expr in ACTIVATION_ROWS:
    each(row, f"let x = {{a}}\nprint({swift_expr})", f"x = {{a}}\nprint({py_expr})", NN_ACT)
case("torch.nn.functional.softplus(x, beta=1, threshold=20)", "print(softplus(Vector([1.0]), beta: 0))",
     "x = np.array([1.0])\nprint(np.where(0 * x > 20, x, np.log1p(np.exp(0 * x)) / 0))",
     deliberate="`softplus(x, beta:)` asks for β > 0 (a softplus of slope β); PyTorch accepts any β and returns "
                "inf or NaN for β = 0", mlmath="raises")

# ---------------------------------------------------------------- softmax family
NN_EMPTY_SOFTMAX = ("`softmax` and `logSoftmax` of no elements (an empty `Vector`, or a matrix along an axis of "
                    "length 0) are empty; SciPy raises, since the maximum it subtracts first is undefined")
for x in [M("nnsm", [1.0, 2.0, 3.0], [-1.0, 0.0, 1.0]), M("nnsmbig", [1000.0, 999.0, -1000.0], [-5.0, 0.0, 5.0]),
          E("nnsm03", 0, 3)]:
    for axis in (1, 0):
        # Along a zero-length axis SciPy takes the maximum of nothing and raises; MLMath's
        # softmax of no elements is no elements.
        empty = dict(deliberate=NN_EMPTY_SOFTMAX, mlmath_python="print(np.zeros((0, 3)))") if x.shape[0] == 0 else {}
        case("scipy.special.softmax(x, axis=1)", f"print(softmax({x.swift}, axis: {axis}))",
             f"print(scipy.special.softmax({x.py}, axis={axis}))", **empty)
        case("scipy.special.log_softmax(x, axis=1)", f"print(logSoftmax({x.swift}, axis: {axis}))",
             f"print(scipy.special.log_softmax({x.py}, axis={axis}))", **empty)
case("scipy.special.softmax(x, axis=1)", "print(softmax(Vector([])))", "print(scipy.special.softmax(np.array([])))",
     deliberate=NN_EMPTY_SOFTMAX, mlmath_python="print(np.array([]))")
for v in [V("nnsv", 0.5, -1.5, 2.0), V("nnsvbig", 710.0, 700.0, -5.0), V("nnsv1", 3.0)]:
    case("scipy.special.softmax(x, axis=1)", f"print(softmax({v.swift}))", f"print(scipy.special.softmax({v.py}))")
    case("scipy.special.log_softmax(x, axis=1)", f"print(logSoftmax({v.swift}))", f"print(scipy.special.log_softmax({v.py}))")
    case("torch.autograd.functional.jacobian(torch.softmax, x)", f"print(softmaxJacobian({v.swift}))",
         f"s = scipy.special.softmax({v.py})\nprint(np.diag(s) - np.outer(s, s))")
    case("torch.autograd.functional.jacobian(torch.softmax, x)", f"print(logSoftmaxJacobian({v.swift}))",
         f"s = scipy.special.softmax({v.py})\nprint(np.eye(s.size) - s[None, :])")
case("torch.autograd.functional.jacobian(torch.softmax, x)",
     "print(softmaxBackward(Vector([1.0, -2.0, 0.5]), Vector([0.5, -1.5, 2.0])))",
     "g = np.array([1.0, -2.0, 0.5])\ns = scipy.special.softmax(np.array([0.5, -1.5, 2.0]))\nprint(s * (g - (g * s).sum()))")
case("torch.autograd.functional.jacobian(torch.softmax, x)",
     "print(logSoftmaxBackward(Matrix([[1.0, 0.0], [2.0, -1.0]]), Matrix([[0.3, 0.1], [2.0, 5.0]]), axis: 0))",
     "g = np.array([[1.0, 0.0], [2.0, -1.0]])\ns = scipy.special.softmax(np.array([[0.3, 0.1], [2.0, 5.0]]), axis=0)\n"
     "print(g - s * g.sum(axis=0, keepdims=True))")
case("scipy.special.softmax(x, axis=1)", "print(softmax(Matrix([[1.0, 2.0]]), axis: 2))",
     "print(scipy.special.softmax(np.array([[1.0, 2.0]]), axis=2))")

# ---------------------------------------------------------------- penalties and proximal operators
NN_W = [V("nnw", 1.0, -2.0, 0.0, 0.5), M("nnwm", [0.3, -0.1], [0.0, 4.0]), V("nnwempty")]
for alpha in (1.0, 0.3):
    each("alpha * np.abs(w).sum()", f"let w = {{a}}\n" + nn_scalar(f"l1Penalty(w, alpha: {alpha})")
         + f"\nprint(l1PenaltyGradient(w, alpha: {alpha}))",
         f"w = {{a}}\n" + nn_py_scalar(f"{alpha} * np.abs(w).sum()") + f"\nprint({alpha} * np.sign(w))", NN_W)
    each("0.5 * alpha * np.sum(w ** 2)", f"let w = {{a}}\n" + nn_scalar(f"l2Penalty(w, alpha: {alpha})")
         + f"\nprint(l2PenaltyGradient(w, alpha: {alpha}))",
         f"w = {{a}}\n" + nn_py_scalar(f"0.5 * {alpha} * np.sum(w ** 2)") + f"\nprint({alpha} * w)", NN_W)
    for ratio in (0.5, 0.2):
        each("sklearn.linear_model.ElasticNet(alpha, l1_ratio)",
             f"let w = {{a}}\n" + nn_scalar(f"elasticNetPenalty(w, alpha: {alpha}, l1Ratio: {ratio})")
             + f"\nprint(elasticNetPenaltyGradient(w, alpha: {alpha}, l1Ratio: {ratio}))",
             f"w = {{a}}\n" + nn_py_scalar(f"{alpha} * {ratio} * np.abs(w).sum() + 0.5 * {alpha} * (1 - {ratio}) * np.sum(w ** 2)")
             + f"\nprint({alpha} * {ratio} * np.sign(w) + {alpha} * (1 - {ratio}) * w)", NN_W)
case("sklearn.linear_model.ElasticNet(alpha, l1_ratio)", nn_scalar("elasticNetPenalty(Vector([1.0]), l1Ratio: 1.5)"),
     "raise ValueError('l1_ratio must be in [0, 1]')")
for t in (1.0, 0.25, 0.0):
    each("np.sign(x) * np.maximum(np.abs(x) - t, 0)", f"print(softThreshold({{a}}, {t}))",
         f"x = {{a}}\nprint(np.sign(x) * np.maximum(np.abs(x) - {t}, 0))",
         [V("nnst", 3.0, -0.5, -2.0, 0.1, 0.0, -0.0), V("nnstnan", nan, -inf, inf), M("nnstm", [1.0, -1.5], [0.2, -0.2])])
case("np.sign(x) * np.maximum(np.abs(x) - t, 0)", "print(softThreshold(Vector([1.0]), -1.0))",
     "x = np.array([1.0])\nprint(np.sign(x) * np.maximum(np.abs(x) - -1.0, 0))",
     deliberate="`softThreshold` asks for t ≥ 0 (the proximal operator of t‖·‖₁); the NumPy expression "
                "with t < 0 moves every value away from 0", mlmath="raises")
for alpha, ratio, step in ((1.0, 0.5, 1.0), (0.3, 1.0, 0.5), (2.0, 0.0, 0.25)):
    v = V("nnprox", 3.0, -0.5, -2.0, 0.1, 0.0)
    case("elastic-net proximal operator",
         f"print(elasticNetProx({v.swift}, alpha: {alpha}, l1Ratio: {ratio}, stepSize: {step}))",
         f"v = {v.py}\nt = {step} * {alpha} * {ratio}\n"
         f"print(np.sign(v) * np.maximum(np.abs(v) - t, 0) / (1 + {step} * {alpha} * (1 - {ratio})))")

# ---------------------------------------------------------------- normalisation layers
NN_BN_X = M("nnbnx", [1.0, 10.0, -3.0], [2.0, 20.0, -3.5], [3.0, 60.0, -2.0], [0.5, 15.0, -3.1])
NN_BN_G = M("nnbng", [0.5, -1.0, 2.0], [1.0, 0.0, -0.5], [-0.3, 0.7, 0.2], [0.1, 0.4, -1.0])
BN_PY = (f"x = {NN_BN_X.py}\ng = {NN_BN_G.py}\nm = x.mean(axis=0)\nv = x.var(axis=0)\n"
         "xhat = (x - m) / np.sqrt(v + 1e-5)\n")
case("torch.nn.BatchNorm1d(num_features)",
     f"var bn = BatchNorm(features: 3)\nlet f = bn.forward({NN_BN_X.swift})\nprint(f.output)\nprint(bn.runningMean)\n"
     "print(bn.runningVar)",
     BN_PY + "print(xhat)\nprint(0.1 * m + 0.9 * 0.0)\nprint(0.1 * x.var(axis=0, ddof=1) + 0.9 * 1.0)")
case("torch.nn.BatchNorm1d(num_features)",
     f"var bn = BatchNorm(features: 3)\nbn.gamma = Vector([2.0, 0.5, -1.0])\nbn.beta = Vector([0.1, 0.0, 1.0])\n"
     f"let f = bn.forward({NN_BN_X.swift})\nlet d = bn.backward({NN_BN_G.swift}, f)\nprint(f.output)\nprint(d.input)\n"
     "print(d.gamma)\nprint(d.beta)",
     BN_PY + "gamma = np.array([2.0, 0.5, -1.0])\nprint(gamma * xhat + np.array([0.1, 0.0, 1.0]))\n"
     "print((g - g.mean(axis=0) - xhat * (g * xhat).mean(axis=0)) * gamma / np.sqrt(v + 1e-5))\n"
     "print((g * xhat).sum(axis=0))\nprint(g.sum(axis=0))")
case("torch.nn.BatchNorm1d(num_features)",
     f"var bn = BatchNorm(features: 3)\n_ = bn.forward({NN_BN_X.swift})\nprint(bn.forward({NN_BN_G.swift}, training: false).output)",
     BN_PY + "rm = 0.1 * m\nrv = 0.1 * x.var(axis=0, ddof=1) + 0.9\nprint((g - rm) / np.sqrt(rv + 1e-5))")
case("torch.nn.BatchNorm1d(num_features)",
     "var bn = BatchNorm(features: 3)\nprint(bn.forward(Matrix([[1.0, 2.0, 3.0]])).output)",
     "raise ValueError('Expected more than 1 value per channel when training, got input size torch.Size([1, 3])')")
case("torch.nn.LayerNorm(num_features)",
     f"var ln = LayerNorm(features: 3)\nln.gamma = Vector([2.0, 0.5, -1.0])\nlet f = ln.forward({NN_BN_X.swift})\n"
     f"let d = ln.backward({NN_BN_G.swift}, f)\nprint(f.output)\nprint(d.input)\nprint(d.gamma)",
     f"x = {NN_BN_X.py}\ng = {NN_BN_G.py}\ngamma = np.array([2.0, 0.5, -1.0])\nm = x.mean(axis=1, keepdims=True)\n"
     "v = x.var(axis=1, keepdims=True)\nxhat = (x - m) / np.sqrt(v + 1e-5)\nprint(gamma * xhat)\ngh = g * gamma\n"
     "print((gh - gh.mean(axis=1, keepdims=True) - xhat * (gh * xhat).mean(axis=1, keepdims=True)) / np.sqrt(v + 1e-5))\n"
     "print((g * xhat).sum(axis=0))")
case("torch.nn.LayerNorm(num_features)", "print(LayerNorm(features: 3).forward(Matrix([[1.0, 2.0]])).output)",
     "raise RuntimeError('Given normalized_shape=[3], expected input with shape [*, 3], but got input of size[1, 2]')")

# ---------------------------------------------------------------- dropout and initialisers
for seed, p, n in ((0, 0.5, 6), (1, 0.2, 8), (2, 0.0, 3), (3, 1.0, 4)):
    scale = 0.0 if p == 1 else 1 / (1 - p)
    case("torch.nn.functional.dropout(x, p=0.5)",
         f"var rng = RandomState(seed: {seed})\nlet (y, mask) = dropout(Vector((1...{n}).map {{ Double($0) }}), p: {p}, using: &rng)\n"
         f"print(y)\nprint(mask)\nprint(dropoutBackward(Vector(repeating: 1.0, count: {n}), mask: mask, p: {p}))",
         f"x = np.arange(1, {n + 1}, dtype=float)\nkeep = np.random.RandomState({seed}).random_sample({n}) >= {p}\n"
         f"print(x * keep * {scale!r})\nprint(keep)\nprint(np.ones({n}) * keep * {scale!r})")
case("torch.nn.functional.dropout(x, p=0.5)",
     "var rng = RandomState(seed: 4)\nprint(dropout(Matrix([[1.0, 2.0], [3.0, 4.0]]), p: 0.5, using: &rng).output)",
     "x = np.array([[1.0, 2.0], [3.0, 4.0]])\nprint(x * (np.random.RandomState(4).random_sample((2, 2)) >= 0.5) * 2.0)")
case("torch.nn.functional.dropout(x, p=0.5)", "var rng = RandomState(seed: 0)\nprint(dropout(Vector([1.0]), p: 1.5, using: &rng).output)",
     "raise ValueError('dropout probability has to be between 0 and 1, but got 1.5')")
for seed, r, c, gain in ((0, 4, 3, 1.0), (1, 2, 5, 5.0 / 3)):
    case("torch.nn.init.xavier_uniform_(w, gain=1.0)",
         f"var rng = RandomState(seed: {seed})\nprint(xavierUniform({r}, {c}, gain: {gain!r}, using: &rng))",
         f"std = {gain!r} * math.sqrt(2.0 / float({c} + {r}))\na = math.sqrt(3.0) * std\n"
         f"print(np.random.RandomState({seed}).uniform(-a, a, ({r}, {c})))")
    case("torch.nn.init.xavier_normal_(w, gain=1.0)",
         f"var rng = RandomState(seed: {seed})\nprint(xavierNormal({r}, {c}, gain: {gain!r}, using: &rng))",
         f"std = {gain!r} * math.sqrt(2.0 / float({c} + {r}))\nprint(np.random.RandomState({seed}).normal(0, std, ({r}, {c})))")
case("torch.nn.init.xavier_uniform_(w, gain=1.0)", "var rng = RandomState(seed: 0)\nprint(xavierUniform(0, 3, using: &rng))",
     "std = 1.0 * math.sqrt(2.0 / float(3 + 0))\na = math.sqrt(3.0) * std\n"
     "print(np.random.RandomState(0).uniform(-a, a, (0, 3)))",
     deliberate="An initialiser of a shape with no elements stops (it has no fans); PyTorch warns and returns the empty "
                "tensor", mlmath="raises")
KAIMING = [(2, 5, 4, ".fanIn", ".leakyRelu(negativeSlope: 0)", "math.sqrt(2.0)", 4),
           (3, 3, 6, ".fanOut", ".relu", "math.sqrt(2.0)", 3),
           (4, 4, 4, ".fanIn", ".leakyRelu(negativeSlope: 0.2)", "math.sqrt(2.0 / (1 + 0.2 ** 2))", 4),
           (5, 2, 3, ".fanOut", ".tanh", "5.0 / 3", 2)]
for seed, r, c, mode, nl, gain_py, fan in KAIMING:
    case('torch.nn.init.kaiming_uniform_(w, mode="fan_in", nonlinearity="leaky_relu")',
         f"var rng = RandomState(seed: {seed})\nprint(kaimingUniform({r}, {c}, mode: {mode}, nonlinearity: {nl}, using: &rng))",
         f"std = {gain_py} / math.sqrt({fan})\nbound = math.sqrt(3.0) * std\n"
         f"print(np.random.RandomState({seed}).uniform(-bound, bound, ({r}, {c})))")
    case('torch.nn.init.kaiming_normal_(w, mode="fan_in", nonlinearity="relu")',
         f"var rng = RandomState(seed: {seed})\nprint(kaimingNormal({r}, {c}, mode: {mode}, nonlinearity: {nl}, using: &rng))",
         f"std = {gain_py} / math.sqrt({fan})\nprint(np.random.RandomState({seed}).normal(0, std, ({r}, {c})))")
for nl, gain_py in ((".linear", "1.0"), (".sigmoid", "1.0"), (".tanh", "5.0 / 3"), (".relu", "math.sqrt(2.0)"),
                    (".leakyRelu(negativeSlope: 0.01)", "math.sqrt(2.0 / (1 + 0.01 ** 2))"), (".selu", "3.0 / 4")):
    case("torch.nn.init.calculate_gain(nonlinearity)", nn_scalar(f"calculateGain({nl})"), nn_py_scalar(gain_py))
