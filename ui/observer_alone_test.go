package ui_test

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"lifesim/ui"
	"lifesim/ui/uitest"
)

// Below ui.ObserverMinWidth columns there is no room for the observer
// panel beside the phone, so F2 shows it in the phone's place.

var f2 = tea.KeyPressMsg{Code: tea.KeyF2}

// What tells the phone and the panel apart on screen: the phone's top
// edge and its status line; the panel's title and its funnel rows.
var (
	phoneStatus = "5G ▂▄▆█"
	panelRows   = []string{"Observer", "F2 hides", "Chain funnel", "open from search", "collect", "revisit later", "Events"}
)

// phoneTop is the phone's top edge in a terminal w columns wide.
func phoneTop(w int) string { return "╭" + strings.Repeat("─", min(w, 50)-2) + "╮" }

// onScreen reports whether the plain frame, w columns wide, shows the
// phone and the panel.
func onScreen(t *testing.T, view string, w int) (phone, panel bool) {
	t.Helper()
	plain := ansi.Strip(view)
	phone = strings.Contains(plain, phoneTop(w)) && strings.Contains(plain, phoneStatus)
	panel = strings.Contains(plain, "Observer")
	if panel {
		for _, row := range panelRows {
			if !strings.Contains(plain, row) {
				t.Fatalf("the panel lacks %q:\n%s", row, plain)
			}
		}
	}
	return phone, panel
}

// wantScreen fails unless the frame shows the phone and the panel as
// wanted, and fits the terminal.
func wantScreen(t *testing.T, step string, d *uitest.App, w, h int, phone, panel bool) {
	t.Helper()
	v := d.View()
	uitest.FitsFrame(t, step, v, w, h)
	if p, o := onScreen(t, v, w); p != phone || o != panel {
		t.Fatalf("%s at %dx%d: phone %v, panel %v; want phone %v, panel %v:\n%s", step, w, h, p, o, phone, panel, ansi.Strip(v))
	}
}

// mustShow fails unless the plain frame shows each of want.
func mustShow(t *testing.T, d *uitest.App, want ...string) {
	t.Helper()
	plain := ansi.Strip(d.View())
	for _, w := range want {
		if !strings.Contains(plain, w) {
			t.Fatalf("the frame lacks %q:\n%s", w, plain)
		}
	}
}

func TestObserverInPlaceOfPhone(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {100, 30}, {109, 40}, {ui.MinWidth, ui.MinHeight}} {
		w, h := size[0], size[1]
		t.Run(fmt.Sprintf("%dx%d", w, h), func(t *testing.T) {
			t.Parallel()
			_, d := newApp(t, "Chen Wei")
			d.Send(tea.WindowSizeMsg{Width: w, Height: h})
			wantScreen(t, "start", d, w, h, true, false)

			d.Send(f2)
			wantScreen(t, "F2", d, w, h, false, true)
			lines := strings.Split(ansi.Strip(d.View()), "\n")
			help := lines[len(lines)-1]
			for _, want := range []string{"F2 back to the phone", "? help"} {
				if !strings.Contains(help, want) {
					t.Errorf("the help line under the panel lacks %q: %q", want, help)
				}
			}
			// the panel and its help take the rows the phone and its help took
			if phoneRows := min(h-1, 44) + 1; len(lines) != phoneRows {
				t.Errorf("%d rows in the phone's place, want %d", len(lines), phoneRows)
			}

			d.Send(f2)
			wantScreen(t, "F2 again", d, w, h, true, false)
		})
	}
}

// Keys go to the app while the panel is in the phone's place: the phone
// is only hidden, and F2 brings it back where the keys took it.
func TestObserverInPlaceKeysGoToApp(t *testing.T) {
	t.Parallel()
	_, d := newApp(t, "Chen Wei")
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	d.Send(f2)
	d.Keys("5") // the Mine tab
	wantScreen(t, "5 behind the panel", d, 100, 30, false, true)
	d.Send(f2)
	wantScreen(t, "F2", d, 100, 30, true, false)
	mustShow(t, d, "Orders · o", "Favourites")
}

