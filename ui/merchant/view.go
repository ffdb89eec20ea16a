package merchant

import (
	"strings"

	"charm.land/lipgloss/v2"

	"lifesim/ui/draw"
)

// The console's smallest size; below it the root shows its "terminal too
// small" notice instead.
const (
	MinWidth  = 60
	MinHeight = 16
)

// The console's rows around the body: the header, the row of screens and
// its rule above; the notice and the help line below.
const (
	headRows = 3
	footRows = 2
	// margin is the columns left blank at each side of the body.
	margin = 1
)

func (c *Console) bodyWidth() int  { return max(c.w-2*margin, 1) }
func (c *Console) bodyHeight() int { return max(c.h-headRows-footRows, 1) }

// View draws the console, exactly the size SetSize gave it.
func (c *Console) View() string {
	w, h := c.w, c.h
	if w <= 0 || h <= 0 {
		return ""
	}
	if c.dark != c.opts.Styles.IsDark {
		c.setPalette()
	}
	c.hits.Reset()
	c.bodyHits.Reset()
	pad := strings.Repeat(" ", margin)
	body := draw.Fit(c.body(), c.bodyWidth(), c.bodyHeight())
	c.recordBody()
	lines := []string{c.header(w), c.screenRow(w), c.opts.Styles.Console().Rule.Render(strings.Repeat("─", w))}
	for l := range strings.SplitSeq(body, "\n") {
		lines = append(lines, pad+l+pad)
	}
	lines = append(lines, c.noticeLine(w), c.helpLine(w))
	return draw.Fit(strings.Join(lines, "\n"), w, h)
}

// header is the account's name and "merchant console" on the left; the
// simulated clock and whether the console follows the log on the right.
func (c *Console) header(w int) string {
	st := c.opts.Styles
	cs := st.Console()
	name := draw.Line(c.fig.account.Name, max(w/2, 10))
	left := " " + cs.Brand.Render(name) + st.Muted.Render(" · merchant console")
	var live string
	switch {
	case c.read.err != nil:
		live = st.Error.Render("✗ not live")
	case c.Live():
		live = cs.Live.Render("● live")
	default:
		live = cs.Stale.Render("○ reading…")
	}
	now := c.opts.Clock().Format("Mon 2 Jan 2006 15:04")
	right := st.Muted.Render(now+" · ") + live + " "
	return draw.Spread(left, right, w)
}

// screenRow names the screens with their keys, the one in front marked
// › and underlined; the open form's title on the right.
func (c *Console) screenRow(w int) string {
	cs := c.opts.Styles.Console()
	var b strings.Builder
	x := 1 // the cell the next screen's marker is drawn in
	for s := range numScreens {
		label := string(rune('1'+s)) + " " + s.Name()
		c.recordScreen(s, x, draw.Width(label), w)
		x += 1 + draw.Width(label) + 2
		if s == c.screen {
			b.WriteString(c.opts.Styles.Cursor.Render("›") + cs.ScreenOn.Render(label) + "  ")
			continue
		}
		b.WriteString(" " + cs.Screen.Render(label) + "  ")
	}
	var right string
	if c.form != nil {
		right = c.opts.Styles.Title.Render(draw.Line(c.form.Title(), max(w/3, 8))) + " "
	}
	return draw.Spread(" "+b.String(), right, w)
}

// body is the screen in front, or the open form in its place, or the
// list of keys.
func (c *Console) body() string {
	if c.showKeys {
		return c.keysView()
	}
	if c.form != nil && c.form != c.post {
		v := c.form.View()
		c.bodyHits.Merge(*c.form.Regions(), 0, 0)
		return v
	}
	w, h := c.bodyWidth(), c.bodyHeight()
	if !c.fig.loaded {
		if c.read.err != nil {
			return c.opts.Styles.Muted.Render("The figures could not be read (see below).")
		}
		return c.opts.Styles.Muted.Render("Reading the event log…")
	}
	switch c.screen {
	case Funnel:
		return c.funnelView(w, h)
	case Content:
		return c.contentView(w, h)
	case Coupons:
		return c.couponsView(w, h)
	case Publish:
		return c.publishView(w, h)
	case Messages:
		return c.messagesView(w, h)
	}
	return c.overviewView(w, h)
}

// keysView is every key of the console (?), under a title.
func (c *Console) keysView() string {
	st := c.opts.Styles
	h := c.help
	h.ShowAll = true
	h.SetWidth(c.bodyWidth())
	return st.Title.Render("Keys") + st.Muted.Render(" · any key closes this") + "\n\n" + h.View(c)
}

// noticeLine is what a form did, or why the figures could not be read.
func (c *Console) noticeLine(w int) string {
	if c.notice.text == "" {
		return ""
	}
	st := c.opts.Styles
	style := st.Notice
	if c.notice.err {
		style = st.NoticeErr
	}
	return " " + style.Render(draw.Line(c.notice.text, w-2))
}

// helpLine is the short help: what works now.
func (c *Console) helpLine(w int) string {
	c.help.SetWidth(w - 2)
	return " " + c.help.ShortHelpView(c.ShortHelp())
}

// section is a screen's heading: a title, and a muted note after it.
func (c *Console) section(title, note string, w int) string {
	st := c.opts.Styles
	t := st.Section.Render(title)
	if note == "" {
		return t
	}
	return t + st.Muted.Render(draw.Line(" · "+note, max(w-lipgloss.Width(t), 0)))
}

// fmtCount is a count as the console prints it: 1,234.
func fmtCount(n int64) string { return draw.Thousands(int(n)) }
