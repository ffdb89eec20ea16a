package ui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

// checkedApp checks after every message that the frame View gives is the
// one the app would draw now: the kept frame is never stale.
type checkedApp struct {
	t     *testing.T
	a     *App
	kept  int // Views that gave the kept frame after a quiet message
	steps int
}

func (c *checkedApp) Init() tea.Cmd { return c.a.Init() }

func (c *checkedApp) View() tea.View { return c.a.View() }

func (c *checkedApp) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	c.t.Helper()
	drawn := c.a.frame.drawn
	_, cmd := c.a.Update(msg)
	if c.a.frame.drawn && drawn {
		c.kept++
	}
	c.steps++
	if got, want := c.a.View().Content, c.a.render(); got != want {
		c.t.Fatalf("after %T (message %d) View gave a stale frame", msg, c.steps)
	}
	return c, cmd
}

// TestFrameIsNeverStale walks the tabs, a page, search and an action,
// checking every frame against a fresh drawing; the walk's logged events
// (a tab switch, a search) must reuse the frame, or the test would not
// show that keeping it is safe.
func TestFrameIsNeverStale(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	c := &checkedApp{t: t, a: New(Options{
		Store: db, Persona: "newuser", PersonaName: "Lin Xiao",
		Clock:      func() time.Time { return uitest.Now },
		Settings:   model.DefaultSettings(),
		NewSession: func() string { return "test-session" },
		Ticker:     uitest.NoTicks,
		Waiter:     uitest.NoWaits,
	})}
	l := &uitest.Loop{Model: c, Now: uitest.Now}
	l.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	l.Run(c.Init())
	for _, k := range []string{"3", "down", "s", "l", "enter", "down", "esc", "1", "/", "k", "f", "down", "esc", "4", "5", "2", "3", "right", "?", "esc"} {
		l.Send(uitest.Key(k))
	}
	l.Send(screen.EventLoggedMsg{})
	if c.kept == 0 {
		t.Errorf("no View kept its frame over %d messages", c.steps)
	}
}
