# Numerical calculus (np.gradient, scipy.integrate, scipy.optimize roots, scipy.interpolate,
# scipy.differentiate) against MLMath. Run by numpy_differential.py with its helpers in scope.
# Scalars that may differ in the last of 17 digits (iterative solvers, extrapolation) are
# printed inside a one-element array on both sides (8 digits).

SAMPLE_Y = [V("y6", 1.0, 2.0, 4.0, 7.0, 11.0, 16.0), V("y3", 3.0, -1.0, 2.5), V("y2", 0.0, 1.0),
            V("ysin", *np.round(np.sin(np.linspace(0, 3, 9)), 6)), V("ynan", 1.0, nan, 3.0, 4.0)]
SAMPLE_X = {"y6": V("x6", 0.0, 1.0, 1.5, 3.5, 4.0, 6.0), "y3": V("x3", 1.0, 2.0, 4.0), "y2": V("x2", 0.0, 0.5),
            "ysin": V("xsin", *np.linspace(0, 3, 9)), "ynan": V("xnan", 0.0, 1.0, 3.0, 4.0)}

for y in SAMPLE_Y:
    x = SAMPLE_X[y.name]
    for edge in (1, 2):
        case("np.gradient(y, dx)", f"print(gradient({y.swift}, spacing: 0.5, edgeOrder: {edge}))",
             f"print(np.gradient({y.py}, 0.5, edge_order={edge}))")
        case("np.gradient(y, x)", f"print(gradient({y.swift}, {x.swift}, edgeOrder: {edge}))",
             f"print(np.gradient({y.py}, {x.py}, edge_order={edge}))")
    case("np.gradient(y, dx)", f"print(gradient({y.swift}))", f"print(np.gradient({y.py}))")
    case("np.trapezoid(y, x=x)", f"print(trapezoid({y.swift}, x: {x.swift}))", f"print(np.trapezoid({y.py}, x={x.py}))")
    case("np.trapezoid(y, dx=dx)", f"print(trapezoid({y.swift}, dx: 0.25))", f"print(np.trapezoid({y.py}, dx=0.25))")
    case("scipy.integrate.simpson(y, x=x)", f"print(Vector([simpson({y.swift}, x: {x.swift})]))",
         f"print(np.array([scipy.integrate.simpson({y.py}, x={x.py})]))")
    case("scipy.integrate.simpson(y, x=x)", f"print(Vector([simpson({y.swift}, dx: 0.25)]))",
         f"print(np.array([scipy.integrate.simpson({y.py}, dx=0.25)]))")
    case("scipy.integrate.cumulative_trapezoid(y, x=x, initial=0)",
         f"print(cumulativeTrapezoid({y.swift}, x: {x.swift}))",
         f"print(scipy.integrate.cumulative_trapezoid({y.py}, x={x.py}))")
    case("scipy.integrate.cumulative_trapezoid(y, x=x, initial=0)",
         f"print(cumulativeTrapezoid({y.swift}, dx: 0.5, initial: 0))",
         f"print(scipy.integrate.cumulative_trapezoid({y.py}, dx=0.5, initial=0))")
# Shape misuse: NumPy and SciPy raise, MLMath stops with a message.
case("np.gradient(y, dx)", "print(gradient(Vector([1.0]), spacing: 1))", "print(np.gradient(np.array([1.0])))")
case("np.gradient(y, x)", "print(gradient(Vector([1.0, 2.0, 4.0]), Vector([1.0, 2.0])))",
     "print(np.gradient(np.array([1.0, 2.0, 4.0]), np.array([1.0, 2.0])))")
case("scipy.integrate.cumulative_trapezoid(y, x=x, initial=0)", "print(cumulativeTrapezoid(Vector([1.0, 2.0]), initial: 1))",
     "print(scipy.integrate.cumulative_trapezoid(np.array([1.0, 2.0]), initial=1))")
case("scipy.integrate.simpson(y, x=x)", "print(simpson(Vector([1.0, 2.0, 3.0]), x: Vector([1.0, 2.0])))",
     "print(scipy.integrate.simpson(np.array([1.0, 2.0, 3.0]), x=np.array([1.0, 2.0])))")
