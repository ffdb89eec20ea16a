package ui_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// traveller is an app whose clock time travel can move: a TravelClock
// on the tests' fixed time, as launch builds one on the simulated clock.
// Its sessions are s1, s2… in the order they start.
type traveller struct {
	db    *store.DB
	app   *ui.App
	d     *uitest.App
	clock *model.TravelClock
}

// newTraveller starts one in a w×h terminal; a participant's, or one
// without Options.Travel, has a TravelClock that nothing may move.
func newTraveller(t *testing.T, participant, travel bool, w, h int) *traveller {
	return newTravellerAs(t, "Lin Xiao", participant, travel, w, h)
}

func newTravellerAs(t *testing.T, name string, participant, travel bool, w, h int) *traveller {
	t.Helper()
	db := uitest.OpenStore(t)
	clock := model.NewTravelClock(func() time.Time { return uitest.Now })
	opts := testOptions(db, "newuser", name)
	opts.Clock, opts.Participant = clock.Now, participant
	if travel {
		opts.Travel = clock.Advance
	}
	n := 0
	opts.NewSession = func() string { n++; return fmt.Sprintf("s%d", n) }
	app := ui.New(opts)
	d := uitest.NewApp(t, app)
	d.Send(tea.WindowSizeMsg{Width: w, Height: h})
	d.Init()
	return &traveller{db: db, app: app, d: d, clock: clock}
}

func (tr *traveller) view() string { return ansi.Strip(tr.d.View()) }

// collectKFC searches for KFC, opens it from the results and collects it.
func (tr *traveller) collectKFC(t *testing.T) {
	t.Helper()
	tr.d.Keys("2")
	tr.d.Send(uitest.Type("kfc")...)
	tr.d.Keys("enter", "s")
	if v := tr.view(); !strings.Contains(v, "Added to My Mini Programs") {
		t.Fatalf("KFC not collected:\n%s", v)
	}
}

// T ends the session as a persona switch does, for the same persona: the
// open pages' leave events and app_stop "clock" at the old time, then
// the clock a day on, then clock "+1d" and app_start "clock" in a new
// session at the new time. The app starts again at Home, and the status
// line says so and shows the day from then on.
func TestTravelMovesTheClockADayInANewSession(t *testing.T) {
	t.Parallel()
	tr := newTraveller(t, false, true, 100, 30)
	tr.collectKFC(t) // KFC's page is open, over Search
	if v := tr.view(); strings.Contains(v, "Thu 09:30") {
		t.Fatalf("the status line shows the day before any time travel:\n%s", v)
	}
	before := len(uitest.Events(t, tr.db))
	tr.d.Keys("T")

	later := uitest.Now.Add(24 * time.Hour)
	if got := tr.clock.Now(); !got.Equal(later) {
		t.Fatalf("clock after T = %v, want %v", got, later)
	}
	got := uitest.Events(t, tr.db)[before:]
	want := []uitest.Match{
		{Kind: model.EventAppStop, Session: "s1", Detail: "clock"},
		{Kind: model.EventClock, Session: "s2", Detail: "+1d"},
		{Kind: model.EventAppStart, Session: "s2", Persona: "newuser", Detail: "clock"},
	}
	if len(got) < len(want) {
		t.Fatalf("T logged %+v", got)
	}
	leaves, got := got[:len(got)-len(want)], got[len(got)-len(want):]
	for i, m := range want {
		if !m.Matches(got[i]) {
			t.Errorf("event %d after the leave events is %+v, want %+v", i, got[i], m)
		}
	}
	for _, e := range leaves {
		if e.Session != "s1" || !e.At.Equal(uitest.Now) {
			t.Errorf("a leave event in session %s at %v, want s1 at the old time: %+v", e.Session, e.At, e)
		}
	}
	if !got[0].At.Equal(uitest.Now) || !got[1].At.Equal(later) || !got[2].At.Equal(later) {
		t.Errorf("times: app_stop %v, clock %v, app_start %v; want the stop before the jump, the rest after",
			got[0].At, got[1].At, got[2].At)
	}
	if tr.app.Depth() != 0 || tr.app.Persona() != "newuser" {
		t.Errorf("after T: depth %d persona %s, want Home as newuser", tr.app.Depth(), tr.app.Persona())
	}
	v := tr.view()
	for _, w := range []string{"A day later: Fri 9 Jan, 09:30", "Fri 09:30", "Lin Xiao", "87%", "Search mini programs"} {
		if !strings.Contains(v, w) {
			t.Errorf("after T the frame lacks %q:\n%s", w, v)
		}
	}
}

