package tour

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui"
	"lifesim/ui/headless"
	"lifesim/ui/tour/script"
	"lifesim/ui/uitest"
)

// opener is a test's Open: each call a fresh seeded store in the test's
// folder, acting as Lin Xiao (newuser) with the arms the story needs and
// a clock fixed at uitest.Now that only time travel moves.
type opener struct {
	t      testing.TB
	rt     *headless.Runtime
	dir    string
	stores []*store.DB
	closed []bool
	setup  script.Setup // a script's persona and arms, if it names them
}

// persona is the setup's persona and its name (default Lin Xiao).
func (o *opener) persona() (model.PersonaID, string) {
	id := model.PersonaID(o.setup.Persona)
	if id == "" {
		id = "newuser"
	}
	for _, p := range uitest.World(o.t).Personas {
		if p.ID == id {
			return id, p.Name
		}
	}
	o.t.Fatalf("no persona %q in the world", id)
	return "", ""
}

// forced is the setup's arms, or those the test tour needs.
func (o *opener) forced() map[string]string {
	if len(o.setup.Variants) == 0 {
		return map[string]string{"life_entry": "tab", "collect_guidance": "on"}
	}
	out := map[string]string{}
	for _, v := range o.setup.Variants {
		k, arm, _ := strings.Cut(v, "=")
		out[k] = arm
	}
	return out
}

func (o *opener) open() (ui.Options, func() error, error) {
	i := len(o.stores)
	persona, name := o.persona()
	db := uitest.OpenStoreAt(o.t, filepath.Join(o.dir, fmt.Sprintf("tour-%d.db", i)))
	o.stores = append(o.stores, db)
	o.closed = append(o.closed, false)
	clock := model.NewTravelClock(func() time.Time { return uitest.Now })
	sessions := 0
	opts := ui.Options{
		Store: db, Persona: persona, PersonaName: name,
		Clock: clock.Now, Travel: clock.Advance, Settings: model.DefaultSettings(),
		Experiments: uitest.World(o.t).Experiments,
		Forced:      o.forced(),
		Ticker:      o.rt.Ticker, Waiter: o.rt.Waiter,
		NewSession: func() string { sessions++; return fmt.Sprint("tour-", sessions) },
	}
	// The test's cleanup closes the store; the tour's close is counted.
	return opts, func() error { o.closed[i] = true; return nil }, nil
}

// cue is the presenter acting: once the tour's screen (ANSI stripped)
// satisfies when, do runs and keys are pressed, one after another.
type cue struct {
	when func(screen string) bool
	do   func(m *Model)
	keys []tea.Msg
}

// shows is a cue's condition: the screen shows every part.
func shows(parts ...string) func(string) bool {
	return func(s string) bool {
		for _, p := range parts {
			if !strings.Contains(s, p) {
				return false
			}
		}
		return true
	}
}

// screen is the tour's screen, ANSI stripped.
func screen(m *Model) string { return ansi.Strip(m.View().Content) }

// keys is key presses by uitest.Key name.
func keys(names ...string) []tea.Msg {
	out := make([]tea.Msg, len(names))
	for i, n := range names {
		out[i] = keyPress(n)
	}
	return out
}

// press is a cue pressing keys (uitest.Key names) when the screen shows parts.
func press(parts []string, names ...string) cue {
	return cue{when: shows(parts...), keys: keys(names...)}
}

func keyPress(name string) tea.KeyPressMsg {
	switch name {
	case "ctrl+r":
		return tea.KeyPressMsg{Code: 'r', Mod: tea.ModCtrl}
	}
	return uitest.Key(name)
}

// stage is the tour with a presenter in front of it, following cues in
// order, checked after every message the tour handles once the last
// cue's keys have all been pressed.
type stage struct {
	*Model
	cues    []cue
	next    int
	pending int // keys of the last cue not yet delivered
}

// pressed is a presenter's key on its way to the tour.
type pressed struct{ msg tea.Msg }

func (s *stage) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if p, ok := msg.(pressed); ok {
		msg = p.msg
		s.pending--
	}
	_, cmd := s.Model.Update(msg)
	if s.pending > 0 || s.next >= len(s.cues) {
		return s, cmd
	}
	c := s.cues[s.next]
	if !c.when(screen(s.Model)) {
		return s, cmd
	}
	s.next++
	if c.do != nil {
		c.do(s.Model)
	}
	keys := make([]tea.Cmd, len(c.keys))
	for i, k := range c.keys {
		keys[i] = func() tea.Msg { return pressed{k} }
	}
	s.pending = len(keys)
	return s, tea.Sequence(cmd, tea.Sequence(keys...))
}

// run is a tour of o played headless at w×h in virtual time, with the
// presenter's cues: its frames, as the terminal would get them.
type run struct {
	tour   *Model
	stage  *stage
	open   *opener
	rt     *headless.Runtime
	frames []string
	steps  []string        // what OnStep heard: "n caption"
	at     []time.Duration // when, in virtual time
	err    error           // Run's
}

func play(t testing.TB, w, h int, o Options, cues ...cue) *run {
	t.Helper()
	return playWith(t, &run{}, w, h, o, cues...)
}

// playWith is play filling r, which a cue may read while the tour runs.
func playWith(t testing.TB, r *run, w, h int, o Options, cues ...cue) *run {
	t.Helper()
	rt := headless.New(w, h)
	r.rt, r.open = rt, &opener{t: t, rt: rt, dir: t.TempDir()}
	if o.Script != nil {
		r.open.setup = o.Script.Setup
	}
	o.Open, o.Ticker = r.open.open, rt.Ticker
	o.OnStep = func(n int, caption string) {
		r.steps = append(r.steps, fmt.Sprint(n, " ", caption))
		r.at = append(r.at, rt.Now())
	}
	r.tour = New(o)
	r.stage = &stage{Model: r.tour, cues: cues}
	_, r.err = rt.Run(r.stage, func(_ time.Duration, content string) { r.frames = append(r.frames, content) })
	if r.stage.next < len(cues) {
		t.Fatalf("the presenter's cue %d never came (run: %v); last screen:\n%s", r.stage.next, r.err, r.last())
	}
	return r
}

// last is the last frame, ANSI stripped.
func (r *run) last() string {
	if len(r.frames) == 0 {
		return ""
	}
	return ansi.Strip(r.frames[len(r.frames)-1])
}

// The test tour: the built-in tour's first four steps, in Go.
func testScript() *script.Script {
	return &script.Script{Name: "test.tour", Steps: []script.Step{
		{Line: 1, Caption: "Alipay moved Life into the centre of the tab bar, the C position.", Do: []script.Action{
			{Line: 2, Kind: script.Key, Key: keyPress("3")},
			{Line: 3, Kind: script.Expect, Text: "Recommended"},
		}},
		{Line: 5, Caption: "Search finds New Hope's mini program and its life account together.", Do: []script.Action{
			{Line: 6, Kind: script.Key, Key: keyPress("2")},
			{Line: 7, Kind: script.Type, Text: "New Hope"},
			{Line: 8, Kind: script.Expect, Text: "New Hope Member Service"},
		}},
		{Line: 10, Caption: "She opens the mini program. The merchant invites her to collect it.", Do: []script.Action{
			{Line: 11, Kind: script.Key, Key: keyPress("enter")},
			{Line: 12, Kind: script.Expect, Text: "Add New Hope to My Mini Programs"},
		}},
		{Line: 14, Caption: "She collects it with one key.", Do: []script.Action{
			{Line: 15, Kind: script.Key, Key: keyPress("s")},
			{Line: 16, Kind: script.Expect, Text: "( ★"},
		}},
	}}
}
