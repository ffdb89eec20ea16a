package uitest

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// App drives a root model: every message goes to Update and every message
// its commands produce is fed back, as the Bubble Tea loop would do (see
// Results for the order).
type App struct {
	Model tea.Model
	Quit  bool // a tea.QuitMsg was produced

	t testing.TB
}

// NewApp drives m for the test t.
func NewApp(t testing.TB, m tea.Model) *App { return &App{Model: m, t: t} }

// Init delivers the messages of the model's Init.
func (d *App) Init() {
	d.t.Helper()
	d.Send(Results(d.t, d.Model.Init())...)
}

// Send delivers msgs in order, each followed by its commands' messages.
func (d *App) Send(msgs ...tea.Msg) {
	d.t.Helper()
	for _, m := range msgs {
		d.send(m, 0)
	}
}

// Keys sends one key press per name (see Key).
func (d *App) Keys(names ...string) {
	d.t.Helper()
	for _, n := range names {
		d.Send(Key(n))
	}
}

// View is the current frame's content.
func (d *App) View() string { return d.Model.View().Content }

func (d *App) send(msg tea.Msg, depth int) {
	d.t.Helper()
	if depth > maxDepth {
		return
	}
	if _, ok := msg.(tea.QuitMsg); ok {
		d.Quit = true
		return
	}
	var cmd tea.Cmd
	d.Model, cmd = d.Model.Update(msg)
	for _, m := range Results(d.t, cmd) {
		d.send(m, depth+1)
	}
}

// Screen drives one screen alone. Messages meant for the root (navigation,
// status, actions) are recorded in Emitted instead of being applied, except
// that an ActionMsg's fresh state is fed back as a StateMsg, as the root
// would broadcast it.
type Screen struct {
	S       screen.Screen
	Emitted []tea.Msg

	t testing.TB
}

// NewScreen sizes s to w×h and runs its Init, for the test t.
func NewScreen(t testing.TB, s screen.Screen, w, h int) *Screen {
	t.Helper()
	s.SetSize(w, h)
	d := &Screen{S: s, t: t}
	for _, m := range Results(t, s.Init()) {
		d.deliver(m, 0)
	}
	return d
}

// Send delivers msgs in order.
func (d *Screen) Send(msgs ...tea.Msg) {
	d.t.Helper()
	for _, m := range msgs {
		d.deliver(m, 0)
	}
}

// Keys sends one key press per name (see Key).
func (d *Screen) Keys(names ...string) {
	d.t.Helper()
	for _, n := range names {
		d.Send(Key(n))
	}
}

// View is the screen's current rendering.
func (d *Screen) View() string { return d.S.View() }

// Last returns the last emitted message, or nil.
func (d *Screen) Last() tea.Msg {
	if len(d.Emitted) == 0 {
		return nil
	}
	return d.Emitted[len(d.Emitted)-1]
}

func (d *Screen) deliver(msg tea.Msg, depth int) {
	d.t.Helper()
	if depth > maxDepth {
		return
	}
	switch m := msg.(type) {
	case nav.Msg, screen.StatusMsg, tea.QuitMsg:
		d.Emitted = append(d.Emitted, msg)
		return
	case screen.ActionMsg:
		d.Emitted = append(d.Emitted, msg)
		if m.State != nil {
			d.deliver(screen.StateMsg{State: *m.State}, depth+1)
		}
		return
	}
	var cmd tea.Cmd
	d.S, cmd = d.S.Update(msg)
	for _, m := range Results(d.t, cmd) {
		d.deliver(m, depth+1)
	}
}
