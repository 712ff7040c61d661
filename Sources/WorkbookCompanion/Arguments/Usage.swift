/// The help text of `swift run workbook` and of each of its commands.
public enum Usage {
  /// The overview: every command in one line each.
  public static let overview = """
    Usage: swift run workbook [command]

      (no command)              every lesson's exercises, your progress, and what to do next
      check [LessonNN]          grade a lesson (default: the first with an unfinished exercise)
      hint N.M [--all]          the next hint for exercise N.M (--all: every hint it has)
      watch [LessonNN] [--once] re-check the lesson each time you save a file under Lessons/
      solution N.M [--force]    the reference answer, once your exercise N.M passes
      reset N.M | LessonNN      put back the original stub (your file is backed up first)
      restore N.M | LessonNN    list your backups and put one back
      verify-sources            for course authors: stubs, solutions, tests and READMEs agree
      help [command]            this text, or one command's (also: workbook COMMAND --help)

    Exit status: 0 when nothing is failing, 1 when an exercise fails, crashes, is stopped or
    does not compile, 2 for a command line the workbook does not understand.
    """

  /// The help of one command, or the overview for nil or an unknown name.
  /// - Parameter command: e.g. "check".
  public static func text(for command: String?) -> String {
    switch command {
    case "check":
      return """
        Usage: swift run workbook check [LessonNN] [--time-limit SECONDS]

        Builds and grades one lesson's exercises: each is passing, not attempted, failing (with
        the first failing test's message), crashed (with the crash and the line it came from),
        or stopped because a test ran too long (an endless loop?). The other exercises are
        still graded. Then says what to do next.
        Without a lesson it checks the first lesson with an unfinished exercise.
        The lesson can be written Lesson02, lesson2 or 2.
          --time-limit S   stop a test that runs longer than S seconds (default \(WorkbookRequest.defaultTimeLimit))
        """
    case "hint":
      return """
        Usage: swift run workbook hint N.M [--all]

        Prints the next hint for exercise N.M (e.g. 2.3), with where the exercise is: the
        first call gives the first hint, the next call the next one, and so on. The first
        hints point the way; the last ones say more. (What you have seen is kept in .build/.)
          --all    print every hint the exercise has, in order
        """
    case "watch":
      return """
        Usage: swift run workbook watch [LessonNN] [--once] [--time-limit SECONDS]

        Checks the lesson (default: the first with an unfinished exercise), then again each
        time a .swift file under Lessons/ is saved. It stays on that lesson: when every
        exercise passes it tells you the next lesson's command. Ctrl-C stops it; on a terminal,
        Enter checks again at once and q stops.
          --once           check once and stop (for editors or terminals where watching cannot work)
          --time-limit S   stop a test that runs longer than S seconds (default \(WorkbookRequest.defaultTimeLimit))
        """
    case "solution":
      return """
        Usage: swift run workbook solution N.M [--force] [--time-limit SECONDS]

        Once exercise N.M passes, prints where its reference answer is and shows it.
          --force          show it even though your exercise does not pass yet (try a hint first)
          --time-limit S   as for check
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
    case "restore":
      return """
        Usage: swift run workbook restore N.M [BACKUP] [--yes]
               swift run workbook restore LessonNN [BACKUP] [--yes]

        Without BACKUP, lists the backups of the lesson's Exercises.swift that reset and
        restore made (newest first, numbered), with the exercises each one has answers for;
        on a terminal it then asks which to put back. With BACKUP (a number from the list, or
        a file name from it), puts that backup back: only exercise N.M's part of it, or the
        whole file. Your current file is backed up first, so a restore can be undone too.
          --yes    do not ask
        """
    case "verify-sources":
      return """
        Usage: swift run workbook verify-sources [--write-stubs [--back-up]]

        For course authors (a learner has no need of it): checks that each lesson's stub file
        is generated from its solution file, that every exercise has a graded test class and a
        README entry, that every test class grades an exercise, and that the walkthrough's
        "Your turn" lists the exercises. A learner's edited stubs differ, as they should.
          --write-stubs    regenerate Lessons/LessonNN/Exercises.swift from Solutions/ first;
                           it refuses to overwrite an exercise whose code differs from its
                           stub (an answer, or a changed declaration)
          --back-up        with --write-stubs: back up each such file first, say where, and
                           write the stub anyway
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
