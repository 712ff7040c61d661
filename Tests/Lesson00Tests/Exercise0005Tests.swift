import GradingSupport
import Lesson00Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 0.5 · Backpropagation.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - `=` instead of `+=` (an overwritten gradient): `testThreePathsAddUp`, `testRandomGraphs`;
/// - the root's gradient never set to 1: every test;
/// - the order walked backwards (leaves first): every test;
/// - the local derivative left out (`input.grad += node.grad`): `testAChain`, `testRandomGraphs`.
final class Exercise0005Tests: XCTestCase {
  /// A note on the usual slips, from the gradients a learner's code left.
  func slipNote(_ order: [Node]) -> String {
    if order.allSatisfy({ $0.grad == 0 }) { return "Every grad is still 0: set order[0].grad = 1 before the loop." }
    if order.dropFirst().allSatisfy({ $0.grad == 0 }) {
      return "Only the root has a gradient: walk the order from the root, order[0], to the end."
    }
    return "input.grad += localDerivative × node.grad, for every input of every node, root first."
  }

  /// J = 3·(2·x) + 0 at x = 5: dJ/d(2·x) = 3, dJ/dx = 3·2 = 6.
  func testAChain() throws {
    let x = Value(5, label: "x")
    let J = 3 * (2 * x)
    let mirror = GraphsForGrading.Mirror(J)
    let order = mirror.order
    try attempt("0.5") { try propagateGradients(through: order) }
    let yours = mirror.grad(of: x)
    assertNumber(
      yours, matches: 6, "dJ/dx for J = 3·(2·x)",
      sizes: .noFactors,
      hint: yours == 1 ? "1 is node.grad passed on without the local derivative: multiply by it." : slipNote(order))
  }

  /// J = a·b + a·c + a at a = 2, b = 3, c = 4: dJ/da = b + c + 1 = 8, dJ/db = a = 2, dJ/dc = 2.
  func testThreePathsAddUp() throws {
    let graph = GraphsForGrading.threePaths()
    let mirror = GraphsForGrading.Mirror(graph.J)
    let order = mirror.order
    try attempt("0.5") { try propagateGradients(through: order) }
    let a = mirror.grad(of: graph.a)
    let overwritten = [3.0, 4, 1].contains(a)
    assertNumber(
      a, matches: 8, "dJ/da",
      sizes: .noFactors,
      hint: overwritten
        ? "\(formatNumber(a, decimals: 0)) is one path's share only: `=` where `+=` is meant? a reaches J along 3 "
          + "paths (b + c + 1 = 8), and each must add its share."
        : slipNote(order))
    assertNumber(mirror.grad(of: graph.b), matches: 2, "dJ/db", sizes: .noFactors, hint: "∂(a·b)/∂b = a = 2.")
    assertNumber(mirror.grad(of: graph.c), matches: 2, "dJ/dc", sizes: .noFactors, hint: "∂(a·c)/∂c = a = 2.")
  }

  /// Every leaf's gradient against the library's backward() on seeded random graphs.
  func testRandomGraphs() throws {
    for (seed, size) in [(UInt64(51), 10), (52, 40), (53, 150)] {
      let graph = GraphsForGrading.random(seed: seed, leaves: 3, operations: size)
      let mirror = GraphsForGrading.Mirror(graph.root)
      let order = mirror.order
      graph.root.backward()
      try attempt("0.5") { try propagateGradients(through: order) }
      let yours = Matrix(row: graph.leaves.map { mirror.grad(of: $0) })
      let expected = Matrix(row: graph.leaves.map(\.grad))
      assertMatrix(
        yours, matches: expected, "the leaves' gradients in a random graph of \(size) operations (seed \(seed))",
        sizes: .noFactors, hint: slipNote(order))
    }
  }
}
