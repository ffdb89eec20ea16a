package cache

import "lifesim/ui/styles"

// Frame keeps the last frame a screen drew, so that a View with nothing
// changed gives it again instead of drawing it anew. Bubble Tea draws
// after every message, and most messages (a notice, another screen's
// answer, an event landing in a room) change nothing a screen shows.
//
// The screen calls Forget wherever what it shows may change: in Update
// for each message it takes, in SetSize and in any other method that
// changes its fields. Draw also draws anew when the size or the theme
// changed (key), since the root changes those from outside. A screen
// whose View reads the clock cannot keep its frame this way. The zero
// value is ready.
type Frame struct {
	key   frameKey
	text  string
	drawn bool
}

// frameKey is what may change a frame without the screen's knowing: the
// styles are changed in place when the terminal's background or colour
// profile is learnt (ui/update.go).
type frameKey struct {
	width, height   int
	styles          *styles.Styles
	dark, colorless bool
}

// Draw is the kept frame if it was drawn at this size and theme since the
// last Forget; otherwise draw(), kept.
func (f *Frame) Draw(st *styles.Styles, width, height int, draw func() string) string {
	k := frameKey{width: width, height: height, styles: st}
	if st != nil {
		k.dark, k.colorless = st.IsDark, st.Colorless
	}
	if f.drawn && f.key == k {
		return f.text
	}
	f.key, f.text, f.drawn = k, draw(), true
	return f.text
}

// Forget drops the kept frame: the next Draw draws.
func (f *Frame) Forget() { f.drawn = false }

// Strings keeps strings drawn from comparable keys (a row of a list, by
// everything the row shows), up to a few hundred: past that it starts
// again, so a screen's memory stays bounded. The zero value is ready.
type Strings[K comparable] struct {
	m map[K]string
}

// stringsCap bounds a Strings.
const stringsCap = 256

// Get is the string kept for k, or draw() kept for k.
func (c *Strings[K]) Get(k K, draw func() string) string {
	if s, ok := c.m[k]; ok {
		return s
	}
	s := draw()
	if c.m == nil || len(c.m) >= stringsCap {
		c.m = make(map[K]string)
	}
	c.m[k] = s
	return s
}

// Len is how many strings are kept.
func (c *Strings[K]) Len() int { return len(c.m) }
