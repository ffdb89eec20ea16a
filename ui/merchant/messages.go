package merchant

import (
	"fmt"
	"strings"

	"lifesim/ui/draw"
	"lifesim/ui/hit"
)

// newMessageLabel is the Messages screen's hint that n writes a
// message: a click on it does what n does.
const newMessageLabel = "n writes a message"

// messagesView is what the operator sent its followers, newest first:
// when, how many followers it reached, and the text; n writes a new one.
func (c *Console) messagesView(w, h int) string {
	st := c.opts.Styles
	head := c.section("Messages", "sent to your followers' Messages tab, newest first", w)
	hint := st.Muted.Render(draw.Line(newMessageLabel+" to your followers: Alipay's life-account push, the most direct private-domain touch.", w))
	sent := c.fig.sent
	if len(sent) == 0 {
		c.bodyHits.Label(idNew, hint, 4, hit.ZButton, newMessageLabel)
		return head + "\n\n" + st.Muted.Render("Nothing sent yet.") + "\n\n" + hint
	}
	sel := draw.Clamp(c.sel[Messages], len(sent))
	blocks := make([]string, len(sent))
	for i, m := range sent {
		reach := fmt.Sprintf("reached %s follower", fmtCount(int64(m.Reached)))
		if m.Reached != 1 {
			reach += "s"
		}
		when := m.SentAt.In(c.opts.Clock().Location()).Format("Mon 2 Jan 15:04")
		first := c.tableRow(when+" · "+reach, i == sel, w)
		text := st.Text.Render(indentLines(draw.Block(m.Text, max(w-4, 1), 3), "    "))
		blocks[i] = first + "\n" + text + "\n"
	}
	room := max(h-3, 1) // the heading; a blank line and the hint
	body := c.vp[Messages].Render(blocks, sel, room)
	c.bodyHits.Blocks(c.vp[Messages].Shown(), 1, w, hit.ZItem, hit.Item)
	c.bodyHits.Label(idNew, hint, 2+strings.Count(body, "\n")+1, hit.ZButton, newMessageLabel)
	return strings.Join([]string{head, body, "", hint}, "\n")
}

// indentLines puts prefix before every line of s.
func indentLines(s, prefix string) string {
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
}
