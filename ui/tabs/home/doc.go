// Package home is the Home tab: the search box that leads new users to
// Search, the "My Mini Programs" grid (favourites first, then recently used)
// that gives returning users one-keystroke access, and the public-domain
// exposure slots (the smart service card and centralised channels such as
// Car Owner Services and Citizen Center) that lead to mini programs.
//
// It owns only its selection and the records it has loaded; the persona's
// state arrives as screen.StateMsg and store reads run in commands.go. A
// tap on the search box, a tile or a channel does what enter does there
// (mouse.go).
package home
