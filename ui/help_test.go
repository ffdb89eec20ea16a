package ui_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"lifesim/model"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// TestHelpIsModal: with the full help open, l likes nothing and ↓ does
// not move the feed underneath; q does not quit; esc closes the help on
// the feed as it was.
func TestHelpIsModal(t *testing.T) {
	t.Parallel()
	db, d := openApp(t, "returning", 100, 30)
	d.Send(nav.SwitchTabMsg{Tab: nav.TabLife})
	before := plain(d)
	was := uitest.State(t, db, "returning")

	d.Keys("?", "l", "down", "down", "j")
	if got := uitest.State(t, db, "returning"); !reflect.DeepEqual(got.Likes, was.Likes) {
		t.Fatalf("l under the help changed the likes: %v, was %v", got.Likes, was.Likes)
	}
	d.Keys("q", "enter", "s", "f", "tab", "1")
	if d.Quit {
		t.Fatal("q quit the app while the help was open")
	}
	if got := uitest.State(t, db, "returning"); !reflect.DeepEqual(got, was) {
		t.Fatalf("keys under the help changed the state:\n%+v\nwas\n%+v", got, was)
	}
	if !strings.Contains(plain(d), "Keys") {
		t.Fatalf("the help closed on a key other than esc or ?:\n%s", plain(d))
	}
	// The line under the phone names the overlay's keys, not the feed's.
	lines := strings.Split(strings.TrimRight(plain(d), "\n "), "\n")
	if last := lines[len(lines)-1]; strings.Contains(last, "like") || !strings.Contains(last, "close") {
		t.Fatalf("the short help under the open help reads %q", last)
	}
	d.Keys("esc")
	if after := plain(d); after != before {
		t.Fatalf("the feed moved under the help:\nbefore:\n%s\nafter:\n%s", before, after)
	}
	d.Keys("?", "?")
	if after := plain(d); after != before {
		t.Fatalf("? did not close the help:\n%s", after)
	}
}

// TestHelpScrolls: at 100×30 Life's full help is taller than the phone;
// ↓ scrolls it until its last binding, ctrl+c, is in view, with the
// position shown, and the frame stays whole.
func TestHelpScrolls(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {100, 30}} {
		t.Run(fmt.Sprint(size[0]), func(t *testing.T) {
			t.Parallel()
			_, d := openApp(t, "returning", size[0], size[1])
			d.Send(nav.SwitchTabMsg{Tab: nav.TabLife})
			d.Keys("?")
			v := phone(d)
			if strings.Contains(v, "ctrl+c") || !strings.Contains(v, "esc/? close") || !strings.Contains(v, "↑/↓ scroll · 1–") {
				t.Fatalf("the help should open at its top, saying how to scroll and close:\n%s", v)
			}
			for i := 0; i < 60 && !strings.Contains(phone(d), "ctrl+c"); i++ {
				d.Keys("down")
				uitest.FitsFrame(t, "help", d.View(), size[0], size[1])
			}
			v = phone(d)
			for _, want := range []string{"ctrl+c", "quit", "switch persona", "observer panel"} {
				if !strings.Contains(v, want) {
					t.Fatalf("scrolled to the end, the help lacks %q:\n%s", want, v)
				}
			}
			d.Keys("down", "down") // past the end: stays at the end
			if phone(d) != v {
				t.Fatalf("the help scrolled past its end:\n%s", plain(d))
			}
			d.Keys("up")
			if strings.Contains(phone(d), "ctrl+c") {
				t.Fatalf("↑ did not scroll back:\n%s", phone(d))
			}
		})
	}
}

// TestShortHelpKeepsHelpAndQuit: the line under the phone always ends
// with ? help and q quit (ctrl+c quit while typing), on every tab and on
// pages with many keys, at 80, 100 and 160 columns; other entries give way.
// phone is the frame as plain text down to the phone's bottom border,
// without the short help line under it.
func phone(d *uitest.App) string {
	v := plain(d)
	return v[:strings.LastIndex(v, "╯")]
}

func TestShortHelpKeepsHelpAndQuit(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {100, 30}, {160, 40}} {
		t.Run(fmt.Sprint(size[0]), func(t *testing.T) {
			t.Parallel()
			_, d := openApp(t, "returning", size[0], size[1])
			check := func(where string) {
				t.Helper()
				line := shortHelp(d)
				typing := strings.HasSuffix(line, "ctrl+c quit")
				if !typing && !strings.HasSuffix(line, "? help • q quit") {
					t.Fatalf("%s at %d columns: the short help lacks ? help / q quit: %q", where, size[0], line)
				}
				uitest.FitsFrame(t, where, d.View(), size[0], size[1])
			}
			for tab := nav.Tab(0); tab < nav.NumTabs; tab++ {
				d.Send(nav.SwitchTabMsg{Tab: tab})
				check(fmt.Sprint("tab ", tab))
			}
			d.Send(nav.SwitchTabMsg{Tab: nav.TabSearch, FocusInput: true})
			if line := shortHelp(d); !strings.HasSuffix(line, "ctrl+c quit") || strings.Contains(line, "q quit •") {
				t.Fatalf("typing in search, the short help should offer ctrl+c, not q: %q", line)
			}
			d.Send(nav.SwitchTabMsg{Tab: nav.TabHome})
			d.Send(nav.OpenPostMsg{ID: "post-kfc-crayfish", Source: model.SourceFeed})
			check("post")
			d.Send(nav.OpenMiniProgramMsg{ID: "kfc-ordering", Source: model.SourceSearch})
			check("mini program")
		})
	}
}
