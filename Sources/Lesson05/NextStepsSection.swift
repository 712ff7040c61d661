import WorkbookBasics

/// The last section: what to do next.
let nextStepsSection = WalkthroughSection.yourTurn(
  lesson: 5, invitation: "Now build the tools yourself.",
  exercises:
    ": Glorot and He initialisation, the per-layer gradient norms of a deep sigmoid network, and clipping by value and by global norm."
)
