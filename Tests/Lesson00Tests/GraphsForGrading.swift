import Lesson00Exercises
import WorkbookBasics
import WorkbookReference

/// Graphs the tests of 0.4 and 0.5 share, built as the library's Values and mirrored into the
/// exercises' Nodes with the same numbers and local derivatives (not through exercise 0.3).
enum GraphsForGrading {
  /// A copy of a graph of Values as Nodes, with the same numbers and local derivatives.
  struct Mirror {
    /// The Node of every Value.
    let nodes: [ObjectIdentifier: Node]
    /// The root's Node.
    let root: Node
    /// Every Node in the library's backward order, root first.
    let order: [Node]

    /// The copy of `root`'s graph.
    init(_ root: Value) {
      var nodes = [ObjectIdentifier: Node]()
      let valueOrder = root.backwardOrder()
      // Inputs before the nodes that use them, so every input exists when its user is made.
      for value in valueOrder.reversed() {
        nodes[ObjectIdentifier(value)] = Node(
          value.data, inputs: value.inputs.compactMap { nodes[ObjectIdentifier($0)] },
          localDerivatives: value.localDerivatives, label: value.label)
      }
      self.nodes = nodes
      order = valueOrder.compactMap { nodes[ObjectIdentifier($0)] }
      self.root = order.first ?? Node(root.data)
    }

    /// The gradient the learner's code left on `value`'s Node.
    func grad(of value: Value) -> Double { nodes[ObjectIdentifier(value)]?.grad ?? .nan }
  }

  /// J = a·b + a·c + a at a = 2, b = 3, c = 4: a reaches J along three paths, so
  /// dJ/da = b + c + 1 = 8.
  static func threePaths() -> (J: Value, a: Value, b: Value, c: Value) {
    let (a, b, c) = (Value(2, label: "a"), Value(3, label: "b"), Value(4, label: "c"))
    let J = ValueExamples.threePaths(a, b, c)
    return (J, a, b, c)
  }

  /// A seeded random graph: `leaves` inputs, then `operations` nodes, each an operation on
  /// earlier nodes (often recent ones, so that paths are long and nodes are shared), and a
  /// root that every input reaches.
  static func random(seed: UInt64, leaves: Int, operations: Int) -> (root: Value, leaves: [Value]) {
    var generator = SeededGenerator(seed: seed)
    let inputs = (0..<leaves).map { Value(generator.nextUniform(in: -1..<1), label: "x\($0 + 1)") }
    var nodes = inputs
    for index in 0..<operations {
      let pick = { (generator: inout SeededGenerator) -> Value in
        let window = min(nodes.count, 4)
        return nodes[nodes.count - 1 - generator.nextIndex(below: window)]
      }
      let (first, second) = (pick(&generator), nodes[generator.nextIndex(below: nodes.count)])
      let node: Value
      switch generator.nextIndex(below: 4) {
      case 0: node = first + second
      case 1: node = first * second
      case 2: node = first.tanh()
      default: node = (first * 0.5).power(2)
      }
      node.label = "n\(index + 1)"
      nodes.append(node)
    }
    // A small direct path from every input, so that none is left out of the root's graph.
    var root = nodes[nodes.count - 1]
    for input in inputs { root = root + 0.1 * input }
    root.label = "root"
    return (root, inputs)
  }

  /// Why `order` is not a backward order of `root`'s graph, naming the nodes; nil when it is.
  static func orderProblem(_ order: [Node], root: Node) -> String? {
    let name = { (node: Node) in node.label.isEmpty ? "a node of value \(formatNumber(node.data))" : node.label }
    var position = [ObjectIdentifier: Int]()
    for (index, node) in order.enumerated() where position[ObjectIdentifier(node)] == nil {
      position[ObjectIdentifier(node)] = index
    }
    var places = [ObjectIdentifier: [Int]]()
    for (index, node) in order.enumerated() { places[ObjectIdentifier(node), default: []].append(index) }
    if let repeated = order.first(where: { (places[ObjectIdentifier($0)]?.count ?? 0) > 1 }) {
      let at = places[ObjectIdentifier(repeated)] ?? []
      let shown = at.prefix(5).map(String.init).joined(separator: ", ") + (at.count > 5 ? ", …" : "")
      return "\(name(repeated)) is listed \(at.count) times, at positions \(shown) (counting from 0): list each "
        + "node once (keep a set of the nodes already visited)."
    }
    guard order.first === root else {
      return "the list must start with the root, \(name(root)); it starts with "
        + (order.first.map(name) ?? "nothing") + "."
    }
    // Every node the root depends on must be there.
    var pending = [root]
    var reached = Set<ObjectIdentifier>()
    while let node = pending.popLast() {
      guard reached.insert(ObjectIdentifier(node)).inserted else { continue }
      if position[ObjectIdentifier(node)] == nil {
        return "\(name(node)) is missing: every node the root depends on belongs."
      }
      pending += node.inputs
    }
    if reached.count != order.count {
      return "the list has \(order.count) nodes but the root depends on \(reached.count)."
    }
    for (index, node) in order.enumerated() {
      for input in node.inputs where (position[ObjectIdentifier(input)] ?? 0) < index {
        return "\(name(input)) is listed before \(name(node)), which uses it: its gradient would be read before "
          + "\(name(node)) has added its share. A node must come after every node that uses it."
      }
    }
    return nil
  }
}
