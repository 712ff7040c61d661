import WorkbookBasics

/// A graph of Values as a table, for printing: one row per node, the output first.
extension Value {
  /// One row per value in `backwardOrder()`: its name, how it was made, its number, the
  /// local derivatives towards its inputs, and its gradient. Unnamed values are called v1,
  /// v2, … in that order; an unnamed leaf is a constant, shown as its number.
  ///
  /// ```
  /// node  made as      value    local derivatives  grad
  /// J     3 × v        33.0000  v: 3               1.0000
  /// ```
  /// - Parameter decimals: digits after the point for every number.
  public func graphTable(decimals: Int = 4) -> TextTable {
    let order = backwardOrder()
    var names = [ObjectIdentifier: String]()
    var unnamed = 0
    for node in order {
      if !node.label.isEmpty {
        names[ObjectIdentifier(node)] = node.label
      } else if node.isLeaf {
        names[ObjectIdentifier(node)] = formatNumber(node.data, decimals: node.data == node.data.rounded() ? 0 : 2)
      } else {
        unnamed += 1
        names[ObjectIdentifier(node)] = "v\(unnamed)"
      }
    }
    let name = { (node: Value) in names[ObjectIdentifier(node)] ?? "?" }
    let rows = order.filter { !$0.label.isEmpty || !$0.isLeaf }.map { node -> [String] in
      let made: String
      switch node.inputs.count {
      case 0: made = "input"
      case 1:
        made =
          node.operation.hasPrefix("^")
          ? name(node.inputs[0]) + node.operation : "\(node.operation)(\(name(node.inputs[0])))"
      default: made = node.inputs.map(name).joined(separator: " \(node.operation) ")
      }
      let locals = zip(node.inputs, node.localDerivatives)
        .filter { !$0.0.isLeaf || !$0.0.label.isEmpty }
        .map { "\(name($0.0)): \(formatNumber($0.1, decimals: decimals))" }.joined(separator: ", ")
      return [
        name(node), made, formatNumber(node.data, decimals: decimals), locals.isEmpty ? "–" : locals,
        formatNumber(node.grad, decimals: decimals),
      ]
    }
    return TextTable(headers: ["node", "made as", "value", "local derivatives", "grad"], rows: rows)
  }

  /// How many values the graph holds, this one and constants included.
  public var graphSize: Int { backwardOrder().count }
}
