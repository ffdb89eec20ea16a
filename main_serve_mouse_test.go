package main

import (
	"strings"
	"testing"
)

// TestServeMouse: over SSH the app asks the participant's terminal to
// report the mouse, and a click on ◉ Life in the tab bar opens Life, a
// click on its Following switch shows that feed, as on a phone.
func TestServeMouse(t *testing.T) {
	t.Parallel()
	r := serveRoom(t)
	term := openHome(t, r, "bob") // bob has the five-slot bar (life_entry=tab)
	if !term.MouseAsked() {
		t.Fatal("the app did not ask the participant's terminal for mouse reports")
	}
	term.Click("◉ Life")
	term.WaitFor("Recommended", onScreen)
	quit(t, term)
	r.stopped(t)
}

// TestServeNoMouse: with --no-mouse the room asks no participant's
// terminal for the mouse, and a click that arrives anyway does nothing.
func TestServeNoMouse(t *testing.T) {
	t.Parallel()
	r := serveRoom(t, "--no-mouse")
	term := openHome(t, r, "bob")
	if term.MouseAsked() {
		t.Fatal("the app asked the participant's terminal for mouse reports under --no-mouse")
	}
	term.Click("◉ Life")
	term.Press("?") // a key after the click: once the help shows, the click has been handled
	term.WaitFor("esc/? close", onScreen)
	if strings.Contains(term.Screen(), "Recommended") {
		t.Fatalf("a click opened Life under --no-mouse:\n%s", term.Screen())
	}
	term.Press("?") // closes the help (esc then q could read as alt+q)
	term.WaitFor("My Mini Programs", onScreen)
	quit(t, term)
	r.stopped(t)
}
