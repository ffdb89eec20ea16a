package ui_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// roomApp is a participant's app on db, as `lifesim serve` builds it:
// persona p, its own session id, the observer panel shown in a wide
// terminal, its waits held by waits.
func roomApp(t *testing.T, db *store.DB, p model.PersonaID, session string, waits *uitest.Waits) (*ui.App, *uitest.App) {
	t.Helper()
	opts := testOptions(db, p, string(p))
	opts.Participant = true
	opts.NewSession = func() string { return session }
	opts.Observer = true
	opts.Waiter = waits.Hold
	app := ui.New(opts)
	d := uitest.NewApp(t, app)
	d.Init()
	d.Send(tea.WindowSizeMsg{Width: 160, Height: 40})
	return app, d
}

// The server ends a session with StopMsg whatever is in front: the open
// pages record what they do on leaving, then app_stop with the stop's
// detail, then the program quits. After that nothing more is logged: not
// by a second StopMsg, nor by the keys and pastes still arriving.
func TestStopEndsTheSessionWhateverIsInFront(t *testing.T) {
	t.Parallel()
	followPopUp := func(d *uitest.App) {
		open := nav.OpenMiniProgramMsg{ID: "new-hope-member", Source: model.SourceSearch}
		d.Send(open) // the first mini program shows the guidance tip
		d.Keys("esc")
		d.Send(open)
	}
	tests := []struct {
		name  string
		setup func(d *uitest.App)
		shown string         // what the frame shows before the stop
		left  []uitest.Match // what leaving records before app_stop
	}{
		{"search input focused", func(d *uitest.App) { d.Keys("2"); d.Send(uitest.Type("kfc")...) }, "kfc",
			[]uitest.Match{{Kind: model.EventSearch, Detail: "kfc"},
				{Kind: model.EventImpression, Target: "kfc"}, {Kind: model.EventImpression, Target: "wild-food-brother"}}},
		{"help open", func(d *uitest.App) { d.Keys("?") }, "On this screen", nil},
		{"follow pop-up", followPopUp, "Follow New Hope Dairy?", nil},
		{"mini program with its tip", func(d *uitest.App) {
			d.Send(nav.OpenMiniProgramMsg{ID: "kfc-ordering", Source: model.SourceHomeGrid})
		}, "KFC", []uitest.Match{{Kind: model.EventGuidanceDismissed, Target: "kfc-ordering"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			db := uitest.OpenStore(t)
			app, d := roomApp(t, db, "newuser", "room-1", &uitest.Waits{})
			tt.setup(d)
			if v := ansi.Strip(d.View()); !strings.Contains(v, tt.shown) {
				t.Fatalf("before the stop the frame lacks %q:\n%s", tt.shown, v)
			}
			before := len(uitest.Events(t, db))
			d.Send(ui.StopMsg{Detail: "idle"})
			if !d.Quit || !app.Quitting() {
				t.Fatalf("StopMsg did not quit (quit %v, quitting %v)", d.Quit, app.Quitting())
			}
			got := uitest.Events(t, db)[before:]
			want := append(append([]uitest.Match(nil), tt.left...),
				uitest.Match{Kind: model.EventAppStop, Session: "room-1", Detail: "idle"})
			if len(got) != len(want) {
				t.Fatalf("the stop logged %d events, want %d: %+v", len(got), len(want), got)
			}
			for i, m := range want {
				if !m.Matches(got[i]) {
					t.Errorf("event %d is %+v, want %+v", i, got[i], m)
				}
			}

			d.Quit = false
			d.Send(ui.StopMsg{Detail: "shutdown"})
			d.Keys("enter", "s", "q", "ctrl+c")
			d.Send(tea.PasteMsg{Content: "more"})
			if n := len(uitest.Events(t, db)); n != before+len(want) || d.Quit {
				t.Fatalf("after the stop: %d more events, quit again %v", n-before-len(want), d.Quit)
			}
		})
	}
}

// A StopMsg after q (the connection drops while the app quits) writes no
// second app_stop.
func TestStopAfterQuitDoesNothing(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	app, d := roomApp(t, db, "newuser", "room-1", &uitest.Waits{})
	if app.Quitting() {
		t.Fatal("quitting before anything asked it to")
	}
	d.Keys("q")
	if !app.Quitting() {
		t.Fatal("q did not start the quit")
	}
	d.Send(ui.StopMsg{Detail: "disconnect"})
	stops := uitest.FindEvents(t, db, uitest.Match{Kind: model.EventAppStop})
	if len(stops) != 1 || stops[0].Detail != "" {
		t.Fatalf("app_stop events: %+v", stops)
	}
}

// A participant cannot switch persona: P says so on the status line
// instead of opening the picker, the help does not offer it, and a
// switch asked for by message is ignored. The presenter's app keeps it.
func TestParticipantCannotSwitchPersona(t *testing.T) {
	t.Parallel()
	tests := []struct {
		participant bool
		depth       int    // pages after P
		shows       string // after P
		help        bool   // the full help lists P
	}{
		{participant: true, depth: 0, shows: "Switching persona is off in a room", help: false},
		{participant: false, depth: 1, shows: "Lin Xiao", help: true},
	}
	for _, tt := range tests {
		db := uitest.OpenStore(t)
		opts := testOptions(db, "newuser", "newuser")
		opts.Participant = tt.participant
		app := ui.New(opts)
		d := uitest.NewApp(t, app)
		d.Init()
		d.Send(tea.WindowSizeMsg{Width: 100, Height: 40})
		d.Keys("?")
		if v := ansi.Strip(d.View()); strings.Contains(v, "switch persona") != tt.help {
			t.Errorf("participant %v: help lists switch persona: %v, want %v:\n%s", tt.participant, !tt.help, tt.help, v)
		}
		d.Keys("?", "P")
		if v := ansi.Strip(d.View()); app.Depth() != tt.depth || !strings.Contains(v, tt.shows) {
			t.Errorf("participant %v: after P depth %d, want %d, and the frame lacks %q:\n%s",
				tt.participant, app.Depth(), tt.depth, tt.shows, v)
		}
		if strings.Contains(ansi.Strip(d.View()), "P switch persona") {
			t.Errorf("participant %v: the short help offers P", tt.participant)
		}
		if tt.participant {
			d.Send(nav.SwitchPersonaMsg{ID: "returning", Name: "Chen Wei"})
			if app.Persona() != "newuser" {
				t.Errorf("a participant was switched to %s", app.Persona())
			}
		}
	}
}

// A participant's observer panel is their own session's: its funnel
// without the room's, its events without the other participants', though
// their appends wake it. The presenter's panel on the same store shows
// the whole room as each event lands.
func TestParticipantObserverShowsOwnSession(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	var aliceWaits, bobWaits, hostWaits uitest.Waits
	_, alice := roomApp(t, db, "newuser", "alice-session", &aliceWaits)
	_, bob := roomApp(t, db, "returning", "bob-session", &bobWaits)
	opts := testOptions(db, "newuser", "host")
	opts.NewSession = func() string { return "host-session" }
	opts.Observer, opts.Waiter = true, hostWaits.Hold
	host := uitest.NewApp(t, ui.New(opts))
	host.Init()
	host.Send(tea.WindowSizeMsg{Width: 160, Height: 40})

	alice.Keys("2")
	alice.Send(uitest.Type("kfc")...)
	alice.Keys("enter") // records the search and opens KFC
	bob.Keys("2")
	bob.Send(uitest.Type("luckin")...)
	bob.Keys("enter")
	// the others' appends woke each panel's wait
	alice.Send(aliceWaits.Ready()...)
	host.Send(hostWaits.Ready()...)

	l := ui.NewLayout(160, 40).WithObserver(true)
	panel := func(d *uitest.App) string {
		var b strings.Builder
		for _, line := range strings.Split(ansi.Strip(d.View()), "\n") {
			b.WriteString(ansi.Cut(line, l.LeftWidth, l.Width) + "\n")
		}
		return b.String()
	}
	a := panel(alice)
	for _, want := range []string{"your session only", `search "kfc"`, "open mini program kfc-ordering"} {
		if !strings.Contains(a, want) {
			t.Errorf("alice's panel lacks %q:\n%s", want, a)
		}
	}
	for _, not := range []string{"all sessions", "luckin", "retention", "app start returning"} {
		if strings.Contains(a, not) {
			t.Errorf("alice's panel shows %q:\n%s", not, a)
		}
	}
	h := panel(host)
	for _, want := range []string{"all sessions (3)", `search "kfc"`, `search "luckin"`, "app start returning"} {
		if !strings.Contains(h, want) {
			t.Errorf("the host's panel lacks %q:\n%s", want, h)
		}
	}
}

// OnWhere hears where the persona is each time it changes, and only
// then: the tab, and the page in front once it has loaded.
func TestOnWhereFollowsThePersona(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	opts := testOptions(db, "newuser", "newuser")
	var heard []string
	opts.OnWhere = func(w string) { heard = append(heard, w) }
	app := ui.New(opts)
	d := uitest.NewApp(t, app)
	d.Init()
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	d.Keys("2")
	d.Send(uitest.Type("kfc")...)
	d.Keys("enter", "down", "down", "esc")
	d.Send(tea.WindowSizeMsg{Width: 120, Height: 40})
	want := []string{"Home", "Search", "Search › KFC Self-Service Ordering", "Search"}
	if strings.Join(heard, "|") != strings.Join(want, "|") {
		t.Fatalf("OnWhere heard %q, want %q", heard, want)
	}
	if app.Where() != "Search" {
		t.Fatalf("Where is %q", app.Where())
	}
}

// Where cleans the title of the page in front and caps its length:
// titles come from fixtures and users.
func TestWhereCleansTitles(t *testing.T) {
	t.Parallel()
	db := openHostile(t)
	app := ui.New(testOptions(db, "returning", "returning"))
	d := uitest.NewApp(t, app)
	d.Init()
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	for _, id := range []model.MiniProgramID{"mp-csi", "mp-bidi", "mp-long", "mp-c0", "mp-c1"} {
		d.Send(nav.OpenMiniProgramMsg{ID: id, Source: model.SourceSearch})
		w := app.Where()
		if p := uitest.UnsafeControls(w); len(p) > 0 || strings.ContainsAny(w, "\x1b\u202e\u2066") {
			t.Errorf("%s: Where %q: %v", id, w, p)
		}
		if title := strings.TrimPrefix(w, "Home › "); title == w || ansi.StringWidth(title) > 40 {
			t.Errorf("%s: Where %q is not the tab and a title of at most 40 cells", id, w)
		}
	}
}

// A connection that drops as the session starts stops it before its
// app_start is written: app_stop waits for it, so the log never has a
// session's stop before its start.
func TestStopBeforeTheStartIsLogged(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	opts := testOptions(db, "newuser", "newuser")
	opts.Participant = true
	app := ui.New(opts)
	d := uitest.NewApp(t, app)
	start := app.Init() // its commands run later, after the stop
	d.Send(ui.StopMsg{Detail: "disconnect"})
	if n := len(uitest.Events(t, db)); n != 0 || d.Quit {
		t.Fatalf("the stop went ahead of the start: %d events, quit %v", n, d.Quit)
	}
	d.Send(uitest.Results(t, start)...)
	evs := uitest.Events(t, db)
	first, stop := uitest.Index(evs, uitest.Match{Kind: model.EventAppStart}), uitest.Index(evs, uitest.Match{Kind: model.EventAppStop})
	if !d.Quit || first != 0 || stop != len(evs)-1 || evs[stop].Detail != "disconnect" {
		t.Fatalf("quit %v; the log: %+v", d.Quit, evs)
	}
}
