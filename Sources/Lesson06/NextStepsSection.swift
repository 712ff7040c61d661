import WorkbookBasics

/// The last section: what to do next.
let nextStepsSection = WalkthroughSection.yourTurn(
  lesson: 6, invitation: "Now build the layer yourself.",
  exercises: [
    "6.1 · Forward in training mode",
    "6.2 · Forward in inference mode",
    "6.3 · Running statistics",
    "6.4 · Backward",
    "6.5 · Batch norm inside a network",
  ])
