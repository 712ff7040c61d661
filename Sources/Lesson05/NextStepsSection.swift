import WorkbookBasics

/// The last section: what to do next.
let nextStepsSection = WalkthroughSection.yourTurn(
  lesson: 5, invitation: "Now build the tools yourself.",
  exercises: [
    "5.1 · Glorot initialisation",
    "5.2 · He initialisation",
    "5.3 · Per-layer gradient norms",
    "5.4 · Clip by value",
    "5.5 · Clip by global norm",
    "5.6 · LeCun initialisation",
    "5.7 · Activation spread per layer",
  ])
