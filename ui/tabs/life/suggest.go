package life

import (
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/ui/components/postcard"
	"lifesim/ui/draw"
)

// suggestHeading introduces the "Accounts you may be interested in" row.
func (m *Feed) suggestHeading() string {
	st := m.env.Styles
	return st.Section.Render(draw.Line(" Accounts you may be interested in", m.width))
}

// suggestion is one suggested account on one line: name, kind badge, fans,
// and its follow button.
func (m *Feed) suggestion(a model.LifeAccount, selected bool) string {
	st := m.env.Styles
	btn := st.Button.Render(m.followLabel(a))
	if m.state.Following(a.ID) {
		btn = st.ButtonOn.Render(m.followLabel(a))
	}
	cursor := "  "
	if selected {
		cursor = st.Cursor.Render("› ")
	}
	badge := " " + postcard.KindBadge(st, a.Kind)
	fans := st.Muted.Render(" · " + model.CompactCount(a.Fans) + " fans")
	room := m.width - lipgloss.Width(cursor) - lipgloss.Width(btn) - 1
	// Drop the fans, then the badge, before the name gets too short to read.
	if room-lipgloss.Width(badge)-lipgloss.Width(fans) < 10 {
		fans = ""
	}
	if room-lipgloss.Width(badge) < 8 {
		badge = ""
	}
	nameW := max(room-lipgloss.Width(badge)-lipgloss.Width(fans), 1)
	left := cursor + st.Title.Render(draw.Line(a.Name, nameW)) + badge + fans
	line := draw.Spread(left, btn, m.width)
	if selected {
		// one background across the row: inner colour resets would break it
		return st.Selected.Render(ansi.Strip(line))
	}
	return line
}

// followLabel is a suggestion's follow button: what f will do.
func (m *Feed) followLabel(a model.LifeAccount) string {
	if m.state.Following(a.ID) {
		return "✓ Following"
	}
	return "+ Follow"
}
