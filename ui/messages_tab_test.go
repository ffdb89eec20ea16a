package ui_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

// The Messages tab, driven through the whole app: it lists an order as
// soon as the order's action reaches the root, at every terminal size,
// with and without colour, and enter opens the order's mini program.

// messagesApp is the new user's app on db at w×h, on the Messages tab.
func messagesApp(t *testing.T, db *store.DB, w, h int, colour bool) (*ui.App, *uitest.App) {
	t.Helper()
	app := ui.New(testOptions(db, "newuser", "Lin Xiao"))
	d := uitest.NewApp(t, app)
	d.Init()
	d.Send(tea.WindowSizeMsg{Width: w, Height: h})
	if !colour {
		d.Send(tea.ColorProfileMsg{Profile: colorprofile.ASCII})
	}
	d.Send(nav.SwitchTabMsg{Tab: nav.TabMessages})
	return app, d
}

// payFor places an order of mp's first service for the new user in the
// store and hands the root the fresh state, as the order page does once
// the payment has committed.
func payFor(t *testing.T, db store.Store, d *uitest.App, mp model.MiniProgramID, ago time.Duration) {
	t.Helper()
	p, err := db.MiniProgram(mp)
	if err != nil {
		t.Fatal(err)
	}
	a := model.Actor{Persona: "newuser", Session: "test-session", At: uitest.Now.Add(-ago)}
	o := model.Order{MiniProgramID: mp, Lines: []model.OrderLine{{ServiceID: p.Services[0].ID, Qty: 1}}}
	if _, err := db.PlaceOrder(a, o, ""); err != nil {
		t.Fatal(err)
	}
	s, err := db.State("newuser")
	if err != nil {
		t.Fatal(err)
	}
	d.Send(screen.ActionMsg{Status: "Paid", State: &s})
}

func TestMessagesTabListsANewOrder(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {100, 30}, {160, 40}} {
		for _, colour := range []bool{true, false} {
			t.Run(fmt.Sprintf("%dx%d colour %v", size[0], size[1], colour), func(t *testing.T) {
				t.Parallel()
				db := uitest.OpenStore(t)
				app, d := messagesApp(t, db, size[0], size[1], colour)
				v := ansi.Strip(d.View())
				if !strings.Contains(v, "No order updates yet") || !strings.Contains(v, "You follow no life accounts yet") {
					t.Fatalf("Messages before any order:\n%s", v)
				}
				payFor(t, db, d, "kfc-ordering", 2*time.Hour)
				payFor(t, db, d, "luckin-coffee", time.Minute)
				uitest.FitsFrame(t, "Messages with two orders", d.View(), size[0], size[1])
				v = ansi.Strip(d.View())
				luckin, kfc := strings.Index(v, "Luckin Coffee"), strings.Index(v, "KFC Self-Service Ordering")
				if luckin < 0 || kfc < luckin || !strings.Contains(v, "Order paid · ¥42.90") {
					t.Fatalf("want Luckin's notice above KFC's (¥42.90):\n%s", v)
				}
				d.Keys("down", "enter")
				if app.Depth() != 1 || !strings.Contains(ansi.Strip(d.View()), "KFC") {
					t.Fatalf("enter on KFC's notice opened %d pages:\n%s", app.Depth(), ansi.Strip(d.View()))
				}
				evs := uitest.FindEvents(t, db, uitest.Match{Kind: model.EventOpenMiniProgram})
				if len(evs) != 1 || evs[0].Target != "kfc-ordering" || evs[0].Source != model.SourceMessages {
					t.Fatalf("open events %+v; want kfc-ordering from messages", evs)
				}
			})
		}
	}
}

// Hostile mini program names stay inside the phone in the notices.
func TestMessagesTabOnTheHostileWorld(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {100, 30}, {160, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			t.Parallel()
			db := openHostile(t)
			_, d := messagesApp(t, db, size[0], size[1], true)
			for i, mp := range []model.MiniProgramID{"mp-csi", "mp-osc8", "mp-c0", "mp-c1", "mp-bidi", "mp-long", "mp-comb", "mp-emoji"} {
				payFor(t, db, d, mp, time.Duration(10-i)*time.Minute)
			}
			for range 9 {
				uitest.FitsFrame(t, "hostile Messages", d.View(), size[0], size[1])
				d.Keys("down")
			}
		})
	}
}
