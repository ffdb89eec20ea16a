package tour

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/ui/draw"
)

// View is the app's frame and the caption bar, exactly the terminal's
// size.
func (m *Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.WindowTitle = "lifesim demo · " + m.counter()
	return v
}

func (m *Model) render() string {
	w, h := m.size.Width, m.size.Height
	if w <= 0 || h <= 0 {
		return ""
	}
	var app string
	if m.app != nil {
		app = m.app.View().Content
	}
	k := m.barKey()
	c := &m.drawn
	if c.text != "" && c.app == app && c.key == k {
		return c.text // the same string: the renderer sees an unchanged frame at a glance
	}
	p := placeFor(w, h)
	if c.text == "" || c.app != app || c.key.w != w || c.key.h != h {
		c.app, c.appLines = app, strings.Split(draw.Fit(app, p.appW, p.appH), "\n")
	}
	if c.text == "" || c.key != k {
		if p.beside {
			c.bar = m.besideBar(p.barW, p.barH)
		} else {
			c.bar = m.belowBar(p.barW, p.barH)
		}
	}
	c.key = k
	c.text = compose(p, c.appLines, c.bar)
	return c.text
}

// compose joins the app's lines, fitted to its share, and the bar's.
func compose(p place, app, bar []string) string {
	var b strings.Builder
	if p.beside {
		for i, l := range app {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(l)
			b.WriteString(bar[i])
		}
		return b.String()
	}
	lines := bar
	if p.appH > 0 {
		lines = append(append([]string(nil), app...), bar...)
	}
	return strings.Join(lines, "\n")
}

// drawnFrame is the last frame and what it was drawn from: View is
// called after every message, and most leave both the app's frame (which
// the app keeps) and the caption bar as they were.
type drawnFrame struct {
	app      string   // the app's frame
	appLines []string // fitted to its share of the terminal
	key      barKey
	bar      []string
	text     string
}

// barKey is everything the caption bar is drawn from.
type barKey struct {
	w, h                int
	phase               phase
	step, target, shown int
	rush, auto          bool
	waiting             string
	err                 error
	styles              int
}

func (m *Model) barKey() barKey {
	return barKey{
		w: m.size.Width, h: m.size.Height, phase: m.phase,
		step: m.step, target: m.target, shown: m.shown(),
		rush: m.rush, auto: m.auto, waiting: m.waiting, err: m.err, styles: m.stylesGen,
	}
}

// besideBar is the caption bar as a column of h lines of w cells right of
// the app: a rule a space away from it, then the counter, the caption and the state, one
// piece a line, each wrapped at words.
func (m *Model) besideBar(w, h int) []string {
	st := m.style
	inner := max(w-4, 1) // " │ " on the left, a space on the right
	var state []string
	for _, p := range m.state() {
		for _, l := range wrapWords(p.text, inner, 0) {
			state = append(state, p.style.Render(l))
		}
	}
	capRows := max(h-3-len(state), 1) // counter, and a blank line either side of the caption
	var body []string
	body = append(body, st.Counter.Render(m.counter()), "")
	for _, l := range wrapWords(m.caption(), inner, capRows) {
		body = append(body, st.Caption.Render(l))
	}
	body = append(body, "")
	body = append(body, state...)
	rule := " " + st.Rule.Render("│") + " "
	out := make([]string, h)
	for i := range out {
		var l string
		if i < len(body) {
			l = body[i]
		}
		out[i] = rule + draw.Fit(l, inner, 1) + " "
	}
	return out
}

// belowBar is the caption bar as h lines of w cells under the app: a
// rule holding the counter and the state, then the caption wrapped at
// words to the lines left.
func (m *Model) belowBar(w, h int) []string {
	if h <= 0 {
		return nil
	}
	st := m.style
	out := []string{m.belowRule(w)}
	caption := wrapWords(m.caption(), max(w-2, 1), h-1)
	for i := 1; i < h; i++ {
		var l string
		if i-1 < len(caption) {
			l = " " + st.Caption.Render(caption[i-1])
		}
		out = append(out, draw.Fit(l, w, 1))
	}
	return out
}

// belowRule is "── 4/12 ── state · keys ───…", w cells: the pieces that
// fit, whole; the first cut with an ellipsis if even it does not.
func (m *Model) belowRule(w int) string {
	st := m.style
	head := st.Rule.Render("── ") + st.Counter.Render(m.counter()) + st.Rule.Render(" ── ")
	room := w - draw.Width(head) - 2 // a space and at least one ─ after the state
	var b strings.Builder
	used := 0
	for i, p := range m.state() {
		sep := 0
		if i > 0 {
			sep = 3
		}
		tw := draw.Width(p.text)
		if used+sep+tw > room {
			if i == 0 && room > 1 {
				b.WriteString(p.style.Render(draw.Truncate(p.text, room, "…")))
				used = room
			}
			break
		}
		if i > 0 {
			b.WriteString(st.State.Render(" · "))
		}
		b.WriteString(p.style.Render(p.text))
		used += sep + tw
	}
	line := head + b.String() + " "
	if fill := w - draw.Width(line); fill > 0 {
		line += st.Rule.Render(strings.Repeat("─", fill))
	}
	return draw.Fit(line, w, 1)
}

// wrapWords wraps plain text to width cells at spaces (a word longer
// than a line is broken), at most maxLines lines (0: any). Text cut short
// ends with "…" after its last whole word.
func wrapWords(s string, width, maxLines int) []string {
	if s == "" {
		return nil
	}
	lines := strings.Split(ansi.Wrap(s, width, ""), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	if maxLines <= 0 || len(lines) <= maxLines {
		return lines
	}
	lines = lines[:maxLines]
	last := lines[maxLines-1]
	for draw.Width(last)+1 > width {
		i := strings.LastIndex(last, " ")
		if i <= 0 {
			last = draw.Truncate(last, width-1, "")
			break
		}
		last = strings.TrimRight(last[:i], " ")
	}
	lines[maxLines-1] = last + "…"
	return lines
}
