import WorkbookBasics

/// The last section: what to do next.
let nextStepsSection = WalkthroughSection.yourTurn(
  lesson: 8, invitation: "Now write the pieces of regularisation yourself.",
  exercises: [
    "8.1 · The L2 cost and its gradient",
    "8.2 · Dropout forward",
    "8.3 · Dropout backward",
    "8.4 · The early-stopping rule",
    "8.5 · k-fold indices",
  ])
