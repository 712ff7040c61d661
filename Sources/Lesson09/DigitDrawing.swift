import Foundation
import WorkbookBasics

/// A digit drawn as text, the format `--predict` reads: 8 lines of 8 characters, one per
/// pixel, `.` for blank, `+` for half ink, `#` for full ink. Lines that start with `//` are
/// comments; empty lines are skipped; spaces at the end of a line are ignored, and a short
/// line is padded with blanks.
///
/// ```
/// // a seven
/// .######.
/// ......#.
/// .....#..
/// ....#...
/// ...#....
/// ..#.....
/// ..#.....
/// ........
/// ```
struct DigitDrawing {
  /// The pixels in [0, 1] (the bundled digits' 0–16 scale divided by 16), 1 × 64.
  let pixels: Matrix

  /// The grey level of each character, on the bundled digits' 0–16 scale.
  static let levels: [Character: Double] = [".": 0, "+": 8, "#": 16]

  /// Reads a drawing from text.
  /// - Parameters:
  ///   - text: the file's contents.
  ///   - source: the file's name, for messages.
  /// - Throws: `DrawingError` naming the file, the line and the character.
  init(text: String, source: String) throws(DrawingError) {
    var rows = [[Double]]()
    // `isNewline` splits at "\n", "\r\n" and "\r" alike (a Windows file's "\r\n" is one Character).
    for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
      var content = line[...]
      while let last = content.last, last.isWhitespace { content = content.dropLast() }
      if content.isEmpty || content.hasPrefix("//") { continue }
      let number = index + 1
      guard content.count <= 8 else {
        throw DrawingError("\(source):\(number): \(content.count) characters; a row of the digit has 8 (or fewer)")
      }
      var row = [Double]()
      for (column, character) in content.enumerated() {
        guard let level = Self.levels[character] else {
          throw DrawingError(
            "\(source):\(number): column \(column + 1) is \"\(character)\"; draw with \".\" (blank), \"+\" (half) or "
              + "\"#\" (full)")
        }
        row.append(level / 16)
      }
      rows.append(row + Array(repeating: 0, count: 8 - row.count))
    }
    guard rows.count == 8 else {
      throw DrawingError(
        "\(source): \(rows.count) rows of pixels; a digit has 8 rows of 8 (see Lessons/Lesson09/README.md)")
    }
    pixels = Matrix(rows: 1, columns: 64, values: rows.flatMap { $0 })
  }

  /// Reads a drawing from a file.
  /// - Throws: `DrawingError` when the file cannot be read or is not a drawing.
  static func read(from path: String) throws(DrawingError) -> DigitDrawing {
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw DrawingError("cannot read \(path): \(error.localizedDescription)")
    }
    return try DigitDrawing(text: text, source: path)
  }

  /// A round zero drawn out to the edges of the box, where the bundled digits are almost
  /// always blank.
  static let edgeZero = """
    ..####..
    .##..##.
    ##....##
    ##....##
    ##....##
    ##....##
    .##..##.
    ..####..
    """

  /// The example drawing the walkthrough classifies, the same as Lessons/Lesson09/digit.txt.
  static let example = """
    // A seven, drawn by hand: "." blank, "+" half ink, "#" full ink.
    ..+####.
    ..+##+#.
    .....#+.
    ....+#..
    ..+####.
    ...+#+..
    ...##...
    ...#+...
    """
}

/// Why a drawing could not be read, naming the file and line.
struct DrawingError: Error, CustomStringConvertible {
  let message: String
  init(_ message: String) { self.message = message }
  var description: String { message }
}
