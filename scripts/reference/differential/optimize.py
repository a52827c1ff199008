# Optimisation (scipy.optimize.minimize; PyTorch's optimisers and schedules, whose update
# equations are written out in NumPy here since torch is not installed) against MLMath.
# Run by numpy_differential.py with its helpers in scope. Nelder–Mead is SciPy's algorithm
# on the same bits, so x, nit and nfev print identically; BFGS and L-BFGS-B agree to the
# solver's tolerance, so their x is printed rounded (4 and 3 decimals).

OPT_SWIFT = {
    "rosen": "let f: (Vector) -> Double = { x in let t = x[1] - x[0] * x[0]; return 100.0 * (t * t) + (1.0 - x[0]) * (1.0 - x[0]) }\n"
             "let g: (Vector) -> Vector = { x in let t = x[1] - x[0] * x[0]; return Vector([-400.0 * x[0] * t - 2.0 * (1.0 - x[0]), 200.0 * t]) }\n",
    "himmelblau": "let f: (Vector) -> Double = { x in let a = x[0] * x[0] + x[1] - 11.0; let b = x[0] + x[1] * x[1] - 7.0; return a * a + b * b }\n"
                  "let g: (Vector) -> Vector = { x in let a = x[0] * x[0] + x[1] - 11.0; let b = x[0] + x[1] * x[1] - 7.0; "
                  "return Vector([4.0 * x[0] * a + 2.0 * b, 2.0 * a + 4.0 * x[1] * b]) }\n",
    "bowl": "let f: (Vector) -> Double = { x in (x[0] - 1.0) * (x[0] - 1.0) + 10.0 * (x[1] + 0.5) * (x[1] + 0.5) }\n"
            "let g: (Vector) -> Vector = { x in Vector([2.0 * (x[0] - 1.0), 20.0 * (x[1] + 0.5)]) }\n",
}
OPT_PY = {
    "rosen": "import numpy as np\nfrom scipy.optimize import minimize\n"
             "def f(x):\n    t = x[1] - x[0] * x[0]\n    return 100.0 * (t * t) + (1.0 - x[0]) * (1.0 - x[0])\n"
             "def g(x):\n    t = x[1] - x[0] * x[0]\n    return np.array([-400.0 * x[0] * t - 2.0 * (1.0 - x[0]), 200.0 * t])\n",
    "himmelblau": "import numpy as np\nfrom scipy.optimize import minimize\n"
                  "def f(x):\n    a = x[0] * x[0] + x[1] - 11.0\n    b = x[0] + x[1] * x[1] - 7.0\n    return a * a + b * b\n"
                  "def g(x):\n    a = x[0] * x[0] + x[1] - 11.0\n    b = x[0] + x[1] * x[1] - 7.0\n"
                  "    return np.array([4.0 * x[0] * a + 2.0 * b, 2.0 * a + 4.0 * x[1] * b])\n",
    "bowl": "import numpy as np\nfrom scipy.optimize import minimize\n"
            "def f(x):\n    return (x[0] - 1.0) * (x[0] - 1.0) + 10.0 * (x[1] + 0.5) * (x[1] + 0.5)\n"
            "def g(x):\n    return np.array([2.0 * (x[0] - 1.0), 20.0 * (x[1] + 0.5)])\n",
}
OPT_STARTS = [("rosen", "-1.2, 1.0"), ("rosen", "2.0, 2.0"), ("himmelblau", "0.0, 0.0"), ("himmelblau", "-1.0, 1.0"),
              ("bowl", "3.0, 1.0")]
