import Foundation

/// Labelled horizontal bars, one per line, for comparing sizes (e.g. the gradient norm of each
/// layer). On a logarithmic scale equal steps in bar length mean equal ratios, so values from
/// 1e-8 to 1 all stay visible.
///
/// ```
/// layer 1   ██▏                         3.1e-06
/// layer 2   ████████████▌               0.0041
/// ```
public struct BarChart: Sendable {
  /// One name per bar, e.g. "layer 3".
  public var labels: [String]
  /// One value per bar; zero, negative or non-finite values get no bar.
  public var values: [Double]
  /// The length of the longest bar, in characters.
  public var width: Int
  /// Log scale: the smallest positive value gets a one-character bar and the largest `width`.
  public var logarithmic: Bool

  /// A chart of `values` labelled by `labels`.
  /// - Precondition: as many labels as values; width at least 2.
  public init(labels: [String], values: [Double], width: Int = 40, logarithmic: Bool = false) {
    self.labels = labels
    self.values = values
    self.width = width
    self.logarithmic = logarithmic
    requireValid()
  }

  /// Checked again by `render`, since the properties can be changed after `init`.
  private func requireValid() {
    require(
      labels.count == values.count,
      "BarChart: \(labels.count) labels for \(values.count) values — give one label per bar")
    require(width >= 2, "BarChart: the width must be at least 2, got \(width)")
  }

  /// The chart as lines: label, bar, value.
  public func render() -> [String] {
    requireValid()
    let labelWidth = labels.map(\.count).max() ?? 0
    let drawable = values.filter { $0 > 0 && $0.isFinite }
    let largest = drawable.max() ?? 1
    let smallest = drawable.min() ?? 1
    return zip(labels, values).map { label, value in
      let padded = label + String(repeating: " ", count: labelWidth - label.count)
      let bar = Self.bar(eighths: eighths(for: value, smallest: smallest, largest: largest))
      let gap = String(repeating: " ", count: width - bar.count)
      return "\(padded)  \(bar)\(gap)  \(formatNumber(value))"
    }
  }

  /// The bar's length in eighths of a character.
  private func eighths(for value: Double, smallest: Double, largest: Double) -> Int {
    guard value > 0 && value.isFinite else { return 0 }
    let full = Double(width * 8)
    // Divide before multiplying, and subtract logarithms, so that 1e308 or 1e-300 next to
    // 1e10 cannot overflow.
    guard logarithmic else { return Int((full * (value / largest)).rounded()) }
    guard largest > smallest else { return Int(full) }
    let fraction = (log(value) - log(smallest)) / (log(largest) - log(smallest))
    return 8 + Int(((full - 8) * fraction).rounded())
  }

  /// Full blocks plus one partial block (▏▎▍▌▋▊▉).
  private static func bar(eighths: Int) -> String {
    let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    return String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
  }
}
