import WorkbookBasics

/// The four inputs of a two-input logic gate and the gates the lesson trains on.
enum LogicGate: String, CaseIterable {
  case and = "AND"
  case or = "OR"
  case xor = "XOR"

  /// The four corners (0, 0), (0, 1), (1, 0), (1, 1), one per row.
  static let inputs = Matrix([[0, 0], [0, 1], [1, 0], [1, 1]])

  /// The gate's output for each of the four inputs, as a column.
  var outputs: Matrix {
    switch self {
    case .and: return Matrix(column: [0, 0, 0, 1])
    case .or: return Matrix(column: [0, 1, 1, 1])
    case .xor: return Matrix(column: [0, 1, 1, 0])
    }
  }

  /// The four corners with their labels, for plotting.
  var points: [(x: Double, y: Double, label: Int)] {
    (0..<4).map { (Self.inputs[$0, 0], Self.inputs[$0, 1], Int(outputs[$0, 0])) }
  }
}
