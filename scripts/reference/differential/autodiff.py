# Automatic differentiation (Sources/MLMath/Autodiff/): the rows whose values NumPy/SciPy can
# compute — the softmax family and the losses of the reverse-mode `Tensor`. (Gradients have no
# NumPy call; Tests/MLMathTests/Autodiff*Tests.swift check them against SymPy, central
# differences and NumPy's hand-written backpropagation.) Run by numpy_differential.py.

AD_MATRICES = [M("zsmall", [1.0, 2.0, 3.0], [-1.0, 0.0, 1.0]),
               M("zlarge", [1000.0, 0.0, -1000.0], [-800.0, -800.0, -800.0], [0.5, -0.25, 2.0]),
               M("zwide", [0.1, -0.3, 2.2, 1.7], [3.0, 3.0, -1.0, 0.0])]
AD_VECTORS = [V("v3", 0.5, -1.5, 2.0), V("vbig", 710.0, 700.0, -5.0)]

for z in AD_MATRICES:
    case("scipy.special.softmax(z, axis=-1)", f"print(Tensor({z.swift}).softmax().matrix)",
         f"print(scipy.special.softmax({z.py}, axis=-1))")
    case("scipy.special.log_softmax(z, axis=-1)", f"print(Tensor({z.swift}).logSoftmax().matrix)",
         f"print(scipy.special.log_softmax({z.py}, axis=-1))")
    labels = [i % z.shape[1] for i in range(z.shape[0])]
    case("-scipy.special.log_softmax(z, axis=1)[np.arange(n), labels].mean()",
         f"print(Vector([crossEntropyLoss(logits: Tensor({z.swift}), labels: IntVector({labels})).data]))",
         f"print(np.array([-scipy.special.log_softmax({z.py}, axis=1)[np.arange({z.shape[0]}), {labels}].mean()]))")
    case("np.mean((p - y) ** 2)",
         f"print(Vector([mseLoss(Tensor({z.swift}), {z.swift} * 0.5 + 1).data]))",
         f"print(np.array([np.mean(({z.py} - ({z.py} * 0.5 + 1)) ** 2)]))")
for v in AD_VECTORS:
    case("scipy.special.softmax(z, axis=-1)", f"print(Tensor({v.swift}).softmax().vector)",
         f"print(scipy.special.softmax({v.py}))")
    case("scipy.special.log_softmax(z, axis=-1)", f"print(Tensor({v.swift}).logSoftmax().vector)",
         f"print(scipy.special.log_softmax({v.py}))")
    case("np.mean((p - y) ** 2)", f"print(Vector([mseLoss(Tensor({v.swift}), Vector([1.0, 2.0, 3.0])).data]))",
         f"print(np.array([np.mean(({v.py} - np.array([1.0, 2.0, 3.0])) ** 2)]))")
