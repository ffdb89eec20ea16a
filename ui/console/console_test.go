package console

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"lifesim/model"
	"lifesim/ui/uitest"
)

// room is a console on a seeded temp store with two sessions walked in
// two arms, a roster of alice and bob, and held timers and waits.
type room struct {
	t      testing.TB
	d      *uitest.App
	m      *Model
	roster *fakeRoster
	store  *countingStore
	ticks  *uitest.Ticker
	waits  *uitest.Waits
	wall   *wall
}

func newRoom(t testing.TB, w, h int) *room {
	t.Helper()
	db := uitest.OpenStore(t)
	walkChain(t, db, "newuser", "s1", model.Assignment{"collect_guidance": "on", "life_entry": "tab"})
	walkChain(t, db, "returning", "s2", model.Assignment{"collect_guidance": "off", "life_entry": "messages"})
	exps, err := db.Experiments()
	if err != nil {
		t.Fatal(err)
	}
	r := &room{t: t, store: &countingStore{DB: db}, ticks: &uitest.Ticker{}, waits: &uitest.Waits{}, wall: newWall(uitest.Now.Add(time.Hour))}
	a, b := alice, bob
	a.Since, b.Since = r.wall.Since(12*time.Minute+5*time.Second), r.wall.Since(40*time.Second)
	r.roster = newRoster(a, b)
	r.m = New(Options{
		Roster: r.roster, Store: r.store, Experiments: exps,
		SSHLine: "ssh -p 2323 NAME@192.168.1.20", Listen: "0.0.0.0:2323", Max: 50,
		Clock: func() time.Time { return uitest.Now }, Wall: r.wall.Now,
		Ticker: r.ticks.Tick, Waiter: r.waits.Hold,
	})
	r.d = uitest.NewApp(t, r.m)
	r.d.Send(tea.WindowSizeMsg{Width: w, Height: h}, tea.ColorProfileMsg{Profile: colorprofile.ASCII})
	r.d.Init()
	return r
}

func (r *room) plain() string { return ansi.Strip(r.d.View()) }

// wake ends the pauses between reads, then delivers the waits whose
// roster or log has changed.
func (r *room) wake() {
	r.d.Send(r.ticks.Fire(r.wall.Now())...)
	r.ready()
}

// ready delivers the waits whose roster or log has changed, and nothing
// else.
func (r *room) ready() { r.d.Send(r.waits.Ready()...) }

func (r *room) mustShow(want ...string) {
	r.t.Helper()
	v := r.plain()
	for _, w := range want {
		if !strings.Contains(v, w) {
			r.t.Errorf("console lacks %q:\n%s", w, v)
		}
	}
}

// sessions fails unless the funnel's "all" row counts want sessions.
func (r *room) sessions(want string) {
	r.t.Helper()
	for _, l := range strings.Split(r.plain(), "\n") {
		if f := strings.Fields(l); len(f) > 1 && f[0] == "all" {
			if f[1] != want {
				r.t.Errorf("the funnel counts %s sessions, want %s:\n%s", f[1], want, r.plain())
			}
			return
		}
	}
	r.t.Errorf("no funnel:\n%s", r.plain())
}

// TestConsoleGolden: the console as the researcher sees it, with two
// participants and the room's funnel by variant.
func TestConsoleGolden(t *testing.T) {
	r := newRoom(t, 100, 28)
	golden.RequireEqual(t, []byte(r.plain()))
}

// TestConsoleFollowsTheRoster: a participant who connects, moves or
// leaves shows, within rosterGap of the last snapshot.
func TestConsoleFollowsTheRoster(t *testing.T) {
	r := newRoom(t, 100, 28)
	r.mustShow("Participants (2)", "2/50 sessions", "alice", "Search › KFC", "12m05s", "guide=on")
	carol := Participant{Name: "carol", Session: "sess-carol", Where: "Life › KFC", Since: r.wall.Now(),
		Arms: model.Assignment{"collect_guidance": "off"}}
	r.roster.set(alice, carol)
	r.ready()
	if v := r.plain(); strings.Contains(v, "carol") {
		t.Errorf("the roster was read again before rosterGap passed:\n%s", v)
	}
	r.wake()
	r.mustShow("Participants (2)", "carol", "Life › KFC")
	if v := r.plain(); strings.Contains(v, "bob") {
		t.Errorf("bob left but is shown:\n%s", v)
	}
	r.roster.set()
	r.wake()
	r.mustShow("Participants (0)", "0/50 sessions", "no one yet: participants connect with ssh -p 2323 NAME@192.168.1.20")
}