for prob, x0 in OPT_STARTS:
    s, p = OPT_SWIFT[prob], OPT_PY[prob]
    case('scipy.optimize.minimize(f, x0, method="Nelder-Mead")',
         s + f"let r = try minimize(f, x0: [{x0}], method: .nelderMead)\nprint(r.x, r.nit, r.nfev, r.success ? \"True\" : \"False\")",
         p + f"r = minimize(f, np.array([{x0}]), method='Nelder-Mead')\nprint(r.x, r.nit, r.nfev, r.success)")
    case('scipy.optimize.minimize(f, x0, method="Nelder-Mead")',
         s + f"let r = try minimize(f, x0: [{x0}], method: .nelderMead)\nprint(Vector([r.fun]), r.path.count, r.path[1])",
         p + f"r = minimize(f, np.array([{x0}]), method='Nelder-Mead', options={{'return_all': True}})\n"
             "print(np.array([r.fun]), len(r.allvecs), r.allvecs[1])")
    case('scipy.optimize.minimize(f, x0, method="BFGS", jac=g)',
         s + f"let r = try minimize(f, x0: [{x0}], method: .bfgs, jac: g)\nprint(round(r.x, decimals: 4), r.success ? \"True\" : \"False\", r.message)",
         p + f"r = minimize(f, np.array([{x0}]), method='BFGS', jac=g)\nprint(np.round(r.x, 4), r.success, r.message)")
    case('scipy.optimize.minimize(f, x0)',
         s + f"let r = try minimize(f, x0: [{x0}])\nprint(round(r.x, decimals: 4), r.success ? \"True\" : \"False\")",
         p + f"r = minimize(f, np.array([{x0}]))\nprint(np.round(r.x, 4), r.success)")
    case('scipy.optimize.minimize(f, x0, method="L-BFGS-B", jac=g, bounds=b)',
         s + f"let r = try minimize(f, x0: [{x0}], method: .lbfgsb, jac: g)\nprint(round(r.x, decimals: 3), r.success ? \"True\" : \"False\")",
         p + f"r = minimize(f, np.array([{x0}]), method='L-BFGS-B', jac=g)\nprint(np.round(r.x, 3), r.success)")
BOXES = [("rosen", "-1.2, 1.0", "[(-2.0, 0.5), (-2.0, 2.0)]"), ("himmelblau", "1.0, 1.0", "[(0.0, 2.0), (0.0, 2.0)]"),
         ("bowl", "3.0, 1.0", "[(2.0, 5.0), (-inf, inf)]")]
for prob, x0, box in BOXES:
    s, p = OPT_SWIFT[prob], OPT_PY[prob]
    sbox = box.replace("-inf", "-.infinity").replace("inf)", ".infinity)")
    case('scipy.optimize.minimize(f, x0, method="L-BFGS-B", jac=g, bounds=b)',
         s + f"let r = try minimize(f, x0: [{x0}], method: .lbfgsb, jac: g, bounds: {sbox})\nprint(round(r.x, decimals: 3), r.success ? \"True\" : \"False\")",
         p + f"inf = np.inf\nr = minimize(f, np.array([{x0}]), method='L-BFGS-B', jac=g, bounds={box})\nprint(np.round(r.x, 3), r.success)")
    case('scipy.optimize.minimize(f, x0, method="L-BFGS-B", jac=g, bounds=b)',
         s + f"let r = try minimize(f, x0: [{x0}], bounds: {sbox})\nprint(round(r.x, decimals: 3))",
         p + f"inf = np.inf\nr = minimize(f, np.array([{x0}]), bounds={box})\nprint(np.round(r.x, 3))")
    case('scipy.optimize.minimize(f, x0, method="Nelder-Mead")',
         s + f"let r = try minimize(f, x0: [{x0}], method: .nelderMead, bounds: {sbox})\nprint(r.x, r.nit, r.nfev)",
         p + f"inf = np.inf\nr = minimize(f, np.array([{x0}]), method='Nelder-Mead', bounds={box})\nprint(r.x, r.nit, r.nfev)")
# One variable, started at 0 (Nelder–Mead's initial simplex then uses 0.00025).
for m, sm in [("Nelder-Mead", ".nelderMead"), ("BFGS", ".bfgs"), ("L-BFGS-B", ".lbfgsb")]:
    row = {"Nelder-Mead": 'scipy.optimize.minimize(f, x0, method="Nelder-Mead")',
           "BFGS": 'scipy.optimize.minimize(f, x0, method="BFGS", jac=g)',
           "L-BFGS-B": 'scipy.optimize.minimize(f, x0, method="L-BFGS-B", jac=g, bounds=b)'}[m]
    out_s = "r.x, r.nit, r.nfev" if m == "Nelder-Mead" else "round(r.x, decimals: 4)"
    out_p = "r.x, r.nit, r.nfev" if m == "Nelder-Mead" else "np.round(r.x, 4)"
    case(row, f"let r = try minimize({{ x in (x[0] - 2.0) * (x[0] - 2.0) + 1.0 }}, x0: [0.0], method: {sm})\nprint({out_s})",
         f"import numpy as np\nfrom scipy.optimize import minimize\n"
         f"r = minimize(lambda x: (x[0] - 2.0) * (x[0] - 2.0) + 1.0, np.array([0.0]), method='{m}')\nprint({out_p})")
