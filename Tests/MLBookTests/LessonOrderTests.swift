import Testing

@testable import MLBook

/// Workers take the longest lessons first (LPT scheduling); equal estimates keep the course order.
@Suite struct LessonOrderTests {
  @Test func longestLessonsStartFirst() {
    #expect(LessonExecutor.longestFirst([1.0, 2.3, 0.5, 2.3, 1.7]) == [1, 3, 4, 0, 2])
    #expect(LessonExecutor.longestFirst([]) == [])
    #expect(LessonExecutor.longestFirst([0.9, 0.9, 0.9]) == [0, 1, 2])
  }

  @Test func untimedLessonsAreEstimatedFromTheirCode() {
    #expect(LessonExecutor.estimatedSeconds([]) == 0.5)
    // Two schedules of a 12-lesson course on two workers: course order against longest first.
    let seconds = [0.9, 1.2, 1.5, 1.6, 2.4, 1.3, 0.9, 1.2, 1.2, 2.1, 1.2, 1.4]
    func makespan(_ order: [Int]) -> Double {
      var workers = [0.0, 0.0]
      for index in order { workers[workers[0] <= workers[1] ? 0 : 1] += seconds[index] }
      return workers.max()!
    }
    #expect(makespan(LessonExecutor.longestFirst(seconds)) < makespan(Array(seconds.indices)))
  }

  /// Lessons to run come first, longest first; cached ones follow in course order, so that
  /// an edited lesson starts compiling at once while a free worker renders the others.
  @Test func lessonsToRunComeBeforeCachedOnes() {
    let seconds = [1.0, 2.3, 0.5, 2.3, 1.7]
    #expect(LessonExecutor.runOrder(seconds: seconds, cached: [false, false, false, false, false]) == [1, 3, 4, 0, 2])
    #expect(LessonExecutor.runOrder(seconds: seconds, cached: [true, true, false, true, true]) == [2, 0, 1, 3, 4])
    #expect(LessonExecutor.runOrder(seconds: seconds, cached: [true, false, true, false, true]) == [1, 3, 0, 2, 4])
    #expect(LessonExecutor.runOrder(seconds: [], cached: []) == [])
  }
}
