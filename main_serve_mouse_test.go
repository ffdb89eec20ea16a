package main

import (
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
