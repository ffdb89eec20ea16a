// Package actions is every store-backed command a screen runs: the actions
// a user takes from more than one screen (collect, follow, like, comment,
// forward, join, claim…), the event records that change no state, and the
// state reload. Each runs its store write in a tea.Cmd and answers with a
// screen.ActionMsg once the write has committed, so an action reads and
// behaves the same wherever it is done.
package actions
