import Foundation

/// The fields of a CSV file as text, each row with its line number: the first step of reading
/// any CSV, shared by the numeric `CSVTable` and the text-valued split file.
struct CSVRecords {
  /// One data row and where it came from.
  struct Row {
    /// The 1-based line number in the file.
    let line: Int
    /// The fields, trimmed of surrounding spaces.
    let fields: [String]
  }

  /// The column names from the header row.
  let header: [String]
  /// The data rows, each as long as the header.
  let rows: [Row]

  /// Splits CSV text into a header and rows of fields (no quoting: the bundled files need none).
  /// - Throws: `CSVError` for an empty file or a row with the wrong number of fields.
  init(parsing text: String, source: String) throws {
    // A byte-order mark is not part of the first column's name.
    let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    // "\r\n" is one Character in Swift, so split on every kind of line break.
    var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
    guard let headerLine = lines.first else {
      throw CSVError(file: source, line: 1, column: nil, reason: "the file is empty; expected a header row")
    }
    guard !headerLine.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw CSVError(file: source, line: 1, column: nil, reason: "line 1 is empty; the header row must come first")
    }
    header = Self.fields(of: headerLine)
    var rows = [Row]()
    rows.reserveCapacity(lines.count - 1)
    for (offset, line) in lines.dropFirst().enumerated() {
      let fields = Self.fields(of: line)
      guard fields.count == header.count else {
        throw CSVError(
          file: source, line: offset + 2, column: nil,
          reason: "this row has \(fields.count) fields but the header has \(header.count)")
      }
      rows.append(Row(line: offset + 2, fields: fields))
    }
    self.rows = rows
  }

  /// The comma-separated fields, trimmed of spaces and of one pair of surrounding quotes
  /// (`"price"` is read as price; a comma inside quotes is not supported).
  private static func fields(of line: Substring) -> [String] {
    line.split(separator: ",", omittingEmptySubsequences: false).map {
      let field = $0.trimmingCharacters(in: .whitespaces)
      let quoted = field.count >= 2 && field.hasPrefix("\"") && field.hasSuffix("\"")
      return quoted ? String(field.dropFirst().dropLast()) : field
    }
  }
}
