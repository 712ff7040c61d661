import Foundation
import WorkbookBasics
import WorkbookReference
import XCTest

/// The scalar automatic-differentiation `Value`: every operation's local derivative, the
/// chain rule through shared nodes, the backward order, deep graphs, and the network of
/// Values against the Matrix engine.
final class ValueTests: XCTestCase {
  /// Every operation's recorded local derivatives against centred differences of the
  /// operation, at several points.
  func testEachLocalDerivativeMatchesCentredDifferences() {
    let unary: [(String, (Value) -> Value, (Double) -> Double)] = [
      ("neg", { -$0 }, { -$0 }), ("power 3", { $0.power(3) }, { pow($0, 3) }),
      ("power 0.5", { $0.power(0.5) }, { pow($0, 0.5) }), ("power -1.5", { $0.power(-1.5) }, { pow($0, -1.5) }),
      ("exp", { $0.exp() }, { exp($0) }), ("log", { $0.log() }, { log($0) }), ("tanh", { $0.tanh() }, { tanh($0) }),
      ("sigmoid", { $0.sigmoid() }, { 1 / (1 + exp(-$0)) }), ("relu", { $0.relu() }, { max($0, 0) }),
      ("plus 2", { $0 + 2 }, { $0 + 2 }), ("2 minus", { 2 - $0 }, { 2 - $0 }), ("times 3", { 3 * $0 }, { 3 * $0 }),
      ("over 4", { $0 / 4 }, { $0 / 4 }), ("4 over", { 4 / $0 }, { 4 / $0 }),
    ]
    for x in [0.3, 1.7, 2.5] {
      for (name, operation, plain) in unary {
        let result = operation(Value(x))
        XCTAssertEqual(result.data, plain(x), accuracy: 1e-12, "\(name) at \(x)")
        // A constant operand is a leaf input too: the derivative towards x is the one of the x leaf.
        let towardsX = zip(result.inputs, result.localDerivatives).first { $0.0.data == x }?.1 ?? .nan
        XCTAssertEqual(towardsX, numericDerivative(of: plain, at: x), accuracy: 1e-7, "\(name)′ at \(x)")
      }
    }
    let binary: [(String, (Value, Value) -> Value, (Double, Double) -> Double)] = [
      ("+", { $0 + $1 }, { $0 + $1 }), ("−", { $0 - $1 }, { $0 - $1 }), ("×", { $0 * $1 }, { $0 * $1 }),
      ("÷", { $0 / $1 }, { $0 / $1 }),
    ]
    for (a, b) in [(1.5, -0.5), (-2.0, 3.0)] {
      for (name, operation, plain) in binary {
        let result = operation(Value(a), Value(b))
        let slopes = [numericDerivative(of: { plain($0, b) }, at: a), numericDerivative(of: { plain(a, $0) }, at: b)]
        XCTAssertEqual(result.localDerivatives[0], slopes[0], accuracy: 1e-7, "∂(a \(name) b)/∂a")
        XCTAssertEqual(result.localDerivatives[1], slopes[1], accuracy: 1e-7, "∂(a \(name) b)/∂b")
      }
    }
  }

  /// numericDerivative itself: e^x at 1.
  func testNumericDerivative() {
    XCTAssertEqual(numericDerivative(of: { exp($0) }, at: 1), exp(1), accuracy: 1e-8)
  }

  /// Note 003's J = 3(a + b·c) at 5, 3, 2: J = 33, dJ/da = 3, dJ/db = 3c = 6, dJ/dc = 3b = 9.
  func testNoteThreesGraph() {
    let (a, b, c) = (Value(5), Value(3), Value(2))
    let J = 3 * (a + b * c)
    J.backward()
    XCTAssertEqual([J.data, a.grad, b.grad, c.grad], [33, 3, 6, 9])
  }

  /// A value used twice or three times collects every path's share: d(x·x)/dx = 2x, and
  /// J = a·b + a·c + a has dJ/da = b + c + 1.
  func testSharedNodesAccumulate() {
    let x = Value(3)
    let square = x * x
    square.backward()
    XCTAssertEqual(x.grad, 6)
    let (a, b, c) = (Value(2), Value(3), Value(4))
    let J = a * b + a * c + a
    J.backward()
    XCTAssertEqual(a.grad, 8)
  }

  /// backward() twice doubles the leaves (inner nodes start again); zeroGradients() resets.
  func testSecondBackwardAddsUpUntilZeroed() {
    let (a, b) = (Value(2), Value(-3))
    let product = a * b
    let J = product.tanh()
    J.backward()
    let once = (a.grad, b.grad, product.grad)
    J.backward()
    XCTAssertEqual(a.grad, 2 * once.0, accuracy: 1e-15)
    XCTAssertEqual(b.grad, 2 * once.1, accuracy: 1e-15)
    XCTAssertEqual(product.grad, once.2, accuracy: 1e-15, "an inner node is recomputed, not added to")
    J.zeroGradients()
    XCTAssertEqual([a.grad, b.grad, product.grad, J.grad], [0, 0, 0, 0])
    J.backward()
    XCTAssertEqual(a.grad, once.0, accuracy: 1e-15)
  }

