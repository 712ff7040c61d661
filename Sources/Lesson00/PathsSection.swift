import WorkbookBasics
import WorkbookReference

/// Section 3: several paths into one node add up; an overwritten gradient, and the forgotten
/// zero-grad bug.
let pathsSection = WalkthroughSection("Several paths add up") { page in
  let (a, b, c) = (Value(2, label: "a"), Value(3, label: "b"), Value(4, label: "c"))
  let J = ValueExamples.threePaths(a, b, c)
  page.paragraph(
    """
    In J = a·b + a·c + a the input a reaches J along three paths: through a·b, through a·c, \
    and directly. A small change δ in a changes J by b·δ + c·δ + δ, so dJ/da is the sum of the \
    three paths' shares: b + c + 1. The chain rule says the same for any graph: a node's \
    gradient is the sum over every path from it to the output. With a = \
    \(formatNumber(a.data, decimals: 0)), b = \(formatNumber(b.data, decimals: 0)) and \
    c = \(formatNumber(c.data, decimals: 0)):
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
  // The same graph with `=` in place of `+=`: each path's share replaces the one before.
  J.zeroGradients()
  J.grad = 1
  for node in J.backwardOrder() {
    for (input, local) in zip(node.inputs, node.localDerivatives) { input.grad = local * node.grad }
  }
  let overwritten = a.grad
  page.paragraph(
    """
    That is why backward() adds with +=. Written with = instead, each path's share replaces \
    the one before, and a keeps only the last path visited: a.grad comes out as \
    \(formatNumber(overwritten, decimals: 0)), not \(formatNumber(accumulated, decimals: 0)). \
    Nothing crashes; the gradient is just wrong, which only a gradient check would show.
    """)
  page.check(
    "with = the gradient of a is one path's share, not the sum",
    holds: overwritten != accumulated && [b.data, c.data, 1].contains(overwritten),
    detail: "\(formatNumber(overwritten, decimals: 0)) against \(formatNumber(accumulated, decimals: 0))")
  page.line()
  // The forgotten zero-grad: backward twice on the same graph.
  J.zeroGradients()
  J.backward()
  J.backward()
  let twice = a.grad
  J.zeroGradients()
  J.backward()
  let cleared = a.grad
  page.paragraph(
    """
    The += has a cost: gradients keep adding until someone clears them. A training loop \
    computes the loss, calls backward() and updates the parameters, once per step. If it \
    forgets to set the gradients back to 0 first (zero_grad() in PyTorch, zeroGradients() \
    here), each step adds to the last one's gradient. Two backward() calls in a row leave \
    a.grad = \(formatNumber(twice, decimals: 0)); with zeroGradients() in between it is \
    \(formatNumber(cleared, decimals: 0)) again.
    """)
  page.check(
    "a second backward() without zeroGradients() doubles a.grad", holds: twice == 2 * cleared,
    detail: "\(formatNumber(twice, decimals: 0)) = 2 × \(formatNumber(cleared, decimals: 0))")
  page.line()
}
