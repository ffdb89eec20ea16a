package merchant

import (
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/draw"
	"lifesim/ui/keys"
)

// Screen is one of the console's screens, in the row's order.
type Screen int

const (
	Overview Screen = iota
	Funnel
	Content
	Coupons
	Publish
	Messages
	numScreens
)

// Name is the screen as the row of screens names it.
func (s Screen) Name() string {
	return [...]string{"Overview", "Funnel", "Content", "Coupons", "Publish", "Messages"}[s]
}

// screenKeys are the bindings of the screens, in order.
func (c *Console) screenKeys() [numScreens]key.Binding {
	k := c.keys
	return [numScreens]key.Binding{k.Overview, k.Funnel, k.Content, k.Coupons, k.Publish, k.Messages}
}

// key runs a key press. An open form takes every key; the list of keys
// (?) closes at any key; then the screen keys, then the screen's own.
// Every other key is forgiven.
func (c *Console) key(msg tea.KeyPressMsg) tea.Cmd {
	if c.form != nil {
		return c.toForm(msg)
	}
	if c.showKeys {
		c.showKeys = false
		return nil
	}
	k := c.keys
	for i, b := range c.screenKeys() {
		if key.Matches(msg, b) {
			c.show(Screen(i))
			return nil
		}
	}
	switch {
	case key.Matches(msg, k.NextScreen):
		c.show((c.screen + 1) % numScreens)
	case key.Matches(msg, k.PrevScreen):
		c.show((c.screen + numScreens - 1) % numScreens)
	case key.Matches(msg, k.Help):
		c.showKeys = true
	default:
		return c.screenKey(msg)
	}
	return nil
}

// show brings screen s to the front; the notice of what was done on the
// last one goes.
func (c *Console) show(s Screen) {
	if s != c.screen && !c.notice.err {
		c.notice = notice{}
	}
	c.screen = s
}

// screenKey runs a key of the screen in front.
func (c *Console) screenKey(msg tea.KeyPressMsg) tea.Cmd {
	k := c.keys
	switch {
	case c.screen == Overview && key.Matches(msg, k.Days):
		c.span = (c.span + 1) % len(Spans)
		return c.request()
	case c.screen == Publish && key.Matches(msg, k.Write, k.New):
		return c.openPost()
	case (c.screen == Coupons || c.screen == Messages) && key.Matches(msg, k.New):
		return c.openForm(c.screen)
	case key.Matches(msg, k.Up):
		c.move(-1)
	case key.Matches(msg, k.Down):
		c.move(1)
	case key.Matches(msg, k.PageUp):
		c.move(-c.page())
	case key.Matches(msg, k.PageDown):
		c.move(c.page())
	}
	return nil
}

// move moves the selection of the screen in front by d rows.
func (c *Console) move(d int) {
	if n := c.rows(c.screen); n > 0 {
		c.sel[c.screen] = draw.Clamp(c.sel[c.screen]+d, n)
	}
}

// page is how many rows pgup/pgdown move: about a body's height.
func (c *Console) page() int { return max(c.bodyHeight()-4, 1) }

// rows is how many selectable rows screen s has.
func (c *Console) rows(s Screen) int {
	r := c.fig.report
	switch s {
	case Funnel:
		return len(r.Funnel)
	case Content:
		return len(r.Posts)
	case Coupons:
		return len(r.Coupons)
	case Messages:
		return len(c.fig.sent)
	}
	return 0
}

// clampSelections keeps each selection inside its list after a read.
func (c *Console) clampSelections() {
	for s := range numScreens {
		c.sel[s] = draw.Clamp(c.sel[s], c.rows(s))
	}
}

// ShortHelp is what works now: the open form's keys, or the screen's
// own, then the screen keys and the root's (P, ?, q).
func (c *Console) ShortHelp() []key.Binding {
	k := c.keys
	if c.form != nil {
		return append(c.form.ShortHelp(), k.ForceQuit)
	}
	if c.showKeys {
		return []key.Binding{keys.Relabel(k.Help, "close"), k.Quit}
	}
	screens := key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6"), key.WithHelp("1–6", "screens"))
	return append(c.ownKeys(), screens, k.NextScreen, k.Persona, k.Help, k.Quit)
}

// ownKeys are the keys of the screen in front that work now.
func (c *Console) ownKeys() []key.Binding {
	k := c.keys
	var out []key.Binding
	if c.rows(c.screen) > 1 {
		move := key.NewBinding(key.WithKeys(append(k.Up.Keys(), k.Down.Keys()...)...), key.WithHelp("↑/↓", "move"))
		out = append(out, move)
	}
	switch c.screen {
	case Overview:
		next := Spans[(c.span+1)%len(Spans)]
		out = append(out, keys.Relabel(k.Days, strconv.Itoa(next)+" days"))
	case Coupons:
		if c.fig.loaded {
			out = append(out, keys.Relabel(k.New, "new coupon"))
		}
	case Messages:
		if c.fig.loaded {
			out = append(out, keys.Relabel(k.New, "new message"))
		}
	case Publish:
		if c.post != nil {
			out = append(out, keys.Relabel(k.Write, "write the post"))
		}
	}
	return out
}

// FullHelp is every key of the console, by what it is for.
func (c *Console) FullHelp() [][]key.Binding {
	k := c.keys
	return [][]key.Binding{
		{k.Overview, k.Funnel, k.Content, k.Coupons, k.Publish, k.Messages},
		{k.NextScreen, k.PrevScreen, k.Up, k.Down, k.PageUp, k.PageDown},
		{k.Days, keys.Relabel(k.New, "new coupon/message"), keys.Relabel(k.Write, "write the post"), k.Close},
		{k.Persona, k.Help, k.Quit, k.ForceQuit},
	}
}
