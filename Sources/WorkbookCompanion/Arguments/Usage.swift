/// The help text of `swift run workbook` and of each of its commands.
public enum Usage {
  /// The overview: every command in one line each.
  public static let overview = """
    Usage: swift run workbook [command]

      (no command)              every lesson's exercises, your progress, and what to do next
      check [LessonNN]          grade a lesson (default: the first with an unfinished exercise)
      hint N.M [--all]          the hint for exercise N.M (--all: every hint it has)
      watch [LessonNN] [--once] re-check the lesson each time you save a file under Lessons/
      solution N.M [--force]    the reference answer, once your exercise N.M passes
      reset N.M | LessonNN      put back the original stub (your file is backed up first)
      verify-sources            for course authors: stubs, solutions, tests and READMEs agree
      help [command]            this text, or one command's (also: workbook COMMAND --help)

    Exit status: 0 when nothing is failing, 1 when an exercise fails, crashes or does not
    compile, 2 for a command line the workbook does not understand.
    """

  /// The help of one command, or the overview for nil or an unknown name.
  /// - Parameter command: e.g. "check".
  public static func text(for command: String?) -> String {
    switch command {
    case "check":
      return """
        Usage: swift run workbook check [LessonNN]

        Builds and grades one lesson's exercises: each is passing, not attempted, failing (with
        the first failing test's message), or crashed (with the crash and the line it came
        from; the other exercises are still graded). Then says what to do next.
        Without a lesson it checks the first lesson with an unfinished exercise.
        The lesson can be written Lesson02, lesson2 or 2.
        """
    case "hint":
      return """
        Usage: swift run workbook hint N.M [--all]

        Prints the first hint for exercise N.M (e.g. 2.3), with where the exercise is.
          --all    print every hint the exercise has, in order
        """
    case "watch":
      return """
        Usage: swift run workbook watch [LessonNN] [--once]

        Checks the lesson (default: the first with an unfinished exercise), then again each
        time a .swift file under Lessons/ is saved. It stays on that lesson: when every
        exercise passes it tells you the next lesson's command. Ctrl-C stops it; on a terminal,
        Enter checks again at once and q stops.
          --once   check once and stop (for editors or terminals where watching cannot work)
        """
    case "solution":
      return """
        Usage: swift run workbook solution N.M [--force]

        Once exercise N.M passes, prints where its reference answer is and shows it.
          --force  show it even though your exercise does not pass yet (try a hint first)
        """
    case "reset":
      return """
        Usage: swift run workbook reset N.M [--yes]
               swift run workbook reset LessonNN [--yes]

        Puts back the original stub of one exercise (only its part of the file) or of a whole
        lesson's Exercises.swift. Your current file is first copied to a backup with the date
        and time in its name, in a .backups folder beside it, and the workbook says where.
        On a terminal it asks before changing anything.
          --yes    do not ask
        """
    case "verify-sources":
      return """
        Usage: swift run workbook verify-sources [--write-stubs]

        For course authors: checks that each lesson's stub file is generated from its solution
        file, that every exercise has a graded test class and a README entry, that every test
        class grades an exercise, and that the walkthrough's "Your turn" lists the exercises.
        (A learner's edited stubs differ on purpose.)
          --write-stubs    regenerate Lessons/LessonNN/Exercises.swift from Solutions/ first
        """
    case "help":
      return """
        Usage: swift run workbook help [command]

        Prints the overview, or the help of one command.
        """
    default:
      return overview
    }
  }
}
