import Foundation
import Testing

@testable import MLMath

/// Where scikit-learn's PCA, KMeans and GaussianMixture raise (not fitted, wrong shapes,
/// impossible settings, too few samples, a covariance that is not positive definite), MLMath
/// stops with a message naming the model, the method and the problem (each case in a child
/// process).
@Suite struct UnsupervisedFailureTests {
  @Test(arguments: UnsupervisedFailures.all.map(\.name))
  func misusePrintsItsMessage(_ name: String) async throws {
    let trap = try #require(UnsupervisedFailures.named(name))
    let exit = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) { [name] in
      UnsupervisedFailures.named(name)?.body()
    }
    let stderr = String(decoding: try #require(exit).standardErrorContent, as: UTF8.self)
    #expect(
      stderr.contains("Fatal error: \(trap.message)"),
      "expected “Fatal error: \(trap.message)”, the child printed:\n\(stderr)")
  }

  /// A mixture that runs out of iterations prints sklearn's ConvergenceWarning and still fits.
  @Test func unconvergedMixtureWarns() async throws {
    let result = await #expect(processExitsWith: .success, observing: [\.standardErrorContent]) {
      var gm = GaussianMixture(nComponents: 3, maxIter: 2, randomState: 0)
      gm.fit(loadIris().data)
      if gm.converged != false || gm.nIter != 2 { exit(1) }
    }
    let stderr = String(decoding: try #require(result).standardErrorContent, as: UTF8.self)
    #expect(stderr.contains("ConvergenceWarning: Best performing initialization did not converge."), "\(stderr)")
  }
}

/// Four samples of two features, for the misuses below.
let unsupervisedFailureX: Matrix = [[1, 2], [3, 5], [4, 4], [0, 1]]

enum UnsupervisedFailures {
  static func named(_ name: String) -> TrapCase? { all.first { $0.name == name } }

