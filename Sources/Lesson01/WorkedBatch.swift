import WorkbookBasics

/// The batch of three observations with three features that sections 1–4 work through by hand
/// (the notes write the batch with symbols; these are our numbers).
enum WorkedBatch {
  static let X = Matrix([[1.0, 2.0, 0.5], [0.0, 1.0, 3.0], [2.0, 0.5, 1.0]])
  static let W = Matrix(column: [0.5, -1.0, 2.0])
  static let b = Matrix([[0.25]])
  static let Y = Matrix(column: [0.0, 4.0, 3.0])
}

/// Writes a dot product term by term, e.g. `1.0000·0.5000 + 2.0000·(-1.0000)`, so that the
/// reader can redo it by hand.
func writtenOut(_ row: Matrix, times column: Matrix) -> String {
  zip(row.values, column.values).map { x, w in
    "\(formatNumber(x))·\(w < 0 ? "(\(formatNumber(w)))" : formatNumber(w))"
  }.joined(separator: " + ")
}

/// A small whole number written with subscript digits, e.g. 12 → "₁₂".
func subscripted(_ number: Int) -> String {
  String(
    String(number).compactMap { digit in
      digit.wholeNumberValue.flatMap { Unicode.Scalar(0x2080 + $0) }.map(Character.init)
    })
}
