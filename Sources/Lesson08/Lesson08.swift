import WorkbookBasics

/// `swift run Lesson08`: the printed walkthrough of Lesson 8, generalisation and
/// regularisation.
@main
struct Lesson08 {
  static func main() {
    Walkthrough(
      lesson: 8, title: "Generalisation and regularisation",
      sections: [
        processSection,
        fittingSection,
        dropoutSection,
        overfittingSection,
        regularisersSection,
        crossValidationSection,
        nextStepsSection,
      ]
    ).runAndExit()
  }
}
