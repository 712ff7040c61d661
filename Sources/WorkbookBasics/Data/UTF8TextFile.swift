import Foundation

extension CSVRecords {
  /// Reads a whole file as UTF-8 text, turning each way it can fail into a `CSVError` that
  /// names the file and says what is wrong in words: no such file, a folder, unreadable, or
  /// not UTF-8 (with the line and column of the first byte that is not).
  static func readText(of url: URL) throws -> String {
    let path = url.path
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw CSVError(file: path, line: 0, column: nil, reason: "there is no such file")
    }
    guard !isFolder.boolValue else {
      throw CSVError(file: path, line: 0, column: nil, reason: "this is a folder, not a CSV file")
    }
    let bytes: Data
    do {
      bytes = try Data(contentsOf: url)
    } catch {
      throw CSVError(
        file: path, line: 0, column: nil, reason: "the file cannot be read (\(error.localizedDescription))")
    }
    if let text = String(data: bytes, encoding: .utf8) { return text }
    let place = firstInvalidUTF8(in: bytes)
    throw CSVError(
      file: path, line: place.line, column: place.column,
      reason: "this is not UTF-8 text (byte 0x\(String(place.byte, radix: 16, uppercase: true)); a file saved "
        + "as Latin-1 or Windows-1252?); save it as UTF-8")
  }

  /// The line and column (both from 1, the column counted in characters) of the first byte of
  /// `bytes` that does not decode as UTF-8, and that byte.
  private static func firstInvalidUTF8(in bytes: Data) -> (line: Int, column: Int, byte: UInt8) {
    var line = 1
    var column = 1
    var offset = bytes.startIndex
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var afterCarriageReturn = false
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        offset += String(scalar).utf8.count
        // A line ends at \n, at \r, or at the pair \r\n (counted once).
        if scalar == "\r" || (scalar == "\n" && !afterCarriageReturn) {
          line += 1
          column = 1
        } else if scalar != "\n" {
          column += 1
        }
        afterCarriageReturn = scalar == "\r"
      case .emptyInput:
        return (line, column, 0)
      case .error:
        return (line, column, bytes[offset])
      }
    }
  }
}