  static let all: [TrapCase] = [
    TrapCase(
      name: "pca not fitted",
      message: "PCA.transform: this PCA instance is not fitted yet. Call fit(_:)"
    ) { print(PCA().transform(unsupervisedFailureX)) },
    TrapCase(
      name: "pca too many components",
      message: "PCA.fit: nComponents=3 must be between 1 and min(n_samples, n_features)=2 with svd_solver='full'"
    ) {
      var pca = PCA(nComponents: 3)
      pca.fit(unsupervisedFailureX)
    },
    TrapCase(
      name: "pca zero components", message: "PCA: nComponents must be at least 1 (or nil to keep them all), got 0"
    ) {
      print(PCA(nComponents: 0))
    },
    TrapCase(name: "pca variance fraction", message: "PCA: varianceFraction must be in (0, 1), got 1.5") {
      print(PCA(varianceFraction: 1.5))
    },
    TrapCase(
      name: "pca one sample",
      message: "PCA.fit: found array with 1 sample(s) (shape (1, 2)) while a minimum of 2 is required"
    ) {
      var pca = PCA()
      pca.fit([[1, 2]])
    },
    TrapCase(name: "pca nan", message: "PCA.fit: X[1, 0] is nan (input X contains NaN)") {
      var pca = PCA()
      pca.fit([[1, 2], [.nan, 3], [4, 5]])
    },
    TrapCase(
      name: "pca features",
      message: "PCA.transform: X has 3 features, but PCA is expecting 2 features as input"
    ) {
      var pca = PCA()
      pca.fit(unsupervisedFailureX)
      print(pca.transform([[1, 2, 3]]))
    },
    TrapCase(name: "pca inverse columns", message: "PCA.inverseTransform: Z has 2 columns, but PCA has 1 components") {
      var pca = PCA(nComponents: 1)
      pca.fit(unsupervisedFailureX)
      print(pca.inverseTransform([[1, 2]]))
    },
    TrapCase(name: "kmeans zero clusters", message: "KMeans: nClusters must be at least 1, got 0") {
      print(KMeans(nClusters: 0))
    },
    TrapCase(name: "kmeans max iter", message: "KMeans: maxIter must be at least 1, got 0") {
      print(KMeans(nClusters: 2, maxIter: 0))
    },
    TrapCase(name: "kmeans tol", message: "KMeans: tol must be at least 0, got -1.0") {
      print(KMeans(nClusters: 2, tol: -1))
    },
    TrapCase(name: "kmeans too few samples", message: "KMeans.fit: n_samples=4 should be >= n_clusters=5") {
      var km = KMeans(nClusters: 5, randomState: 0)
      km.fit(unsupervisedFailureX)
    },
    TrapCase(
      name: "kmeans init rows",
      message: "KMeans: the initial centers have shape (2, 2); expected 3 rows, one per cluster"
    ) { print(KMeans(nClusters: 3, initialization: .centers([[0, 0], [1, 1]]))) },
    TrapCase(
      name: "kmeans init columns",
      message: "KMeans.fit: the initial centers have shape (2, 3); expected (2, 2) to match X's 2 features"
    ) {
      var km = KMeans(nClusters: 2, initialization: .centers([[0, 0, 0], [1, 1, 1]]))
      km.fit(unsupervisedFailureX)
    },
    TrapCase(
      name: "kmeans not fitted",
      message: "KMeans.predict: this KMeans instance is not fitted yet. Call fit(_:)"
    ) { print(KMeans(nClusters: 2).predict(unsupervisedFailureX)) },
    TrapCase(
      name: "kmeans features",
      message: "KMeans.transform: X has 1 features, but KMeans is expecting 2 features as input"
    ) {
      var km = KMeans(nClusters: 2, randomState: 0)
      km.fit(unsupervisedFailureX)
      print(km.transform([[1]]))
    },
    TrapCase(name: "kmeans++ too few samples", message: "kMeansPlusPlus: n_samples=4 should be >= n_clusters=6") {
      print(kMeansPlusPlus(unsupervisedFailureX, nClusters: 6, randomState: 0))
    },
    TrapCase(
      name: "kmeans++ trials",
      message: "kMeansPlusPlus: nLocalTrials must be at least 1 (or nil for 2 + ⌊ln nClusters⌋), got 0"
    ) { print(kMeansPlusPlus(unsupervisedFailureX, nClusters: 2, randomState: 0, nLocalTrials: 0)) },
    TrapCase(
      name: "mixture weights sum",
      message: "GaussianMixture: the parameter 'weights' should be normalized, but got sum(weights) = 0.9"
    ) { print(GaussianMixture(nComponents: 2, weightsInit: [0.5, 0.4])) },
    TrapCase(
      name: "mixture weights shape",
      message: "GaussianMixture: the parameter 'weights' should have the shape of (2,), but got (3,)"
    ) { print(GaussianMixture(nComponents: 2, weightsInit: [0.5, 0.25, 0.25])) },
    TrapCase(
      name: "mixture precision",
      message: "GaussianMixture: precisionsInit[1]: 'full precision' should be symmetric, positive-definite"
    ) { print(GaussianMixture(nComponents: 2, precisionsInit: [[[1, 0], [0, 1]], [[1, 2], [2, 1]]])) },
    TrapCase(
      name: "mixture too few samples",
      message: "GaussianMixture.fit: expected n_samples >= n_components but got n_components = 5, n_samples = 4"
    ) {
      var gm = GaussianMixture(nComponents: 5, randomState: 0)
      gm.fit(unsupervisedFailureX)
    },
    TrapCase(
      name: "mixture ill-defined covariance",
      message:
        "GaussianMixture.fit: Fitting the mixture model failed because some components have ill-defined empirical covariance"
    ) {
      var gm = GaussianMixture(nComponents: 2, regCovar: 0, randomState: 0)
      gm.fit([[0, 0], [0, 0], [5, 5], [5, 5]])
    },
    TrapCase(
      name: "mixture not fitted",
      message: "GaussianMixture.predictProba: this GaussianMixture instance is not fitted yet. Call fit(_:)"
    ) { print(GaussianMixture(nComponents: 2).predictProba(unsupervisedFailureX)) },
    TrapCase(
      name: "mixture sample count",
      message: "GaussianMixture.sample: invalid value for nSamples: 0; the sampling requires at least one sample"
    ) {
      var gm = GaussianMixture(nComponents: 2, randomState: 0)
      gm.fit(unsupervisedFailureX)
      print(gm.sample(0))
    },
    TrapCase(
      name: "mixture means columns",
      message: "GaussianMixture.fit: meansInit has 3 columns, but X has 2 features"
    ) {
      var gm = GaussianMixture(nComponents: 2, meansInit: [[0, 0, 0], [1, 1, 1]], randomState: 0)
      gm.fit(unsupervisedFailureX)
    },
  ]
}