# Invalid input: SciPy raises, MLMath throws.
case('scipy.optimize.minimize(f, x0, method="L-BFGS-B", jac=g, bounds=b)',
     OPT_SWIFT["bowl"] + "print(try minimize(f, x0: [0.0, 0.0], bounds: [(1.0, 0.0), (0.0, 1.0)]).x)",
     OPT_PY["bowl"] + "print(minimize(f, np.array([0.0, 0.0]), bounds=[(1.0, 0.0), (0.0, 1.0)]).x)")
case('scipy.optimize.minimize(f, x0)', "print(try minimize({ _ in 0.0 }, x0: []).x)",
     "import numpy as np\nfrom scipy.optimize import minimize\nprint(minimize(lambda x: 0.0, np.array([])).x)")
case('scipy.optimize.minimize(f, x0, method="BFGS", jac=g)',
     OPT_SWIFT["bowl"] + "print(round(try minimize(f, x0: [3.0, 1.0], method: .bfgs, bounds: [(0.0, 1.0), (0.0, 1.0)]).x, decimals: 4))",
     OPT_PY["bowl"] + "print(np.round(minimize(f, np.array([3.0, 1.0]), method='BFGS', bounds=[(0.0, 1.0), (0.0, 1.0)]).x, 4))",
     deliberate="BFGS cannot handle bounds: SciPy warns and ignores them, MLMath throws and names the methods that can",
     mlmath="raises")

# PyTorch's optimisers: their update equations in NumPy, 25 steps on the bowl's gradient.
TORCH_PY = OPT_PY["bowl"] + (
    "def lerp(a, b, w):\n    return a + w * (b - a) if w < 0.5 else b - (b - a) * (1 - w)\n"
    "p = np.array([3.0, 1.0])\n")
SGD_PY = ("buf = None\nfor t in range(25):\n    d = g(p)\n    if wd != 0:\n        d = d + wd * p\n"
          "    if mu != 0:\n        buf = d.copy() if buf is None else buf * mu + (1 - damp) * d\n"
          "        d = d + mu * buf if nesterov else buf\n    p = p - lr * d\nprint(p)")
for lr, mu, damp, wd, nest in [(0.05, 0.0, 0.0, 0.0, False), (0.02, 0.9, 0.0, 0.0, False), (0.02, 0.9, 0.0, 0.0, True),
                               (0.03, 0.5, 0.2, 0.1, False)]:
    case("torch.optim.SGD(params, lr, momentum, nesterov)",
         OPT_SWIFT["bowl"] + f"let opt = try GradientDescent(learningRate: {lr}, momentum: {mu}, dampening: {damp}, "
         f"weightDecay: {wd}, nesterov: {str(nest).lower()})\n"
         "let path = try optimize(grad: g, x0: [3.0, 1.0], optimizer: opt, steps: 25)\nprint(path[25])",
         TORCH_PY + f"lr, mu, damp, wd, nesterov = {lr}, {mu}, {damp}, {wd}, {nest}\n" + SGD_PY)
for lr, decay, wd in [(0.5, 0.0, 0.0), (0.3, 0.01, 0.05)]:
    case("torch.optim.Adagrad(params, lr)",
         OPT_SWIFT["bowl"] + f"let opt = try AdaGrad(learningRate: {lr}, learningRateDecay: {decay}, weightDecay: {wd})\n"
         "print(try optimize(grad: g, x0: [3.0, 1.0], optimizer: opt, steps: 25)[25])",
         TORCH_PY + f"lr, decay, wd = {lr}, {decay}, {wd}\ns = np.zeros(2)\nfor t in range(1, 26):\n    d = g(p) + wd * p if wd else g(p)\n"
         "    clr = lr / (1 + (t - 1) * decay)\n    s = s + d * d\n    p = p - clr * (d / (np.sqrt(s) + 1e-10))\nprint(p)")
