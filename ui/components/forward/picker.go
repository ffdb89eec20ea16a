package forward

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/draw"
	"lifesim/ui/hit"
	"lifesim/ui/keys"
	"lifesim/ui/styles"
)

// targets are the simulated places a post can be forwarded to.
var targets = [...]string{"Mom", "Work group", "Roommates", "Moments"}

// targetIcons go with targets, index for index.
var targetIcons = [...]string{"👩", "💼", "🏠", "🌅"}

// Targets returns the forward destinations in display order.
func Targets() []string { return append([]string(nil), targets[:]...) }

// Picker is the open (or closed) forward picker.
type Picker struct {
	Styles *styles.Styles
	open   bool
	index  int
}

// Open shows the picker with the first target selected.
func (p *Picker) Open() { p.open, p.index = true, 0 }

// Close hides the picker.
func (p *Picker) Close() { p.open = false }

// IsOpen reports whether the picker is showing.
func (p *Picker) IsOpen() bool { return p.open }

// Move changes the selection by delta, clamped to the list.
func (p *Picker) Move(delta int) { p.index = draw.Clamp(p.index+delta, len(targets)) }

// Choice is the selected target.
func (p *Picker) Choice() string { return targets[p.index] }

// Height is how many lines Render draws.
func (p *Picker) Height() int { return len(targets) + 1 }

// Render draws the picker: a heading and one line per target, the selected
// one highlighted with the cursor.
func (p *Picker) Render(width int) string {
	st := p.Styles
	lines := []string{st.Section.Render(draw.Line("Forward to…", width))}
	for i, t := range targets {
		row := targetIcons[i] + " " + t
		if i == p.index {
			lines = append(lines, st.Selected.Render(draw.Fit(st.Cursor.Render("› ")+row, width, 1)))
			continue
		}
		lines = append(lines, draw.Fit("  "+row, width, 1))
	}
	return strings.Join(lines, "\n")
}

// Record records where Render, drawn width wide from row top of a View,
// shows each target: target i is hit.Item(i), above the page under it
// (hit.ZPopup), so a click on it picks it (Pick).
func (p *Picker) Record(r *hit.Regions, top, width int) {
	for i := range targets {
		r.Add(hit.Item(i), 0, top+1+i, width, 1, hit.ZPopup)
	}
}

// Pick selects target i, closes the picker and returns the target, as
// enter on it does; ok is false, and nothing changes, when there is no
// target i.
func (p *Picker) Pick(i int) (target string, ok bool) {
	if i < 0 || i >= len(targets) {
		return "", false
	}
	p.index = i
	p.Close()
	return p.Choice(), true
}

// HandleKey applies a key press to the open picker: ↑↓ move, esc closes,
// enter closes and returns the chosen target (ok true). The screen then
// forwards the post to it.
func (p *Picker) HandleKey(msg tea.KeyPressMsg, k *keys.Map) (target string, ok bool) {
	switch {
	case key.Matches(msg, k.Up):
		p.Move(-1)
	case key.Matches(msg, k.Down):
		p.Move(1)
	case key.Matches(msg, k.Back):
		p.Close()
	case key.Matches(msg, k.Enter):
		return p.Pick(p.index)
	}
	return "", false
}
