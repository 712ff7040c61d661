import WorkbookBasics

/// Section 12: what to do next.
let nextStepsSection = WalkthroughSection.yourTurn(
  lesson: 1, invitation: "Now write it yourself.",
  exercises: [
    "1.1 · Predict",
    "1.2 · Mean squared error",
    "1.3 · Gradients",
    "1.4 · One training step",
    "1.5 · Mini-batch training loop",
    "1.6 · Root mean squared error",
    "1.7 · The normal equation",
    "1.8 · Standardise with the training rows",
  ])