case("np.trapezoid(y, x=x)", "print(trapezoid(Vector([1.0, 2.0, 3.0]), x: Vector([1.0, 2.0, 3.0, 4.0])))",
     "print(np.trapezoid(np.array([1.0, 2.0, 3.0]), x=np.array([1.0, 2.0, 3.0, 4.0])))")

# derivative: SciPy's algorithm differs from Ridders'; both agree to 8 digits on smooth functions.
for fs, fp, x in [("{ exp($0) }", "np.exp", 1.0), ("{ sin($0) }", "np.sin", 0.7), ("{ log($0) }", "np.log", 2.0),
                  ("{ atan($0) }", "np.arctan", -0.3), ("{ $0 * $0 * $0 - 2 * $0 }", "lambda x: x**3 - 2*x", 1.5)]:
    case("scipy.differentiate.derivative(f, x).df", f"print(Vector([derivative({fs}, at: {x}).df]))",
         f"print(np.array([scipy.differentiate.derivative({fp}, {x}).df]))".replace("scipy.differentiate",
                                                                                  "__import__('scipy.differentiate').differentiate"))
    case("scipy.differentiate.derivative(f, x).success", f"print(derivative({fs}, at: {x}).success ? \"True\" : \"False\")",
         f"print(__import__('scipy.differentiate').differentiate.derivative({fp}, {x}).success)")
# Gradient, Jacobian and Hessian of functions of a vector, against the analytic values.
case("∇f(x), J(x), ∇²f(x)", "print(gradient({ p in p[0] * p[0] * p[1] + sin(p[1]) }, at: Vector([0.7, -1.3])))",
     "x, y = 0.7, -1.3\nprint(np.array([2 * x * y, x * x + np.cos(y)]))")
case("∇f(x), J(x), ∇²f(x)", "print(jacobian({ p in Vector([p[0] * p[1], p[0] + p[1] * p[1]]) }, at: Vector([2.0, 3.0])))",
     "x, y = 2.0, 3.0\nprint(np.array([[y, x], [1.0, 2 * y]]))")
case("∇f(x), J(x), ∇²f(x)", "print(hessian({ p in p[0] * p[0] * p[1] + exp(p[1]) }, at: Vector([0.5, 1.0])))",
     "x, y = 0.5, 1.0\nprint(np.array([[2 * y, 2 * x], [2 * x, np.exp(y)]]))")

# quad: QUADPACK ported, so values, error estimates and counts match SciPy's.
QUADS = [("{ exp(-$0 * $0) }", "lambda x: np.exp(-x * x)", "-.infinity", ".infinity", "-np.inf", "np.inf"),
         ("{ 1 / (1 + $0 * $0) }", "lambda x: 1 / (1 + x * x)", "0", ".infinity", "0", "np.inf"),
         ("{ log($0) }", "np.log", "0", "1", "0", "1"),
         ("{ cos(50 * $0) }", "lambda x: np.cos(50 * x)", "0", "1", "0", "1"),
         ("{ 1 / $0.squareRoot() }", "lambda x: 1 / np.sqrt(x)", "0", "1", "0", "1"),
         ("{ $0 * $0 }", "lambda x: x * x", "1", "0", "1", "0"),
         ("{ exp($0) }", "np.exp", "-.infinity", "0", "-np.inf", "0"),
         ("{ 1 / $0 }", "lambda x: 1 / x", "0", "1", "0", "1")]
for fs, fp, a, b, pa, pb in QUADS:
    # abserr is a difference of two rules, so the last bit of f (NumPy's SIMD exp against the C
    # library's) moves it by ~1e-8: three digits of it are compared.
    case("scipy.integrate.quad(f, a, b)",
         f"let r = try quad({fs}, {a}, {b})\nprint(Vector([r.value]), r.abserr.scientific(2))",
         f"r = scipy.integrate.quad({fp}, {pa}, {pb})\nprint(np.array([r[0]]), f'{{r[1]:.2e}}')")
    case("scipy.integrate.quad(f, a, b, full_output=1)", f"let r = try quad({fs}, {a}, {b})\nprint(r.neval, r.subintervals)",
         f"r = scipy.integrate.quad({fp}, {pa}, {pb}, full_output=1)\nprint(r[2]['neval'], r[2]['last'])")
