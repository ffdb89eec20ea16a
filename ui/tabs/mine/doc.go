// Package mine is the My Mini Programs tab: the persona's Favourites
// (collected mini programs, in the persona's order, reorderable and
// removable) and Recently used (newest first, with how long ago). Opening
// a mini program from here is a revisit (Alipay scene 1002).
//
// Both sections are one scrolling list; ↑↓ move through it and ←→ jump
// between the sections. The persona's state arrives as screen.StateMsg;
// store reads and writes run in commands.go. A tap on a row opens it, as
// enter does; on the coupons, Orders or Collected it opens that page
// (mouse.go).
package mine
