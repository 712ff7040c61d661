import WorkbookBasics

/// The last section: what to do next.
let nextStepsSection = WalkthroughSection.yourTurn(
  lesson: 6, invitation: "Now build the layer yourself.",
  exercises:
    ": the forward pass in training mode (returning what the backward pass needs), the forward pass in inference mode, the running-statistics update, and the backward pass."
)