// The tentpole: a revisit after T counts in the funnel's retention, as a
// later session's; without T the same walk is one session and does not.
func TestRevisitAfterTravelCountsInRetention(t *testing.T) {
	t.Parallel()
	for _, travel := range []bool{true, false} {
		t.Run(fmt.Sprintf("travel=%v", travel), func(t *testing.T) {
			t.Parallel()
			tr := newTraveller(t, false, true, 100, 30)
			tr.collectKFC(t)
			if travel {
				tr.d.Keys("T")
			} else {
				tr.d.Keys("esc")
			}
			tr.d.Keys("5", "enter") // KFC, the one favourite, from My Mini Programs
			open := uitest.LastEvent(t, tr.db, uitest.Match{Kind: model.EventOpenMiniProgram})
			if open.Target != "kfc-ordering" || open.Source != model.SourceMyMiniPrograms {
				t.Fatalf("the last open is %+v, want KFC from My Mini Programs", open)
			}
			groups, err := tr.db.FunnelGroups(1)
			if err != nil {
				t.Fatal(err)
			}
			all := groups[0]
			wantRevisits := 0
			if travel {
				wantRevisits = 1
			}
			if r := all.Retention; r.Collected != 1 || r.Revisited != wantRevisits {
				t.Errorf("1-day retention: %d of %d revisited, want %d of 1", r.Revisited, r.Collected, wantRevisits)
			}
			if got := all.Funnel.Steps[model.StepRevisit].Count; got != wantRevisits {
				t.Errorf("sessions that reached %q: %d, want %d", model.StepRevisit.Name(), got, wantRevisits)
			}
			if gap := all.Funnel.Steps[model.StepRevisit].Median; travel && gap != 24*time.Hour {
				t.Errorf("collect → revisit took %v, want a day", gap)
			}
		})
	}
}

// T is a letter: in a text input it is typed, and the clock stays.
func TestTravelKeyWhileTypingTypesIt(t *testing.T) {
	t.Parallel()
	tr := newTraveller(t, false, true, 100, 30)
	tr.d.Keys("2")
	before := len(uitest.Events(t, tr.db))
	tr.d.Send(uitest.Type("Tea")...)
	if got := tr.clock.Now(); !got.Equal(uitest.Now) {
		t.Fatalf("T in the search box moved the clock to %v", got)
	}
	if evs := uitest.Events(t, tr.db)[before:]; len(evs) != 0 {
		t.Fatalf("typing logged %+v", evs)
	}
	if v := tr.view(); !strings.Contains(v, "Tea") || strings.Contains(v, "A day later") {
		t.Fatalf("the search box lacks Tea, or the app travelled:\n%s", v)
	}
}

