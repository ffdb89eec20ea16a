package messages

import (
	"fmt"
	"strings"

	"lifesim/model"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
)

const (
	lifePreview = "Posts and offers from brands and creators"
	noOrders    = "No order updates yet. Pay for something in a mini program and its receipt shows here."
	noFollows   = "You follow no life accounts yet. Follow one (f on its page) and its messages will show here."
	noMessages  = "Messages from the %d you follow land here."
)

// View draws the title, then the Life accounts entry (messages arm), the
// followed accounts' messages and the order notices, as one list
// scrolled to the selection.
func (m *Tab) View() string {
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		return ""
	}
	st := m.env.Styles
	head := st.Title.Render("Messages")
	m.hits.Reset()
	if !m.loaded {
		return draw.Fit(head+"\n\n"+st.Muted.Render("Loading…"), w, h)
	}
	blocks, rows, sel := m.blocks()
	list := m.vp.Render(blocks, sel, max(h-2, 0))
	m.hits.Blocks(m.vp.Shown(), 2, w, hit.ZItem, func(b int) string {
		if rows[b] < 0 {
			return "" // a heading, a gap, an empty state
		}
		return hit.Item(rows[b])
	})
	return draw.Fit(head+"\n\n"+list, w, h)
}

// blocks is the list under the title, each section with its heading or
// empty state; rows[b] is the item block b draws (-1: none), and sel the
// selected row's block (-1 for none).
func (m *Tab) blocks() (blocks []string, rows []int, sel int) {
	items := m.items()
	cur, some := m.selected(items)
	sel = -1
	row := func(i int, s string) {
		if i == cur && some {
			sel = len(blocks)
		}
		blocks = append(blocks, s)
		for len(rows) < len(blocks)-1 {
			rows = append(rows, -1)
		}
		rows = append(rows, i)
	}
	i := 0 // index into items, in drawing order
	if len(items) > 0 && items[0].life {
		row(0, m.lifeRow(cur == 0))
		blocks = append(blocks, "")
		i++
	}
	blocks = append(blocks, m.followsHeading())
	if len(m.letters) == 0 {
		blocks = append(blocks, m.noLetters())
	}
	for ; i < len(items) && items[i].letter != nil; i++ {
		row(i, m.letterRow(*items[i].letter, i == cur))
	}
	blocks = append(blocks, "", m.ordersHeading())
	if i == len(items) {
		blocks = append(blocks, indent(m.env.Styles.Muted.Render(draw.Block(noOrders, m.width-2, 0)), "  "))
	}
	for ; i < len(items); i++ {
		row(i, m.orderRow(items[i], i == cur))
	}
	for len(rows) < len(blocks) {
		rows = append(rows, -1)
	}
	return blocks, rows, sel
}

// lifeRow is the Life accounts entry: name, chevron and what it holds.
func (m *Tab) lifeRow(sel bool) string {
	st, w := m.env.Styles, m.width
	name := draw.Row(st, sel, sel, w,
		[]draw.Span{draw.Text(draw.Icon("🏪")+" ", st.Text), draw.Text("Life accounts", st.Title)},
		[]draw.Span{draw.Text("›", st.Muted)})
	return name + "\n     " + st.Muted.Render(draw.Line(lifePreview, w-5))
}

// followsHeading is the heading of the followed accounts' messages, with
// their number.
func (m *Tab) followsHeading() string {
	st := m.env.Styles
	h := st.Section.Render("From accounts you follow")
	if n := len(m.letters); n > 0 {
		h = draw.Spread(h, st.Muted.Render(fmt.Sprint(n)), m.width)
	}
	return h
}

// noLetters is the messages' empty state, which names how many accounts
// are followed.
func (m *Tab) noLetters() string {
	text := noFollows
	if n := len(m.state.Follows); n > 0 {
		text = fmt.Sprintf(noMessages, n)
	}
	return indent(m.env.Styles.Muted.Render(draw.Block(text, m.width-2, 0)), "  ")
}

// letterRow is one message: the account and when it was sent (simulated
// clock), then its text wrapped to the phone.
func (m *Tab) letterRow(l letter, sel bool) string {
	st, w := m.env.Styles, m.width
	age := model.Age(l.msg.SentAt, m.env.Clock())
	name := draw.Row(st, sel, sel, w,
		[]draw.Span{draw.Text(draw.Icon("📣")+" ", st.Text), draw.Text(model.CleanLine(l.from.Name), st.Title)},
		[]draw.Span{draw.Text(age, st.Muted)})
	return name + "\n" + indent(st.Text.Render(draw.Block(l.msg.Text, w-5, 0)), "     ")
}

// ordersHeading is the order notices' heading with their number.
func (m *Tab) ordersHeading() string {
	st := m.env.Styles
	h := st.Section.Render("Order updates")
	if n := len(m.state.Orders); n > 0 {
		h = draw.Spread(h, st.Muted.Render(fmt.Sprint(n)), m.width)
	}
	return h
}

// orderRow is one order notice: the mini program and how long ago, then
// what happened, what it cost and what was ordered.
func (m *Tab) orderRow(it item, sel bool) string {
	st, w := m.env.Styles, m.width
	o := it.order
	age := model.Age(o.PaidAt, m.env.Clock())
	name := draw.Row(st, sel, sel, w,
		[]draw.Span{draw.Text(draw.Icon(it.program.Icon)+" ", st.Text), draw.Text(model.CleanLine(it.program.Name), st.Title)},
		[]draw.Span{draw.Text(age, st.Muted)})
	return name + "\n     " + st.Muted.Render(draw.Line(orderUpdate(o), w-5))
}

// orderUpdate says what happened to an order: "Order paid · ¥32.50 ·
// Zinger Burger ×2", with the coupon's saving when one was used and
// "Booked" for a free service, which takes no payment.
func orderUpdate(o model.Order) string {
	parts := []string{"Order paid", model.FormatYuan(o.TotalCents)}
	if o.Booking() {
		parts = []string{"Booked"}
	}
	if o.DiscountCents > 0 {
		parts = append(parts, model.FormatYuan(o.DiscountCents)+" off")
	}
	if len(o.Lines) > 0 {
		l := o.Lines[0]
		what := fmt.Sprintf("%s ×%d", l.Name, l.Qty)
		if more := len(o.Lines) - 1; more > 0 {
			what += fmt.Sprintf(" +%d more", more)
		}
		parts = append(parts, what)
	}
	return strings.Join(parts, " · ")
}

func indent(s, pad string) string {
	return pad + strings.ReplaceAll(s, "\n", "\n"+pad)
}
