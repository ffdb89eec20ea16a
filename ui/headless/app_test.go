package headless_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/ui"
	"lifesim/ui/headless"
	"lifesim/ui/uitest"
)

// The real app runs here to the end, in virtual time, and the same input
// gives the same frames on every run: a driver presses 2 (Search), types
// kfc and quits two virtual seconds later, and the last frame shows KFC
// found.
func TestAppRunsDeterministically(t *testing.T) {
	first := runSearch(t)
	last := ansi.Strip(first[len(first)-1].content)
	for _, want := range []string{"🔍 kfc", "KFC Self-Service Ordering"} {
		if !strings.Contains(last, want) {
			t.Errorf("the last frame lacks %q:\n%s", want, last)
		}
	}
	if before := ansi.Strip(first[0].content); strings.Contains(before, "KFC") {
		t.Errorf("the first frame shows KFC already, so the last one proves nothing:\n%s", before)
	}
	if at := first[len(first)-1].at; at != time.Second {
		t.Errorf("the last frame at %v, want 1s (the keys' time; nothing changed after)", at)
	}
	if again := runSearch(t); !reflect.DeepEqual(again, first) {
		t.Errorf("a second run drew %d frames, the first %d, and they differ", len(again), len(first))
	}
}

type drawn struct {
	at      time.Duration
	content string
}

// runSearch runs the driver around a fresh app and returns its frames.
func runSearch(t *testing.T) []drawn {
	t.Helper()
	rt := headless.New(100, 30)
	app := ui.New(ui.Options{
		Store: uitest.OpenStore(t), Persona: "newuser", PersonaName: "Newcomer",
		Clock:      func() time.Time { return uitest.Now },
		Settings:   model.DefaultSettings(),
		NewSession: func() string { return "headless-test" },
		Ticker:     rt.Ticker,
		Waiter:     rt.Waiter,
	})
	var frames []drawn
	_, err := rt.Run(&driver{app: app, rt: rt}, func(at time.Duration, content string) {
		frames = append(frames, drawn{at, content})
	})
	if err != nil {
		t.Fatal(err)
	}
	if rt.Now() != 3*time.Second {
		t.Errorf("quit at %v of virtual time, want 3s (the keys at 1s, the quit 2s later)", rt.Now())
	}
	return frames
}

// driver is a presenter in a box: a second in, it presses 2 and types
// kfc, each key a message to the app; two seconds later it quits.
type driver struct {
	app tea.Model
	rt  *headless.Runtime
}

type pressMsg struct{}
type doneMsg struct{}

func (d *driver) Init() tea.Cmd {
	return tea.Batch(d.app.Init(), d.rt.Ticker(time.Second, func(time.Time) tea.Msg { return pressMsg{} }))
}

func (d *driver) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg.(type) {
	case pressMsg:
		var cmds []tea.Cmd
		for _, k := range append([]tea.Msg{uitest.Key("2")}, uitest.Type("kfc")...) {
			cmds = append(cmds, func() tea.Msg { return k })
		}
		cmds = append(cmds, d.rt.Ticker(2*time.Second, func(time.Time) tea.Msg { return doneMsg{} }))
		return d, tea.Sequence(cmds...)
	case doneMsg:
		return d, tea.Quit
	}
	var cmd tea.Cmd
	d.app, cmd = d.app.Update(msg)
	return d, cmd
}

func (d *driver) View() tea.View { return d.app.View() }
