package console

import (
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
)

// Store is what the console reads of the room's store (store.DB is one):
// the chain funnel by variant, the log's last event (to know from where
// to wait) and the append notification.
type Store interface {
	// FunnelGroups is the funnel of `lifesim funnel --by variant`.
	FunnelGroups(days int) ([]model.FunnelGroup, error)
	// LatestEvents is the last n events of the log, oldest first.
	LatestEvents(n int) ([]model.Event, error)
	store.Appends
}

var _ Store = (*store.DB)(nil)

// Options are what the console shows and where it reads it.
type Options struct {
	Roster      Roster
	Store       Store
	Experiments []model.Experiment // the world's: their short labels name the arms
	// SSHLine is what participants type, e.g. "ssh -p 2323 NAME@192.168.1.20".
	SSHLine string
	Listen  string // the address the server listens on
	Max     int    // --max-sessions
	// Clock is the room's simulated clock; Wall the wall clock, for how
	// long each participant has been connected and the log's time stamps
	// (default time.Now).
	Clock, Wall func() time.Time
	// Ticker schedules the console's timers (default tea.Tick), and Waiter
	// its waits for the roster and the log to change (default: a command
	// that blocks until ready is closed). Tests hold both.
	Ticker func(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd
	Waiter func(ready <-chan struct{}, fn func() tea.Msg) tea.Cmd
}

// FunnelDays is the retention window of the console's funnel, the
// default of `lifesim funnel`.
const FunnelDays = 7

// readGap is the least time between two funnel reads: a busy room wakes
// the console at every append, and it reads at most this often.
const readGap = 250 * time.Millisecond

// rosterGap is the least time between two snapshots of the roster: fifty
// participants walking the chain change their screens a hundred times a
// second, and the console draws at most this often for them. Changes
// made meanwhile are in the next snapshot.
const rosterGap = 100 * time.Millisecond

// Model is the console's Bubble Tea model. It fills the terminal; q or
// ctrl+c ask to close the room (CloseRequested) and end the program.
type Model struct {
	opts   Options
	labels map[string]string // experiment key → short label
	st     Styles
	keys   keyMap
	help   help.Model
	w, h   int

	people []Participant
	funnel funnelState
	closed bool // q: the room is to close
}

// funnelState is the funnel as of the last read, and the reads' pacing:
// one read in flight at a time, none sooner than readGap after the last
// answer, and appends that land meanwhile coalesced into one read.
type funnelState struct {
	groups   []model.FunnelGroup
	last     uint64 // the log's last Seq when the figures were read
	loaded   bool
	err      error
	inflight bool
	cooling  bool // readGap has not passed since the last answer
	dirty    bool // the log has grown since the last read began
}

// New builds the console; nothing is read until Init's commands run.
func New(opts Options) *Model {
	if opts.Wall == nil {
		opts.Wall = time.Now
	}
	if opts.Clock == nil {
		opts.Clock = opts.Wall
	}
	if opts.Ticker == nil {
		opts.Ticker = tea.Tick
	}
	if opts.Waiter == nil {
		opts.Waiter = block
	}
	return &Model{
		opts:   opts,
		labels: labels(opts.Experiments),
		st:     newStyles(true, false),
		keys:   newKeys(),
		help:   help.New(),
	}
}

// CloseRequested reports whether the researcher asked to close the room
// (q or ctrl+c): the server then shuts the room down, as on SIGINT.
func (m *Model) CloseRequested() bool { return m.closed }

// Init reads the roster and the funnel and starts the clock's tick.
func (m *Model) Init() tea.Cmd {
	m.funnel.inflight = true
	return tea.Batch(tea.RequestBackgroundColor, snapshot(m.opts.Roster), readFunnel(m.opts.Store), m.tick())
}

// Update dispatches: keys, the terminal's size and colours, then the
// answers of the console's reads, waits and timers.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return m, m.key(msg)
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
	case tea.BackgroundColorMsg:
		m.st = newStyles(msg.IsDark(), m.st.colorless)
		m.help.Styles = help.DefaultStyles(msg.IsDark())
	case tea.ColorProfileMsg:
		m.st = newStyles(m.st.isDark, colorless(msg.Profile))
	case rosterMsg:
		m.people = msg.people
		return m, m.opts.Ticker(rosterGap, func(time.Time) tea.Msg { return rosterPauseMsg(msg) })
	case rosterPauseMsg:
		return m, m.opts.Waiter(msg.next, snapshot(m.opts.Roster))
	case funnelMsg:
		return m, m.funnelRead(msg)
	case appendedMsg:
		m.funnel.dirty = true
		return m, m.maybeRead()
	case cooledMsg:
		m.funnel.cooling = false
		return m, m.maybeRead()
	case clockMsg:
		return m, m.tick()
	}
	return m, nil
}

// funnelRead takes a read's answer: the figures, then the wait for the
// log to grow past them and the pause before the next read. After a
// failed read (the store is closing) it neither waits nor reads again.
func (m *Model) funnelRead(msg funnelMsg) tea.Cmd {
	f := &m.funnel
	f.inflight = false
	f.err = msg.err
	if msg.err != nil {
		return nil
	}
	f.groups, f.last, f.loaded = msg.groups, msg.last, true
	f.cooling = true
	return tea.Batch(
		m.opts.Waiter(m.opts.Store.Appended(f.last), func() tea.Msg { return appendedMsg{} }),
		m.opts.Ticker(readGap, func(time.Time) tea.Msg { return cooledMsg{} }),
	)
}

// maybeRead reads the funnel if the log has grown, no read is in flight
// and the pause after the last one is over.
func (m *Model) maybeRead() tea.Cmd {
	f := &m.funnel
	if !f.dirty || f.inflight || f.cooling {
		return nil
	}
	f.dirty, f.inflight = false, true
	return readFunnel(m.opts.Store)
}

// tick redraws every second: the room's clock and how long each
// participant has been connected move on.
func (m *Model) tick() tea.Cmd {
	return m.opts.Ticker(time.Second, func(time.Time) tea.Msg { return clockMsg{} })
}
