package screen

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
)

// Screen is a tab or a pushed page. The root owns the size, the key routing
// and the page stack; a screen owns its content.
type Screen interface {
	// Init returns the command that loads the screen's data (never does I/O itself).
	Init() tea.Cmd
	// Update handles keys (only when focused) and every broadcast message;
	// a screen ignores messages that are not its own.
	Update(msg tea.Msg) (Screen, tea.Cmd)
	// View renders exactly the size last given to SetSize.
	View() string
	SetSize(width, height int)
	// Title is shown in the page header and the window title.
	Title() string
	// CapturesInput reports that a text input has focus, so printable keys
	// must go to the screen rather than to global bindings.
	CapturesInput() bool
	help.KeyMap
}

// BackTaker is a screen that uses esc itself at the moment (a pop-up is
// open over it) without capturing every key: the root gives it esc instead
// of popping the page, and the global keys keep working.
type BackTaker interface {
	TakesBack() bool
}

// Focuser is a screen with a text input that the root can focus (Search,
// when "/" is pressed or Home's search box is opened).
type Focuser interface {
	Focus() tea.Cmd
}

// Leaver is a screen that records something when it goes out of view: a
// page popped, replaced or closed by a tab switch, or a tab switched away
// from. The root calls Leave and runs the command.
type Leaver interface {
	Leave() tea.Cmd
}

// MiniProgramHolder is a page that shows one mini program: opening that
// mini program again brings the page forward instead of stacking a copy.
type MiniProgramHolder interface {
	MiniProgramOpen() model.MiniProgramID
}