for lr, mu, centered in [(0.01, 0.0, False), (0.01, 0.5, True)]:
    case("torch.optim.RMSprop(params, lr)",
         OPT_SWIFT["bowl"] + f"let opt = try RMSProp(learningRate: {lr}, momentum: {mu}, centered: {str(centered).lower()})\n"
         "print(try optimize(grad: g, x0: [3.0, 1.0], optimizer: opt, steps: 25)[25])",
         TORCH_PY + f"lr, mu, centered = {lr}, {mu}, {centered}\nv = np.zeros(2); ga = np.zeros(2); b = np.zeros(2)\n"
         "for t in range(25):\n    d = g(p)\n    v = v * 0.99 + (1 - 0.99) * d * d\n"
         "    if centered:\n        ga = np.array([lerp(a, c, 1 - 0.99) for a, c in zip(ga, d)])\n        avg = np.sqrt(v - ga * ga) + 1e-8\n"
         "    else:\n        avg = np.sqrt(v) + 1e-8\n"
         "    if mu > 0:\n        b = b * mu + d / avg\n        p = p - lr * b\n    else:\n        p = p - lr * (d / avg)\nprint(p)")
ADAM_PY = ("m = np.zeros(2); v = np.zeros(2); vmax = np.zeros(2)\nfor t in range(1, 26):\n    d = g(p)\n"
           "    if decoupled:\n        p = p * (1 - lr * wd)\n    elif wd:\n        d = d + wd * p\n"
           "    m = np.array([lerp(a, c, 1 - 0.9) for a, c in zip(m, d)])\n    v = v * 0.999 + (1 - 0.999) * d * d\n"
           "    vmax = np.maximum(vmax, v)\n    second = vmax if ams else v\n"
           "    p = p - (lr / (1 - 0.9 ** t)) * (m / (np.sqrt(second) / np.sqrt(1 - 0.999 ** t) + 1e-8))\nprint(p)")
for lr, wd, ams in [(0.1, 0.0, False), (0.05, 0.01, True)]:
    case("torch.optim.Adam(params, lr)",
         OPT_SWIFT["bowl"] + f"let opt = try Adam(learningRate: {lr}, weightDecay: {wd}, amsgrad: {str(ams).lower()})\n"
         "print(try optimize(grad: g, x0: [3.0, 1.0], optimizer: opt, steps: 25)[25])",
         TORCH_PY + f"lr, wd, ams, decoupled = {lr}, {wd}, {ams}, False\n" + ADAM_PY)
for lr, wd, ams in [(0.1, 0.01, False), (0.05, 0.1, True)]:
    case("torch.optim.AdamW(params, lr, weight_decay)",
         OPT_SWIFT["bowl"] + f"let opt = try AdamW(learningRate: {lr}, weightDecay: {wd}, amsgrad: {str(ams).lower()})\n"
         "print(try optimize(grad: g, x0: [3.0, 1.0], optimizer: opt, steps: 25)[25])",
         TORCH_PY + f"lr, wd, ams, decoupled = {lr}, {wd}, {ams}, True\n" + ADAM_PY)
# PyTorch raises ValueError for a negative learning rate; MLMath throws.
case("torch.optim.Adam(params, lr)", "print(try Adam(learningRate: -0.1).learningRate)",
     "raise ValueError('Invalid learning rate: -0.1')")
case("optimize(grad, x0, optimizer, steps)",
     OPT_SWIFT["bowl"] + "let path = try optimize(grad: g, x0: [3.0, 1.0], optimizer: try GradientDescent(learningRate: 0.1), steps: 3)\n"
     "print(path.count, path[0], path[3])",
     TORCH_PY + "path = [p]\nfor t in range(3):\n    p = p - 0.1 * g(p)\n    path.append(p)\nprint(len(path), path[0], path[3])")

# Schedules: PyTorch's closed forms, printed as arrays of 12 epochs.
case("torch.optim.lr_scheduler.StepLR(opt, step_size, gamma)",
     "let s = try StepLR(initialLearningRate: 0.1, stepSize: 4, gamma: 0.5)\nprint(Vector((0..<12).map { s.learningRate(at: $0) }))",
     "import numpy as np\nprint(np.array([0.1 * 0.5 ** (t // 4) for t in range(12)]))")
