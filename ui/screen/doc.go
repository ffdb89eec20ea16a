// Package screen is the contract between the root model and every tab and
// page: the Screen interface and its optional extensions (Focuser, Leaver,
// BackTaker, MiniProgramHolder), the Env of immutable dependencies handed
// down at construction, the Owner tag that keeps broadcast answers with the
// screen that asked, and the messages a screen sends the root (notices,
// fresh state, action results).
//
// Screens never reach into each other or into the root, and never import
// each other: to open a page they send a ui/nav message, and to act they
// run a ui/actions command.
package screen
