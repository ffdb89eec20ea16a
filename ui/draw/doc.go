// Package draw holds the drawing helpers every screen uses: safe text that
// fits a width (Line, Block, Fit, Spread), list rows of styled spans, the
// scrolling viewport, the page frame (header, loading and error states) and
// the counters of text limits. It draws; it never does I/O or sends
// messages.
package draw
