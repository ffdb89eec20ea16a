package ui

import (
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/ui/uitest"
)

// composedApp checks after every message that the frame assembled
// around the rows (compose) is the one Lip Gloss draws from the same
// parts, so skipping the measuring changes nothing on screen, and that
// the kept chrome (chromecache.go) is what would be drawn afresh.
type composedApp struct {
	t        *testing.T
	a        *App
	composed int // frames compose assembled
	tick     func()
}

// startComposed starts a composedApp at w×h on a fresh store, its clock
// moving 20 s a message, and gives it the terminal's palette if any.
func startComposed(t *testing.T, w, h int, observer bool, terminal tea.Msg) (*composedApp, *uitest.Loop) {
	t.Helper()
	db := uitest.OpenStore(t)
	now := uitest.Now
	c := &composedApp{t: t, tick: func() { now = now.Add(20 * time.Second) }, a: New(Options{
		Store: db, Persona: "newuser", PersonaName: "Lin Xiao",
		Clock:      func() time.Time { return now },
		Settings:   model.DefaultSettings(),
		NewSession: func() string { return "test-session" },
		Ticker:     uitest.NoTicks,
		Waiter:     uitest.NoWaits,
		Observer:   observer,
	})}
	l := &uitest.Loop{Model: c, Now: uitest.Now}
	l.Send(tea.WindowSizeMsg{Width: w, Height: h})
	l.Run(c.Init())
	if terminal != nil {
		l.Send(terminal)
	}
	return c, l
}

func (c *composedApp) Init() tea.Cmd { return c.a.Init() }

func (c *composedApp) View() tea.View { return c.a.View() }

func (c *composedApp) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	c.t.Helper()
	_, cmd := c.a.Update(msg)
	l := c.a.layout
	if l.Width == 0 || l.TooSmall || c.a.quitting {
		return c, cmd
	}
	p := c.a.parts()
	got, ok := c.a.compose(p)
	if !ok {
		c.t.Fatalf("after %T the frame was not composed", msg)
	}
	if want := c.a.composeLipgloss(p); got != want {
		c.t.Fatalf("after %T the composed frame differs from Lip Gloss's:\n%s\nwant:\n%s", msg, ansi.Strip(got), ansi.Strip(want))
	}
	if want := drawnAfresh(c.a); got != want {
		c.t.Fatalf("after %T the kept chrome is stale:\n%s\nwant:\n%s", msg, ansi.Strip(got), ansi.Strip(want))
	}
	c.composed++
	c.tick()
	return c, cmd
}

// drawnAfresh is a's frame drawn with nothing kept.
func drawnAfresh(a *App) string {
	b := *a
	b.chrome, b.phoneBorder, b.composed = chromeCache{}, phoneBorder{}, composedFrame{}
	return b.render()
}

func TestFrameIsComposedAndFresh(t *testing.T) {
	t.Parallel()
	tests := []struct {
		w, h     int
		observer bool
		terminal tea.Msg // the palette the terminal asks for
	}{
		{40, 16, false, nil},
		{41, 17, false, tea.BackgroundColorMsg{Color: ansi.White}},
		{100, 30, false, nil},
		{101, 31, false, tea.ColorProfileMsg{Profile: colorprofile.ASCII}},
		{110, 20, true, nil},
		{160, 40, true, tea.BackgroundColorMsg{Color: ansi.White}},
		{211, 50, true, tea.ColorProfileMsg{Profile: colorprofile.ANSI}},
	}
	// The walk changes every piece of chrome: tabs, notices (collect,
	// follow), the help, the variants line, the mini program's bar; the
	// clock moves 20 s a message, so its minute changes every third.
	keys := []string{"3", "down", "s", "enter", "esc", "1", "/", "k", "f", "c", "enter", "s", "e", "down", "enter", "f", "esc", "?", "esc", "v", "5", "v", "4", "tab"}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%dx%d", tt.w, tt.h), func(t *testing.T) {
			t.Parallel()
			c, l := startComposed(t, tt.w, tt.h, tt.observer, tt.terminal)
			for i, k := range keys {
				l.Send(uitest.Key(k))
				if i == len(keys)/2 { // the palette and the size change on the way
					l.Send(tea.BackgroundColorMsg{Color: ansi.White})
					l.Send(tea.WindowSizeMsg{Width: tt.w + 3, Height: tt.h + 1})
				}
			}
			if c.composed < len(keys) {
				t.Errorf("%d frames composed for %d keys", c.composed, len(keys))
			}
		})
	}
}
