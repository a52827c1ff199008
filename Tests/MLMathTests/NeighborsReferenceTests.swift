import Foundation
import XCTest

@testable import MLMath

/// KNeighborsClassifier and KNeighborsRegressor against scikit-learn's brute-force search
/// (Fixtures/reference/supervised.json): p = 1, 1.5, 2, 3, k = 1…15, uniform and distance
/// weights, on Iris (many tied distances), on Iris with a little noise (no ties) and with more
/// queries than training samples.
///
/// For p ≠ 2 MLMath ranks by the same sums as sklearn, so neighbours, their order, predictions
/// and probabilities are equal exactly. For p = 2 sklearn ranks by ‖x‖² − 2x·y + ‖y‖² from BLAS,
/// which rounds differently from MLMath's Σ(xⱼ − yⱼ)²: squared distances agree within 1e-12
/// (sklearn's d carries up to ~3e-12 relative error for close pairs, and distance-weighted
/// probabilities inherit it: compared within 1e-10), and the
/// neighbours agree except in the order of equidistant ones, and a query whose k-th and
/// (k+1)-th neighbours tie may keep another of them — those are counted and reported.
final class NeighborsReferenceTests: XCTestCase {
  func data(_ name: String, _ fixture: SupervisedFixture) -> (Matrix, IntVector, Matrix, IntVector) {
    let (xTrain, xTest, yTrain, yTest) = SupervisedFixture.irisSplit
    switch name {
    case "iris": return (xTrain, yTrain, xTest, yTest)
    case "iris noisy":
      let split = trainTestSplit(
        fixture.noisyIris.matrix, SupervisedFixture.iris.target, testSize: 0.3, randomState: 42)
      return (split.xTrain, split.yTrain, split.xTest, split.yTest)
    default: return (xTrain[0..<30, ...], yTrain[0..<30], xTrain, yTrain)
    }
  }

  /// Whether a query's k-th and (k+1)-th nearest training samples are (nearly) equidistant,
  /// so that which of them counts depends on rounding: from MLMath's own k + 1 neighbours.
  func nearTies(_ distances: Matrix, k: Int) -> [Bool] {
    (0..<distances.rows).map { row in
      k < distances.columns && distances[row, k] - distances[row, k - 1] <= 1e-9 * max(1, distances[row, k])
    }
  }

