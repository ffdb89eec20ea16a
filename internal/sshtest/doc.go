// Package sshtest drives the real OpenSSH client (`ssh`) against a server
// started by a test, the way a participant in a room uses `lifesim serve`:
// a client key made for the test, `ssh -tt` in a pseudo-terminal whose
// output is read by a terminal emulator, so a test waits for text on the
// screen the participant would see, not for bytes on the wire (Bubble
// Tea's renderer draws only what changed, so a word is rarely whole in the
// stream).
//
// Tests that need `ssh` call SSH first: it skips the test, with the reason,
// where the client is not installed (.ci/run installs it).
package sshtest
