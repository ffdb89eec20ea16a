// Package serve is `lifesim serve`: the app over SSH for a room, with
// Charm's wish. One process holds the store for the whole room; each SSH
// session runs its own ui.App as the persona named by the SSH user (made
// from the new-user template the first time), on the room's one simulated
// clock. The room (room.go) admits and lists the participants and ends
// their sessions from outside (idle, shutdown); admin keys run the
// read-only commands (events, funnel, state) over SSH, soft-serve's
// pattern. The researcher's console is ui/console, fed by the room.
package serve
