import WorkbookBasics

/// Section 11: what to do next.
let nextStepsSection = WalkthroughSection.yourTurn(
  lesson: 2, invitation: "Now build it yourself.",
  exercises: [
    "2.1 · Sigmoid",
    "2.2 · Stable binary cross-entropy",
    "2.3 · dz = a − y",
    "2.4 · Propagate",
    "2.5 · Optimize",
    "2.6 · Predict",
  ])
