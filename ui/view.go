package ui

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"lifesim/ui/draw"
)

// View draws the phone centred in the terminal with the help under it, or
// the "too small" message.
func (a *App) View() tea.View {
	if !a.frame.drawn {
		a.frame = frame{content: a.render(), title: "lifesim · " + a.focused().Title(), drawn: true}
	}
	v := tea.NewView(a.frame.content)
	v.AltScreen = true
	v.WindowTitle = a.frame.title
	return v
}

// frame is the last frame View drew. Update forgets it on every message
// but a quiet one (update.go), so View draws again only when something
// may have changed. The clock the status line shows is then that of the
// last change, as it is anyway between messages.
type frame struct {
	content, title string
	drawn          bool
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
	// A mini program in front is full-screen: its nav line on top takes
	// the tab bar's rows (fullscreen.go).
	rows := []string{draw.Fit(a.statusBar(w), w, 1)}
	mp, full := a.miniProgramInFront()
	if full {
		rows = append(rows, a.miniProgramBar(mp.FullScreen(), w))
	}
	rows = append(rows, a.contentWithNotice(body, w, l.ContentHeight))
	if !full {
		rows = append(rows, a.tabBar(w))
	}
	inner := lipgloss.JoinVertical(lipgloss.Left, rows...)
	phone := a.env.Styles.Phone.Render(inner)
	// With the observer panel the phone and its help are centred in the
	// columns left of the panel.
	left := l.Width
	if l.Observer {
		left = l.LeftWidth
	}
	phone = lipgloss.PlaceHorizontal(left, lipgloss.Center, phone)
	hw := left
	if l.Observer {
		hw -= observerGap // keep the help off the panel's border
	}
	h := a.shortHelpLine(hw)
	out := phone + "\n" + lipgloss.PlaceHorizontal(left, lipgloss.Center, h)
	if l.Observer {
		out = lipgloss.JoinHorizontal(lipgloss.Top, out, a.observerView())
	}
	return out
}
