package styles

import (
	"image/color"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
)

// Pictures are the one place colours come from data rather than the
// palette: a photo's pixels. They are still styled here, so every colour
// the app draws passes through this package.

// HalfBlock is the style of one picture cell drawn as "▀": the top pixel
// is the foreground, the bottom pixel the background. A nil colour leaves
// the terminal's own.
func (s *Styles) HalfBlock(top, bottom color.Color) lipgloss.Style {
	st := lipgloss.NewStyle()
	if top != nil {
		st = st.Foreground(top)
	}
	if bottom != nil {
		st = st.Background(bottom)
	}
	return st
}

// ColorlessProfile reports whether a terminal of profile p shows no colour
// at all, so that coloured pictures would come out blank.
func ColorlessProfile(p colorprofile.Profile) bool {
	return p == colorprofile.NoTTY || p == colorprofile.ASCII
}
