package console

import (
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"lifesim/ui/styles"
)

// Styles is every style the console draws with, made from lifesim's
// palette (ui/styles) for the terminal's background and colour profile,
// so that the console and the app look alike and no colour is made here.
type Styles struct {
	Title    lipgloss.Style // "lifesim serve"
	Section  lipgloss.Style // a section's heading
	Head     lipgloss.Style // a table's header row
	Text     lipgloss.Style
	Muted    lipgloss.Style
	Accent   lipgloss.Style // the ssh line participants type
	Error    lipgloss.Style
	TooSmall lipgloss.Style

	isDark, colorless bool
}

func newStyles(isDark, colorless bool) Styles {
	s := styles.For(isDark, colorless)
	return Styles{
		Title:     s.Title,
		Section:   s.Section,
		Head:      s.Muted.Bold(true),
		Text:      s.Text,
		Muted:     s.Muted,
		Accent:    s.Accent.Bold(true),
		Error:     s.Error,
		TooSmall:  s.TooSmall,
		isDark:    isDark,
		colorless: colorless,
	}
}

// colorless reports whether a terminal of profile p shows no colour.
func colorless(p colorprofile.Profile) bool { return styles.ColorlessProfile(p) }
