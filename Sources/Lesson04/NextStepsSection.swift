import WorkbookBasics

/// Section 7: what to do next.
let nextStepsSection = WalkthroughSection.yourTurn(
  lesson: 4, invitation: "Now build it yourself.",
  exercises:
    ": a dense layer's forward pass, the three activation derivatives, the whole backward pass of the notes' two-layer network, and a training loop that solves XOR."
)
