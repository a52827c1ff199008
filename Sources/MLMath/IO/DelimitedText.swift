import Foundation
internal import SwiftCSV

// Splits a text file into records of fields: NumPy's line handling (skipped lines, comments,
// blank lines, whitespace runs as one delimiter) done here, line by line, so every record
// keeps the line it came from; the fields themselves are split by SwiftCSV, which handles
// RFC 4180 quoting ("a, b", doubled quotes, line breaks inside quotes).

/// One record of a delimited text file: its fields (blanks around them removed) and the line
/// of the file it starts on, counting from 1.
struct TextRecord {
  var line: Int
  var fields: [String]
}

/// How to split a text file into records.
struct DelimitedTextFormat {
  /// The field separator; nil splits at every run of blanks (NumPy's `delimiter=None`).
  var delimiter: Character?
  /// The comment marker: it and the rest of its line are ignored (outside quotes).
  var comments: String?
  /// How many lines to skip at the start of the file, whatever they hold (NumPy's `skiprows`).
  var skipLines: Int
}

/// The text of the UTF-8 file at `path`.
///
/// - Throws: ``CSVError`` when the file cannot be read or is not UTF-8.
func readTextFile(_ path: String) throws -> String {
  guard let data = FileManager.default.contents(atPath: path) else {
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
    let reason = !exists ? "no such file" : isDirectory.boolValue ? "is a directory" : "cannot be read"
    throw CSVError(path: path, line: nil, message: reason)
  }
  guard let text = String(data: data, encoding: .utf8) else {
    throw CSVError(path: path, line: nil, message: "the file is not UTF-8 text")
  }
  return text
}

/// Checks the parts of a format that do not depend on the text.
func checkFormat(_ format: DelimitedTextFormat, source: String, function: String) throws {
  if let d = format.delimiter, d == "\"" || d.isNewline {
    throw CSVError(
      path: source, line: nil,
      message: "\(function): the delimiter cannot be a quote or a line break (got \(String(reflecting: d)))")
  }
  if let c = format.comments, c.isEmpty || c.contains("\"") || c.contains(where: \.isNewline) {
    throw CSVError(
      path: source, line: nil,
      message:
        "\(function): the comment marker must be non-empty text without quotes or line breaks (got \(String(reflecting: c)))"
    )
  }
  if format.skipLines < 0 {
    throw CSVError(
      path: source, line: nil, message: "\(function): the lines to skip must be ≥ 0 (got \(format.skipLines))")
  }
}

/// The records of `text`, in order, with the lines they start on.
///
/// Lines end at `\n`, `\r\n` or `\r` (Python's universal newlines). The first
/// `format.skipLines` lines are dropped; then comments are cut and lines left blank dropped;
/// the rest are split into fields by SwiftCSV, whose quoted fields may span lines.
///
/// - Throws: ``CSVError`` naming the line of a badly quoted field.
func delimitedRecords(_ text: String, source: String, format: DelimitedTextFormat) throws -> [TextRecord] {
  let separator: UInt8 = 0x09  // whitespace runs become one tab before SwiftCSV splits them
  let comment = format.comments.map { Array($0.utf8) }
  var keptLines: [Int] = []
  var joined: [UInt8] = []
  joined.reserveCapacity(text.utf8.count + 1)
  // Where the scan is within a field: at its start, in an unquoted one, inside quotes, or
  // after a closing quote.
  enum FieldState { case start, unquoted, quoted, closed }
  var field = FieldState.start
  var inQuotes = false
  var quoteLine = 0
  let delimiterBytes = format.delimiter.map { Array(String($0).utf8) } ?? []
  var lineNumber = 0
  var bytes = Array(text.utf8)
  // A byte-order mark is not part of the first line's text.
  if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
  var index = 0
  let count = bytes.count
  var line: [UInt8] = []
  while index < count {
    // One physical line: bytes[index..<end], then its line break.
    var end = index
    while end < count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
    lineNumber += 1
    let next = end < count && bytes[end] == 0x0D && end + 1 < count && bytes[end + 1] == 0x0A ? end + 2 : end + 1
    defer { index = next }
    if lineNumber <= format.skipLines { continue }
    let startsInQuotes = inQuotes
    line.removeAll(keepingCapacity: true)
    var pendingSeparator = false
    if !inQuotes { field = .start }
    var k = index
    while k < end {
      let b = bytes[k]
      // Quotes count only as SwiftCSV reads them: opening a field, or inside a quoted one
      // (a stray quote elsewhere is left for SwiftCSV to reject, with this line's number).
      if field == .quoted {
        if b == 0x22 { field = .closed }
      } else if field == .closed && b == 0x22 {
        field = .quoted
      } else if let comment, b == comment[0], bytes[k..<end].starts(with: comment) {
        break
      } else if format.delimiter == nil, isBlank(b) || b == 0x0B || b == 0x0C {
        pendingSeparator = !line.isEmpty
        field = .start
        k += 1
        continue
      } else if !delimiterBytes.isEmpty, b == delimiterBytes[0], bytes[k..<end].starts(with: delimiterBytes) {
        field = .start
      } else if b == 0x22 && field == .start {
        field = .quoted
        quoteLine = lineNumber
      } else if !(field == .start && isBlank(b)) && field != .closed {
        field = .unquoted
      }
      if pendingSeparator {
        line.append(separator)
        pendingSeparator = false
      }
      line.append(b)
      k += 1
    }
    inQuotes = field == .quoted
    if !startsInQuotes && line.allSatisfy({ isBlank($0) }) { continue }
    if !startsInQuotes { keptLines.append(lineNumber) }
    joined += line
    joined.append(0x0A)
  }
  if inQuotes {
    throw CSVError(path: source, line: quoteLine, message: "a quoted field is never closed (its closing \" is missing)")
  }
  guard !keptLines.isEmpty else { return [] }
  let delimiter: CSVDelimiter = format.delimiter.map { .character($0) } ?? .tab
  var records: [TextRecord] = []
  var keptIndex = 0
  do {
    let csv = try EnumeratedCSV(
      string: String(decoding: joined, as: UTF8.self), delimiter: delimiter, loadColumns: false, rowLimit: 0)
    try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { fields in
      let line = keptIndex < keptLines.count ? keptLines[keptIndex] : keptLines[keptLines.count - 1]
      records.append(TextRecord(line: line, fields: fields.map(trimmedField)))
      // A quoted field spanning lines uses up the kept lines it contains.
      keptIndex += 1 + fields.reduce(0) { $0 + $1.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
    }
  } catch {
    let line = keptIndex < keptLines.count ? keptLines[keptIndex] : keptLines[keptLines.count - 1]
    throw CSVError(
      path: source, line: line,
      message:
        "a quote inside an unquoted field, or text after a closing quote (write a quoted field as \"…\", with any quote inside it doubled)"
    )
  }
  return records
}

/// `field` without the blanks around it.
private func trimmedField(_ field: String) -> String {
  let bytes = field.utf8
  guard let first = bytes.firstIndex(where: { !isBlank($0) }) else { return "" }
  let last = bytes.lastIndex(where: { !isBlank($0) })!
  if first == bytes.startIndex && last == bytes.index(before: bytes.endIndex) { return field }
  return String(field[first...last])
}
