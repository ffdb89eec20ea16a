package ui

import (
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/keys"
	"lifesim/ui/merchant"
	"lifesim/ui/nav"
	"lifesim/ui/observer"
	"lifesim/ui/screen"
	"lifesim/ui/styles"
)

// App is the root model.
type App struct {
	env  screen.Env
	tabs [nav.NumTabs]screen.Screen // nil: not in this arm's bar (slots)
	// started: the tab's Init has run (startup.go)
	started [nav.NumTabs]bool
	// Every tab keeps its own page stack, so a tab key never throws pages
	// away: stack is the active tab's (top last), parked the others',
	// swapped in and out by switchTab.
	stack  []screen.Screen
	parked [nav.NumTabs][]screen.Screen
	tab    nav.Tab
	// state is the persona's latest state, as broadcast to the screens:
	// the mini program nav line's ☆/★ reads it.
	state       model.UserState
	help        help.Model
	layout      Layout
	notice      notice      // notice.go
	overlay     helpOverlay // help.go: the open full help
	held        typeAhead   // typeahead.go: keys pressed while a page loads
	personaName string
	quitting    bool
	// startLogged: this session's app_start is in the log; until then a
	// stop waits in stopWaiting (session.go).
	startLogged bool
	stopWaiting tea.Cmd
	frame       frame // view.go: the last frame drawn, kept while nothing changes
	// stylesGen counts palette changes (a light terminal, no colour), so
	// what is drawn once per palette is drawn again (phone.go, chrome.go).
	stylesGen   int
	phoneBorder phoneBorder
	chrome      chromeCache   // chromecache.go
	composed    composedFrame // view.go: the last frame assembled

	// experiments (see experiments.go, session.go, observe.go)
	experiments  []model.Experiment
	forced       map[string]string
	newSessionID func() string
	showVariants bool // the v key: variants on the status line
	observer     observer.Panel
	observerOn   bool // F2 or --observer: the panel is wanted; where it shows is observe.go's
	waiter       observer.WaitFunc

	travel timeTravel // travel.go: T and TravelMsg

	// console is the merchant console, shown in place of the phone while
	// set (merchant.go).
	console *merchant.Console

	noMouse bool // Options.NoMouse: the terminal reports no mouse (mouse.go)

	// a room's session (room.go, where.go)
	participant bool
	onWhere     func(where string)
	where       string // what onWhere heard last
}

