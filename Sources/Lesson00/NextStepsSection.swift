import WorkbookBasics

/// The last section: what to do next.
let nextStepsSection = WalkthroughSection.yourTurn(
  lesson: 0, invitation: "Now build the pieces of automatic differentiation yourself.",
  exercises: [
    "0.1 · A centred difference",
    "0.2 · A small graph by hand",
    "0.3 · Local derivatives",
    "0.4 · The order of the backward pass",
    "0.5 · Backpropagation",
  ])
