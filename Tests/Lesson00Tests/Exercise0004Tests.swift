import GradingSupport
import Lesson00Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 0.4 · The order of the backward pass.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - pre-order (a node listed before visiting its inputs, without reversing): every test but
///   `testAChain`, which any depth-first order passes;
/// - no visited set (a shared node listed twice): `testThreePaths`, `testRandomGraphs`;
/// - the topological order not reversed (leaves first): every test;
/// - a breadth-first order (a node listed as soon as it is first reached): `testThreePaths`,
///   `testRandomGraphs`.
final class Exercise0004Tests: XCTestCase {
  func assertBackwardOrder(_ root: Value, _ what: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let node = GraphsForGrading.Mirror(root).root
    let order = try attempt("0.4") { try backwardOrder(from: node) }
    if let problem = GraphsForGrading.orderProblem(order, root: node) {
      XCTFail("In \(what): \(problem)", file: file, line: line)
    }
  }

  /// J = 2·x + 1: J, then 2·x, then 1, 2 and x in some order (J first, x after 2·x).
  func testAChain() throws {
    let x = Value(3, label: "x")
    let doubled = 2 * x
    doubled.label = "2·x"
    let J = doubled + 1
    J.label = "J"
    try assertBackwardOrder(J, "J = 2·x + 1")
  }

  /// J = a·b + a·c + a: a is used three times, so it must come after a·b, a·c and J, once.
  func testThreePaths() throws {
    try assertBackwardOrder(GraphsForGrading.threePaths().J, "J = a·b + a·c + a")
  }

  /// A diamond: u = x·x and w = tanh x both use x, and L = u + w.
  func testADiamond() throws {
    let x = Value(0.5, label: "x")
    let u = x * x
    u.label = "u"
    let w = x.tanh()
    w.label = "w"
    let L = u + w
    L.label = "L"
    try assertBackwardOrder(L, "L = x·x + tanh x")
  }

  /// Seeded random graphs with many shared nodes, up to 200 operations.
  func testRandomGraphs() throws {
    for (seed, size) in [(UInt64(41), 12), (42, 60), (43, 200)] {
      let graph = GraphsForGrading.random(seed: seed, leaves: 3, operations: size)
      try assertBackwardOrder(graph.root, "a random graph of \(size) operations (seed \(seed))")
    }
  }
}
