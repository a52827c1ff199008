import FlyingFox
import FlyingSocks
import Foundation

/// The HTTP side of `mlbook serve`: the site folder, the live-reload script and its WebSocket.
///
/// Every HTML page is served with `<script src="/__mlbook/livereload.js">` added
/// before `</body>`; the built files themselves never contain it. Only `GET` and
/// `HEAD` are answered, nothing is cached by the browser, and paths are resolved by
/// ``SitePath`` (which refuses anything outside the site).
public final class PreviewServer: Sendable {
  public struct StartError: Error, CustomStringConvertible {
    public var description: String
  }

  public let site: URL
  public let host: String
  public let liveReload: LiveReload
  private let server: HTTPServer
  private let requestedPort: UInt16

  static let scriptPath = "/__mlbook/livereload.js"
  static let socketPath = "/__mlbook/ws"

  /// - Parameters:
  ///   - site: the folder served.
  ///   - host: an IPv4 or IPv6 address (or `localhost`); the default serves this machine only.
  ///   - port: the TCP port; 0 picks a free one (see ``port()``).
  public init(site: URL, host: String = "127.0.0.1", port: UInt16, liveReload: LiveReload) throws {
    self.site = site
    self.host = host
    self.liveReload = liveReload
    let address: any SocketAddress
    do {
      switch host {
      case "localhost": address = try sockaddr_in.inet(ip4: "127.0.0.1", port: port)
      case let name where name.contains(":"): address = try sockaddr_in6.inet6(ip6: name, port: port)
      default: address = try sockaddr_in.inet(ip4: host, port: port)
      }
    } catch {
      throw StartError(description: "--host \(host) is not an IPv4 or IPv6 address (or localhost)")
    }
    requestedPort = port
    let script = Self.script
    var routes = RoutedHTTPHandler()
    routes.appendRoute(
      HTTPRoute("GET \(Self.socketPath)"),
      to: WebSocketHTTPHandler(handler: MessageFrameWSHandler(handler: LiveReload.Handler(hub: liveReload))))
    routes.appendRoute(HTTPRoute("*")) { request in Self.respond(to: request, site: site, script: script) }
    server = HTTPServer(address: address, logger: .disabled as DisabledLogger, handler: routes)
  }

  /// Serves until the task is cancelled or ``stop()`` is called.
  /// - Throws: ``StartError`` when the address cannot be bound (e.g. the port is taken).
  public func run() async throws {
    do {
      try await server.run()
    } catch let SocketError.failed(type, code, message) where type.lowercased().contains("bind") {
      if code == EADDRINUSE {
        throw StartError(
          description: "port \(requestedPort) on \(host) is already in use "
            + "(another `mlbook serve`?); choose another with --port")
      }
      throw StartError(description: "cannot listen on \(host): \(message)")
    }
  }

  /// Waits until the server accepts connections (or `run()` failed).
  public func waitUntilListening(timeout: TimeInterval = 10) async throws {
    try await server.waitUntilListening(timeout: timeout)
  }

  /// The port the server listens on (useful after asking for port 0).
  public func port() async -> UInt16? {
    switch await server.listeningAddress {
    case .ip4(_, let port), .ip6(_, let port): return port
    default: return nil
    }
  }

  public func stop() async {
    await liveReload.closeAll()
    await server.stop(timeout: 1)
  }

  // MARK: Responses

  static let script: Data = {
    guard let url = Bundle.module.url(forResource: "livereload", withExtension: "js", subdirectory: "Resources"),
      let data = try? Data(contentsOf: url)
    else { return Data("/* mlbook: live-reload script missing from the build */".utf8) }
    return data
  }()

  static func respond(to request: HTTPRequest, site: URL, script: Data) -> HTTPResponse {
    guard request.method == .GET || request.method == .HEAD else {
      return plain(.methodNotAllowed, "only GET and HEAD are served\n", head: false)
    }
    let head = request.method == .HEAD
    let path = request.target.path(percentEncoded: true)
    if path == scriptPath { return response(.ok, type: "text/javascript; charset=utf-8", body: script, head: head) }
    switch SitePath.resolve(path, in: site) {
    case .forbidden:
      return plain(.forbidden, "403: that path is outside the site\n", head: head)
    case .notFound:
      return plain(.notFound, "404: no such page in the site\n", head: head)
    case .file(let url):
      guard var body = try? Data(contentsOf: url) else { return plain(.notFound, "404: unreadable\n", head: head) }
      let type = contentType(of: url)
      if type.hasPrefix("text/html") { body = injectingScript(into: body) }
      return response(.ok, type: type, body: body, head: head)
    }
  }

  /// Adds the live-reload script before the last `</body>` (or at the end).
  static func injectingScript(into page: Data) -> Data {
    let tag = Data("<script src=\"\(scriptPath)\"></script>\n".utf8)
    guard let range = page.range(of: Data("</body>".utf8), options: .backwards) else { return page + tag }
    var result = page
    result.insert(contentsOf: tag, at: range.lowerBound)
    return result
  }

  static func contentType(of url: URL) -> String {
    switch url.pathExtension.lowercased() {
    case "html", "htm": return "text/html; charset=utf-8"
    case "css": return "text/css; charset=utf-8"
    case "js", "mjs": return "text/javascript; charset=utf-8"
    case "json": return "application/json"
    case "txt", "md": return "text/plain; charset=utf-8"
    case "svg": return "image/svg+xml"
    case "png": return "image/png"
    case "jpg", "jpeg": return "image/jpeg"
    case "gif": return "image/gif"
    case "ico": return "image/x-icon"
    case "woff2": return "font/woff2"
    case "woff": return "font/woff"
    case "xml": return "application/xml"
    case "pdf": return "application/pdf"
    case "epub": return "application/epub+zip"
    case "ipynb": return "application/x-ipynb+json"
    case "zip": return "application/zip"
    default: return "application/octet-stream"
    }
  }

  private static func response(_ status: HTTPStatusCode, type: String, body: Data, head: Bool) -> HTTPResponse {
    var headers = HTTPHeaders()
    headers[.contentType] = type
    headers[.cacheControl] = "no-store"
    return HTTPResponse(statusCode: status, headers: headers, body: head ? Data() : body)
  }

  private static func plain(_ status: HTTPStatusCode, _ text: String, head: Bool) -> HTTPResponse {
    response(status, type: "text/plain; charset=utf-8", body: Data(text.utf8), head: head)
  }
}
