package styles

import "charm.land/lipgloss/v2"

// Console is how the merchant console (ui/merchant) draws what the phone
// has no part for: its screen row, its charts and its live badge. The
// rest (titles, text, notices, selection) it takes from Styles itself.
type Console struct {
	Brand    lipgloss.Style // the account's name in the header
	Screen   lipgloss.Style // a screen's name in the row of screens
	ScreenOn lipgloss.Style // the screen in front (also marked ›)
	Rule     lipgloss.Style // the line under the row of screens
	Label    lipgloss.Style // a metric's name
	Number   lipgloss.Style // a figure beside a chart
	Spark    lipgloss.Style // a sparkline's blocks
	Bar      lipgloss.Style // a bar's blocks
	Head     lipgloss.Style // a table's header row
	Live     lipgloss.Style // "● live": following the log
	Stale    lipgloss.Style // not following: reading, or a read failed
}

// Console is the merchant console's styles in s's palette. Charts are
// drawn in block characters, so their length reads without colour; the
// numbers beside them carry the figures.
func (s *Styles) Console() Console {
	p := s.Palette
	n := lipgloss.NewStyle
	return Console{
		Brand:    n().Foreground(p.Fg).Bold(true),
		Screen:   n().Foreground(p.TabInactive),
		ScreenOn: n().Foreground(p.TabActive).Bold(true).Underline(true),
		Rule:     n().Foreground(p.Border),
		Label:    n().Foreground(p.Muted),
		Number:   n().Foreground(p.Fg).Bold(true),
		Spark:    n().Foreground(p.Accent),
		Bar:      n().Foreground(p.Primary),
		Head:     n().Foreground(p.Muted).Bold(true),
		Live:     n().Foreground(p.Live).Bold(true),
		Stale:    n().Foreground(p.Subtle),
	}
}
