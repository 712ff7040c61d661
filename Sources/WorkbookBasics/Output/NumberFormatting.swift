import Foundation

/// Writes a number the way the whole workbook prints numbers.
///
/// Fixed decimals for ordinary magnitudes (`22.0776`), scientific notation outside about
/// 1e-3…1e6 (`4.0656e+17`, `7.8886e-31`), never `-0.0000`, and `NaN` / `∞` / `-∞` spelled out.
/// - Parameters:
///   - value: the number.
///   - decimals: digits after the point (and in the mantissa of scientific notation).
/// - Returns: the text.
public func formatNumber(_ value: Double, decimals: Int = 4) -> String {
  requireUsableDecimals(decimals, "formatNumber")
  if value.isNaN { return "NaN" }
  if value.isInfinite { return value > 0 ? "∞" : "-∞" }
  let magnitude = abs(value)
  if magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e6) {
    return String(format: "%.\(decimals)e", value)
  }
  return formatFixed(value, decimals: decimals)
}

/// Writes a share as a percentage: 0.9667 as "96.67%".
/// - Parameters:
///   - share: the share, 1 for all.
///   - decimals: digits after the point of the percentage.
public func formatPercent(_ share: Double, decimals: Int = 2) -> String {
  requireUsableDecimals(decimals, "formatPercent")
  return formatFixed(share * 100, decimals: decimals) + "%"
}

/// Writes a number in scientific notation whatever its size, for columns of values that span
/// many orders of magnitude (errors against a step h): 0.04 as "4.21e-02".
/// - Parameters:
///   - value: the number.
///   - decimals: digits after the point of the mantissa.
public func formatScientific(_ value: Double, decimals: Int = 2) -> String {
  requireUsableDecimals(decimals, "formatScientific")
  if !value.isFinite { return formatNumber(value) }
  return String(format: "%.\(decimals)e", value)
}

/// 10 to a whole power, with the exponent in superscript: "10⁻⁵", "10³".
/// - Parameter exponent: the power.
public func formatPowerOfTen(_ exponent: Int) -> String {
  let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
  let digits = String(exponent.magnitude).map { superscripts[Int(String($0)) ?? 0] }
  return "10" + (exponent < 0 ? "⁻" : "") + String(digits)
}

/// Writes a number with a fixed count of decimals and no switch to scientific notation, for
/// columns of values that must line up (e.g. a table of losses).
/// - Parameters:
///   - value: the number.
///   - decimals: digits after the point.
public func formatFixed(_ value: Double, decimals: Int = 4) -> String {
  requireUsableDecimals(decimals, "formatFixed")
  if !value.isFinite { return formatNumber(value) }
  let text = String(format: "%.\(decimals)f", value)
  // Rounding a tiny negative number gives "-0.0000": print it without the sign.
  if text.hasPrefix("-") && text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
    return String(text.dropFirst())
  }
  return text
}

/// A vector's entries written as a tuple, e.g. "(0.2, 0.5, −0.3)" for a row or a column.
/// - Parameters:
///   - vector: the entries, in storage order.
///   - decimals: digits after the point (see `formatNumber`).
public func formatTuple(_ vector: Matrix, decimals: Int = 4) -> String {
  "(" + vector.values.map { formatNumber($0, decimals: decimals) }.joined(separator: ", ") + ")"
}

/// Stops with a message naming `operation` unless `decimals` is in 0…20 (a negative count
/// would print the format string itself, e.g. "%.0-1f").
private func requireUsableDecimals(_ decimals: Int, _ operation: String) {
  require((0...20).contains(decimals), "\(operation): decimals must lie in 0…20, got \(decimals)")
}