  /// The backward order lists each node once, the output first, and every node before all
  /// of its inputs, on a graph with many shared nodes.
  func testBackwardOrderPutsEveryUserFirst() {
    var generator = SeededGenerator(seed: 7)
    var nodes = (0..<3).map { _ in Value(generator.nextUniform(in: -1..<1)) }
    for _ in 0..<300 {
      let first = nodes[nodes.count - 1 - generator.nextIndex(below: min(4, nodes.count))]
      let second = nodes[generator.nextIndex(below: nodes.count)]
      nodes.append(generator.nextIndex(below: 2) == 0 ? first + second : (first * second).tanh())
    }
    let root = nodes[nodes.count - 1]
    let order = root.backwardOrder()
    var position = [ObjectIdentifier: Int]()
    for (index, node) in order.enumerated() {
      XCTAssertNil(position[ObjectIdentifier(node)], "node at \(index) is listed twice")
      position[ObjectIdentifier(node)] = index
    }
    XCTAssertTrue(order.first === root)
    for (index, node) in order.enumerated() {
      for input in node.inputs {
        XCTAssertGreaterThan(position[ObjectIdentifier(input)] ?? -1, index, "an input listed before its user")
      }
    }
  }

  /// A chain of 100 000 operations: the order, the backward pass and the release of the
  /// graph must not recurse once per node (that would overflow the stack).
  func testADeepChainNeitherRecursesNorOverflows() {
    let x = Value(1)
    var chain = x
    for _ in 0..<100_000 { chain = chain * 1.0 }
    XCTAssertEqual(chain.graphSize, 200_001, "the chain, its constants and x")
    chain.backward()
    XCTAssertEqual(x.grad, 1)
    // Dropping the last reference frees the whole chain here, one node at a time.
    chain = Value(0)
    XCTAssertEqual(chain.data, 0)
  }

  /// A 3-5-4-2 network of Values (tanh hidden layers) on 6 examples: its loss and every
  /// parameter's gradient equal the Matrix engine's on the same weights, to 1e-12.
  func testNetworkOfValuesMatchesTheMatrixEngine() throws {
    var generator = SeededGenerator(seed: 8)
    let sizes = [3, 5, 4, 2]
    let weights = (0..<3).map { Matrix.randomNormal(rows: sizes[$0], columns: sizes[$0 + 1], using: &generator) }
    let biases = (0..<3).map { Matrix.randomNormal(rows: 1, columns: sizes[$0 + 1], using: &generator) }
    let X = Matrix.randomNormal(rows: 6, columns: 3, using: &generator)
    let Y = Matrix.randomNormal(rows: 6, columns: 2, using: &generator)
    let network = ValueMLP(weights: weights, biases: biases, hidden: .tanh)
    let loss = network.meanSquaredError(
      inputs: (0..<X.rows).map { X.row($0).values }, targets: (0..<Y.rows).map { Y.row($0).values })
    loss.backward()
    var engine = Sequential(
      [
        Dense(weights: weights[0], bias: biases[0]), ActivationLayer(.tanh),
        Dense(weights: weights[1], bias: biases[1]),
        ActivationLayer(.tanh), Dense(weights: weights[2], bias: biases[2]),
      ], loss: MeanSquaredErrorLoss())
    let engineLoss = try engine.computeGradients(features: X, targets: Y)
    XCTAssertEqual(loss.data, engineLoss, accuracy: 1e-12)
    XCTAssertEqual(network.parameterGradients.count, engine.parameterGradients.count)
    for (ours, theirs) in zip(network.parameterGradients, engine.parameterGradients) {
      XCTAssertEqual(ours.shape.rows, theirs.shape.rows)
      XCTAssertLessThan(relativeError(ours, theirs), 1e-12)
    }
    XCTAssertEqual(network.parameters.count, engine.parameterCount)
  }

  /// adjust(by:) moves a leaf, and the next graph uses the new number.
  func testAdjustMovesALeaf() {
    let w = Value(2)
    w.adjust(by: -0.5)
    XCTAssertEqual((w * 2).data, 3)
  }

  /// The printed table names nodes, shows constants as numbers and lists local derivatives.
  func testGraphTable() {
    let (a, b) = (Value(2, label: "a"), Value(3, label: "b"))
    let J = 3 * (a * b)
    J.label = "J"
    J.backward()
    let lines = J.graphTable(decimals: 0).render()
    XCTAssertEqual(lines.count, 2 + 4, lines.joined(separator: "\n"))
    XCTAssertTrue(lines[2].hasPrefix("J     3 × v1"), lines.joined(separator: "\n"))
    XCTAssertTrue(
      lines.contains { $0.hasPrefix("v1    a × b") && $0.contains("a: 3, b: 2") }, lines.joined(separator: "\n"))
  }
}
