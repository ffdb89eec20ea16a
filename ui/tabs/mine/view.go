package mine

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"lifesim/model"
	"lifesim/ui/draw"
	"lifesim/ui/screen"
)

const (
	emptyFavourites = "Nothing collected yet. Press s on a mini program in Search or on its page to keep it here for one-tap return."
	emptyRecents    = "Mini programs you open appear here, newest first."
)

// View draws the title, the line of the persona's records (orders and
// collected posts), then Favourites and Recently used as one list
// scrolled to the selection.
func (m *Tab) View() string {
	w, st := m.width, m.env.Styles
	if w <= 0 || m.height <= 0 {
		return ""
	}
	head := st.Title.Render("My Mini Programs")
	if n := m.unusedCoupons(); m.loaded && n > 0 {
		head = draw.Spread(head, st.Accent.Render(fmt.Sprintf("🎫 %d coupon%s · w", n, plural(n))), w)
	}
	if !m.loaded {
		return draw.Fit(head, w, m.height)
	}
	var blocks []string
	sel := -1
	add := func(b string, selected bool) {
		if selected {
			sel = len(blocks)
		}
		blocks = append(blocks, b)
	}
	m.section(w, secFavourites, add)
	add("", false)
	m.section(w, secRecent, add)
	body := m.vp.Render(blocks, sel, max(m.height-3, 0))
	return draw.Fit(head+"\n"+m.placesLine(w)+"\n\n"+body, w, m.height)
}

// section adds one section's heading and rows, or its empty state.
func (m *Tab) section(w int, s section, add func(string, bool)) {
	st := m.env.Styles
	title, empty := "Favourites", emptyFavourites
	if s == secRecent {
		title, empty = "Recently used", emptyRecents
	}
	list := m.list(s)
	heading := st.Section.Render(title)
	if m.sec == s && len(list) > 0 {
		heading = st.Cursor.Render("▎") + heading
	}
	if len(list) > 0 {
		heading = draw.Spread(heading, st.Muted.Render(fmt.Sprint(len(list))), w)
	}
	add(heading, false)
	if len(list) == 0 {
		add(st.Muted.Render(indent(draw.Block(empty, w-2, 4), "  ")), false)
		return
	}
	for i, e := range list {
		sel := m.sec == s && m.idx[s] == i
		add(m.row(w, s, e, sel), sel)
	}
}

// row is a mini program's icon and name (with its age in Recently used,
// and a star when collected) over its muted category and description.
func (m *Tab) row(w int, s section, e entry, sel bool) string {
	st := m.env.Styles
	p := e.program
	var right []draw.Span
	if s == secRecent {
		if m.state.Collected(p.ID) {
			right = append(right, draw.Text("★ ", st.Accent))
		}
		right = append(right, draw.Text(ago(e, m.env), st.Muted))
	} else {
		right = append(right, draw.Text(model.CleanLine(p.Category), st.Muted))
	}
	title := draw.Row(st, sel, sel, w,
		[]draw.Span{draw.Text(draw.Icon(p.Icon)+" ", st.Text), draw.Text(model.CleanLine(p.Name), st.Title)}, right)
	desc := draw.Row(st, sel, false, w, []draw.Span{draw.Text("   "+model.CleanLine(p.Description), st.Muted)}, nil)
	return title + "\n" + desc
}

// ago is "2h ago" from the simulated clock; "just now" and dates as they
// are.
func ago(e entry, env screen.Env) string {
	a := model.Age(e.at, env.Clock())
	if a == "just now" || strings.ContainsAny(a, " -") {
		return a
	}
	return a + " ago"
}

func indent(s, pad string) string {
	return pad + strings.ReplaceAll(s, "\n", "\n"+pad)
}

// placesLine is the way to My orders and Collected posts, with how many
// each holds, like the coupon count on the header: the key is on the line,
// so a persona finds them without the help. On a phone too narrow for the
// counts, the names and keys are what stay.
func (m *Tab) placesLine(w int) string {
	st := m.env.Styles
	line := func(counts bool) (string, string) {
		orders, collected := "🧾 Orders", "★ Collected"
		if n := len(m.state.Orders); counts && n > 0 {
			orders += fmt.Sprintf(" (%d)", n)
		}
		if n := len(m.state.CollectedPosts); counts && n > 0 {
			collected += fmt.Sprintf(" (%d)", n)
		}
		return orders + " · " + m.orders.Help().Key, collected + " · " + m.collected.Help().Key
	}
	left, right := line(true)
	if lipgloss.Width(left)+1+lipgloss.Width(right) > w {
		left, right = line(false)
	}
	return draw.Spread(st.Accent.Render(left), st.Accent.Render(right), w)
}

// unusedCoupons is how many claimed coupons are not yet redeemed: the card
// pack's count on the header, opened with w.
func (m *Tab) unusedCoupons() int { return len(m.state.Unredeemed()) }

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