case("scipy.integrate.quad(f, a, b)", "print(try quad({ $0 }, 0, 1, limit: 0).value)",
     "print(scipy.integrate.quad(lambda x: x, 0, 1, limit=0)[0])")
case("scipy.integrate.quad(f, a, b, full_output=1)",
     "let r = try quad({ 1 / $0 }, 0, 1)\nprint(r.message!)",
     "import warnings\nwarnings.simplefilter('ignore')\nprint(scipy.integrate.quad(lambda x: 1 / x, 0, 1, full_output=1)[3])")
case("scipy.integrate.dblquad(f, a, b, gfun, hfun)",
     "let r = try dblquad({ y, x in x * y }, 0, 1, { _ in 0 }, { 1 - $0 })\nprint(Vector([r.value, r.abserr]))",
     "r = scipy.integrate.dblquad(lambda y, x: x * y, 0, 1, lambda x: 0, lambda x: 1 - x)\nprint(np.array([r[0], r[1]]))")
case("scipy.integrate.dblquad(f, a, b, gfun, hfun)",
     "let r = try dblquad({ y, x in exp(-(x * x + y * y)) }, -1, 1, -2, 2)\nprint(Vector([r.value, r.abserr]))",
     "r = scipy.integrate.dblquad(lambda y, x: np.exp(-(x * x + y * y)), -1, 1, -2, 2)\nprint(np.array([r[0], r[1]]))")
case("V * f(rs.uniform(lo, hi, (n, d))).mean()",
     "var rs = RandomState(seed: 3)\nlet r = monteCarloIntegrate({ p in p[0] * p[1] }, over: [(0, 1), (0, 2)], samples: 500, using: &rs)\n"
     "print(Vector([r.estimate, r.standardError]))",
     "rs = np.random.RandomState(3)\np = rs.uniform([0, 0], [1, 2], size=(500, 2))\nv = p[:, 0] * p[:, 1]\n"
     "print(np.array([2 * v.mean(), 2 * v.std(ddof=1) / np.sqrt(500)]))")
case("V * f(rs.uniform(lo, hi, (n, d))).mean()",
     "Random.seed(11)\nlet r = monteCarloIntegrate({ p in sin(p[0]) }, over: [(0, Double.pi)], samples: 2000)\n"
     "print(Vector([r.estimate, r.standardError]))",
     "np.random.seed(11)\nv = np.sin(np.random.uniform([0], [np.pi], size=(2000, 1))[:, 0])\n"
     "print(np.array([np.pi * v.mean(), np.pi * v.std(ddof=1) / np.sqrt(2000)]))")

# Roots, with SciPy's iteration and call counts.
ROOTS = [("{ cos($0) - $0 }", "lambda x: np.cos(x) - x", 0, 1), ("{ log($0) - 2 }", "lambda x: np.log(x) - 2", 1, 10),
         ("{ $0 * $0 - 2 }", "lambda x: x * x - 2", 0, 2), ("{ exp($0) - 2 }", "lambda x: np.exp(x) - 2", -1, 3)]
for fs, fp, a, b in ROOTS:
    for swift_name, py_name in [("brentq", "brentq"), ("bisect", "bisect")]:
        row = f"scipy.optimize.{py_name}(f, a, b, full_output=True)"
        case(row, f"let r = try {swift_name}({fs}, {a}, {b})\nprint(Vector([r.root]))\n"
                  "print(r.iterations, r.functionCalls, r.converged ? \"True\" : \"False\", r.flag)",
             f"x, r = scipy.optimize.{py_name}({fp}, {a}, {b}, full_output=True)\nprint(np.array([x]))\n"
             "print(r.iterations, r.function_calls, r.converged, r.flag)")
    case("scipy.optimize.newton(f, x0)", f"let r = try newton({fs}, 1.5)\nprint(Vector([r.root]))\nprint(r.iterations, r.functionCalls)",
         f"x, r = scipy.optimize.newton({fp}, 1.5, full_output=True)\nprint(np.array([x]))\nprint(r.iterations, r.function_calls)")
