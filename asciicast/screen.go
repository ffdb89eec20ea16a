package asciicast

import "strings"

// Control sequences Screen uses.
const (
	cursorHome = "\x1b[H"
	eraseLine  = "\x1b[2K" // the whole line the cursor is on
	eraseBelow = "\x1b[J"  // from the cursor to the end of the screen
)

// Screen is what draws content, a whole frame (a model's View: lines
// joined by \n, each at most the terminal's width), on a terminal from its
// top-left corner, leaving nothing of the frame before: a headless
// recording writes one per frame.
//
// Each line is erased before it is drawn, not after: a line as wide as
// the terminal leaves the cursor on its last cell, and erasing to the end
// of the line from there would erase that cell too. For the same reason
// the rest of the screen is erased from the start of the last line,
// before that line is drawn. No \r\n follows the last line, so a frame as
// tall as the terminal does not scroll it.
func Screen(content string) string {
	lines := strings.Split(content, "\n")
	var b strings.Builder
	b.Grow(len(content) + len(lines)*(len(eraseLine)+2) + len(cursorHome) + len(eraseBelow))
	b.WriteString(cursorHome)
	last := len(lines) - 1
	for _, line := range lines[:last] {
		b.WriteString(eraseLine)
		b.WriteString(strings.TrimSuffix(line, "\r"))
		b.WriteString("\r\n")
	}
	b.WriteString(eraseBelow)
	b.WriteString(lines[last])
	return b.String()
}
