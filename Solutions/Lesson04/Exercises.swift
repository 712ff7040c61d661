// Lesson 4 · XOR with a multilayer perceptron — exercises (work in progress).

import Foundation
import WorkbookBasics