// TestConsoleFollowsTheLog: an event that lands is in the funnel after
// the pause between reads, and appends that land meanwhile make one read.
func TestConsoleFollowsTheLog(t *testing.T) {
	r := newRoom(t, 100, 28)
	r.sessions("2")
	if n := r.store.reads.Load(); n != 1 {
		t.Fatalf("%d funnel reads at start, want 1", n)
	}
	for i, s := range []string{"s3", "s4", "s5"} {
		a := model.Actor{Persona: "newuser", Session: s, At: uitest.Now.Add(time.Duration(i) * time.Minute)}
		if err := r.store.RecordEvent(model.NewEvent(a, model.EventAppStart, "newuser", "", "")); err != nil {
			t.Fatal(err)
		}
		r.ready()
	}
	if n := r.store.reads.Load(); n != 1 {
		t.Fatalf("%d funnel reads before the pause is over, want 1", n)
	}
	r.d.Send(r.ticks.Fire(r.wall.Now())...)
	if n := r.store.reads.Load(); n != 2 {
		t.Fatalf("%d funnel reads after the pause, want 2", n)
	}
	r.sessions("5")
	// a quiet log is not read again
	r.wake()
	r.wake()
	if n := r.store.reads.Load(); n != 2 {
		t.Fatalf("%d funnel reads with no new events, want 2", n)
	}
}

// TestConsoleClosesTheRoom: q asks to close the room and ends the
// program; other keys are forgiven.
func TestConsoleClosesTheRoom(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		r := newRoom(t, 100, 28)
		r.d.Keys("x", "enter")
		if r.m.CloseRequested() || r.d.Quit {
			t.Fatalf("a stray key closed the room")
		}
		r.d.Keys(k)
		if !r.m.CloseRequested() || !r.d.Quit {
			t.Fatalf("%s: close requested %v, quit %v", k, r.m.CloseRequested(), r.d.Quit)
		}
	}
}

// TestConsoleFillsTheTerminal: every frame is exactly the terminal's
// size; too small a terminal gets one line saying so; more participants
// than fit end in a line that says how many more.
func TestConsoleFillsTheTerminal(t *testing.T) {
	r := newRoom(t, 100, 28)
	for _, size := range [][2]int{{60, 16}, {61, 17}, {80, 24}, {100, 28}, {200, 60}, {59, 30}, {120, 15}, {20, 5}} {
		w, h := size[0], size[1]
		r.d.Send(tea.WindowSizeMsg{Width: w, Height: h})
		lines := strings.Split(r.plain(), "\n")
		if len(lines) != h {
			t.Errorf("%d×%d: %d lines", w, h, len(lines))
		}
		for i, l := range lines {
			if ansi.StringWidth(l) != w {
				t.Errorf("%d×%d: line %d is %d wide: %q", w, h, i, ansi.StringWidth(l), l)
			}
		}
		if small := w < MinWidth || h < MinHeight; small != strings.Contains(r.plain(), "The console") {
			t.Errorf("%d×%d: too-small message %v, want %v", w, h, !small, small)
		}
	}
	var many []Participant
	for i := range 30 {
		p := bob
		p.Name, p.Session, p.Since = fmt.Sprintf("p%02d", i), fmt.Sprintf("s%02d", i), r.wall.Now()
		many = append(many, p)
	}
	r.roster.set(many...)
	r.wake()
	r.d.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
	r.mustShow("Participants (30)", "p08", "… and 21 more (a taller terminal shows them)", "q close the room")
}
