import WorkbookBasics

/// The last section: what to do next.
let nextStepsSection = WalkthroughSection("Your turn") { page in
  page.paragraph(
    """
    Now build the layer yourself. Open Lessons/Lesson06/README.md, then fill in the stubs in \
    Lessons/Lesson06/Exercises.swift: the forward pass in training mode (returning what the \
    backward pass needs), the forward pass in inference mode, the running-statistics update, \
    and the backward pass. Check your work with
    """)
  page.line("    swift test --filter Lesson06")
  page.line()
  page.paragraph(
    """
    Exercises you have not started are reported as skipped, with the line to edit. When all \
    pass, compare your answers with Solutions/Lesson06/Exercises.swift.
    """)
}
