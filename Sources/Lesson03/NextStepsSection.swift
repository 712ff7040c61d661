import WorkbookBasics

/// Section 11: what to do next.
let nextStepsSection = WalkthroughSection.yourTurn(
  lesson: 3, invitation: "Now build it yourself.",
  exercises:
    ": one-hot encoding, a stable softmax, the cross-entropy from logits, its gradient p̂ − y, a full forward and backward pass of softmax regression, argmax prediction, and the multi-label loss and predictions."
)
