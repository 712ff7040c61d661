import Foundation

/// A function of two variables drawn as contour lines in the terminal, with a path over it
/// (an optimizer's steps).
///
/// Each character cell takes the level band of f at its centre, ⌊log₁₀ f · bands per
/// decade⌋. A cell is drawn as `·` where its band differs from the cell to its right or the one
/// below it, so the dots trace the level sets, spaced evenly on a log scale. The path is drawn
/// over them: `o` for each point, `●` for the last, and `×` marks the minimum.
public struct ContourPlot: Sendable {
  /// The first variable's range, left to right.
  public let xRange: ClosedRange<Double>
  /// The second variable's range, bottom to top.
  public let yRange: ClosedRange<Double>
  /// The level band of each cell, top line first.
  public let bands: [[Int]]
  /// The points drawn over the contours, in order.
  public var path: [(x: Double, y: Double)] = []
  /// Where the minimum is, marked ×.
  public var minimum: (x: Double, y: Double)?

  /// Evaluates `function` at the centre of every character cell.
  /// - Parameters:
  ///   - x: the first variable's range.
  ///   - y: the second variable's range.
  ///   - width: characters across.
  ///   - height: lines down.
  ///   - bandsPerDecade: contour lines per factor of 10 in f.
  ///   - function: f(x, y) ≥ 0 (a loss); 0 and below count as the lowest band.
  public init(
    x: ClosedRange<Double>, y: ClosedRange<Double>, width: Int = 36, height: Int = 10, bandsPerDecade: Double = 2,
    function: (Double, Double) -> Double
  ) {
    require(width >= 2 && height >= 2, "ContourPlot: needs at least 2×2 characters, got \(width)×\(height)")
    requirePlotRanges(x, y, "ContourPlot")
    require(
      bandsPerDecade > 0 && bandsPerDecade.isFinite,
      "ContourPlot: bandsPerDecade must be a finite number > 0, got \(formatNumber(bandsPerDecade))")
    xRange = x
    yRange = y
    bands = mapCellCentres(xRange: x, yRange: y, width: width, height: height) { xValue, yValue in
      let value = function(xValue, yValue)
      require(
        !value.isNaN, "ContourPlot: f(\(formatNumber(xValue)), \(formatNumber(yValue))) is NaN; it must be a number")
      // Below 1e-300 (or 0) is the lowest band; +∞ the highest.
      return Int((log10(Swift.max(value, 1e-300)) * bandsPerDecade).rounded(.down).clamped(to: -1e6...1e6))
    }
  }

  /// The plot as lines of text, framed, with the ranges written on the axes.
  public func render() -> [String] {
    let height = bands.count
    let width = bands.first?.count ?? 0
    var grid = (0..<height).map { line in
      (0..<width).map { column -> Character in
        let band = bands[line][column]
        let right = column + 1 < width ? bands[line][column + 1] : band
        let below = line + 1 < height ? bands[line + 1][column] : band
        return band != right || band != below ? "·" : " "
      }
    }
    let marks =
      path.enumerated().map { ($0.element, $0.offset == path.count - 1 ? Character("●") : "o") }
      + (minimum.map { [($0, Character("×"))] } ?? [])
    for (point, mark) in marks {
      guard let cell = gridCell(x: point.x, y: point.y, xRange: xRange, yRange: yRange, width: width, height: height)
      else { continue }
      grid[cell.line][cell.column] = mark
    }
    return framedGrid(grid, xRange: xRange, yRange: yRange)
  }
}

extension Double {
  /// This number kept within `range`.
  fileprivate func clamped(to range: ClosedRange<Double>) -> Double {
    Swift.min(Swift.max(self, range.lowerBound), range.upperBound)
  }
}
