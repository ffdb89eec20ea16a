package tour

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"lifesim/ui"
	"lifesim/ui/styles"
	"lifesim/ui/tour/script"
)

// Pace says who moves the tour on after a step has played.
type Pace int

const (
	// Step waits for the presenter (space or →) after each step.
	Step Pace = iota
	// Auto holds each step long enough to read its caption, then goes on.
	Auto
)

// Options are what a tour is built from.
type Options struct {
	Script *script.Script
	Pace   Pace
	// Speed divides every pause of the tour: 1 is the normal pace, 10
	// ten times faster. Zero or less is 1.
	Speed float64
	// Open gives a fresh throwaway store for a start or a rewind: the
	// app's options (store, persona, clock, Travel, Ticker, Waiter,
	// forced arms…) and what closes it. The tour calls it in a command,
	// never in Update.
	Open func() (ui.Options, func() error, error)
	// Ticker schedules the tour's timers (nil: tea.Tick); the headless
	// runtime gives a virtual one.
	Ticker func(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd
	// Headless quits after the last step, or at a mismatch, and never
	// waits for a presenter.
	Headless bool
	// OnStep hears that step n (1-based) has settled, with its caption
	// (the recorder's markers). It is called from Update. May be nil.
	OnStep func(n int, caption string)
	// OnResize hears the terminal's size, the first and every change
	// (the recorder's resize events). It is called from Update. May be nil.
	OnResize func(width, height int)
}

// phase is where the tour is.
type phase int

const (
	starting phase = iota // Open in flight: a start or a rewind
	playing               // the step's actions are under way
	settled               // the step has played; the tour waits or holds it
	ended                 // the last step has played
	stopped               // an expect did not hold
	handed                // the presenter has the app
)

// Model is the tour: a tea.Model wrapping the app.
type Model struct {
	o      Options
	keys   keyMap
	ticker func(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd

	// The app, its generation (bumped by every start, so messages from an
	// older app's commands are told apart and dropped) and what closes its
	// store.
	app    *ui.App
	gen    int
	closer func() error
	busy   *inflight // the app's commands under way (wrap.go)
	// due: the next action's pause is over, and it waits for the app
	// to settle (play.go)
	due bool

	// What the terminal told us, given again to every new app.
	size    tea.WindowSizeMsg
	bg      *tea.BackgroundColorMsg
	profile *tea.ColorProfileMsg
	style   styles.Tour
	// stylesGen counts restyles, so the caption bar is drawn again.
	stylesGen int
	drawn     drawnFrame // view.go

	phase  phase
	step   int  // the step in play (0-based)
	target int  // a start plays the steps before target with no pace (replay)
	act    int  // the next action of step
	typed  int  // characters of a Type action already sent
	rush   bool // no pace: the presenter asked to finish the step, or a replay
	auto   bool // the auto pace is on (p toggles it)
	timer  int  // the one pending timer's generation; bumping it cancels it
	want   *script.Action
	// waiting is what a refused ctrl+r waits to see on screen.
	waiting string
	err     error
}

// New builds the tour for o. Init opens the first store.
func New(o Options) *Model {
	if o.Speed <= 0 {
		o.Speed = 1
	}
	if o.Script == nil {
		o.Script = &script.Script{}
	}
	m := &Model{o: o, keys: newKeyMap(), ticker: o.Ticker, auto: o.Pace == Auto}
	if m.ticker == nil {
		m.ticker = tea.Tick
	}
	m.style = styles.Default(true).Tour()
	return m
}

// Err is what stopped the tour, if anything: an expect that did not hold
// ("FILE:LINE: expected \"X\" on screen"), or a store that did not open.
func (m *Model) Err() error { return m.err }

// Close closes the store in use. The caller calls it after the program
// has ended.
func (m *Model) Close() error {
	c := m.closer
	m.closer = nil
	if c == nil {
		return nil
	}
	return c()
}

// Init opens the first store and starts the app on it.
func (m *Model) Init() tea.Cmd { return m.start(0) }

// Update takes the terminal's messages, the presenter's keys, the tour's
// timers and the app's tagged messages; anything else goes to the app.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m, m.resize(msg)
	case tea.BackgroundColorMsg:
		m.bg = &msg
		m.restyle()
		return m, m.toApp(msg)
	case tea.ColorProfileMsg:
		m.profile = &msg
		m.restyle()
		return m, m.toApp(msg)
	case tea.KeyPressMsg:
		return m, m.key(msg)
	case tea.PasteMsg:
		if m.phase == handed {
			return m, m.toApp(msg)
		}
		return m, nil
	case openedMsg:
		return m, m.opened(msg)
	case appMsg:
		return m, m.fromApp(msg)
	case tickMsg:
		return m, m.tick(msg)
	}
	return m, m.toApp(msg)
}

// restyle follows the terminal's background and colour profile.
func (m *Model) restyle() {
	dark, colorless := true, false
	if m.bg != nil {
		dark = m.bg.IsDark()
	}
	if m.profile != nil {
		colorless = styles.ColorlessProfile(m.profile.Profile)
	}
	m.style = styles.For(dark, colorless).Tour()
	m.stylesGen++
}

// steps is the script's steps.
func (m *Model) steps() []script.Step { return m.o.Script.Steps }