// The full help is drawn in the phone, so ? shows the phone with it, and
// closing it shows the panel again.
func TestObserverInPlaceHelp(t *testing.T) {
	t.Parallel()
	_, d := newApp(t, "Chen Wei")
	d.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.Send(f2)
	d.Keys("?")
	wantScreen(t, "?", d, 80, 24, true, false)
	mustShow(t, d, "Keys", "esc/? close")
	d.Keys("esc")
	wantScreen(t, "esc", d, 80, 24, false, true)
}

// A resize across ui.ObserverMinWidth moves a shown panel between beside
// the phone and in its place; a hidden one stays hidden.
func TestObserverMovesAcrossMinWidth(t *testing.T) {
	t.Parallel()
	_, d := newApp(t, "Chen Wei")
	size := func(w, h int) { d.Send(tea.WindowSizeMsg{Width: w, Height: h}) }
	size(100, 30)
	d.Send(f2)
	wantScreen(t, "F2 at 100", d, 100, 30, false, true)

	size(120, 30)
	wantScreen(t, "resized to 120", d, 120, 30, true, true)
	top := strings.Split(ansi.Strip(d.View()), "\n")[0]
	p := strings.Index(top, phoneTop(120))
	if p < 0 || !strings.Contains(top[p+len(phoneTop(120)):], "╭") {
		t.Fatalf("the panel is not beside the phone: %q", top)
	}

	size(100, 30)
	wantScreen(t, "back to 100", d, 100, 30, false, true)

	size(160, 40)
	d.Send(f2) // hides it
	wantScreen(t, "F2 at 160", d, 160, 40, true, false)
	size(100, 30)
	wantScreen(t, "hidden, resized to 100", d, 100, 30, true, false)
	size(160, 40)
	wantScreen(t, "hidden, resized to 160", d, 160, 40, true, false)
}

// The panel that is only on (the --observer default) shows beside the
// phone where there is room and never hides the phone by itself: on a
// narrow terminal the phone shows until F2 asks for the panel.
func TestObserverOnDoesNotHidePhone(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	opts := testOptions(db, "returning", "Chen Wei")
	opts.Observer = true
	d := uitest.NewApp(t, ui.New(opts))
	d.Init()
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	wantScreen(t, "start at 100", d, 100, 30, true, false)
	d.Send(tea.WindowSizeMsg{Width: 160, Height: 40})
	wantScreen(t, "resized to 160", d, 160, 40, true, true)

	d.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
	wantScreen(t, "shown, then resized to 80", d, 80, 24, false, true)
	d.Send(f2)
	wantScreen(t, "F2 at 80", d, 80, 24, true, false)
}

// The panel in the phone's place follows the log as it does beside it:
// what the keys behind it do shows in its events.
func TestObserverInPlaceFollowsLog(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	waits := &uitest.Waits{}
	opts := testOptions(db, "newuser", "Lin Xiao")
	opts.Waiter = waits.Hold
	d := uitest.NewApp(t, ui.New(opts))
	d.Init()
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	d.Send(f2)
	d.Keys("2")
	d.Send(uitest.Type("kfc")...)
	d.Keys("enter") // records the search and opens KFC, behind the panel
	d.Send(waits.Ready()...)
	wantScreen(t, "after the search", d, 100, 30, false, true)
	mustShow(t, d, `search "kfc"`, "open mini program kfc-ordering")
}

// TestGoldenObserverInPlace is the whole screen with the panel in the
// phone's place at 100×30, with the fixed clock.
func TestGoldenObserverInPlace(t *testing.T) {
	t.Parallel()
	_, d := newApp(t, "Chen Wei")
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	d.Send(f2)
	golden.RequireEqual(t, []byte(ansi.Strip(d.View())))
}