case("torch.optim.lr_scheduler.ExponentialLR(opt, gamma)",
     "let s = try ExponentialLR(initialLearningRate: 0.1, gamma: 0.9)\nprint(Vector((0..<12).map { s.learningRate(at: $0) }))",
     "import numpy as np\nprint(np.array([0.1 * 0.9 ** t for t in range(12)]))")
case("torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max, eta_min)",
     "let s = try CosineAnnealingLR(initialLearningRate: 0.1, tMax: 10, etaMin: 0.001)\nprint(Vector((0..<12).map { s.learningRate(at: $0) }))",
     "import numpy as np, math\nprint(np.array([0.001 + (0.1 - 0.001) * (1 + math.cos(math.pi * t / 10)) / 2 for t in range(12)]))")

# Newton's method and Armijo backtracking, against the same steps in NumPy.
for prob, x0 in [("rosen", "-1.2, 1.0"), ("himmelblau", "3.5, 1.5")]:
    hs = {"rosen": "{ x in Matrix([[1200.0 * x[0] * x[0] - 400.0 * x[1] + 2.0, -400.0 * x[0]], [-400.0 * x[0], 200.0]]) }",
          "himmelblau": "{ x in Matrix([[12.0 * x[0] * x[0] + 4.0 * x[1] - 42.0, 4.0 * x[0] + 4.0 * x[1]], "
                        "[4.0 * x[0] + 4.0 * x[1], 4.0 * x[0] + 12.0 * x[1] * x[1] - 26.0]]) }"}[prob]
    hp = {"rosen": "lambda x: np.array([[1200.0 * x[0] * x[0] - 400.0 * x[1] + 2.0, -400.0 * x[0]], [-400.0 * x[0], 200.0]])",
          "himmelblau": "lambda x: np.array([[12.0 * x[0] * x[0] + 4.0 * x[1] - 42.0, 4.0 * x[0] + 4.0 * x[1]], "
                        "[4.0 * x[0] + 4.0 * x[1], 4.0 * x[0] + 12.0 * x[1] * x[1] - 26.0]])"}[prob]
    case("Newton's method x ← x − ∇²f(x)⁻¹∇f(x)",
         OPT_SWIFT[prob] + f"let r = try newtonMinimize(f, x0: [{x0}], gradient: g, hessian: {hs})\nprint(r.nit, round(r.path[2], decimals: 6), r.x)",
         OPT_PY[prob] + f"h = {hp}\nx = np.array([{x0}])\npath = [x]\n"
         "while np.max(np.abs(g(x))) > 1e-8:\n    x = x + np.linalg.solve(h(x), -g(x))\n    path.append(x)\n"
         "print(len(path) - 1, np.round(path[2], 6), x)")
    case("backtracking line search (Armijo)",
         OPT_SWIFT[prob] + f"let x: Vector = [{x0}]\nlet r = try backtrackingLineSearch(f, x: x, direction: -g(x), gradient: g(x))\n"
         "print(r.alpha, r.nfev, r.x)",
         OPT_PY[prob] + f"x = np.array([{x0}])\np = -g(x)\nalpha, n = 1.0, 2\n"
         "while not f(x + alpha * p) <= f(x) + 1e-4 * alpha * np.dot(g(x), p):\n    alpha *= 0.5\n    n += 1\n"
         "print(alpha, n, x + alpha * p)")
case("backtracking line search (Armijo)",
     OPT_SWIFT["bowl"] + "print(try backtrackingLineSearch(f, x: [0.0, 0.0], direction: [-2.0, 0.0], gradient: g([0.0, 0.0])).alpha)",
     "raise ValueError('direction is not a descent direction')")

