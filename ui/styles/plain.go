package styles

import "charm.land/lipgloss/v2"

// For is the Styles for a terminal: Default(isDark), adapted by
// WithoutColour when the terminal shows no colour (see ColorlessProfile).
func For(isDark, colorless bool) *Styles {
	s := Default(isDark)
	if colorless {
		s.WithoutColour()
	}
	return s
}

// WithoutColour adapts s for a terminal without colour (NO_COLOR, a
// monochrome or dumb terminal). What colour alone told apart gets a cue
// that survives without it: the selected row and the active grid cell are
// drawn in reverse video (kept under NO_COLOR, which drops only colours),
// and the active card and the focused input get a heavy border (characters,
// so visible even where every attribute is dropped). Sizes do not change.
func (s *Styles) WithoutColour() {
	s.Colorless = true
	s.Selected = s.Selected.UnsetBackground().Reverse(true)
	s.GridActive = s.GridActive.UnsetBackground().Reverse(true)
	s.CardActive = s.CardActive.BorderStyle(lipgloss.ThickBorder())
	s.InputFocus = s.InputFocus.BorderStyle(lipgloss.ThickBorder())
}