// A room's participant shares the room's clock: T, and TravelMsg, only
// say time travel is off, and change nothing; so does an app built with
// no clock to move. The full help offers T only where it works.
func TestTravelIsOffForAParticipant(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name                string
		participant, travel bool
		says                string
	}{
		{"participant", true, true, "Time travel is off in a room"},
		{"no clock to move", false, false, "Time travel is off"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tr := newTraveller(t, tt.participant, tt.travel, 100, 40)
			tr.d.Keys("?")
			if v := tr.view(); strings.Contains(v, "a day later") {
				t.Errorf("the full help offers T:\n%s", v)
			}
			tr.d.Keys("?", "5")
			before := len(uitest.Events(t, tr.db))
			tr.d.Keys("T")
			if v := tr.view(); !strings.Contains(v, tt.says) {
				t.Errorf("after T the frame lacks %q:\n%s", tt.says, v)
			}
			tr.d.Send(ui.TravelMsg{By: 24 * time.Hour})
			if got := tr.clock.Now(); !got.Equal(uitest.Now) {
				t.Errorf("the clock moved to %v", got)
			}
			if evs := uitest.Events(t, tr.db)[before:]; len(evs) != 0 {
				t.Errorf("T logged %+v", evs)
			}
			if tr.app.Tab() != nav.TabMine {
				t.Errorf("T left My Mini Programs for tab %v", tr.app.Tab())
			}
		})
	}
}

// The presenter's full help lists T with the persona switch.
func TestFullHelpOffersTravel(t *testing.T) {
	t.Parallel()
	tr := newTraveller(t, false, true, 100, 40)
	tr.d.Keys("?")
	if v := tr.view(); !strings.Contains(v, "T") || !strings.Contains(v, "a day later") {
		t.Fatalf("the full help lacks T a day later:\n%s", v)
	}
}

// Jumps asked for before the session's app_start is logged wait for it,
// and add up: the log never has a session end before it began.
func TestTravelBeforeTheStartWaitsForIt(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	clock := model.NewTravelClock(func() time.Time { return uitest.Now })
	opts := testOptions(db, "newuser", "Lin Xiao")
	opts.Clock, opts.Travel = clock.Now, clock.Advance
	n := 0
	opts.NewSession = func() string { n++; return fmt.Sprintf("s%d", n) }
	d := uitest.NewApp(t, ui.New(opts))
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	d.Send(ui.TravelMsg{By: 24 * time.Hour}, ui.TravelMsg{By: 24 * time.Hour}) // before Init's app_start
	d.Init()
	want := []uitest.Match{
		{Kind: model.EventAppStart, Session: "s1"},
		{Kind: model.EventAppStop, Session: "s1", Detail: "clock"},
		{Kind: model.EventClock, Session: "s2", Detail: "+2d"},
		{Kind: model.EventAppStart, Session: "s2", Detail: "clock"},
	}
	got := uitest.Events(t, db)
	if len(got) != len(want) {
		t.Fatalf("logged %+v, want %d events", got, len(want))
	}
	for i, m := range want {
		if !m.Matches(got[i]) {
			t.Errorf("event %d is %+v, want %+v", i, got[i], m)
		}
	}
	if v := ansi.Strip(d.View()); !strings.Contains(v, "2 days later: Sat 10 Jan, 09:30") {
		t.Errorf("the frame lacks the jump's notice:\n%s", v)
	}
}

// The day on the status line keeps the frame its size down to the
// smallest phone, and a long persona name gives way to it, not the
// carrier and battery glyphs on the right.
func TestTravelledStatusLineFits(t *testing.T) {
	t.Parallel()
	for _, w := range []int{ui.MinWidth, 60, 100} {
		tr := newTravellerAs(t, "Maximilian Alexander Longname", false, true, w, ui.MinHeight)
		tr.d.Keys("T")
		v := tr.d.View()
		uitest.ExactSize(t, fmt.Sprintf("%d×%d after T", w, ui.MinHeight), v, w, ui.MinHeight)
		if p := uitest.FrameProblems(v, w, ui.MinHeight); len(p) > 0 {
			t.Errorf("%d columns: %v", w, p)
		}
		status := strings.Split(ansi.Strip(v), "\n")[1]
		if !strings.Contains(status, "Fri 09:30  Maxim") || !strings.Contains(status, "5G ▂▄▆█ 87%") {
			t.Errorf("%d columns: the status line lacks the day, the name or the glyphs: %q", w, status)
		}
	}
}