# linprog: a dense two-phase simplex (Bland's rule) against HiGHS, on problems with a unique optimum.
# Slacks are rounded to 9 decimals (+ 0.0 turns -0. into 0.): pivoting leaves ~1e-16 where HiGHS has 0.
LP_ROW = "scipy.optimize.linprog(c, A_ub=A, b_ub=b, A_eq=E, b_eq=d, bounds=bnds)"
LPS = [("[-1.0, -2.0]", "[[1.0, 1.0], [1.0, -1.0]]", "[4.0, 1.0]", None, None, None),
       ("[-3.0, -5.0]", "[[1.0, 0.0], [0.0, 2.0], [3.0, 2.0]]", "[4.0, 12.0, 18.0]", None, None, None),
       ("[1.0, 2.0, 3.0]", "[[-1.0, 1.0, 0.0]]", "[0.5]", "[[1.0, 1.0, 1.0]]", "[1.0]", None),
       ("[2.0, 3.0, 1.0]", None, None, "[[1.0, 1.0, 1.0], [1.0, -1.0, 0.0]]", "[10.0, 2.0]",
        "[(0.0, 8.0), (1.0, inf), (0.0, 3.0)]"),
       ("[1.0, 1.0]", "[[2.0, -1.0]]", "[0.0]", None, None, "[(-3.0, 5.0), (-inf, inf)]"),
       ("[-0.75, 20.0, -0.5, 6.0]", "[[0.25, -8.0, -1.0, 9.0], [0.5, -12.0, -0.5, 3.0], [0.0, 0.0, 1.0, 0.0]]",
        "[0.0, 0.0, 1.0]", None, None, None)]
for c, a, b, e, d, bnds in LPS:
    sargs = [f"{c}"] + ([f"aUb: {a}", f"bUb: {b}"] if a else []) + ([f"aEq: {e}", f"bEq: {d}"] if e else []) + \
        ([f"bounds: {bnds.replace('-inf', '-.infinity').replace('inf)', '.infinity)')}"] if bnds else [])
    pargs = [f"{c}"] + ([f"A_ub={a}", f"b_ub={b}"] if a else []) + ([f"A_eq={e}", f"b_eq={d}"] if e else []) + \
        ([f"bounds={bnds}"] if bnds else [])
    case(LP_ROW, f"let r = try linprog({', '.join(sargs)})\nprint(r.x, Vector([r.fun]), round(r.slack, decimals: 9) + 0.0, r.status, r.success ? \"True\" : \"False\")",
         f"import numpy as np\nfrom scipy.optimize import linprog\ninf = np.inf\nr = linprog({', '.join(pargs)})\n"
         "print(r.x, np.array([r.fun]), np.round(r.ineqlin.residual, 9) + 0.0, r.status, r.success)")
for c, a, b in [("[1.0, 1.0]", "[[1.0, 1.0]]", "[-1.0]"), ("[-1.0, 0.0]", "[[1.0, -1.0]]", "[1.0]")]:
    case(LP_ROW, f"let r = try linprog({c}, aUb: {a}, bUb: {b})\nprint(r.status, r.success ? \"True\" : \"False\")",
         f"from scipy.optimize import linprog\nr = linprog({c}, A_ub={a}, b_ub={b})\nprint(r.status, r.success)")
case(LP_ROW, "print(try linprog([1.0, 0.0], bounds: [(1.0, 0.0), (0.0, 1.0)]).status)",
     "from scipy.optimize import linprog\nprint(linprog([1.0, 0.0], bounds=[(1.0, 0.0), (0.0, 1.0)]).status)",
     deliberate="`linprog` with a bound whose min exceeds its max: SciPy reports the problem infeasible (status 2), "
                "MLMath throws and names the bound", mlmath="raises")

# scipy.optimize.line_search (line_search_wolfe2) along −∇f.
for prob, x0 in [("rosen", "-1.2, 1.0"), ("himmelblau", "0.0, 0.0"), ("bowl", "3.0, 1.0")]:
    case("scipy.optimize.line_search(f, fprime, xk, pk)",
         OPT_SWIFT[prob] + f"let x: Vector = [{x0}]\nlet r = try lineSearch(f, g, xk: x, pk: -g(x))\n"
         "print(Vector([r.alpha!, r.newFval!]), r.fc, r.gc, r.newGradient!)",
         OPT_PY[prob] + f"from scipy.optimize import line_search\nx = np.array([{x0}])\nr = line_search(f, g, x, -g(x))\n"
         "print(np.array([r[0], r[3]]), r[1], r[2], r[5])")
case("scipy.optimize.line_search(f, fprime, xk, pk)",
     OPT_SWIFT["bowl"] + "print(try lineSearch(f, g, xk: [3.0, 1.0], pk: [-1.0, 0.0], c1: 0.5, c2: 0.4).fc)",
     OPT_PY["bowl"] + "from scipy.optimize import line_search\nprint(line_search(f, g, np.array([3.0, 1.0]), np.array([-1.0, 0.0]), c1=0.5, c2=0.4)[1])")
