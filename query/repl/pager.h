// Pager: a long result through $PAGER (default `less -FRX`), as psql does
// at a terminal.
//
// Only the shell's interactive output on a TTY is paged (Shell decides);
// this runs the pager. It must never lose a result: when the pager cannot
// be started or fails, the caller prints the text itself.
#pragma once

#include <string>

namespace kg::repl {

// $PAGER when set and not blank, else "less -FRX" (-F: quits when the text
// fits the screen, -R: keeps colours, -X: leaves the text on the screen).
std::string PagerCommand();

// Writes `text` to `command` run by the shell (popen) and waits for it;
// false when it could not be started or exited with a failure (then
// nothing, or not all, was shown).
bool Page(const std::string& text, const std::string& command);

}  // namespace kg::repl
