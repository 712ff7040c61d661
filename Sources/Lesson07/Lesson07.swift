import WorkbookBasics

/// `swift run Lesson07`: the printed walkthrough of Lesson 7, optimizers and learning-rate
/// schedules.
@main
struct Lesson07 {
  static func main() {
    Walkthrough(
      lesson: 7, title: "Optimizers and learning-rate schedules",
      sections: [
        threeWaysSection,
        bowlSection,
        trajectoriesSection,
        adaGradSection,
        starTableSection,
        schedulesSection,
        rangeTestSection,
        nextStepsSection,
      ]
    ).runAndExit()
  }
}
