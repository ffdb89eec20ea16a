package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/ui/draw"
)

// fullHelp is the "?" page drawn inside the phone: every binding that works
// on the focused screen, then the global ones, one per line.
func (a *App) fullHelp(w int) string {
	st := a.env.Styles
	var b strings.Builder
	b.WriteString(st.Title.Render("Keys") + st.Muted.Render("  (? to close)") + "\n")
	for _, group := range (appKeyMap{a}).FullHelp() {
		b.WriteString("\n")
		for _, k := range group {
			if !k.Enabled() {
				continue
			}
			h := k.Help()
			b.WriteString(draw.Line(st.Accent.Render(draw.Column(h.Key, 11))+st.Text.Render(h.Desc), w) + "\n")
		}
	}
	return b.String()
}

// appKeyMap merges the focused screen's bindings with the global ones so
// the help always matches what the keys do right now.
type appKeyMap struct{ a *App }

func (m appKeyMap) global() []key.Binding {
	k := m.a.env.Keys
	if m.a.focused().CapturesInput() {
		return []key.Binding{k.ForceQuit}
	}
	out := []key.Binding{}
	if len(m.a.stack) > 0 {
		out = append(out, k.Back)
	}
	return append(out, k.NextTab, k.Slash, k.Help, k.Quit)
}

func (m appKeyMap) ShortHelp() []key.Binding {
	return append(m.a.focused().ShortHelp(), m.global()...)
}

func (m appKeyMap) FullHelp() [][]key.Binding {
	k := m.a.env.Keys
	groups := m.a.focused().FullHelp()
	second := k.Life
	if m.a.env.Variants.LifeUnderMessages() {
		second.SetHelp(second.Help().Key, "messages")
	}
	return append(groups,
		[]key.Binding{k.Home, second, k.Search, k.Mine},
		[]key.Binding{k.NextTab, k.PrevTab, k.Slash, k.Back},
		[]key.Binding{k.Persona, k.Variants, k.Observer},
		[]key.Binding{k.Help, k.Quit, k.ForceQuit},
	)
}

func (a *App) toggleHelp() tea.Cmd {
	a.help.ShowAll = !a.help.ShowAll
	return nil
}

// helpKey is what a key does while the full help is open; ok is false
// when the help is closed and the key goes on.
func (a *App) helpKey(msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	return nil, false
}

// shortHelpLine is the one-line help under the phone, at most w cells.
func (a *App) shortHelpLine(w int) string {
	// bubbles' short help can overrun its width once the ellipsis no longer
	// fits, so cut it to the terminal.
	return ansi.Truncate(a.help.ShortHelpView(appKeyMap{a}.ShortHelp()), w, "…")
}
