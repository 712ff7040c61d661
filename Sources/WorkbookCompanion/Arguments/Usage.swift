/// The help text of `swift run workbook` and of each of its commands (every line fits 80
/// columns).
public enum Usage {
  /// The overview: every command in one line each.
  public static let overview = """
    Usage: swift run workbook [command]

      (no command)          every lesson's exercises, your progress, what to do next
      check [LessonNN]      grade a lesson (default: the first one not finished)
      hint N.M [--all]      the next hint for exercise N.M (--all: every hint)
      watch [LessonNN]      check the lesson again each time you save a file
      solution N.M          the reference answer, once your exercise N.M passes
      reset N.M | LessonNN  put back the original stub (after backing up your file)
      restore N.M|LessonNN  list your backups and put one back
      verify-sources        for course authors: stubs, solutions, tests all agree
      help [command]        this text, or one command's (also: COMMAND --help)

    Exit status: 0 when nothing is failing; 1 when an exercise fails, crashes, is
    stopped or does not compile; 2 for a command line the workbook does not follow.
    """

  /// The help of one command, or the overview for nil or an unknown name.
  /// - Parameter command: e.g. "check".
  public static func text(for command: String?) -> String {
    let limit = WorkbookRequest.defaultTimeLimit
    switch command {
    case "check":
      return """
        Usage: swift run workbook check [LessonNN] [--time-limit SECONDS]

        Builds and grades one lesson's exercises. Each one is passing, not attempted,
        failing (with the first failing test's message), crashed (with the crash and
        the line it came from), or stopped because a test ran too long (an endless
        loop?); the other exercises are graded all the same. Then it says what to do
        next. Without a lesson it checks the first lesson that is not finished.
        The lesson can be written Lesson02, lesson2 or 2.
          --time-limit S   stop a test that runs longer than S seconds (default \(limit))
        """
    case "hint":
      return """
        Usage: swift run workbook hint N.M [--all]

        Prints the next hint for exercise N.M (e.g. 2.3) and where the exercise is.
        The first call gives the first hint, the next call the next one, and so on:
        the first hints point the way, the last ones say more. (The hints you have
        seen are kept in .build/, never in Lessons/.)
          --all    print every hint the exercise has, in order
        """
    case "watch":
      return """
        Usage: swift run workbook watch [LessonNN] [--once] [--time-limit SECONDS]

        Checks the lesson (default: the first that is not finished), then again each
        time a .swift file under Lessons/ is saved. It stays on that lesson: when
        every exercise passes it tells you the next lesson's command. Ctrl-C stops
        it; on a terminal, Enter checks again at once and q stops.
          --once           check once and stop (where watching cannot work)
          --time-limit S   stop a test that runs longer than S seconds (default \(limit))
        """
    case "solution":
      return """
        Usage: swift run workbook solution N.M [--force] [--time-limit SECONDS]

        Once exercise N.M passes, prints where its reference answer is and shows it.
          --force          show it before yours passes (try a hint first)
          --time-limit S   as for check
        """
    case "reset":
      return """
        Usage: swift run workbook reset N.M [--yes]
               swift run workbook reset LessonNN [--yes]

        Puts back the original stub of one exercise (only its part of the file) or
        of a lesson's whole Exercises.swift. Your current file is first copied to a
        backup with the date and time in its name, in a .backups folder beside it,
        and the workbook says where (restore puts it back). On a terminal it asks
        before changing anything.
          --yes    do not ask
        """
    case "restore":
      return """
        Usage: swift run workbook restore N.M [BACKUP] [--yes]
               swift run workbook restore LessonNN [BACKUP] [--yes]

        Without BACKUP, lists the backups of the lesson's Exercises.swift (newest
        first, numbered) with the exercises each one has answers for, and on a
        terminal asks which one to put back. With BACKUP (a number from the list, or
        a file name in it), puts that backup back: only exercise N.M's part of it, or
        the whole file. Your current file is backed up first, so a restore can be
        undone too.
          --yes    do not ask
        """
    case "verify-sources":
      return """
        Usage: swift run workbook verify-sources [--write-stubs [--back-up]]

        For course authors; a learner has no need of it. Checks that each lesson's
        stub file is generated from its solution file, that every exercise has a
        graded test class and a README entry, that every test class grades an
        exercise, and that the walkthrough's "Your turn" lists the exercises.
          --write-stubs   first write each stub generated from Solutions/ over
                          Lessons/LessonNN/Exercises.swift, after a backup; it
                          refuses where an exercise's code differs from its stub
                          (an answer, or a declaration the solution changed)
          --back-up       with --write-stubs: write those files too, after a backup
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