  func testKNeighborsMatchScikitLearn() throws {
    let fixture = try SupervisedFixture.shared.get()
    var distances = SupervisedError(tolerance: 1e-12)
    var squaredEuclidean = SupervisedError(tolerance: 1e-12)
    var rawEuclidean = SupervisedError(tolerance: .infinity)
    var exact = SupervisedError(tolerance: 0)
    // sklearn's Euclidean distances carry its cancellation error (up to ~3e-12 relative for
    // close neighbours), which 1/d weights pass on to distance-weighted probabilities.
    var euclidean = SupervisedError(tolerance: 1e-10)
    var reorderedTies = 0
    var tiedRows = 0
    var tiedDifferences = 0
    var queries = 0
    for c in fixture.kneighbors {
      let context = "\(c.data), k \(c.k), \(c.weights), p \(c.p)"
      let (A, b, T, t) = data(c.data, fixture)
      let weights: KNeighborsWeights = c.weights == "uniform" ? .uniform : .distance
      var clf = KNeighborsClassifier(nNeighbors: c.k, weights: weights, p: c.p)
      clf.fit(A, b)
      let (d, i) = clf.kneighbors(T)
      var regression = KNeighborsRegressor(nNeighbors: c.k, weights: weights, p: c.p)
      let features = T[..., 0..<3]
      regression.fit(A[..., 0..<3], A.column(3))
      let (rd, ri) = regression.kneighbors(features)
      if c.p == 2 {
        // sklearn's ‖x‖² − 2x·y + ‖y‖² loses ~1e-14 to cancellation in d², so compare d².
        squaredEuclidean.check(
          d.elements.map { $0 * $0 }, c.distances.data.map { $0.value * $0.value }, context + " d²")
        squaredEuclidean.check(
          rd.elements.map { $0 * $0 }, c.regDistances.data.map { $0.value * $0.value }, context + " regressor d²")
        rawEuclidean.check(d, c.distances, context + " distances")
      } else {
        distances.check(d, c.distances, context + " distances")
        distances.check(rd, c.regDistances, context + " regressor distances")
      }
      let extra = min(c.k + 1, A.rows)
      let tiedClassifier = nearTies(clf.kneighbors(T, nNeighbors: extra).distances, k: c.k)
      let tiedRegressor = nearTies(regression.kneighbors(features, nNeighbors: extra).distances, k: c.k)
      let theirs = c.indices.data
      let predictions = clf.predict(T).elements
      let proba = clf.predictProba(T)
      let regPredict = regression.predict(features).elements
      for row in 0..<T.rows {
        queries += 1
        let range = (row * c.k)..<((row + 1) * c.k)
        let ours = Array(i.elements[range])
        if c.p != 2 {
          XCTAssertEqual(ours, Array(theirs[range]), "\(context) row \(row) indices")
          XCTAssertEqual(
            Array(ri.elements[range]), Array(c.regIndices.data[range]), "\(context) row \(row) regressor indices")
        } else if ours != Array(theirs[range]) {
          // Only equidistant neighbours may trade places, or be swapped at a tied k-th.
          let sameSet = Set(ours) == Set(theirs[range])
          if sameSet { reorderedTies += 1 }
          XCTAssertTrue(
            sameSet || tiedClassifier[row], "\(context) row \(row): \(ours) vs sklearn \(Array(theirs[range]))")
        }
        if c.p == 2 && tiedClassifier[row] {
          tiedRows += 1
          if predictions[row] != c.predict[row] { tiedDifferences += 1 }
        } else {
          XCTAssertEqual(predictions[row], c.predict[row], "\(context) row \(row) prediction")
          for j in 0..<proba.columns {
            let expected = c.proba.data[row * proba.columns + j].value
            if c.p == 2 {
              euclidean.check(proba[row, j], expected, "\(context) [\(row), \(j)] proba")
            } else {
              exact.check(proba[row, j], expected, "\(context) [\(row), \(j)] proba")
            }
          }
        }
        if c.p != 2 {
          exact.check(regPredict[row], c.regPredict[row].value, "\(context) row \(row) regressor")
        } else if !tiedRegressor[row] {
          euclidean.check(regPredict[row], c.regPredict[row].value, "\(context) row \(row) regressor")
        }
      }
      if c.p != 2 || !tiedClassifier.contains(true) {
        XCTAssertEqual(clf.score(T, t), c.score.value, context)
      }
    }
    XCTAssertGreaterThan(fixture.kneighbors.count, 60)
    distances.assertWithin()
    squaredEuclidean.assertWithin()
    exact.assertWithin()
    euclidean.assertWithin()
    print(
      "k-NN: \(fixture.kneighbors.count) cases, \(queries) queries; p ≠ 2: distances \(distances.summary), "
        + "indices, predictions, probabilities and regressions exact (\(exact.summary)); p = 2: d² \(squaredEuclidean.summary), "
        + "d \(rawEuclidean.summary), probabilities and regressions \(euclidean.summary); p = 2 rows with equidistant "
        + "neighbours in another order \(reorderedTies), rows with a tied k-th left out \(tiedRows) "
        + "(of which predicted differently \(tiedDifferences))"
    )
  }

  /// Without ties (Iris plus noise) every case is exact, p = 2 included, bar rounding of
  /// distance weights.
  func testTieFreeDataMatchesExactly() throws {
    let fixture = try SupervisedFixture.shared.get()
    var checked = 0
    for c in fixture.kneighbors where c.data == "iris noisy" {
      let (A, b, T, t) = data(c.data, fixture)
      var clf = KNeighborsClassifier(nNeighbors: c.k, weights: c.weights == "uniform" ? .uniform : .distance, p: c.p)
      clf.fit(A, b)
      XCTAssertEqual(clf.kneighbors(T).indices.elements, c.indices.data, "k \(c.k) p \(c.p)")
      XCTAssertEqual(clf.predict(T).elements, c.predict, "k \(c.k) p \(c.p)")
      XCTAssertEqual(clf.score(T, t), c.score.value)
      checked += 1
    }
    XCTAssertGreaterThan(checked, 20)
  }

  func testVoteTiesGoToTheSmallestLabel() {
    var clf = KNeighborsClassifier(nNeighbors: 2)
    clf.fit([[0], [1], [5]], [7, 3, 9])
    XCTAssertEqual(clf.predict([[0.5]]), [3])
    XCTAssertEqual(clf.predictProba([[0.5]]), [[0.5, 0.5, 0]])
    var weighted = KNeighborsClassifier(nNeighbors: 3, weights: .distance)
    weighted.fit([[0], [1], [5]], [7, 3, 9])
    XCTAssertEqual(weighted.predict([[1]]), [3], "a neighbour at distance 0 takes all the weight")
    XCTAssertEqual(weighted.predictProba([[1]]), [[1, 0, 0]])
    print(weighted)
  }
}
