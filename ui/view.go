package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/ui/draw"
)

// View draws the phone centred in the terminal with the help under it, or
// the "too small" message.
func (a *App) View() tea.View {
	v := tea.NewView(a.render())
	v.AltScreen = true
	v.WindowTitle = "lifesim · " + a.focused().Title()
	return v
}

func (a *App) render() string {
	l := a.layout
	if l.Width == 0 || a.quitting {
		return ""
	}
	if l.TooSmall {
		return a.tooSmall()
	}
	w := l.InnerWidth
	body := a.focused().View()
	if a.help.ShowAll {
		body = a.fullHelp(w)
	}
	content := draw.Fit(body, w, l.ContentHeight)
	inner := lipgloss.JoinVertical(lipgloss.Left,
		draw.Fit(a.statusBar(w), w, 1),
		content,
		draw.Fit(a.noticeLine(w), w, 1),
		a.tabBar(w),
	)
	phone := a.env.Styles.Phone.Render(inner)
	// With the observer panel the phone and its help are centred in the
	// columns left of the panel.
	left := l.Width
	if l.Observer {
		left = l.LeftWidth
	}
	phone = lipgloss.PlaceHorizontal(left, lipgloss.Center, phone)
	// bubbles' short help can overrun its width once the ellipsis no longer
	// fits, so cut it to the terminal.
	hw := left
	if l.Observer {
		hw -= observerGap // keep the help off the panel's border
	}
	h := ansi.Truncate(a.help.ShortHelpView(appKeyMap{a}.ShortHelp()), hw, "…")
	out := phone + "\n" + lipgloss.PlaceHorizontal(left, lipgloss.Center, h)
	if l.Observer {
		out = lipgloss.JoinHorizontal(lipgloss.Top, out, a.observerView())
	}
	return out
}

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
