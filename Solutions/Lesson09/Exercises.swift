// Lesson 9 placeholder
import WorkbookBasics
