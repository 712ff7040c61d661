import WorkbookBasics
@main struct Lesson01 { static func main() { Walkthrough(lesson: 1, title: "x", sections: []).runAndExit() } }
