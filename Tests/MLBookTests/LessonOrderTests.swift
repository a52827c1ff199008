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
}
