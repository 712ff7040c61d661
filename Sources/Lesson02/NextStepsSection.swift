import WorkbookBasics

/// Section 11: what to do next.
let nextStepsSection = WalkthroughSection.yourTurn(
  lesson: 2, invitation: "Now build it yourself.",
  exercises: ": sigmoid, a stable cross-entropy, dz, propagate, optimize and predict.")
