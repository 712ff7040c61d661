import Foundation

/// A line chart drawn in the terminal with Braille dots (each character holds 2 × 4 dots),
/// e.g. a loss curve over training steps.
public struct LinePlot: Sendable {
  /// The values, plotted left to right at equal spacing.
  public var values: [Double]
  /// The chart's width in characters (not counting the axis labels).
  public var width: Int
  /// The chart's height in lines.
  public var height: Int
  /// Plot log₁₀ of the values (for losses that fall by orders of magnitude).
  public var logarithmic: Bool
  /// What the horizontal axis counts, e.g. "step" or "epoch".
  public var xLabel: String
  /// The numbers written under the left and right ends of the horizontal axis (default: the
  /// first and last index).
  public var xRange: (start: Double, end: Double)?

  /// A chart of `values`.
  /// - Parameters:
  ///   - values: the points; NaN and ±∞ (and values ≤ 0 on a log scale) are not drawn, and a
  ///     line under the plot says how many and which came first.
  ///   - width: characters across (2 dots each).
  ///   - height: lines down (4 dots each).
  ///   - logarithmic: use a log scale (all finite values must then be positive).
  ///   - xLabel: the name of the horizontal axis.
  ///   - xRange: the values at the two ends of the horizontal axis, when not the indices.
  public init(
    _ values: [Double], width: Int = 60, height: Int = 10, logarithmic: Bool = false, xLabel: String = "step",
    xRange: (start: Double, end: Double)? = nil
  ) {
    self.values = values
    self.width = width
    self.height = height
    self.logarithmic = logarithmic
    self.xLabel = xLabel
    self.xRange = xRange
    requireValid()
  }

  /// Checked again by `render`, since the size can be changed after `init`.
  private func requireValid() {
    require(width >= 2 && height >= 2, "LinePlot: needs at least 2×2 characters, got \(width)×\(height)")
  }

  /// The chart as lines of text, with the largest and smallest value on the left.
  /// - Parameter columns: the widest a line may be; the horizontal axis's name moves to a line
  ///   of its own when it does not fit beside the axis's numbers.
  public func render(fittingIn columns: Int = 78) -> [String] {
    requireValid()
    let points = values.enumerated().compactMap { index, value -> (Int, Double)? in
      guard value.isFinite, !logarithmic || value > 0 else { return nil }
      return (index, logarithmic ? log10(value) : value)
    }
    guard let low = points.map(\.1).min(), let high = points.map(\.1).max() else {
      return ["(nothing to plot: no finite values)"] + skippedNote(drawn: points.map(\.0))
    }
    let dotsAcross = width * 2
    let dotsDown = height * 4
    // Halves throughout: 1e308 − (−1e308) would overflow.
    let halfSpan = high > low ? high / 2 - low / 2 : 0.5
    let lastIndex = Swift.max(values.count - 1, 1)
    func dot(_ index: Int, _ value: Double) -> (x: Int, y: Int) {
      let x = Int((Double(index) / Double(lastIndex) * Double(dotsAcross - 1)).rounded())
      let y = Int(((high / 2 - value / 2) / halfSpan * Double(dotsDown - 1)).rounded())
      return (x, y)
    }
    var grid = Array(repeating: Array(repeating: false, count: dotsAcross), count: dotsDown)
    var previous: (x: Int, y: Int)?
    for (index, value) in points {
      let current = dot(index, value)
      if let start = previous {
        // Join consecutive points with a straight run of dots.
        let steps = Swift.max(abs(current.x - start.x), abs(current.y - start.y), 1)
        for step in 0...steps {
          let t = Double(step) / Double(steps)
          let x = Int((Double(start.x) + t * Double(current.x - start.x)).rounded())
          let y = Int((Double(start.y) + t * Double(current.y - start.y)).rounded())
          grid[y][x] = true
        }
      } else {
        grid[current.y][current.x] = true
      }
      previous = current
    }
    let topLabel = formatNumber(logarithmic ? pow10(high) : high)
    let bottomLabel = formatNumber(logarithmic ? pow10(low) : low)
    let labelWidth = Swift.max(topLabel.count, bottomLabel.count)
    var lines = [String]()
    for row in 0..<height {
      var text = ""
      for column in 0..<width {
        text.append(Self.braille(grid, row: row, column: column))
      }
      let label = row == 0 ? topLabel : (row == height - 1 ? bottomLabel : "")
      lines.append(String(repeating: " ", count: labelWidth - label.count) + label + " ┤" + text)
    }
    let axis = String(repeating: " ", count: labelWidth + 1) + "└" + String(repeating: "─", count: width)
    let startLabel = xRange.map { formatAxis($0.start) } ?? "0"
    let endLabel = xRange.map { formatAxis($0.end) } ?? "\(values.count - 1)"
    let footer =
      String(repeating: " ", count: labelWidth + 2) + startLabel
      + String(repeating: " ", count: Swift.max(1, width - startLabel.count - endLabel.count)) + endLabel
    // A log scale is the vertical axis's: said above it, where the values are read.
    let header = logarithmic ? [String(repeating: " ", count: labelWidth + 1) + "↑ log scale"] : []
    let labelled = footer + "  \(xLabel)"
    let note = skippedNote(drawn: points.map(\.0))
    guard TextWrapping.displayWidth(labelled) > columns else { return header + lines + [axis, labelled] + note }
    // Too wide beside the numbers: the axis's name goes under its end.
    let indent = Swift.max(0, labelWidth + 2 + width - xLabel.count)
    return header + lines + [axis, footer, String(repeating: " ", count: indent) + xLabel] + note
  }

  /// A line saying which values could not be drawn (NaN, ±∞, or ≤ 0 on a log scale), so a
  /// diverged loss curve never looks like a clean one; empty when every value was drawn.
  private func skippedNote(drawn: [Int]) -> [String] {
    let drawnIndices = Set(drawn)
    let skipped = values.indices.filter { !drawnIndices.contains($0) }
    guard let first = skipped.first else { return [] }
    let what = values[first].isFinite ? "≤ 0 on the log scale" : "not a finite number"
    let count = skipped.count == 1 ? "1 value" : "\(skipped.count) values"
    return ["  (\(count) not drawn; the first, \(formatNumber(values[first])) at \(first), is \(what))"]
  }

  private func formatAxis(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e6 ? "\(Int(value))" : formatNumber(value)
  }

  private func pow10(_ exponent: Double) -> Double { Foundation.pow(10, exponent) }

  /// The Braille character for the 2 × 4 block of dots at (row, column).
  private static func braille(_ grid: [[Bool]], row: Int, column: Int) -> Character {
    // Dot numbering of the Braille cell: bit values for (dy, dx).
    let bits: [[UInt32]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
    var code: UInt32 = 0
    for dy in 0..<4 {
      for dx in 0..<2 where grid[row * 4 + dy][column * 2 + dx] {
        code |= bits[dy][dx]
      }
    }
    guard code != 0, let scalar = Unicode.Scalar(0x2800 + code) else { return " " }
    return Character(scalar)
  }
}
