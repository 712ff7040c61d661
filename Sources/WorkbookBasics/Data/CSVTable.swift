import Foundation

/// A problem found while reading a CSV file, with the place to look.
public struct CSVError: Error, CustomStringConvertible, Equatable {
  /// The file's name (or the name given for text read from memory).
  public let file: String
  /// The 1-based line number (the header is line 1).
  public let line: Int
  /// The 1-based column number, when one field is at fault.
  public let column: Int?
  /// What is wrong.
  public let reason: String

  /// An error at `file:line:column` for `reason`.
  public init(file: String, line: Int, column: Int?, reason: String) {
    self.file = file
    self.line = line
    self.column = column
    self.reason = reason
  }

  /// `boston.csv:12:5: "abc" is not a number`; a problem with the whole file (line 0) gives
  /// just the file.
  public var description: String {
    let place = line == 0 ? file : column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
    return "\(place): \(reason)"
  }
}

/// A numeric CSV table: one header row of names, then rows of numbers, comma-separated.
///
/// Every data row must have as many fields as the header, and every field must be a number;
/// otherwise reading stops with a `CSVError` giving the file, line and column.
public struct CSVTable: Sendable {
  /// The column names from the header row.
  public let header: [String]
  /// The numbers, one row per data line.
  public let values: Matrix

  /// Parses CSV text whose fields are all numbers.
  /// - Parameters:
  ///   - text: the whole file's contents.
  ///   - source: the name used in error messages (usually the file name).
  /// - Throws: `CSVError` for an empty file, a header with no data rows, a ragged row or a
  ///   field that is not a plain decimal number.
  public init(parsing text: String, source: String) throws {
    let records = try CSVRecords(parsing: text, source: source)
    if records.header.allSatisfy({ decimalNumber($0) != nil }) {
      throw CSVError(
        file: source, line: 1, column: nil,
        reason: "the first row (\(records.header.joined(separator: ", "))) is numbers, not column names; "
          + "the file needs a header row")
    }
    guard !records.rows.isEmpty else {
      throw CSVError(
        file: source, line: 2, column: nil,
        reason: "the file has a header (\(records.header.count) columns) but no data rows")
    }
    var numbers = [Double]()
    numbers.reserveCapacity(records.header.count * records.rows.count)
    for row in records.rows {
      for (columnIndex, field) in row.fields.enumerated() {
        guard let number = decimalNumber(field) else {
          throw CSVError(
            file: source, line: row.line, column: columnIndex + 1,
            reason:
              "\"\(visible(field))\" in column \"\(visible(records.header[columnIndex]))\" is not a decimal number "
              + "(such as 12, -0.5 or 1.2e-3)")
        }
        numbers.append(number)
      }
    }
    self.header = records.header
    self.values = Matrix(rows: records.rows.count, columns: records.header.count, values: numbers)
  }

  /// Reads and parses a CSV file.
  /// - Parameter url: the file.
  /// - Throws: `CSVError` if the file cannot be read or parsed.
  public init(contentsOf url: URL) throws {
    try self.init(parsing: try CSVRecords.readText(of: url), source: url.lastPathComponent)
  }
}

/// The value of a field written as a plain decimal number (digits, one sign, one point, an
/// optional exponent), or `nil`. `Double("0x10")` is 16 and `Double("nan")` is NaN; neither
/// is data a CSV file should smuggle in.
func decimalNumber(_ field: String) -> Double? {
  let allowed = Set("0123456789+-.eE")
  guard let first = field.first, first.isNumber || "+-.".contains(first),
    field.allSatisfy({ allowed.contains($0) }), let number = Double(field), number.isFinite
  else { return nil }
  return number
}

/// `text` with invisible characters (controls such as NUL, and format characters such as a
/// byte-order mark) written as `\u{…}`, so that a message can show them.
func visible(_ text: String) -> String {
  text.unicodeScalars.map { scalar in
    switch scalar.properties.generalCategory {
    case .control, .format, .unassigned, .privateUse:
      return "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
    default:
      return String(scalar)
    }
  }.joined()
}
