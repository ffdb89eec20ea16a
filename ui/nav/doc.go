// Package nav holds the navigation messages: one typed open message for
// every page, plus back, tab and persona switches. A screen never builds
// another screen; it returns one of these (with screen.Send) and the root's
// router builds the page. That keeps screen packages from importing each
// other, so any screen can open any page.
package nav
