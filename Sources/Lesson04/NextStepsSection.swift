import WorkbookBasics

/// Section 7: what to do next.
let nextStepsSection = WalkthroughSection.yourTurn(
  lesson: 4, invitation: "Now build it yourself.",
  exercises: [
    "4.1 · Dense forward",
    "4.2 · Activation derivatives",
    "4.3 · The backward pass",
    "4.4 · Train XOR",
  ])
