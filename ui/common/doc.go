// Package common is what every lifesim screen shares: the Screen contract the
// root drives, the Env of immutable dependencies handed down at construction,
// the messages screens use to talk to the root (navigation, status, state
// refresh), the public key map of DESIGN §3, and safe text helpers.
//
// Screens never reach into each other or into the root: they return commands
// whose messages the root routes.
package common
