// A lesson-sized program of typical MLMath expressions. The test suite
// type-checks it with -warn-long-expression-type-checking to make sure lesson
// code never makes the compiler crawl. Keep it realistic, not minimal.
import Foundation
import MLMath

// Activation functions on a grid.
let x = linspace(-3, 3, 61)
let relu = maximum(x, 0)
let sigmoid = 1 / (1 + exp(-x))
let gelu = 0.5 * x * (1 + tanh(sqrt(2 / .pi) * (x + 0.044715 * x * x * x)))
let softplus = log1p(exp(x))
let swish = x * sigmoid
let leaky = select(x .> 0, x, 0.01 * x)
let elu = select(x .>= 0, x, expm1(x))
print(relu, sigmoid.max(), gelu[0..<5], softplus.min(), swish.argmin(), leaky, elu)

// Polynomial features and a linear model.
let n = 50
let t = arange(0, Double(n)) / Double(n - 1)
let y = 2 * t * t - 3 * t + 0.5 + 0.1 * sin(20 * t)
let design = vander(t, degree: 2, increasing: true)
let w: Vector = [0.5, -3, 2]
let prediction = (design * w).sum(axis: 1)
let residual = y - prediction
let mse = mean(residual * residual)
let rmse = sqrt(mse)
let r2 = 1 - sum(residual * residual) / sum((y - mean(y)) * (y - mean(y)))
print(mse.fixed(6), rmse.scientific(3), r2.fixed(4, width: 10))

// Standardizing a data matrix column by column.
let data: Matrix = [[1, 200, 0.5], [2, 180, 0.7], [3, 240, 0.1], [4, 210, 0.3]]
let mu = data.mean(axis: 0)
let sigma = std(data, axis: 0)
let standardized = (data - mu) / sigma
let minMax = (data - data.min(axis: 0)) / (data.max(axis: 0) - data.min(axis: 0))
let centered = data - data.mean(axis: 1).asColumn
print(standardized, minMax, centered.T)

// Softmax and cross-entropy.
let logits: Vector = [2.0, 1.0, 0.1]
let shifted = logits - logits.max()
let probabilities = exp(shifted) / sum(exp(shifted))
let crossEntropy = -log(probabilities[0])
let logSumExp = logits.max() + log(sum(exp(logits - logits.max())))
print(probabilities, crossEntropy, logSumExp)

// Descriptive statistics.
let sample: Vector = [2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 3.9, 4.1, 3.0]
let summary = [mean(sample), median(sample), std(sample, ddof: 1), iqr(sample)]
let z = (sample - mean(sample)) / std(sample)
let zClipped = clip(z, -2, 2)
let outliers = sample[abs(z) .> 1.5]
let (counts, edges) = histogram(sample, bins: 4)
let shape = (skewness(sample), kurtosis(sample))
print(summary, zClipped, outliers, counts, edges, shape, quantile(sample, [0.1, 0.9]))

// Gradient descent on a quadratic bowl.
var theta: Vector = [4, -3]
let learningRate = 0.1
for step in 0..<20 {
  let gradient = 2 * theta * Vector([1, 10])
  theta -= learningRate * gradient / (1 + 0.01 * Double(step))
}
let loss = sum(theta * theta * Vector([1, 10]))
print(theta, loss)

// Matrices built from pieces.
let identity = eye(3)
let scaled = 2 * identity + ones(3, 3) / 3 - zeros(3, 3)
let stacked = vstack([x[0..<3], x[3..<6], x[6..<9]])
let sideBySide = hstack([identity, scaled])
let masked = select(scaled .> 0.5, scaled, 0)
let diagonal = diag(scaled) + diag(stacked)
let pairs = outer(diagonal, Vector([1, -1]))
let distances = sqrt(pow(stacked - stacked.mean(axis: 0), 2).sum(axis: 1))
print(sideBySide.reshaped(-1, 3).shape, masked, pairs, distances, cumsum(diagonal))

var table = Table("x", "sigmoid(x)", "gelu(x)")
for i in stride(from: 0, to: x.count, by: 10) {
  table.addRow(x[i], sigmoid[i], gelu[i])
}
print(table)
print("accuracy:", mean(Vector((x .> 0) .& (gelu .> 0))).percent(1))
// np.where with two scalars, no type asked for: a Vector (not an ambiguous call).
print(select(x .> 0, 1, 0))
let grid: Matrix = select(outer(x, x) .> 1, 1.0, 0.0)
print(grid.sum())

