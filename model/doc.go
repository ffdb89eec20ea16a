// Package model holds lifesim's domain: the world (merchants, mini programs,
// life accounts, posts, coupons, groups, personas), a persona's state, and the
// pure rules over them — search normalisation, recents bump-and-trim,
// distance, pricing with coupons, text cleaning.
//
// It does no I/O and imports nothing of lifesim's own, so every rule here can
// be table-tested on its own and reused by the store, the fixtures loader and
// the UI alike.
//
// Each rule has one home, so the app and the simulator (package sim) cannot
// drift apart: every event kind and source in eventkinds.go; what each
// experiment's arms mean, as questions on Assignment, in arms.go; when the
// follow pop-up and the collection guidance show in prompt.go; and what a
// persona has collected, followed, liked, joined or claimed, as questions on
// UserState, in state_queries.go.
package model
