import WorkbookBasics

/// Section 12: what to do next.
let nextStepsSection = WalkthroughSection.yourTurn(
  lesson: 1, invitation: "Now write it yourself.",
  exercises: ", from predict to the normal equation.")
