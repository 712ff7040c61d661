/// Backpropagation on a graph of Values: the order to visit its nodes, the chain rule, and
/// clearing the gradients.
extension Value {
  /// Every value this one depends on, itself included, each once, with each node before
  /// every node it was computed from: the output first, the leaves last. This is the reverse
  /// of a topological order, the order in which the chain rule can run.
  ///
  /// A depth-first search that lists a node once all its inputs are listed gives a
  /// topological order (inputs first); reversed, it starts at the output. The search keeps
  /// its own stack, so a chain of 100 000 values needs no deep recursion.
  public func backwardOrder() -> [Value] {
    var visited = Set<ObjectIdentifier>()
    var inputsFirst = [Value]()
    // Each entry is a node and whether its inputs have been pushed already.
    var stack: [(node: Value, expanded: Bool)] = [(self, false)]
    while let (node, expanded) = stack.popLast() {
      if expanded {
        inputsFirst.append(node)
        continue
      }
      guard visited.insert(ObjectIdentifier(node)).inserted else { continue }
      stack.append((node, true))
      for input in node.inputs.reversed() where !visited.contains(ObjectIdentifier(input)) {
        stack.append((input, false))
      }
    }
    return inputsFirst.reversed()
  }

  /// Fills in `grad` for every value this one depends on: ∂(this)/∂(value).
  ///
  /// ```
  /// self.grad = 1
  /// for node in backwardOrder():  for (input, d) in zip(node.inputs, node.localDerivatives):
  ///     input.grad += d × node.grad
  /// ```
  /// The computed nodes start again from 0 at every call, but the leaves keep adding, as
  /// PyTorch's leaf tensors do from one training step to the next: a step that forgets to
  /// clear them (the forgotten zero-grad bug) follows the sum of this step's gradient and all
  /// the earlier ones.
  public func backward() {
    let order = backwardOrder()
    for node in order where !node.isLeaf { node.grad = 0 }
    grad += 1
    for node in order {
      for (input, local) in zip(node.inputs, node.localDerivatives) {
        input.grad += local * node.grad
      }
    }
  }

  /// Sets `grad` to 0 on this value and every value it depends on, leaves included: what a
  /// training step does before each `backward()`.
  public func zeroGradients() {
    for node in backwardOrder() { node.grad = 0 }
  }
}
