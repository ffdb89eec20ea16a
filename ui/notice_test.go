package ui_test

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"lifesim/model"
	"lifesim/ui"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// noticeText is the notice as drawn: the row that starts with mark and
// the indented row under it, if any, joined by a space.
func noticeText(d *uitest.App, mark string) (text string, rows int) {
	all := phoneRows(d)
	for i, r := range all {
		if !strings.HasPrefix(r, mark+" ") {
			continue
		}
		text, rows = r, 1
		// The second row is indented under the text; the tab bar's rule
		// (or the help) never is.
		if i+1 < len(all) && all[i+1] != "" && !strings.HasPrefix(all[i+1], "─") && !strings.Contains(all[i+1], "Home") {
			text, rows = r+" "+all[i+1], 2
		}
		return text, rows
	}
	return "", 0
}

// TestLongNoticeWrapsToTwoLines: at 80×24 the phone is 46 cells wide,
// too narrow for "✓ Added to My Mini Programs · KFC Self-Service
// Ordering": the notice takes two lines, the item's full name on them,
// and the frame keeps its size.
func TestLongNoticeWrapsToTwoLines(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {100, 30}, {160, 40}} {
		t.Run(fmt.Sprint(size[0]), func(t *testing.T) {
			t.Parallel()
			db, d := openApp(t, "newuser", size[0], size[1])
			d.Send(nav.OpenMiniProgramMsg{ID: "kfc-ordering", Source: model.SourceSearch})
			d.Keys("s")
			if !uitest.State(t, db, "newuser").Collected("kfc-ordering") {
				t.Fatal("s did not collect the mini program")
			}
			text, rows := noticeText(d, "✓")
			if want := "✓ Added to My Mini Programs · KFC Self-Service Ordering"; text != want {
				t.Fatalf("notice %q, want %q:\n%s", text, want, plain(d))
			}
			if size[0] == 80 && rows != 2 {
				t.Fatalf("at 80 columns the notice should take two rows, took %d:\n%s", rows, plain(d))
			}
			uitest.FitsFrame(t, "notice", d.View(), size[0], size[1])
		})
	}
}

// TestNoticeStaysOnItsPage: a notice belongs to the page where it
// happened: after esc back it is gone from the page underneath, and a
// tab switch leaves it behind too.
func TestNoticeStaysOnItsPage(t *testing.T) {
	t.Parallel()
	_, d := openApp(t, "newuser", 80, 24)
	d.Send(nav.OpenMiniProgramMsg{ID: "kfc-ordering", Source: model.SourceSearch})
	d.Keys("s")
	if text, _ := noticeText(d, "✓"); text == "" {
		t.Fatalf("no notice after s:\n%s", plain(d))
	}
	d.Keys("esc")
	if strings.Contains(plain(d), "Added to My Mini Programs") {
		t.Fatalf("the notice lingered onto the page underneath:\n%s", plain(d))
	}
	d.Send(nav.OpenMiniProgramMsg{ID: "kfc-ordering", Source: model.SourceSearch})
	d.Keys("s")
	d.Send(nav.SwitchTabMsg{Tab: nav.TabLife})
	if strings.Contains(plain(d), "My Mini Programs · KFC") {
		t.Fatalf("the notice followed the tab switch:\n%s", plain(d))
	}
}

// TestNoticeOnTheHostileWorld: a notice naming hostile text wraps to at
// most two rows, keeps the frame whole and carries no control sequence,
// with colour and without (NO_COLOR).
func TestNoticeOnTheHostileWorld(t *testing.T) {
	t.Parallel()
	for _, p := range []colorprofile.Profile{colorprofile.TrueColor, colorprofile.ASCII} {
		for _, size := range [][2]int{{80, 24}, {100, 30}, {160, 40}} {
			db := openHostile(t)
			d := uitest.NewApp(t, ui.New(testOptions(db, "newuser", "newuser")))
			d.Send(tea.WindowSizeMsg{Width: size[0], Height: size[1]}, tea.ColorProfileMsg{Profile: p})
			d.Init()
			for _, id := range []model.MiniProgramID{"mp-long", "mp-csi", "mp-bidi", "mp-emoji"} {
				d.Send(nav.OpenMiniProgramMsg{ID: id, Source: model.SourceSearch})
				d.Keys("s")
				where := fmt.Sprintf("%v %dx%d %s", p, size[0], size[1], id)
				if text, rows := noticeText(d, "✓"); text == "" || rows > 2 {
					t.Fatalf("%s: notice %q on %d rows:\n%s", where, text, rows, plain(d))
				}
				uitest.FitsFrame(t, where, d.View(), size[0], size[1])
			}
		}
	}
}
