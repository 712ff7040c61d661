import WorkbookBasics

/// The last section: what to do next.
let nextStepsSection = WalkthroughSection.yourTurn(
  lesson: 9, invitation: "Now write the capstone's own pieces.",
  exercises: [
    "9.1 · The training loop",
    "9.2 · Precision and recall",
    "9.3 · The convolution's patch matrix",
  ])