for fs, ds, fp, dp in [("{ cos($0) - $0 }", "{ -sin($0) - 1 }", "lambda x: np.cos(x) - x", "lambda x: -np.sin(x) - 1"),
                       ("{ $0 * $0 - 2 }", "{ 2 * $0 }", "lambda x: x * x - 2", "lambda x: 2 * x")]:
    case("scipy.optimize.newton(f, x0, fprime)",
         f"let r = try newton({fs}, 1.0, fprime: {ds})\nprint(Vector([r.root]))\nprint(r.iterations, r.functionCalls, r.method)",
         f"x, r = scipy.optimize.newton({fp}, 1.0, fprime={dp}, full_output=True)\nprint(np.array([x]))\n"
         "print(r.iterations, r.function_calls, r.method)")
case("scipy.optimize.brentq(f, a, b, full_output=True)", "print(try brentq({ $0 * $0 + 1 }, 0, 1).root)",
     "print(scipy.optimize.brentq(lambda x: x * x + 1, 0, 1))")
case("scipy.optimize.bisect(f, a, b, full_output=True)", "print(try bisect({ $0 - 5 }, 0, 1).root)",
     "print(scipy.optimize.bisect(lambda x: x - 5, 0, 1))")
case("scipy.optimize.newton(f, x0, fprime)", "print(try newton({ $0 * $0 + 1 }, 0, fprime: { 2 * $0 }).root)",
     "print(scipy.optimize.newton(lambda x: x * x + 1, 0, fprime=lambda x: 2 * x))")
case("scipy.optimize.fsolve(f, x0)",
     "let r = fsolve({ v in Vector([v[0] * v[0] + v[1] * v[1] - 4, exp(v[0]) + v[1] - 1]) }, Vector([1.0, -1.0]))\nprint(r.x)",
     "print(scipy.optimize.fsolve(lambda v: [v[0] ** 2 + v[1] ** 2 - 4, np.exp(v[0]) + v[1] - 1], [1.0, -1.0]))")
case("scipy.optimize.fsolve(f, x0)",
     "let r = fsolve({ v in Vector([3 * v[0] - cos(v[1] * v[2]) - 0.5, v[0] * v[0] - 81 * (v[1] + 0.1) * (v[1] + 0.1) + sin(v[2]) + 1.06, exp(-v[0] * v[1]) + 20 * v[2] + (10 * Double.pi - 3) / 3]) }, Vector([0.1, 0.1, -0.1]))\n"
     "print(Vector([r.x[0], r.x[2]]))",
     "f = lambda v: [3 * v[0] - np.cos(v[1] * v[2]) - 0.5, v[0] ** 2 - 81 * (v[1] + 0.1) ** 2 + np.sin(v[2]) + 1.06, "
     "np.exp(-v[0] * v[1]) + 20 * v[2] + (10 * np.pi - 3) / 3]\nx = scipy.optimize.fsolve(f, [0.1, 0.1, -0.1])\n"
     "print(np.array([x[0], x[2]]))")

# solve_ivp RK45: SciPy's steps reproduced.
IVPS = [("{ _, y in -0.5 * y }", "lambda t, y: -0.5 * y", "(0, 10)", "Vector([2.0])", "[2.0]"),
        ("{ _, y in Vector([y[1], -4 * y[0]]) }", "lambda t, y: [y[1], -4 * y[0]]", "(0, 3)", "Vector([1.0, 0.0])", "[1.0, 0.0]"),
        ("{ _, y in Vector([1.5 * y[0] - y[0] * y[1], -3 * y[1] + y[0] * y[1]]) }",
         "lambda t, y: [1.5 * y[0] - y[0] * y[1], -3 * y[1] + y[0] * y[1]]", "(0, 2)", "Vector([10.0, 5.0])", "[10.0, 5.0]"),
        ("{ _, y in Vector([0.8 * y[0] * (1 - y[0] / 10)]) }", "lambda t, y: [0.8 * y[0] * (1 - y[0] / 10)]", "(0, 15)",
         "Vector([0.5])", "[0.5]")]
