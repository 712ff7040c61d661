/// A small greyscale picture drawn in the terminal with shade characters, two characters per
/// pixel so that it keeps its proportions: e.g. one 8 × 8 handwritten digit.
public struct GreyscaleImage: Sendable {
  /// The brightness of each pixel, rows × columns, from 0 (blank) to `maximum` (full ink).
  public let pixels: Matrix
  /// The brightness drawn as a full block.
  public let maximum: Double

  /// The shades from blank to full, in order.
  static let shades: [Character] = [" ", "░", "▒", "▓", "█"]

  /// An image of `pixels`.
  /// - Parameters:
  ///   - pixels: rows × columns brightness values.
  ///   - maximum: the brightness of full ink (e.g. 16 for the digits data).
  /// - Precondition: `maximum` > 0.
  public init(pixels: Matrix, maximum: Double) {
    require(
      maximum > 0 && maximum.isFinite,
      "GreyscaleImage: the maximum brightness must be a finite number > 0, got \(formatNumber(maximum))")
    requireFinite(pixels, "GreyscaleImage", "pixel", cause: "a brightness must be a number")
    self.pixels = pixels
    self.maximum = maximum
  }

  /// An image from one row of a data set whose features are the pixels in row-major order.
  /// - Parameters:
  ///   - row: 1 × (height·width).
  ///   - width: pixels per image row.
  ///   - maximum: the brightness of full ink.
  public init(row: Matrix, width: Int, maximum: Double) {
    require(
      row.rows == 1 && width > 0 && row.columns % width == 0,
      "GreyscaleImage: a \(row.shapeDescription) row cannot be cut into image rows of \(width) pixels")
    self.init(pixels: Matrix(rows: row.columns / width, columns: width, values: row.values), maximum: maximum)
  }

  /// The picture as lines of text inside a thin frame, each pixel two characters wide.
  public func render() -> [String] {
    let top = "┌" + String(repeating: "─", count: 2 * pixels.columns) + "┐"
    let bottom = "└" + String(repeating: "─", count: 2 * pixels.columns) + "┘"
    let body = (0..<pixels.rows).map { row in
      "│"
        + (0..<pixels.columns).map { column -> String in
          let level = Swift.min(Swift.max(pixels[row, column] / maximum, 0), 1)
          let shade = Self.shades[Int((level * Double(Self.shades.count - 1)).rounded())]
          return String(repeating: shade, count: 2)
        }.joined() + "│"
    }
    return [top] + body + [bottom]
  }

  /// Several pictures next to each other, each with a caption underneath, wrapped onto more
  /// rows of pictures when there are more than `perRow` (see `sideBySide(_:captions:perRow:gap:)`).
  /// - Parameters:
  ///   - images: the pictures.
  ///   - captions: one short line per picture (longer ones are cut to the picture's width).
  ///   - perRow: pictures per row (4 pictures 8 pixels wide fit in 80 columns).
  ///   - gap: spaces between pictures.
  /// - Returns: the lines of text, with a blank line between rows of pictures.
  public static func sideBySide(
    _ images: [GreyscaleImage], captions: [String], perRow: Int = 4, gap: Int = 2
  ) -> [String] {
    require(
      images.count == captions.count, "GreyscaleImage.sideBySide: \(images.count) images, \(captions.count) captions")
    return WorkbookBasics.sideBySide(images.map { $0.render() }, captions: captions, perRow: perRow, gap: gap)
  }
}
