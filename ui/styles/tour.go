package styles

import "charm.land/lipgloss/v2"

// Tour is how the presenter's tour (ui/tour) draws its caption bar,
// outside the phone.
type Tour struct {
	Rule     lipgloss.Style // the line between the app and the bar
	Counter  lipgloss.Style // the step counter, 4/12
	Caption  lipgloss.Style // the step's caption
	State    lipgloss.Style // where the tour is and what the keys do now
	Handed   lipgloss.Style // the presenter has the app
	Mismatch lipgloss.Style // an expect that did not hold
}

// Tour is the caption bar's styles in s's palette.
func (s *Styles) Tour() Tour {
	p := s.Palette
	n := lipgloss.NewStyle
	return Tour{
		Rule:     n().Foreground(p.Border),
		Counter:  n().Foreground(p.Primary).Bold(true),
		Caption:  n().Foreground(p.Fg),
		State:    n().Foreground(p.Subtle),
		Handed:   n().Foreground(p.Warning).Bold(true),
		Mismatch: n().Foreground(p.Error).Bold(true),
	}
}