for fs, fp, span, y0s, y0p in IVPS:
    case("scipy.integrate.solve_ivp(f, (t0, t1), y0)", f"let s = try solveIVP({fs}, tSpan: {span}, y0: {y0s})\nprint(s.t)\nprint(s.y)\nprint(s.nfev, s.status)",
         f"s = scipy.integrate.solve_ivp({fp}, {span}, {y0p})\nprint(s.t)\nprint(s.y)\nprint(s.nfev, s.status)")
    case("scipy.integrate.solve_ivp(f, (t0, t1), y0, t_eval=t)",
         f"let s = try solveIVP({fs}, tSpan: {span}, y0: {y0s}, tEval: linspace({span[1:-1].split(',')[0]}, {span[1:-1].split(',')[1]}, 5))\nprint(s.y)",
         f"s = scipy.integrate.solve_ivp({fp}, {span}, {y0p}, t_eval=np.linspace({span[1:-1]}, 5))\nprint(s.y)")
case("scipy.integrate.solve_ivp(f, (t0, t1), y0, t_eval=t)", "print(try solveIVP({ _, y in -y }, tSpan: (0, 1), y0: Vector([1.0]), tEval: Vector([0.5, 2.0])).t)",
     "print(scipy.integrate.solve_ivp(lambda t, y: -y, (0, 1), [1.0], t_eval=[0.5, 2.0]).t)")
case("scipy.integrate.solve_ivp(f, (t0, t1), y0)", "print(try solveIVP({ _, y in -y }, tSpan: (0, 1), y0: Vector([1.0]), rtol: 1e-8, atol: 1e-10).nfev)",
     "print(scipy.integrate.solve_ivp(lambda t, y: -y, (0, 1), [1.0], rtol=1e-8, atol=1e-10).nfev)")

# interp and CubicSpline.
XP, FP = V("xp", 0.0, 1.0, 2.5, 4.0), V("fp", 1.0, 3.0, 2.0, -1.0)
XI = V("xi", -1.0, 0.0, 0.5, 1.0, 2.0, 3.9, 4.0, 5.0, nan)
case("np.interp(x, xp, fp)", f"print(interp({XI.swift}, {XP.swift}, {FP.swift}))", f"print(np.interp({XI.py}, {XP.py}, {FP.py}))")
case("np.interp(x, xp, fp)", f"print(interp({XI.swift}, {XP.swift}, {FP.swift}, left: -9, right: 9))",
     f"print(np.interp({XI.py}, {XP.py}, {FP.py}, left=-9, right=9))")
case("np.interp(x, xp, fp)", f"print(interp(2.2, {XP.swift}, {FP.swift}))", f"print(np.interp(2.2, {XP.py}, {FP.py}))")
case("np.interp(x, xp, fp)", f"print(interp({XI.swift}, Vector([2.0]), Vector([5.0])))",
     f"print(np.interp({XI.py}, np.array([2.0]), np.array([5.0])))")
case("np.interp(x, xp, fp)", "print(interp(1.5, Vector([1.0, 2.0]), Vector([1.0])))",
     "print(np.interp(1.5, np.array([1.0, 2.0]), np.array([1.0])))")
case("np.interp(x, xp, fp)", "print(interp(Vector([0.5, 1.5]), Vector([2.0, 1.0, 0.0]), Vector([0.0, 1.0, 2.0])))",
     "print(np.interp(np.array([0.5, 1.5]), np.array([2.0, 1.0, 0.0]), np.array([0.0, 1.0, 2.0])))",
     deliberate="`interp` stops when `xp` decreases somewhere or holds NaN; NumPy does not check and returns "
                "meaningless values (its documentation says so)", mlmath="raises")
