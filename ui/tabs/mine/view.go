package mine

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"lifesim/model"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
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
	m.hits.Reset()
	head := st.Title.Render("My Mini Programs")
	if n := m.unusedCoupons(); m.loaded && n > 0 {
		head = draw.Spread(head, st.Accent.Render(couponsLabel(n)), w)
		m.hits.Label(idCoupons, head, 0, hit.ZButton, couponsLabel(n))
	}
	if !m.loaded {
		return draw.Fit(head, w, m.height)
	}
	var blocks []string
	var rows []int // the row each block draws, -1 for none
	sel := -1
	add := func(b string, selected bool, row int) {
		if selected {
			sel = len(blocks)
		}
		blocks = append(blocks, b)
		rows = append(rows, row)
	}
	m.section(w, secFavourites, add)
	add("", false, -1)
	m.section(w, secRecent, add)
	body := m.vp.Render(blocks, sel, max(m.height-3, 0))
	m.hits.Blocks(m.vp.Shown(), 3, w, hit.ZItem, func(b int) string {
		if rows[b] < 0 {
			return ""
		}
		return hit.Item(rows[b])
	})
	return draw.Fit(head+"\n"+m.placesLine(w)+"\n\n"+body, w, m.height)
}

// couponsLabel is the header's way to the card pack: the unused coupons
// and the key (w).
func couponsLabel(n int) string { return fmt.Sprintf("🎫 %d coupon%s · w", n, plural(n)) }

// section adds one section's heading and rows, or its empty state; a
// row's number counts Favourites' rows then Recently used's (row).
func (m *Tab) section(w int, s section, add func(string, bool, int)) {
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
	add(heading, false, -1)
	if len(list) == 0 {
		add(st.Muted.Render(indent(draw.Block(empty, w-2, 4), "  ")), false, -1)
		return
	}
	for i, e := range list {
		sel := m.sec == s && m.idx[s] == i
		add(m.row(w, s, e, sel), sel, m.rowOf(s, i))
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
	left, right := m.placeLabels(w)
	line := draw.Spread(st.Accent.Render(left), st.Accent.Render(right), w)
	m.hits.Label(idOrders, line, 1, hit.ZButton, left)
	m.hits.Label(idCollected, line, 1, hit.ZButton, right)
	return line
}

// placeLabels are the places line's two ways, to My orders and to
// Collected posts: with their counts when both fit in w cells.
func (m *Tab) placeLabels(w int) (orders, collected string) {
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
	return left, right
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
