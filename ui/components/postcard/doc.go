// Package postcard draws a Life post as a feed card, and the small pieces of
// a post that several screens share: the account kind badge, the post kind
// marker (image-text, ▶ video with its duration, LIVE with viewers), the
// marketing component chips and the ♥ 💬 ★ ↗ counts bar.
//
// It is a leaf package: plain values and functions rendering strings, no
// commands and no store access.
package postcard
