// Lesson 0 · Derivatives, computation graphs and automatic differentiation — exercises.
//
// Fill in each function below, replacing the `throw NotAttempted(...)` line, then run
//   swift run workbook check Lesson00
// Each exercise shows as "not attempted" until you start it. The `Node` type at the top is
// given: it is the library's `Value` cut down to what these exercises need.

import Foundation
import WorkbookBasics

/// One number in a computation graph: its value, the nodes it was computed from, and the
/// local derivative of this node with respect to each of them.
///
/// ```
/// let a = Node(2), b = Node(3)
/// let s = add(a, b)        // s.data 5, s.inputs [a, b], s.localDerivatives [1, 1]
/// ```
/// A class, so that a node used twice is one node with one `grad`.
public final class Node {
  /// The number.
  public let data: Double
  /// ∂(output)/∂(this node), filled in by backpropagation; 0 until then.
  public var grad = 0.0
  /// What it was computed from; empty for an input.
  public let inputs: [Node]
  /// ∂(this node)/∂(input), one per input, in the same order.
  public let localDerivatives: [Double]
  /// A name, for messages (as `Value.label`).
  public let label: String

  /// An input node.
  public convenience init(_ data: Double, label: String = "") {
    self.init(data, inputs: [], localDerivatives: [], label: label)
  }

  /// A computed node.
  public init(_ data: Double, inputs: [Node], localDerivatives: [Double], label: String = "") {
    self.data = data
    self.inputs = inputs
    self.localDerivatives = localDerivatives
    self.label = label
  }
}

/// a + b: the example of an operation. ∂(a + b)/∂a = 1 and ∂(a + b)/∂b = 1.
public func add(_ a: Node, _ b: Node, label: String = "") -> Node {
  Node(a.data + b.data, inputs: [a, b], localDerivatives: [1, 1], label: label)
}

// MARK: - Exercise 0.1 · A centred difference

/// The slope of `f` at `x`, estimated from two nearby points on either side:
///
/// ```
/// f′(x) ≈ (f(x + h) − f(x − h)) / 2h
/// ```
/// Its error shrinks like h² as h shrinks, until rounding takes over.
/// - Parameters:
///   - f: the function.
///   - x: where to take the slope.
///   - h: the step, > 0.
/// - Returns: the estimate of f′(x).
/// - Tip: The two points are x + h and x − h, and they are 2h apart.
public func centredDifference(of f: (Double) -> Double, at x: Double, step h: Double) throws -> Double {
  // Exercise 0.1: write your answer here, in place of the line below.
  throw NotAttempted("0.1")
}

// MARK: - Exercise 0.2 · A small graph by hand

/// The value and the three derivatives of L = (a·b + c)·c, computed through its graph:
///
/// ```
/// u = a·b      v = u + c      L = v·c
/// ```
/// Forward, left to right: u, v, L. Backward, right to left: dL/dv, dL/du, then dL/da, dL/db
/// and dL/dc. c reaches L along two paths, directly and through v: its derivative is the sum.
/// - Parameters:
///   - a: a.
///   - b: b.
///   - c: c.
/// - Returns: L and its derivatives with respect to a, b and c.
/// - Tip: dL/dv = c and dL/du = dL/dv · 1; then dL/da = dL/du · b.
/// - Tip: dL/dc has one term for each path from c to L: v (directly) + dL/dv (through v).
public func smallGraph(a: Double, b: Double, c: Double) throws -> (L: Double, dLda: Double, dLdb: Double, dLdc: Double)
{
  // Exercise 0.2: write your answer here, in place of the line below.
  throw NotAttempted("0.2")
}

// MARK: - Exercise 0.3 · Local derivatives

/// The operations the exercises' graphs are built from.
public enum GraphOperation: Equatable, Sendable {
  /// a + b.
  case add
  /// a · b.
  case multiply
  /// tanh a.
  case tanh
  /// aᵏ for a constant k.
  case power(Double)
}

/// The local derivatives of one operation: ∂(result)/∂(input) for each input, at the inputs'
/// values.
///
/// ```
/// add:       a + b    →  [1, 1]
/// multiply:  a · b    →  [b, a]
/// tanh:      tanh a   →  [1 − tanh²(a)]
/// power(k):  aᵏ       →  [k · aᵏ⁻¹]
/// ```
/// - Parameters:
///   - operation: which operation.
///   - inputs: its inputs' values: two for add and multiply, one for tanh and power.
/// - Returns: one derivative per input.
/// - Tip: `switch operation { case .add: return [1, 1] … case .power(let k): … }`.
/// - Tip: For tanh, compute `let t = tanh(inputs[0])` first: the derivative is 1 − t², in
///   terms of the result t, not of the input.
public func localDerivatives(of operation: GraphOperation, at inputs: [Double]) throws -> [Double] {
  // Exercise 0.3: write your answer here, in place of the line below.
  throw NotAttempted("0.3")
}

/// a · b, with its local derivatives from exercise 0.3.
public func multiply(_ a: Node, _ b: Node, label: String = "") throws -> Node {
  Node(
    a.data * b.data, inputs: [a, b], localDerivatives: try localDerivatives(of: .multiply, at: [a.data, b.data]),
    label: label)
}

/// tanh a, with its local derivative from exercise 0.3.
public func hyperbolicTangent(_ a: Node, label: String = "") throws -> Node {
  Node(
    Foundation.tanh(a.data), inputs: [a], localDerivatives: try localDerivatives(of: .tanh, at: [a.data]), label: label)
}

/// aᵏ, with its local derivative from exercise 0.3.
public func power(_ a: Node, _ k: Double, label: String = "") throws -> Node {
  Node(pow(a.data, k), inputs: [a], localDerivatives: try localDerivatives(of: .power(k), at: [a.data]), label: label)
}

// MARK: - Exercise 0.4 · The order of the backward pass

/// Every node `root` depends on, itself included, each exactly once, in an order where every
/// node comes before all the nodes it was computed from: `root` first, the inputs last.
///
/// That is the order in which backpropagation can visit the graph: when it reaches a node,
/// every node that uses it is done, so its gradient is complete.
/// - Parameter root: the output node.
/// - Returns: the nodes, root first.
/// - Tip: Depth first: visit a node's inputs before listing the node, and skip nodes already
///   visited. That lists inputs before the nodes that use them; reverse the list at the end.
/// - Tip: Swift compares class instances by identity with `===`; a set of visited nodes can
///   hold `ObjectIdentifier(node)`.
public func backwardOrder(from root: Node) throws -> [Node] {
  // Exercise 0.4: write your answer here, in place of the line below.
  throw NotAttempted("0.4")
}

// MARK: - Exercise 0.5 · Backpropagation

/// Fills in `grad` of every node in `order` with ∂(root)/∂(node), where `order` is a backward
/// order (exercise 0.4's) and `order[0]` is the root:
///
/// ```
/// root.grad = 1
/// for node in order:  for each input i of node:
///     input.grad += node.localDerivatives[i] × node.grad
/// ```
/// Every node's `grad` starts at 0.
/// - Parameter order: the graph's nodes, root first.
/// - Tip: `+=`, not `=`: a node used twice receives a share of its gradient along each path.
/// - Tip: `zip(node.inputs, node.localDerivatives)` pairs each input with its derivative.
public func propagateGradients(through order: [Node]) throws {
  // Exercise 0.5: write your answer here, in place of the line below.
  throw NotAttempted("0.5")
}
