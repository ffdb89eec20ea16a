// Package model holds lifesim's domain: the world (merchants, mini programs,
// life accounts, posts, coupons, groups, personas), a persona's state, and the
// pure rules over them — search normalisation, recents bump-and-trim,
// distance, pricing with coupons, text cleaning.
//
// It does no I/O and imports nothing of lifesim's own, so every rule here can
// be table-tested on its own and reused by the store, the fixtures loader and
// the UI alike.
package model
