import WorkbookBasics

/// Section 7: what to do next.
let nextStepsSection = WalkthroughSection("Your turn") { page in
  page.paragraph(
    """
    Now build it yourself. Open Lessons/Lesson04/README.md, then fill in the stubs in \
    Lessons/Lesson04/Exercises.swift: a dense layer's forward pass, the three activation \
    derivatives, the whole backward pass of the notes' two-layer network, and a training \
    loop that solves XOR. Check your work with
    """)
  page.line("    swift test --filter Lesson04")
  page.line()
  page.paragraph(
    """
    Exercises you have not started are reported as skipped, with the line to edit. When all \
    pass, compare your answers with Solutions/Lesson04/Exercises.swift.
    """)
}
