// What the shell needs to know about the terminal it talks to.
#pragma once

#include <cstddef>

namespace kg::repl {

// Columns of the terminal on `fd`, or 0 when `fd` is not a terminal (then
// nothing is truncated to fit).
size_t TerminalColumns(int fd);

// Rows of the terminal on `fd`, or 0 when `fd` is not a terminal.
size_t TerminalRows(int fd);

// Colours only on a terminal, and never when NO_COLOR is set (no-color.org).
bool ColorWanted(int fd);

}  // namespace kg::repl
