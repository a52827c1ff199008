import CSystem
import Foundation

/// Watches files and folder trees with Linux inotify and reports each burst of
/// changes once, after it has been quiet for `debounce` (editors write a file
/// in several steps: a temporary file, a rename, an attribute change).
///
/// Folders are watched recursively; folders created later are picked up. A
/// watched file is watched through its parent folder, so an editor that saves
/// by renaming a new file over the old one is still seen.
public final class FileWatcher: @unchecked Sendable {
  public struct WatchError: Error, CustomStringConvertible {
    public var description: String
  }

  private let inotify: Int32
  private let stopPipe: (read: Int32, write: Int32)
  private let trees: [String]
  private let files: Set<String>
  private let debounce: Duration
  private var watched: [Int32: String] = [:]
  private let lock = NSLock()
  private var thread: Thread?

  /// - Parameters:
  ///   - trees: folders watched with everything under them.
  ///   - files: single files (their folders are watched, only these names reported).
  ///   - debounce: the quiet time that ends a burst of changes.
  public init(trees: [URL], files: [URL], debounce: Duration = .milliseconds(50)) throws {
    let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    guard fd >= 0 else { throw WatchError(description: "cannot watch files: \(String(cString: strerror(errno)))") }
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else {
      close(fd)
      throw WatchError(description: "cannot watch files: \(String(cString: strerror(errno)))")
    }
    inotify = fd
    stopPipe = (ends[0], ends[1])
    self.trees = trees.map { $0.standardizedFileURL.path }
    self.files = Set(files.map { $0.standardizedFileURL.path })
    self.debounce = debounce
    addWatches()
  }

  deinit {
    stop()
    close(inotify)
    close(stopPipe.read)
    close(stopPipe.write)
  }

  /// Starts watching on a thread of its own; `onChange` gets the changed paths of each burst, sorted.
  public func start(onChange: @escaping @Sendable ([String]) -> Void) {
    let thread = Thread { [self] in run(onChange) }
    thread.name = "mlbook file watcher"
    self.thread = thread
    thread.start()
  }

  /// Stops the watcher thread (idempotent).
  public func stop() {
    var byte: UInt8 = 1
    _ = write(stopPipe.write, &byte, 1)
  }

  private let mask: UInt32 =
    UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB)
    | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)

  /// Watches every folder of the trees and the folders of the single files (again after folders appear).
  private func addWatches() {
    var folders = Set(files.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path })
    let fm = FileManager.default
    for tree in trees {
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: tree, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
      folders.insert(tree)
      if let walker = fm.enumerator(atPath: tree) {
        for case let relative as String in walker {
          let path = tree + "/" + relative
          if fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { folders.insert(path) }
        }
      }
    }
    lock.withLock {
      for folder in folders.sorted() {
        let wd = inotify_add_watch(inotify, folder, mask)
        if wd >= 0 { watched[wd] = folder }
      }
    }
  }

  private func isReported(_ path: String) -> Bool {
    // Editors' swap and backup files (`.lesson.md.swp`, `lesson.md~`) are not the course.
    let name = path.split(separator: "/").last ?? ""
    if name.hasPrefix(".") || name.hasSuffix("~") { return false }
    return files.contains(path) || trees.contains { path == $0 || path.hasPrefix($0 + "/") }
  }

  private func run(_ onChange: @escaping @Sendable ([String]) -> Void) {
    var changed = Set<String>()
    var pending = false
    while true {
      var fds = [
        pollfd(fd: inotify, events: Int16(POLLIN), revents: 0),
        pollfd(fd: stopPipe.read, events: Int16(POLLIN), revents: 0),
      ]
      // Wait without limit for the first event of a burst; then until the burst has been quiet.
      let quiet = debounce.components
      let timeout: Int32 = pending ? Int32(quiet.seconds * 1000 + quiet.attoseconds / 1_000_000_000_000_000) : -1
      let ready = poll(&fds, 2, timeout)
      if ready < 0 {
        if errno == EINTR { continue }
        return
      }
      if fds[1].revents != 0 { return }
      if ready == 0 {
        pending = false
        addWatches()
        let paths = changed.sorted()
        changed.removeAll()
        if !paths.isEmpty { onChange(paths) }
        continue
      }
      for path in readEvents() where isReported(path) { changed.insert(path) }
      pending = true
    }
  }

  /// Drains the inotify queue: the full paths the events name.
  private func readEvents() -> [String] {
    var paths: [String] = []
    let size = 64 * 1024
    let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
    defer { buffer.deallocate() }
    while true {
      let count = read(inotify, buffer, size)
      guard count > 0 else { break }
      var offset = 0
      while offset + MemoryLayout<inotify_event>.size <= count {
        let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
        let nameStart = buffer.advanced(by: offset + MemoryLayout<inotify_event>.size)
        let name =
          event.len > 0 ? String(cString: nameStart.assumingMemoryBound(to: CChar.self)) : ""
        if let folder = lock.withLock({ watched[event.wd] }) {
          paths.append(name.isEmpty ? folder : folder + "/" + name)
        }
        if event.mask & UInt32(IN_IGNORED) != 0 { lock.withLock { _ = watched.removeValue(forKey: event.wd) } }
        offset += MemoryLayout<inotify_event>.size + Int(event.len)
      }
    }
    return paths
  }
}
