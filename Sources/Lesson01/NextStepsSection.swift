import WorkbookBasics

/// Section 12: what to do next.
let nextStepsSection = WalkthroughSection("Your turn") { page in
  page.paragraph(
    """
    Now write it yourself. Open Lessons/Lesson01/README.md, then fill in the stubs in \
    Lessons/Lesson01/Exercises.swift, from predict to the normal equation. Check your work with
    """)
  page.line("    swift test --filter Lesson01")
  page.line()
  page.paragraph(
    """
    Exercises you have not started are reported as skipped, with the line to edit. When all \
    pass, compare your answers with Solutions/Lesson01/Exercises.swift.
    """)
}
