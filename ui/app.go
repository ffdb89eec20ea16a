package ui

import (
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/keys"
	"lifesim/ui/nav"
	"lifesim/ui/observer"
	"lifesim/ui/screen"
	"lifesim/ui/styles"
)

// Screens builds the tabs and pages. The real wiring is DefaultScreens;
// tests may substitute their own.
type Screens struct {
	Tabs        func(env screen.Env) [nav.NumTabs]screen.Screen
	MiniProgram func(env screen.Env, msg nav.OpenMiniProgramMsg) screen.Screen
	Account     func(env screen.Env, msg nav.OpenAccountMsg) screen.Screen
	Post        func(env screen.Env, msg nav.OpenPostMsg) screen.Screen
}

// notice is the transient line above the tab bar.
type notice struct {
	text string
	err  error
	seq  int // a clear message only clears the notice it was set for
}

type clearNoticeMsg struct{ seq int }

// noticeTTL is how long a notice stays up.
const noticeTTL = 4 * time.Second

// App is the root model.
type App struct {
	env         screen.Env
	screens     Screens
	tabs        [nav.NumTabs]screen.Screen
	stack       []screen.Screen // pushed pages, top last
	tab         nav.Tab
	help        help.Model
	layout      Layout
	notice      notice
	personaName string
	quitting    bool

	// experiments (see experiments.go, session.go, observe.go)
	experiments  []model.Experiment
	forced       map[string]string
	newSessionID func() string
	showVariants bool // the v key: variants on the status line
	observer     observer.Panel
	observerOn   bool // F2; drawn only when the terminal is wide enough
}

// Options are what the root needs beyond the Env.
type Options struct {
	PersonaName string
	Screens     Screens
	// Experiments and Forced (--variant) give a persona chosen in the app
	// its variants; the Env's Variants are the starting persona's.
	Experiments []model.Experiment
	Forced      map[string]string
	// NewSession names the session started by a persona switch (default
	// NewSessionID).
	NewSession func() string
	// Observer shows the observer panel (F2 toggles it) when the terminal
	// is at least ObserverMinWidth wide.
	Observer bool
}

// New builds the root model. The Env's Styles and Keys are created here if
// the caller left them nil.
func New(env screen.Env, opts Options) *App {
	if env.Styles == nil {
		env.Styles = styles.Default(true)
	}
	if env.Keys == nil {
		env.Keys = keys.New()
	}
	a := &App{
		env:         env,
		screens:     opts.Screens,
		help:        help.New(),
		personaName: opts.PersonaName,

		experiments:  opts.Experiments,
		forced:       opts.Forced,
		newSessionID: opts.NewSession,
		observerOn:   opts.Observer,
	}
	a.help.Styles = help.DefaultStyles(env.Styles.IsDark)
	a.tabs = opts.Screens.Tabs(env)
	return a
}

// Init starts the session, loads every tab (the tabs read the persona's
// state, which reaches every screen as a StateMsg), and asks for the
// background colour so light terminals get the light palette.
func (a *App) Init() tea.Cmd {
	cmds := []tea.Cmd{tea.RequestBackgroundColor, startSession(a.env, "")}
	for _, t := range a.tabs {
		cmds = append(cmds, t.Init())
	}
	return tea.Batch(cmds...)
}

// focused is the screen that receives keys: the top page, or the tab.
func (a *App) focused() screen.Screen {
	if n := len(a.stack); n > 0 {
		return a.stack[n-1]
	}
	return a.tabs[a.tab]
}

// live is every screen that receives broadcast messages.
func (a *App) live() []screen.Screen {
	out := append([]screen.Screen(nil), a.tabs[:]...)
	return append(out, a.stack...)
}

// Tab is the active tab (for tests and the window title).
func (a *App) Tab() nav.Tab { return a.tab }

// Depth is the number of pushed pages.
func (a *App) Depth() int { return len(a.stack) }

// Persona is the persona in use.
func (a *App) Persona() model.PersonaID { return a.env.Persona }
