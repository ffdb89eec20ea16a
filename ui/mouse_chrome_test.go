package ui_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// mouseSizes are the two terminal sizes every mouse test runs at: the
// phone alone, and the phone with the observer panel beside it (the
// phone then sits left of centre).
var mouseSizes = [][2]int{{100, 30}, {160, 40}}

// TestClickingATabOpensIt: a click on each slot's name in the tab bar
// opens that tab, as its number key does, at both sizes.
func TestClickingATabOpensIt(t *testing.T) {
	t.Parallel()
	for _, size := range mouseSizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			t.Parallel()
			_, d := openApp(t, "newuser", size[0], size[1])
			for _, c := range []struct {
				label string
				want  nav.Tab
			}{{"◉ Life", nav.TabLife}, {"Messages", nav.TabMessages}, {"Mine", nav.TabMine}, {"Search", nav.TabSearch}, {"Home", nav.TabHome}} {
				clickTab(t, d, c.label)
				if got := d.Model.(*ui.App).Tab(); got != c.want {
					t.Fatalf("clicking %q opened %v, want %v:\n%s", c.label, got, c.want, plain(d))
				}
			}
		})
	}
}

// clickTab clicks label where the tab bar draws it (the phone's last
// row but one), so a name also drawn above it (Home's "Search mini
// programs") is not taken for it.
func clickTab(t *testing.T, d *uitest.App, label string) {
	t.Helper()
	lines := strings.Split(plain(d), "\n")
	for i := len(lines) - 1; i > 0; i-- {
		if !strings.Contains(lines[i], "╰") {
			continue
		}
		if x, _, ok := uitest.Find(lines[i-1], label); ok {
			d.ClickAt(x, i-1)
			return
		}
		break
	}
	t.Fatalf("the tab bar lacks %q:\n%s", label, plain(d))
}

// TestClickOutsideThePhoneDoesNothing: the terminal's corners, the
// border and the help line under the phone are not the phone's screen.
func TestClickOutsideThePhoneDoesNothing(t *testing.T) {
	t.Parallel()
	db, d := openApp(t, "newuser", 100, 30)
	before := plain(d)
	events := len(uitest.Events(t, db))
	for _, p := range [][2]int{{0, 0}, {99, 29}, {0, 15}, {99, 15}, {50, 0}, {50, 29}} {
		d.ClickAt(p[0], p[1])
	}
	if got := plain(d); got != before {
		t.Errorf("a click outside the phone changed the screen:\n%s", got)
	}
	if got := len(uitest.Events(t, db)); got != events {
		t.Errorf("a click outside the phone logged %d events", got-events)
	}
}

// TestNoMouseIgnoresIt: with --no-mouse the terminal is not asked for
// mouse reports, and a click or wheel that reaches the app anyway does
// nothing.
func TestNoMouseIgnoresIt(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	opts := testOptions(db, "newuser", "newuser")
	opts.NoMouse = true
	app := ui.New(opts)
	d := uitest.NewApp(t, app)
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	d.Init()
	if mode := app.View().MouseMode; mode != tea.MouseModeNone {
		t.Errorf("--no-mouse asks the terminal for mouse mode %v", mode)
	}
	d.Click("◉ Life")
	d.Wheel("My Mini Programs", true)
	if app.Tab() != nav.TabHome {
		t.Errorf("a click reached the app under --no-mouse: tab %v", app.Tab())
	}
	_, on := openApp(t, "newuser", 100, 30)
	if mode := on.Model.View().MouseMode; mode != tea.MouseModeCellMotion {
		t.Errorf("the app asks for mouse mode %v, want cell motion", mode)
	}
}

// TestClickingTheFourSlotBar: under life_entry=messages the bar has four
// slots, the last named in full; a click on each opens it.
func TestClickingTheFourSlotBar(t *testing.T) {
	t.Parallel()
	forced := map[string]string{model.ExpLifeEntry: model.ArmMessages}
	s := startExp(t, filepath.Join(t.TempDir(), "l.db"), "newuser", 100, 30, forced, false)
	for _, c := range []struct {
		label string
		want  nav.Tab
	}{{"My Mini Programs", nav.TabMine}, {"Messages", nav.TabMessages}, {"Search", nav.TabSearch}, {"Home", nav.TabHome}} {
		clickTab(t, s.d, c.label)
		if got := s.app.Tab(); got != c.want {
			t.Fatalf("clicking %q opened %v, want %v:\n%s", c.label, got, c.want, s.view())
		}
	}
}

// TestClickingTheCapsule: in a full-screen mini program the capsule's ☆
// collects it (the nav line then shows ★) and ◎ closes it, back to the
// page it was opened from, at both sizes.
func TestClickingTheCapsule(t *testing.T) {
	t.Parallel()
	for _, size := range mouseSizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			t.Parallel()
			db, d := openApp(t, "newuser", size[0], size[1])
			app := d.Model.(*ui.App)
			d.Keys("/")
			d.Send(uitest.Type("kfc")...)
			d.Keys("enter")
			if !strings.Contains(plain(d), "( ☆ │ ⋯ ◎ )") {
				t.Fatalf("no mini program in front:\n%s", plain(d))
			}
			d.Click("☆") // the capsule is the first ☆ drawn: the nav line is the top row
			if !uitest.State(t, db, "newuser").Collected("kfc-ordering") || !strings.Contains(plain(d), "( ★ │ ⋯ ◎ )") {
				t.Fatalf("a click on ☆ did not collect the mini program:\n%s", plain(d))
			}
			d.Click("◎")
			if app.Depth() != 0 || app.Tab() != nav.TabSearch {
				t.Fatalf("a click on ◎ left depth %d on %v:\n%s", app.Depth(), app.Tab(), plain(d))
			}
		})
	}
}
