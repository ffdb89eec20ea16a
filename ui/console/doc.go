// Package console is the researcher's live view of a room served over SSH
// (`lifesim serve`), drawn in the terminal that runs the server: who is
// connected, their experiment arms and the screen each is on, and the
// room's chain funnel by variant, updating as events land. When that
// terminal is not a terminal (a log file, a service manager), it writes
// plain log lines instead.
package console
