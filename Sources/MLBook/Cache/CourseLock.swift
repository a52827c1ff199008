import Foundation

/// One build or check at a time per course: `.mlbook-cache/lock`, held with
/// `flock` for the life of the process (the kernel drops it if the process dies).
final class CourseLock {
  private let fd: Int32

  struct Busy: Error, CustomStringConvertible {
    var description: String
  }

  init(cacheDirectory: URL) throws {
    try FileManager.default.createDirectory(at: cacheDirectory, withIntermediateDirectories: true)
    let path = cacheDirectory.appendingPathComponent("lock").path
    fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw Busy(
        description: "cannot open \(DisplayPath.of(URL(fileURLWithPath: path))): \(ErrorText.describe(errno: errno))")
    }
    if flock(fd, LOCK_EX | LOCK_NB) != 0 {
      var buffer = [UInt8](repeating: 0, count: 32)
      let count = pread(fd, &buffer, buffer.count, 0)
      let holder =
        count > 0
        ? String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : "?"
      close(fd)
      throw Busy(
        description:
          "another mlbook (pid \(holder)) is building or checking this course; wait for it to finish, then run again")
    }
    ftruncate(fd, 0)
    let pid = Array("\(getpid())\n".utf8)
    _ = pwrite(fd, pid, pid.count, 0)
  }

  deinit {
    flock(fd, LOCK_UN)
    close(fd)
  }
}
