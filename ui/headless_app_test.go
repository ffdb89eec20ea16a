package ui_test

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

// The real app runs to the end in ui/headless's Runtime, in virtual
// time, and the same input gives the same frames on every run: a driver
// presses 2 (Search), types kfc and quits two virtual seconds later, and
// the last frame shows KFC found. (The test lives here because only the
// root's own tests may import it: TestScreensNeverImportScreens.)
func TestAppRunsHeadlessDeterministically(t *testing.T) {
	first := runHeadlessSearch(t)
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
	if again := runHeadlessSearch(t); !reflect.DeepEqual(again, first) {
		t.Errorf("a second run drew %d frames, the first %d, and they differ", len(again), len(first))
	}
}

type headlessFrame struct {
	at      time.Duration
	content string
}

// runHeadlessSearch runs the driver around a fresh app and returns its
// frames.
func runHeadlessSearch(t *testing.T) []headlessFrame {
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
	var frames []headlessFrame
	_, err := rt.Run(&searchDriver{app: app, rt: rt}, func(at time.Duration, content string) {
		frames = append(frames, headlessFrame{at, content})
	})
	if err != nil {
		t.Fatal(err)
	}
	if rt.Now() != 3*time.Second {
		t.Errorf("quit at %v of virtual time, want 3s (the keys at 1s, the quit 2s later)", rt.Now())
	}
	return frames
}

// searchDriver is a presenter in a box: a second in, it presses 2 and
// types kfc, each key a message to the app; two seconds later it quits.
type searchDriver struct {
	app tea.Model
	rt  *headless.Runtime
}

type searchKeysMsg struct{}
type searchDoneMsg struct{}

func (d *searchDriver) Init() tea.Cmd {
	return tea.Batch(d.app.Init(), d.rt.Ticker(time.Second, func(time.Time) tea.Msg { return searchKeysMsg{} }))
}

func (d *searchDriver) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg.(type) {
	case searchKeysMsg:
		var cmds []tea.Cmd
		for _, k := range append([]tea.Msg{uitest.Key("2")}, uitest.Type("kfc")...) {
			cmds = append(cmds, func() tea.Msg { return k })
		}
		cmds = append(cmds, d.rt.Ticker(2*time.Second, func(time.Time) tea.Msg { return searchDoneMsg{} }))
		return d, tea.Sequence(cmds...)
	case searchDoneMsg:
		return d, tea.Quit
	}
	var cmd tea.Cmd
	d.app, cmd = d.app.Update(msg)
	return d, cmd
}

func (d *searchDriver) View() tea.View { return d.app.View() }
