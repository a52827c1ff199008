import Foundation

/// One part of a course split across machines: `--shard 2/4` is the second of four.
///
/// Every lesson belongs to exactly one shard. When the cache has a recorded
/// run time for every lesson, lessons are dealt longest first to the least
/// loaded shard (so shards take about equally long); otherwise each lesson's
/// shard is its path's SHA-256 modulo N, which never moves a lesson when
/// others are added. Either way the assignment depends only on the lesson
/// paths and the shared cache, so machines that restore the same cache agree.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
  /// 1-based.
  public var index: Int
  public var count: Int

  public init(index: Int, count: Int) {
    precondition(count >= 1 && (1...count).contains(index), "shard \(index)/\(count)")
    self.index = index
    self.count = count
  }

  /// Parses `I/N` (1 ≤ I ≤ N); `nil` for anything else.
  public init?(parsing text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1,
      (1...count).contains(index)
    else { return nil }
    self.init(index: index, count: count)
  }

  public var description: String { "\(index)/\(count)" }

  /// How the lessons were split.
  public enum Basis: String, Sendable {
    case pathHash = "path hash"
    case recordedTimes = "recorded run times"
  }

  /// The shard (1…`count`) of each path, and how they were assigned.
  /// - Parameter seconds: recorded run time per path; used only when every path has one.
  public static func assign(paths: [String], count: Int, seconds: [String: Double] = [:]) -> (
    shards: [String: Int], basis: Basis
  ) {
    let unique = Array(Set(paths))
    let hashes = Dictionary(uniqueKeysWithValues: unique.map { ($0, pathHash($0)) })
    guard count > 1, !unique.isEmpty, unique.allSatisfy({ seconds[$0] != nil }) else {
      return (Dictionary(uniqueKeysWithValues: unique.map { ($0, Int(hashes[$0]! % UInt64(count)) + 1) }), .pathHash)
    }
    // Longest processing time first: each lesson goes to the shard with the least work so far.
    let order = unique.sorted { (seconds[$0]!, hashes[$0]!, $0) > (seconds[$1]!, hashes[$1]!, $1) }
    var load = Array(repeating: 0.0, count: count)
    var shards: [String: Int] = [:]
    for path in order {
      let lightest = load.indices.min { (load[$0], $0) < (load[$1], $1) }!
      load[lightest] += seconds[path]!
      shards[path] = lightest + 1
    }
    return (shards, .recordedTimes)
  }

  /// The first eight bytes of the path's SHA-256, as a number.
  static func pathHash(_ path: String) -> UInt64 {
    var hash = ContentHash("mlbook-shard-v1")
    hash.add(path)
    return UInt64(hash.hex.prefix(16), radix: 16)!
  }
}

/// What `build --shard` hands to `build --from-shards`: the outputs of the
/// shard's lessons, with the keys that prove which code they came from.
public struct ShardBundle: Codable, Sendable {
  public struct Entry: Codable, Sendable {
    /// `lessons/NN-slug.md`, relative to the course.
    public var path: String
    /// The lesson's blocks, attributes and data files (not the toolchain): must match at assembly.
    public var contentKey: String
    public var run: LessonRun
  }

  public static let fileName = "mlbook-shard.json"
  public var format = 1
  public var shard: String
  public var count: Int
  /// The compiler, flags and MLMath build the shard ran with; all shards must agree.
  public var toolchainKey: String
  public var lessons: [Entry]
}
