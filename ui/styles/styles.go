// Package styles is the one place lifesim's look is defined: a semantic
// palette for light and dark backgrounds, turned into a Styles struct that
// every screen and component reads from. Nothing else creates colours.
package styles

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Palette names colours by what they mean, not what they look like.
type Palette struct {
	Primary, Accent, Fg, Muted, Subtle, Border, Success, Warning, Error,
	Live, SelectedBg, TabActive, TabInactive, LifeTab color.Color
}

// DefaultPalette is Alipay's blue with a warm accent, tuned for a dark or a
// light terminal background.
func DefaultPalette(isDark bool) Palette {
	ld := lipgloss.LightDark(isDark)
	c := lipgloss.Color
	return Palette{
		Primary:     ld(c("#1165D8"), c("#4C9BFF")),
		Accent:      ld(c("#D9480F"), c("#FF8A3D")),
		Fg:          ld(c("#1B1B1F"), c("#E8E8EC")),
		Muted:       ld(c("#5C5F66"), c("#9A9CA3")),
		Subtle:      ld(c("#74777E"), c("#80838A")), // ≥ 3:1 on the background and on SelectedBg
		Border:      ld(c("#B8BCC4"), c("#4A4D55")),
		Success:     ld(c("#1E7B34"), c("#5BD174")),
		Warning:     ld(c("#9A6700"), c("#F2C14E")),
		Error:       ld(c("#C92A2A"), c("#FF6B6B")),
		Live:        ld(c("#E03131"), c("#FF4D4F")),
		SelectedBg:  ld(c("#DCE9FB"), c("#23344D")),
		TabActive:   ld(c("#1165D8"), c("#4C9BFF")),
		TabInactive: ld(c("#6B6E75"), c("#8A8D94")),
		LifeTab:     ld(c("#D9480F"), c("#FF8A3D")),
	}
}

// Styles is every style lifesim draws with, grouped by where it is used.
type Styles struct {
	Palette Palette
	IsDark  bool
	// Colorless is set when the terminal shows no colour (NO_COLOR, a dumb
	// terminal, output that is not a terminal): pictures are then drawn in
	// ASCII shades instead of coloured half-blocks (see picture.go).
	Colorless bool

	// Phone chrome
	Phone      lipgloss.Style // the frame around the phone column
	StatusBar  lipgloss.Style
	TabBar     lipgloss.Style
	Tab        lipgloss.Style
	TabActive  lipgloss.Style
	TabLife    lipgloss.Style // the emphasised "C position" Life tab
	TabLifeOn  lipgloss.Style
	HelpLine   lipgloss.Style
	TooSmall   lipgloss.Style
	Notice     lipgloss.Style // transient status: success
	NoticeErr  lipgloss.Style // transient status: error
	Title      lipgloss.Style // page title
	Header     lipgloss.Style // page header bar (with back arrow)
	Section    lipgloss.Style // section heading inside a page
	Text       lipgloss.Style
	Muted      lipgloss.Style
	Subtle     lipgloss.Style
	Accent     lipgloss.Style
	Primary    lipgloss.Style
	Success    lipgloss.Style
	Warning    lipgloss.Style // a count near its limit
	Error      lipgloss.Style
	Badge      lipgloss.Style // account kind badge
	LiveBadge  lipgloss.Style
	Selected   lipgloss.Style // a selected row
	Cursor     lipgloss.Style // the "›" marker of a selected row
	Button     lipgloss.Style
	ButtonOn   lipgloss.Style // a button in its active state (collected, following)
	Tip        lipgloss.Style // collection-guidance tip
	Card       lipgloss.Style // a post card or a panel
	CardActive lipgloss.Style
	Component  lipgloss.Style // a marketing component chip
	Input      lipgloss.Style // the box around a text input
	InputFocus lipgloss.Style
	GridCell   lipgloss.Style
	GridActive lipgloss.Style
	Price      lipgloss.Style
}

// New builds Styles for a palette.
func New(p Palette, isDark bool) *Styles {
	s := lipgloss.NewStyle
	return &Styles{
		Palette:    p,
		IsDark:     isDark,
		Phone:      s().Border(lipgloss.RoundedBorder()).BorderForeground(p.Border).Padding(0, 1),
		StatusBar:  s().Foreground(p.Muted),
		TabBar:     s().BorderTop(true).BorderStyle(lipgloss.NormalBorder()).BorderForeground(p.Border),
		Tab:        s().Foreground(p.TabInactive),
		TabActive:  s().Foreground(p.TabActive).Bold(true).Underline(true),
		TabLife:    s().Foreground(p.LifeTab).Bold(true),
		TabLifeOn:  s().Foreground(p.LifeTab).Bold(true).Underline(true),
		HelpLine:   s().Foreground(p.Subtle),
		TooSmall:   s().Foreground(p.Warning).Bold(true),
		Notice:     s().Foreground(p.Success),
		NoticeErr:  s().Foreground(p.Error).Bold(true),
		Title:      s().Foreground(p.Fg).Bold(true),
		Header:     s().Foreground(p.Fg).Bold(true).BorderBottom(true).BorderStyle(lipgloss.NormalBorder()).BorderForeground(p.Border),
		Section:    s().Foreground(p.Primary).Bold(true),
		Text:       s().Foreground(p.Fg),
		Muted:      s().Foreground(p.Muted),
		Subtle:     s().Foreground(p.Subtle),
		Accent:     s().Foreground(p.Accent),
		Primary:    s().Foreground(p.Primary),
		Success:    s().Foreground(p.Success),
		Warning:    s().Foreground(p.Warning),
		Error:      s().Foreground(p.Error),
		Badge:      s().Foreground(p.Primary).Bold(true),
		LiveBadge:  s().Foreground(p.Live).Bold(true).Reverse(true),
		Selected:   s().Background(p.SelectedBg).Foreground(p.Fg),
		Cursor:     s().Foreground(p.Accent).Bold(true),
		Button:     s().Foreground(p.Primary).Bold(true),
		ButtonOn:   s().Foreground(p.Success).Bold(true),
		Tip:        s().Foreground(p.Warning).Border(lipgloss.RoundedBorder()).BorderForeground(p.Warning).Padding(0, 1),
		Card:       s().Border(lipgloss.RoundedBorder()).BorderForeground(p.Border).Padding(0, 1),
		CardActive: s().Border(lipgloss.RoundedBorder()).BorderForeground(p.Accent).Padding(0, 1),
		Component:  s().Foreground(p.Accent),
		Input:      s().Border(lipgloss.RoundedBorder()).BorderForeground(p.Border).Padding(0, 1),
		InputFocus: s().Border(lipgloss.RoundedBorder()).BorderForeground(p.Primary).Padding(0, 1),
		GridCell:   s().Foreground(p.Fg).Align(lipgloss.Center),
		GridActive: s().Foreground(p.Fg).Background(p.SelectedBg).Bold(true).Align(lipgloss.Center),
		Price:      s().Foreground(p.Accent).Bold(true),
	}
}

// Default is New(DefaultPalette(isDark), isDark).
func Default(isDark bool) *Styles { return New(DefaultPalette(isDark), isDark) }
