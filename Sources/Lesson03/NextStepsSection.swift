import WorkbookBasics

/// Section 11: what to do next.
let nextStepsSection = WalkthroughSection.yourTurn(
  lesson: 3, invitation: "Now build it yourself.",
  exercises: [
    "3.1 · One-hot encoding",
    "3.2 · Stable softmax",
    "3.3 · Cross-entropy from logits",
    "3.4 · dz = p̂ − y",
    "3.5 · Propagate",
    "3.6 · Predict the class",
    "3.7 · Multi-label cross-entropy",
    "3.8 · Multi-label predictions",
  ])
