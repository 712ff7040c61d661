import WorkbookBasics
import WorkbookReference

/// Section 3: several paths into one node add up; the backward order; an overwritten gradient,
/// and the forgotten zero-grad bug.
let pathsSection = WalkthroughSection("Several paths add up") { page in
  let (a, b, c) = (Value(2, label: "a"), Value(3, label: "b"), Value(4, label: "c"))
  let J = ValueExamples.threePaths(a, b, c)
  page.paragraph(
    """
    In J = a·b + a·c + a the input a reaches J along three paths: through a·b, through a·c, \
    and directly. A small change δ in a changes J by b·δ + c·δ + δ, so dJ/da is the sum of the \
    three paths' shares: b + c + 1. The chain rule says the same for any graph: a node's \
    gradient is the sum, over every path from it to the output, of the product of the local \
    derivatives along that path. With a = \(formatNumber(a.data, decimals: 0)), \
    b = \(formatNumber(b.data, decimals: 0)) and c = \(formatNumber(c.data, decimals: 0)):
    """)
  J.backward()
  page.table(J.graphTable(decimals: 0))
  page.line()
  let accumulated = a.grad
  let slope = numericDerivative(of: { x in x * b.data + x * c.data + x }, at: a.data)
  page.check(
    "a.grad is b + c + 1 and agrees with a centred difference",
    holds: accumulated == b.data + c.data + 1 && abs(slope - accumulated) < 1e-8,
    detail: "\(formatNumber(accumulated, decimals: 0)) and \(formatNumber(slope))")
  page.line()
  let order = J.backwardOrder()
  let names = order.map { $0.label.isEmpty ? formatNumber($0.data, decimals: 0) : $0.label }
  page.paragraph(
    """
    The table lists the nodes in the order backward() visits them, \
    \(names.joined(separator: ", ")): J first, and every node before the nodes it was \
    computed from, the reverse of a topological order. So when the pass reaches a, every node \
    that uses a has already added its share. Two slips give a wrong gradient, and neither \
    crashes.
    """)
  /// One backward pass over `visit` with the rule `combine(old grad, share)`, leaving a.grad.
  func aGradient(visiting visit: [Value], _ combine: (Double, Double) -> Double) -> Double {
    J.zeroGradients()
    J.grad = 1
    for node in visit {
      for (input, local) in zip(node.inputs, node.localDerivatives) {
        input.grad = combine(input.grad, local * node.grad)
      }
    }
    return a.grad
  }
  let overwritten = aGradient(visiting: order) { _, share in share }
  let inputsFirst = aGradient(visiting: order.reversed()) { old, share in old + share }
  page.bullets([
    "Written with = instead of +=, each path's share replaces the one before, and a keeps only "
      + "the last one visited: a.grad comes out as \(formatNumber(overwritten, decimals: 0)), not "
      + "\(formatNumber(accumulated, decimals: 0)).",
    "Visited inputs first, each node passes on its gradient before it has received it: a.grad "
      + "comes out as \(formatNumber(inputsFirst, decimals: 0)).",
  ])
  page.check(
    "with = the gradient of a is one path's share, not the sum",
    holds: overwritten != accumulated && [b.data, c.data, 1].contains(overwritten),
    detail: "\(formatNumber(overwritten, decimals: 0)) against \(formatNumber(accumulated, decimals: 0))")
  page.check(
    "visited in the wrong order, the gradient of a is wrong too", holds: inputsFirst != accumulated,
    detail: "\(formatNumber(inputsFirst, decimals: 0)) against \(formatNumber(accumulated, decimals: 0))")
  page.line()
  // The forgotten zero-grad: two steps of gradient descent on J, each on a fresh graph.
  let rate = 0.1
  /// Two steps on fresh copies of a, b, c; returns a.grad as the second step uses it.
  func secondStepGradient(clearing: Bool) -> (used: Double, fresh: Double) {
    let (a, b, c) = (Value(a.data), Value(b.data), Value(c.data))
    var previous: Value?
    for step in 1...2 {
      if clearing { previous?.zeroGradients() }
      let J = ValueExamples.threePaths(a, b, c)
      J.backward()
      previous = J
      if step == 2 { return (a.grad, b.data + c.data + 1) }
      for leaf in [a, b, c] { leaf.adjust(by: -rate * leaf.grad) }
    }
    return (.nan, .nan)
  }
  let forgotten = secondStepGradient(clearing: false)
  let cleared = secondStepGradient(clearing: true)
  page.paragraph(
    """
    The += has a cost: a leaf's gradient keeps adding up until someone clears it (backward() \
    starts the computed nodes again from 0, but not the leaves, as in PyTorch). A training \
    loop builds a fresh graph each step, calls backward() and moves the parameters. If it \
    forgets to clear their gradients first (zero_grad() in PyTorch, zeroGradients() here), \
    each step follows the sum of its own gradient and every earlier one. Two steps of gradient \
    descent on J from a = \(formatNumber(a.data, decimals: 0)), b = \(formatNumber(b.data, decimals: 0)), \
    c = \(formatNumber(c.data, decimals: 0)) at η = \(formatNumber(rate, decimals: 1)), moving all \
    three: at the second step b and c have moved too, dJ/da = b + c + 1 = \
    \(formatNumber(forgotten.fresh, decimals: 1)), and that is \
    what a.grad holds when the gradients are cleared (\(formatNumber(cleared.used, decimals: 1))); \
    without clearing it holds \(formatNumber(forgotten.used, decimals: 1)), the first step's \
    \(formatNumber(accumulated, decimals: 0)) added on.
    """)
  page.check(
    "without clearing, the second step's a.grad is the sum of both steps' gradients",
    holds: abs(forgotten.used - (accumulated + forgotten.fresh)) < 1e-12 && abs(cleared.used - cleared.fresh) < 1e-12,
    detail: "\(formatNumber(forgotten.used, decimals: 1)) = \(formatNumber(accumulated, decimals: 0)) + "
      + formatNumber(forgotten.fresh, decimals: 1))
  page.line()
}
