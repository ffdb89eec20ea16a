package ui_test

import (
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/ui"
	"lifesim/ui/uitest"
)

// pickOperator moves the open picker's selection to account's operator
// and chooses it.
func pickOperator(s *expSession, name string) {
	s.t.Helper()
	for range 60 {
		if line := selectedLine(s.view()); strings.Contains(line, name+" (operator)") {
			s.keys("enter")
			return
		}
		s.keys("down")
	}
	s.t.Fatalf("no %s (operator) in the picker:\n%s", name, s.view())
}

// selectedLine is the line holding the picker's › marker.
func selectedLine(view string) string {
	for l := range strings.SplitSeq(view, "\n") {
		if strings.Contains(l, "› ") {
			return l
		}
	}
	return ""
}

// P → Operators → the console, in place of the phone: the persona's
// session ends as a switch ends it and no session starts for the
// operator; P in the console → a persona starts a session as a switch
// does, with nothing ended for the operator.
func TestOperatorFromThePicker(t *testing.T) {
	t.Parallel()
	s := startExp(t, filepath.Join(t.TempDir(), "l.db"), "newuser", 100, 30, nil, false)
	s.keys("P")
	s.expect("picker", "Operators", "Burger King (operator)")
	pickOperator(s, "New Hope Dairy")
	s.expect("console", "New Hope Dairy · merchant console", "1 Overview", "Followers by origin", "● live")
	if s.app.Console() == nil || s.app.Persona() != model.MerchantPersona("new-hope-dairy") {
		t.Fatalf("no console, or acting as %s", s.app.Persona())
	}
	if strings.Contains(s.view(), "╭") {
		t.Fatalf("the phone still shows beside the console:\n%s", s.view())
	}
	evs := s.events()
	stop := uitest.Index(evs, uitest.Match{Kind: model.EventAppStop})
	if stop < 0 || evs[stop].Persona != "newuser" || evs[stop].Detail != "switch" || evs[stop].Session != s.sessionID {
		t.Fatalf("the persona's session did not end as a switch ends it: %+v", evs)
	}
	if n := len(uitest.FindEvents(t, s.db, uitest.Match{Persona: model.MerchantPersona("new-hope-dairy")})); n != 0 {
		t.Fatalf("the operator logged %d events just by opening the console", n)
	}

	s.keys("2")
	s.expect("the console's keys", "›2 Funnel")
	s.keys("P")
	s.expect("the picker over the console", "Switch persona", "✓ now", "back to the console")
	s.keys("esc")
	s.expect("back", "›2 Funnel")
	s.keys("P")
	for range 40 { // from the operator acting now, up to the first row: Lin Xiao
		s.keys("up")
	}
	s.keys("enter")
	s.expect("the phone again", "Lin Xiao")
	if s.app.Console() != nil || s.app.Persona() != "newuser" {
		t.Fatalf("still on the console, or acting as %s", s.app.Persona())
	}
	evs = s.events()
	if n := len(uitest.Filter(evs, uitest.Match{Persona: model.MerchantPersona("new-hope-dairy")})); n != 0 {
		t.Fatalf("the operator logged %d events: nothing to end", n)
	}
	last := uitest.Filter(evs, uitest.Match{Kind: model.EventAppStart})
	start := last[len(last)-1]
	if start.Persona != "newuser" || start.Detail != "switch" || start.Session == s.sessionID {
		t.Fatalf("the persona's new session: %+v", start)
	}
}

// lifesim --merchant: the app opens on the console, starts no session,
// and q quits without an app_stop.
func TestOpensOnTheConsole(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	opts := testOptions(db, "newuser", "Lin Xiao")
	opts.Merchant, opts.MerchantName = "new-hope-dairy", "New Hope Dairy"
	app := ui.New(opts)
	d := uitest.NewApp(t, app)
	d.Send(tea.WindowSizeMsg{Width: 160, Height: 40})
	d.Init()
	v := ansi.Strip(d.View())
	if !strings.Contains(v, "New Hope Dairy · merchant console") || !strings.Contains(v, "followers gained") {
		t.Fatalf("not the console:\n%s", v)
	}
	if problems := uitest.FrameProblems(d.View(), 160, 40); problems != nil {
		t.Fatalf("frame: %v", problems)
	}
	d.Keys("q")
	if !d.Quit {
		t.Fatal("q did not quit the console")
	}
	if evs := uitest.Events(t, db); len(evs) != 0 {
		t.Fatalf("the console logged %v; an operator who only looks writes nothing", evs)
	}
}

// Below the console's minimum the app says the terminal is too small.
func TestConsoleTooSmall(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	opts := testOptions(db, "newuser", "Lin Xiao")
	opts.Merchant = "new-hope-dairy"
	d := uitest.NewApp(t, ui.New(opts))
	d.Send(tea.WindowSizeMsg{Width: 50, Height: 20})
	d.Init()
	if v := ansi.Strip(d.View()); !strings.Contains(v, "terminal too small") || !strings.Contains(v, "60×16") {
		t.Fatalf("a 50×20 console:\n%s", v)
	}
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	if v := ansi.Strip(d.View()); !strings.Contains(v, "merchant console") {
		t.Fatalf("grown to 100×30:\n%s", v)
	}
}
