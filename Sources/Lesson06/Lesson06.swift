import WorkbookBasics

/// `swift run Lesson06`: the printed walkthrough of Lesson 6, batch normalisation.
@main
struct Lesson06 {
  static func main() {
    Walkthrough(
      lesson: 6, title: "Batch normalisation",
      sections: [
        fourStepsSection,
        runningStatisticsSection,
        backwardSection,
        benefitsSection,
        nextStepsSection,
      ]
    ).runAndExit()
  }
}
