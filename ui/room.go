package ui

// A room (`lifesim serve`) runs one App per participant in one process.
// The server ends a session from outside, for idleness, shutdown or a
// dropped connection, with StopMsg: the app leaves as if the persona had
// quit, so the open pages and app_stop are recorded, then the program
// ends.

// StopMsg asks the app to end the session the way quitting does, with
// Detail on its app_stop event ("idle", "shutdown", "disconnect").
type StopMsg struct{ Detail string }