// Integer arrays: dice, counts, indices.
Random.seed(7)
let rolls = Random.randint(1, 7, size: 60)
let faceCounts = bincount(rolls, minlength: 7)[1...]
let doubled = 2 * rolls - 1
let share = faceCounts / rolls.count
let sixes = rolls[rolls .== 6]
let order = argsort(x)[0..<5]
let (values, valueCounts) = uniqueCounts(rolls)
let heads = Random.binomial(10, 0.5, size: 20)
print(rolls.mean(), mean(heads), variance(heads), median(rolls), sixes.count, share, order)
print(values, valueCounts, cumsum(doubled)[0..<3], diff(faceCounts), Vector(heads) / 10 + 0.5)
let bins = digitize(sample, bins: linspace(1, 6, 6))
let nearest = searchsorted(sort(sample), 3.0)
print(bins, nearest, allclose(probabilities, probabilities + 1e-12), round(sample, decimals: 1))
let (gridX, gridY) = meshgrid(linspace(0, 1, 3), linspace(0, 2, 3))
let draws = Random.multinomial(20, [0.2, 0.3, 0.5], size: 3)
print(gridX + gridY, draws, draws.sum(axis: 0), IntVector(x * 10)[0..<3])
for (i, face) in rolls.enumerated() where i < 3 { print(face + 1, x[face]) }
let predicted = standardized.argmax(axis: 1)
print(mutualInformation(rolls[0..<20], heads), mean(Vector(predicted .== 1)), predicted.count)
// Distributions and calculus, as the probability, statistics and calculus parts write them.
let heightModel = try Normal(loc: 170, scale: 10)
let waits = try Exponential(rate: 0.5)
let critical = try StudentT(df: 9).isf(0.025)
print(heightModel.cdf(180) - heightModel.cdf(160), heightModel.pdf(linspace(140, 200, 7)), heightModel.interval(0.95))
print(waits.sf(4) / waits.sf(2), waits.sample(3), try ChiSquared(df: 3).sf(7.8), critical * sample.std() / 3)
let fitted = try Normal.fit(heightModel.sample(50))
let area = try quad({ exp(-$0 * $0 / 2) }, -.infinity, .infinity).value
let root = try brentq({ $0 * $0 - 2 }, 0, 2).root
let slope = derivative({ sin($0) * exp($0) }, at: 1).df
let decay = try solveIVP({ _, y in -0.5 * y }, tSpan: (0, 10), y0: [1], tEval: linspace(0, 10, 5))
print(fitted.loc, area / (2 * Double.pi).squareRoot(), root, slope, decay.y, trapezoid(x * x, dx: 0.1))
// Automatic differentiation, as the backpropagation lesson writes it.
func bump<T: RealScalar>(_ t: T) -> T {
  let wave = exp(-t * t / 2) * sin(3 * t)
  return wave + log1p(t * t) / 2
}
let exactSlope = forwardDerivative(of: bump, at: 0.5)
let jet = bump(Dual.variable(0.5))
let gradAt = forwardGradient(of: { v in v[0] * v[1] + sin(v[0]) }, at: [1, 2])
print(exactSlope, jet.value, jet.derivative, gradAt, bump(0.5))
let wa = Value(2, label: "a")
let wb = Value(-3, label: "b")
let we = (wa * wb + wa).tanh() * 2 - wb.pow(2) / 4
we.backward()
print(wa.grad, wb.grad, we.describeGraph())
let inputs = Tensor(standardized[0..<4, 0..<2], label: "x")
let weights1 = Tensor(Matrix(rows: 2, columns: 3, repeating: 0.5), label: "W1")
let bias1 = Tensor(Vector(repeating: 0.1, count: 3), label: "b1")
let weights2 = Tensor(Matrix(rows: 3, columns: 1, repeating: -0.5), label: "W2")
let hiddenLayer = (inputs.matmul(weights1) + bias1).relu()
let netLoss = mseLoss(hiddenLayer.matmul(weights2), Matrix(rows: 4, columns: 1, repeating: 1))
netLoss.backward()
weights1.matrix -= 0.1 * weights1.gradMatrix
bias1.vector -= 0.1 * bias1.gradVector
print(netLoss.describeGraph(), weights1, crossEntropyLoss(logits: hiddenLayer, labels: [0, 1, 2, 0]).data)
// Optimisation, as the optimisation part writes it: minimize, a path, Adam, a schedule.
let valley = try minimize({ p in 100 * (p[1] - p[0] * p[0]) * (p[1] - p[0] * p[0]) + (1 - p[0]) * (1 - p[0]) }, x0: [-1.2, 1], method: .nelderMead)
let bowl = try minimize({ p in p[0] * p[0] + 10 * p[1] * p[1] }, x0: [3, 1], jac: { p in Vector([2 * p[0], 20 * p[1]]) })
let adamPath = try optimize(grad: { p in Vector([2 * p[0], 20 * p[1]]) }, x0: [1, 1], optimizer: try Adam(learningRate: 0.1), steps: 50)
let momentum = try GradientDescent(learningRate: 0.05, momentum: 0.9, nesterov: true)
let annealed = try CosineAnnealingLR(initialLearningRate: 0.1, tMax: 10)
print(valley.x, valley.nit, valley.path.count, bowl.fun, adamPath[adamPath.count - 1], momentum.learningRate)
print(annealed.learningRate(at: 5), try minimize({ p in abs(p[0] - 2) }, x0: [0], bounds: [(-1, 1)]).x)
// Discrete distributions and densities, as the probability part writes them.
let coin = try Binomial(n: 10, p: 0.3)
let arrivals = try Poisson(lambda: 3)
let firstSix = try Geometric(p: 1.0 / 6)
let die = DiscreteUniform(1...6)
let tallies = coin.sample(1000)
print(coin.pmf(3), coin.cdf(IntVector([0, 1, 2])), arrivals.sf(5), firstSix.mean, die.variance, mean(tallies))
let smooth = try GaussianKDE(sample)
print(smooth(linspace(0, 6, 4)), try MultivariateNormal(mean: [0, 0], cov: [[1, 0.5], [0.5, 1]]).cdf([0, 0]))
