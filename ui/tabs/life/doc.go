// Package life is the Life tab, the featured "C position" channel: the
// Recommended and Following sub-feeds of post cards from life accounts, the
// "Accounts you may be interested in" row, and the feed actions (like,
// collect, follow, forward) taken right on a card.
//
// It owns the feeds' paging and selection; posts and accounts open as pages
// through navigation messages. A tap on a card opens its post, as enter
// does; the feed switches, ✎ New post and a suggestion's + Follow do what
// their keys do (mouse.go).
package life
