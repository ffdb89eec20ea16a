package screen

import "lifesim/model"

// FullScreener is a page Alipay shows full-screen: a mini program and the
// pages of its order flow (confirm, payment result). While one is in
// front the root draws no tab bar; instead it draws the mini program's nav
// line (its icon and name, and the capsule ( ☆ │ ⋯ ◎ ) whose star shows
// whether it is collected) and ignores the tab keys and "/", so a stray
// key cannot leave an order half done. esc goes back one page; the
// capsule's key (keys.CloseMiniProgram) closes the whole mini program.
type FullScreener interface {
	// FullScreen is the mini program the page belongs to: its ID always,
	// its Name and Icon once known (empty while the page loads).
	FullScreen() model.MiniProgram
}
