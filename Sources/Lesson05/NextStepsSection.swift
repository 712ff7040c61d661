import WorkbookBasics

/// The last section: what to do next.
let nextStepsSection = WalkthroughSection("Your turn") { page in
  page.paragraph(
    """
    Now build the tools yourself. Open Lessons/Lesson05/README.md, then fill in the stubs in \
    Lessons/Lesson05/Exercises.swift: Glorot and He initialisation, the per-layer gradient \
    norms of a deep sigmoid network, and clipping by value and by global norm. Check your \
    work with
    """)
  page.line("    swift test --filter Lesson05")
  page.line()
  page.paragraph(
    """
    Exercises you have not started are reported as skipped, with the line to edit. When all \
    pass, compare your answers with Solutions/Lesson05/Exercises.swift.
    """)
}
