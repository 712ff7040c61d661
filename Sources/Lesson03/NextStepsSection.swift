import WorkbookBasics

/// Section 11: what to do next.
let nextStepsSection = WalkthroughSection("Your turn") { page in
  page.paragraph(
    """
    Now build it yourself. Open Lessons/Lesson03/README.md, then fill in the stubs in \
    Lessons/Lesson03/Exercises.swift: one-hot encoding, a stable softmax, the cross-entropy \
    from logits, its gradient p̂ − y, a full forward and backward pass of softmax regression, \
    argmax prediction, and the multi-label loss and predictions. Check your work with
    """)
  page.line("    swift test --filter Lesson03")
  page.line()
  page.paragraph(
    """
    Exercises you have not started are reported as skipped, with the line to edit. When all \
    pass, compare your answers with Solutions/Lesson03/Exercises.swift.
    """)
}
