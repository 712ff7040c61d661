import WorkbookBasics

/// Section 11: what to do next.
let nextStepsSection = WalkthroughSection("Your turn") { page in
  page.paragraph(
    """
    Now build it yourself. Open Lessons/Lesson02/README.md, then fill in the stubs in \
    Lessons/Lesson02/Exercises.swift: sigmoid, a stable cross-entropy, dz, propagate, optimize \
    and predict. Check your work with
    """)
  page.line("    swift test --filter Lesson02")
  page.line()
  page.paragraph(
    """
    Exercises you have not started are reported as skipped, with the line to edit. When all \
    pass, compare your answers with Solutions/Lesson02/Exercises.swift.
    """)
}