KX = V("kx", 0.0, 1.0, 2.0, 3.0, 4.5, 6.0)
KY = V("ky", 0.0, 0.8, 0.9, 0.1, -0.8, -1.0)
PTS = V("pts", -0.5, 0.0, 0.7, 2.0, 3.3, 5.9, 6.0, 7.0)
for bcs, bcp in [(".notAKnot", "'not-a-knot'"), (".natural", "'natural'"), (".clamped(0.5, -2)", "((1, 0.5), (1, -2.0))"),
                 (".clamped(0, 0)", "'clamped'")]:
    row = "scipy.interpolate.CubicSpline(x, y, bc_type=…)"
    case(row, f"let cs = try CubicSpline(x: {KX.swift}, y: {KY.swift}, bc: {bcs})\nprint(cs({PTS.swift}))",
         f"cs = scipy.interpolate.CubicSpline({KX.py}, {KY.py}, bc_type={bcp})\nprint(cs({PTS.py}))")
    for nu in (1, 2, 3):
        case("cs(x, nu)", f"let cs = try CubicSpline(x: {KX.swift}, y: {KY.swift}, bc: {bcs})\nprint(cs({PTS.swift}, nu: {nu}))",
             f"cs = scipy.interpolate.CubicSpline({KX.py}, {KY.py}, bc_type={bcp})\nprint(cs({PTS.py}, {nu}))")
    case("cs.integrate(a, b)", f"let cs = try CubicSpline(x: {KX.swift}, y: {KY.swift}, bc: {bcs})\n"
                               "print(Vector([cs.integrate(0, 6), cs.integrate(-1, 7), cs.integrate(2.5, 0.3)]))",
         f"cs = scipy.interpolate.CubicSpline({KX.py}, {KY.py}, bc_type={bcp})\n"
         "print(np.array([cs.integrate(0, 6), cs.integrate(-1, 7), cs.integrate(2.5, 0.3)]))")
    case("cs.c", f"let cs = try CubicSpline(x: {KX.swift}, y: {KY.swift}, bc: {bcs})\nprint(cs.c)",
         f"cs = scipy.interpolate.CubicSpline({KX.py}, {KY.py}, bc_type={bcp})\nprint(cs.c)")
for xs, ys, xp_, yp in [("Vector([0.0, 1.0, 2.0])", "Vector([1.0, 3.0, 2.0])", "[0.0, 1.0, 2.0]", "[1.0, 3.0, 2.0]"),
                        ("Vector([1.0, 3.0])", "Vector([2.0, -1.0])", "[1.0, 3.0]", "[2.0, -1.0]")]:
    case("scipy.interpolate.CubicSpline(x, y, bc_type=…)", f"print(try CubicSpline(x: {xs}, y: {ys})(Vector([0.5, 1.5, 2.5])))",
         f"print(scipy.interpolate.CubicSpline({xp_}, {yp})(np.array([0.5, 1.5, 2.5])))")
case("scipy.interpolate.CubicSpline(x, y, bc_type=…)", "print(try CubicSpline(x: Vector([0.0, 2.0, 1.0]), y: Vector([1.0, 2.0, 3.0]))(0.5))",
     "print(scipy.interpolate.CubicSpline([0.0, 2.0, 1.0], [1.0, 2.0, 3.0])(0.5))")
case("scipy.interpolate.CubicSpline(x, y, bc_type=…)", "print(try CubicSpline(x: Vector([0.0]), y: Vector([1.0]))(0.5))",
     "print(scipy.interpolate.CubicSpline([0.0], [1.0])(0.5))")

# Taylor polynomials from exact derivatives.
case("mpmath.taylor(f, a, n)", "print(taylorPolynomial(derivatives: Vector([1.0, 1.0, 1.0, 1.0, 1.0]), at: 0).coefficients)",
     "import mpmath\nprint(np.array([float(c) for c in mpmath.taylor(mpmath.exp, 0, 4)]))")
case("mpmath.taylor(f, a, n)", "let p = taylorPolynomial(derivatives: Vector([sin(1.0), cos(1.0), -sin(1.0), -cos(1.0)]), at: 1)\n"
     "print(Vector([p(1.3)]))",
     "import mpmath\nc = [float(v) for v in mpmath.taylor(mpmath.sin, 1, 3)]\nprint(np.array([np.polyval(c[::-1], 0.3)]))")
