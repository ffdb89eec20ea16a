// Package asciicast writes and reads terminal recordings in asciinema's
// asciicast v2 format (https://docs.asciinema.org/manual/asciicast/v2/):
// newline-delimited JSON, a header object on the first line, then one
// [time, type, data] event per line, time in seconds since the start.
//
// `lifesim demo --record` writes one: in a terminal, the bytes the
// terminal received with their real timing (Writer.Live); headless, one
// whole frame per change in virtual time (Screen). Read and
// Recording.Screens replay a file through a terminal emulator, so a test
// can assert what a viewer of the recording sees, not the bytes that
// drew it.
package asciicast
