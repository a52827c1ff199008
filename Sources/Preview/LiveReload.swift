import FlyingFox
import Foundation
import MLBook

/// What open pages are told: which build they should show and what is wrong with the newest one.
///
/// Sent as JSON over the `/__mlbook/ws` WebSocket whenever it changes and to every
/// page that connects. A page reloads when `generation` differs from the one it
/// was loaded with, and shows `problems` (if any) in an overlay above itself.
public struct PreviewState: Codable, Sendable, Equatable {
  /// One error as the overlay shows it.
  public struct Problem: Codable, Sendable, Equatable {
    /// `lessons/04-probability.md:12:5` (or the tool's name for errors without a place).
    public var location: String
    public var message: String
    /// The source line with a caret under the column, and any detail (compiler notes, a diff).
    public var snippet: String

    public init(location: String, message: String, snippet: String) {
      self.location = location
      self.message = message
      self.snippet = snippet
    }

    /// The overlay's view of a diagnostic: its place, message and the printer's source excerpt.
    public init(_ diagnostic: Diagnostic) {
      location = "\(diagnostic.path):\(diagnostic.line):\(diagnostic.column)"
      message = diagnostic.message
      let full = DiagnosticPrinter(colors: false).format(diagnostic)
      snippet = full.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
    }
  }

  /// Counts successful builds; a page built by an older one reloads.
  public var generation: Int
  public var problems: [Problem]

  public init(generation: Int, problems: [Problem]) {
    self.generation = generation
    self.problems = problems
  }
}

/// The open pages and the state they are shown: a WebSocket handler that greets
/// each page with the current state and pushes every change.
public actor LiveReload {
  private var state = PreviewState(generation: 0, problems: [])
  private var pages: [UUID: AsyncStream<WSMessage>.Continuation] = [:]

  public init() {}

  public var current: PreviewState { state }
  public var connectedPages: Int { pages.count }

  /// A build succeeded: open pages reload and the overlay goes away.
  public func built() { publish(PreviewState(generation: state.generation + 1, problems: [])) }

  /// A build found the site already current (e.g. an edit was undone): only the overlay goes away.
  public func cleared() { publish(PreviewState(generation: state.generation, problems: [])) }

  /// A build failed: open pages keep the last good build and show `problems`.
  public func failed(_ problems: [PreviewState.Problem]) {
    publish(PreviewState(generation: state.generation, problems: problems))
  }

  private func publish(_ new: PreviewState) {
    state = new
    let message = Self.message(new)
    for page in pages.values { page.yield(message) }
  }

  fileprivate func connect() -> (id: UUID, messages: AsyncStream<WSMessage>) {
    let id = UUID()
    let (stream, continuation) = AsyncStream<WSMessage>.makeStream()
    continuation.yield(Self.message(state))
    continuation.onTermination = { [weak self] _ in
      guard let self else { return }
      Task { await self.disconnect(id) }
    }
    pages[id] = continuation
    return (id, stream)
  }

  fileprivate func disconnect(_ id: UUID) { pages.removeValue(forKey: id)?.finish() }

  /// Closes every page's socket (when the server stops).
  public func closeAll() {
    for page in pages.values { page.finish() }
    pages.removeAll()
  }

  static func message(_ state: PreviewState) -> WSMessage {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let data = (try? encoder.encode(state)) ?? Data("{}".utf8)
    return .text(String(decoding: data, as: UTF8.self))
  }

  /// The WebSocket side: pages only listen; when a page's socket closes, it is forgotten.
  struct Handler: WSMessageHandler {
    let hub: LiveReload

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
      let (id, outgoing) = await hub.connect()
      // Pages send nothing; when their side ends (closed tab, reload), the page is forgotten.
      Task { [hub] in
        for await _ in client {}
        await hub.disconnect(id)
      }
      return outgoing
    }
  }
}