// Options are what the app is built from: plain values, so the caller
// needs nothing from the UI's own packages.
type Options struct {
	Store       store.Store
	Persona     model.PersonaID
	PersonaName string
	// Clock is the simulated clock every action is stamped with.
	Clock    func() time.Time
	Settings model.Settings
	// Experiments and Forced (--variant) give each persona acted as, the
	// first and any chosen with P, its arm of every experiment.
	Experiments []model.Experiment
	Forced      map[string]string
	// NewSession names each session: the first, and one per persona
	// switch (default NewSessionID).
	NewSession func() string
	// Observer shows the observer panel from the start, beside the phone
	// when the terminal is at least ObserverMinWidth wide; F2 toggles it,
	// and on a narrower terminal F2 shows it in the phone's place.
	Observer bool
	// Ticker schedules every timer (default tea.Tick); tests inject one
	// that fires on demand.
	Ticker func(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd
	// Waiter runs the observer panel's wait for the log to grow: fn's
	// message once ready is closed (default: a command that blocks on
	// ready). Test drivers that run commands inline inject one that holds
	// the wait, as Ticker holds timers.
	Waiter func(ready <-chan struct{}, fn func() tea.Msg) tea.Cmd
	// Participant is a room's participant served over SSH (room.go): the
	// persona switch is off (P says so and is not in the help), and the
	// observer panel shows only this session's funnel and events.
	Participant bool
	// OnWhere, when set, hears where the persona is each time that
	// changes (Where: the tab, and the page in front; where.go), the first
	// time at the first message. It is called from Update, so it must not
	// block.
	OnWhere func(where string)
	// Travel moves the simulated clock (Clock, and the store's) forward
	// by d: T and TravelMsg (travel.go). Nil: time travel is off.
	Travel func(d time.Duration)
	// Merchant, when set, opens the app on that life account's merchant
	// console in place of the phone (lifesim --merchant; merchant.go):
	// no consumer session starts until P picks a persona. MerchantName
	// is the account's name, shown until the console has read it.
	Merchant     model.AccountID
	MerchantName string
	// NoMouse leaves the terminal's mouse alone (--no-mouse): no clicks
	// or wheel reach the app, and the terminal's own text selection
	// works. Otherwise a click does what enter does on what is under the
	// pointer, and the wheel scrolls (mouse.go).
	NoMouse bool
}

// New builds the root model and the Env its screens share.
func New(opts Options) *App {
	a := &App{
		help:        help.New(),
		personaName: opts.PersonaName,

		experiments:  opts.Experiments,
		forced:       opts.Forced,
		newSessionID: opts.NewSession,
		observerOn:   opts.Observer,
		observer:     observer.Panel{Own: opts.Participant},
		waiter:       opts.Waiter,
		participant:  opts.Participant,
		onWhere:      opts.OnWhere,
		travel:       timeTravel{move: opts.Travel},
		noMouse:      opts.NoMouse,
	}
	if a.waiter == nil {
		a.waiter = observer.Block
	}
	a.env = screen.Env{
		Store:    opts.Store,
		Styles:   styles.Default(true),
		Keys:     keys.New(),
		Clock:    opts.Clock,
		Persona:  opts.Persona,
		Session:  a.newSession(),
		Settings: opts.Settings,
		Variants: a.assign(opts.Persona),
		Ticker:   opts.Ticker,
	}
	a.help.Styles = help.DefaultStyles(a.env.Styles.IsDark)
	a.overlay.keys = newOverlayKeys(a.env.Keys)
	if opts.Merchant != "" {
		a.env.Persona = model.MerchantPersona(opts.Merchant)
		a.env.Variants = a.assign(a.env.Persona)
		a.personaName = operatorName(opts.MerchantName)
		a.console = a.newConsole(opts.Merchant, opts.MerchantName)
		a.startLogged = true // no session to wait for: a quit ends at once
	}
	a.tabs = newTabs(a.env)
	return a
}

// assign is persona p's arm of every experiment: the one place the app
// assigns variants.
func (a *App) assign(p model.PersonaID) model.Assignment {
	return model.Assign(a.experiments, p, a.forced)
}

// Init starts the session, loads the tab in front and then the others
// (startup.go; the tabs read the persona's state, which reaches every
// screen as a StateMsg), and asks for the background colour so light
// terminals get the light palette. On the merchant console (Options.Merchant)
// no session starts: the console reads its figures.
func (a *App) Init() tea.Cmd {
	if a.console != nil {
		return tea.Batch(tea.RequestBackgroundColor, a.console.Init())
	}
	return tea.Batch(tea.RequestBackgroundColor, startSession(a.env, ""), a.loadTabs())
}

// focused is the screen that receives keys: the top page, or the tab.
func (a *App) focused() screen.Screen {
	if n := len(a.stack); n > 0 {
		return a.stack[n-1]
	}
	return a.tabs[a.tab]
}

// live is every screen that receives broadcast messages: the tabs and
// every tab's pages, shown or not.
func (a *App) live() []screen.Screen {
	var out []screen.Screen
	for _, t := range a.slots() {
		out = append(out, a.tabs[t])
	}
	out = append(out, a.stack...)
	for _, p := range a.parked {
		out = append(out, p...)
	}
	return out
}

// Tab is the active tab (for tests and the window title).
func (a *App) Tab() nav.Tab { return a.tab }

// Depth is the number of pages pushed on the active tab.
func (a *App) Depth() int { return len(a.stack) }

// Persona is the persona in use.
func (a *App) Persona() model.PersonaID { return a.env.Persona }
