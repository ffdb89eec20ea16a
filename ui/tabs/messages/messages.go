// Package messages is the Messages tab of the life_entry=messages
// experiment arm: Alipay's layout before the 2022 upgrade, when life
// accounts sat one level down under Messages instead of in the tab bar. Its
// "Life accounts" entry (the old secondary directory) opens the Life feed
// as a page.
package messages

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
	"lifesim/ui/draw"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// entry is one row of the Messages tab.
type entry struct {
	icon, name, preview string
	life                bool // the "Life accounts" directory
}

// entries are the rows, as the pre-upgrade Messages tab had them: the Life
// accounts directory first, then service and system messages (simulated:
// they open nothing).
func entries() []entry {
	return []entry{
		{"🏪", "Life accounts", "Posts and offers from brands and creators", true},
		{"🔔", "Service messages", "No new messages from merchants", false},
		{"💰", "Alipay notices", "Your weekly bill summary is ready", false},
		{"👥", "Contacts", "Start a chat or a transfer", false},
	}
}

// Tab is the Messages tab.
type Tab struct {
	env           screen.Env
	width, height int
	sel           int
	vp            draw.Viewport
}

// New builds the Messages tab.
func New(env screen.Env) *Tab { return &Tab{env: env} }

// Init loads nothing: the rows are fixed.
func (m *Tab) Init() tea.Cmd { return nil }

// SetSize sets the area the tab draws in.
func (m *Tab) SetSize(w, h int) { m.width, m.height = w, h }

// Title names the tab.
func (m *Tab) Title() string { return "Messages" }

// CapturesInput is always false.
func (m *Tab) CapturesInput() bool { return false }

// Update moves the selection and opens the selected row.
func (m *Tab) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	keys := m.env.Keys
	es := entries()
	switch {
	case key.Matches(k, keys.Up):
		m.sel = draw.Clamp(m.sel-1, len(es))
	case key.Matches(k, keys.Down):
		m.sel = draw.Clamp(m.sel+1, len(es))
	case key.Matches(k, keys.Enter):
		return m, m.open(es[draw.Clamp(m.sel, len(es))])
	}
	return m, nil
}

// open opens the Life feed for the Life accounts row: the open is
// recorded (and the feed_ranking exposure, the feed being in view) before
// the page is pushed.
func (m *Tab) open(e entry) tea.Cmd {
	if !e.life {
		return screen.Send(screen.StatusMsg{Text: e.name + ": nothing new"})
	}
	return tea.Sequence(
		actions.Record(m.env, model.EventOpenLife, "life", model.SourceMessages, "", 0),
		actions.Expose(m.env, model.ExpFeedRanking),
		screen.Send(nav.OpenLifeFeedMsg{}),
	)
}

// ShortHelp lists the tab's keys.
func (m *Tab) ShortHelp() []key.Binding {
	k := m.env.Keys
	return []key.Binding{k.Up, k.Down, k.Enter}
}

// FullHelp is the short help in one group.
func (m *Tab) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

// View draws the rows: icon, name and a preview line, the selected row
// highlighted.
func (m *Tab) View() string {
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		return ""
	}
	st := m.env.Styles
	head := st.Title.Render("Messages") + "\n"
	var blocks []string
	for i, e := range entries() {
		sel := i == m.sel
		name := draw.Row(st, sel, sel, w, []draw.Span{draw.Text(draw.Icon(e.icon)+" ", st.Text), draw.Text(e.name, st.Title)},
			[]draw.Span{draw.Text("›", st.Muted)})
		blocks = append(blocks, name+"\n     "+st.Muted.Render(draw.Line(e.preview, w-5))+"\n")
	}
	return draw.Fit(head+m.vp.Render(blocks, m.sel, h-1), w, h)
}
