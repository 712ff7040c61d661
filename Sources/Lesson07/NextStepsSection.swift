import WorkbookBasics

/// The last section: what to do next.
let nextStepsSection = WalkthroughSection.yourTurn(
  lesson: 7, invitation: "Now write the update rules yourself.",
  exercises: [
    "7.1 · Momentum",
    "7.2 · RMSprop",
    "7.3 · Adam with bias correction",
    "7.4 · A learning rate that decays in stairs",
  ])
