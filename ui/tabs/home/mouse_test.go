package home_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/ui/nav"
	"lifesim/ui/tabs/home"
	"lifesim/ui/uitest"
)

// sizes are the phones every mouse test runs on: the phone in a 100×30
// terminal, and a small one.
var sizes = uitest.PhoneSizes

// clip is the start of a name, short enough to be drawn whole in a tile.
func clip(name string) string {
	r := []rune(name)
	return string(r[:min(len(r), 6)])
}

// TestATapOnHomeDoesWhatEnterDoes clicks the search box, each tile, the
// More tile, a channel and one of its mini programs.
func TestATapOnHomeDoesWhatEnterDoes(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	chs, err := st.Channels()
	if err != nil || len(chs) < 2 {
		t.Fatalf("channels: %v (%d)", err, len(chs))
	}
	inFirst, err := st.MiniProgram(chs[0].MiniPrograms[1])
	if err != nil {
		t.Fatal(err)
	}
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.W, sz.H), func(t *testing.T) {
			t.Parallel()
			d := open(t, st, "returning", sz.W, sz.H)
			d.Click("🔍 Search")
			if got, want := d.Last(), (nav.SwitchTabMsg{Tab: nav.TabSearch, FocusInput: true}); got != want {
				t.Errorf("a tap on the search box emitted %#v, want %#v", got, want)
			}
			for _, p := range favourites(t, st, "returning") {
				d.Click(clip(p.Name))
				if got, want := d.Last(), (nav.OpenMiniProgramMsg{ID: p.ID, Source: model.SourceHomeGrid}); got != want {
					t.Errorf("a tap on tile %q emitted %#v, want %#v", p.Name, got, want)
				}
			}
			// the icon is the tile too
			first := favourites(t, st, "returning")[0]
			d.Click(first.Icon)
			if got, want := d.Last(), (nav.OpenMiniProgramMsg{ID: first.ID, Source: model.SourceHomeGrid}); got != want {
				t.Errorf("a tap on %s's icon emitted %#v, want %#v", first.Name, got, want)
			}

			d.ScrollTo(chs[0].Name)
			d.Click(chs[0].Name)
			sub := "├ " + inFirst.Icon + " " + inFirst.Name
			d.ScrollTo(sub)
			d.Click(inFirst.Name)
			if got, want := d.Last(), (nav.OpenMiniProgramMsg{ID: inFirst.ID, Source: model.SourceHome}); got != want {
				t.Errorf("a tap on %q in the channel emitted %#v, want %#v", inFirst.Name, got, want)
			}
			d.Keys("up", "up") // back to the channel's row
			d.Click(chs[0].Name)
			if strings.Contains(ansi.Strip(d.View()), "├") {
				t.Errorf("a second tap on %q did not collapse it:\n%s", chs[0].Name, ansi.Strip(d.View()))
			}
		})
	}
}

func TestATapOnMoreOpensMyMiniPrograms(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	for _, sz := range sizes {
		env := uitest.Env(st, "returning")
		env.Settings.GridRows = 1 // eight mini programs in three cells: More
		d := uitest.NewScreen(t, home.New(env), sz.W, sz.H)
		d.Click("More ›")
		if got, want := d.Last(), (nav.SwitchTabMsg{Tab: nav.TabMine}); got != want {
			t.Errorf("%v: a tap on More emitted %#v, want %#v", sz, got, want)
		}
	}
}

// TestHeadingsAreNotClickable: a section's title and the collected count
// are text, not things to press.
func TestHeadingsAreNotClickable(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	for _, sz := range sizes {
		d := open(t, st, "returning", sz.W, sz.H)
		for _, label := range []string{"My Mini Programs", "collected"} {
			if id := d.RegionAt(label); id != "" {
				t.Errorf("%v: %q is region %q, want none", sz, label, id)
			}
		}
		d.ScrollTo("Services")
		if id := d.RegionAt("Services"); id != "" {
			t.Errorf("%v: the Services heading is region %q, want none", sz, id)
		}
	}
}

// TestAClickFollowsTheScroll: after the column scrolled, a tap lands on
// what is drawn under it, not on what was there before.
func TestAClickFollowsTheScroll(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	chs, err := st.Channels()
	if err != nil || len(chs) < 2 {
		t.Fatalf("channels: %v (%d)", err, len(chs))
	}
	d := open(t, st, "returning", 40, 13)
	d.ScrollTo(chs[1].Name)
	d.Click(chs[1].Name)
	if !strings.Contains(ansi.Strip(d.View()), "▾") {
		t.Fatalf("a tap on %q did not expand it:\n%s", chs[1].Name, ansi.Strip(d.View()))
	}
}
