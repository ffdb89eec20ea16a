package ui_test

import (
	"fmt"
	"slices"
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
	"lifesim/ui/uitest"
)

// My orders and Collected posts are reached from My Mini Programs with o
// and p; these tests drive the whole app there.

// mineApp is the returning persona's app on db at w×h, on the My Mini
// Programs tab.
func mineApp(t *testing.T, db *store.DB, w, h int) (*ui.App, *uitest.App) {
	t.Helper()
	app := ui.New(testOptions(db, "returning", "Chen Wei"))
	d := uitest.NewApp(t, app)
	d.Init()
	d.Send(tea.WindowSizeMsg{Width: w, Height: h})
	d.Send(nav.SwitchTabMsg{Tab: nav.TabMine})
	return app, d
}

// placeOrders places one order of each mini program's first service for
// the returning persona, a minute apart, the last the newest.
func placeOrders(t *testing.T, db store.Store, ids ...model.MiniProgramID) {
	t.Helper()
	a := model.Actor{Persona: "returning", Session: "seed"}
	for i, id := range ids {
		mp, err := db.MiniProgram(id)
		if err != nil {
			t.Fatal(err)
		}
		a.At = uitest.Now.Add(time.Duration(i-len(ids)) * time.Minute)
		o := model.Order{MiniProgramID: id, Lines: []model.OrderLine{{ServiceID: mp.Services[0].ID, Qty: 1}}}
		if _, err := db.PlaceOrder(a, o, ""); err != nil {
			t.Fatal(err)
		}
	}
}

// collectPosts collects the posts for the returning persona, in order.
func collectPosts(t *testing.T, db store.Store, ids ...model.PostID) {
	t.Helper()
	a := model.Actor{Persona: "returning", Session: "seed"}
	for i, id := range ids {
		a.At = uitest.Now.Add(time.Duration(i-len(ids)) * time.Minute)
		if _, _, err := db.ToggleCollectPost(a, id); err != nil {
			t.Fatal(err)
		}
	}
}

func TestMyOrdersFromMine(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	placeOrders(t, db, "kfc-ordering", "luckin-coffee")
	app, d := mineApp(t, db, 80, 24)
	d.Keys("o")
	v := ansi.Strip(d.View())
	if app.Depth() != 1 || !strings.Contains(v, "My orders") {
		t.Fatalf("o on My Mini Programs opened %d pages:\n%s", app.Depth(), v)
	}
	luckin, kfc := strings.Index(v, "Luckin Coffee"), strings.Index(v, "KFC Self-Service Ordering")
	if luckin < 0 || kfc < 0 || luckin > kfc || !strings.Contains(v, "¥18.00") || !strings.Contains(v, "¥42.90") {
		t.Fatalf("My orders does not list Luckin (¥18.00) above KFC (¥42.90):\n%s", v)
	}
	d.Keys("enter") // the newest: Luckin
	if app.Depth() != 2 {
		t.Fatalf("enter on an order left %d pages open, want My orders and the mini program", app.Depth())
	}
	opens := uitest.Filter(uitest.Events(t, db), uitest.Match{Kind: model.EventOpenMiniProgram, Target: "luckin-coffee", Source: model.SourceMyMiniPrograms})
	if len(opens) != 1 {
		t.Fatalf("enter recorded %d opens of Luckin from My Mini Programs, want 1", len(opens))
	}
	d.Keys("esc")
	if v := ansi.Strip(d.View()); app.Depth() != 1 || !strings.Contains(v, "My orders") {
		t.Fatalf("esc from the mini program did not come back to My orders:\n%s", v)
	}
}

func TestCollectedPostsFromMine(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	collectPosts(t, db, "post-kfc-crayfish", "post-luckin-coconut")
	app, d := mineApp(t, db, 80, 24)
	d.Keys("p")
	v := ansi.Strip(d.View())
	coconut, crayfish := strings.Index(v, "The coconut latte is back"), strings.Index(v, "New Year's Crayfish Series")
	if app.Depth() != 1 || coconut < 0 || crayfish < 0 || coconut > crayfish {
		t.Fatalf("p did not list the coconut latte above the crayfish post (%d pages):\n%s", app.Depth(), v)
	}
	d.Keys("enter")
	if app.Depth() != 2 || len(uitest.Filter(uitest.Events(t, db), uitest.Match{Kind: model.EventOpenPost, Target: "post-luckin-coconut"})) != 1 {
		t.Fatalf("enter did not open the coconut latte post (%d pages):\n%s", app.Depth(), ansi.Strip(d.View()))
	}
	d.Keys("esc", "s")
	if got := uitest.State(t, db, "returning").CollectedPosts; !slices.Equal(got, []model.PostID{"post-kfc-crayfish"}) {
		t.Fatalf("after s the store holds %v, want only the crayfish post", got)
	}
	v = ansi.Strip(d.View())
	if strings.Contains(v, "★ The coconut latte is back") || !strings.Contains(v, "› ★ New Year's Crayfish Series") ||
		!strings.Contains(v, "Removed “The coconut latte is back”") {
		t.Fatalf("after s the list still shows the coconut latte, or no notice says so:\n%s", v)
	}
	d.Keys("esc")
	if v := ansi.Strip(d.View()); !strings.Contains(v, "★ Collected (1) · p") {
		t.Fatalf("My Mini Programs does not count the one post left:\n%s", v)
	}
}

// Both pages, empty and full, fit the frame at the sizes the app is tried
// at, with and without colour; without colour the selected row is in
// reverse video.
func TestMinePagesAtEverySize(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {100, 30}, {160, 40}} {
		for _, colour := range []bool{true, false} {
			t.Run(fmt.Sprintf("%dx%d colour %v", size[0], size[1], colour), func(t *testing.T) {
				t.Parallel()
				minePagesAt(t, size[0], size[1], colour)
			})
		}
	}
}

func minePagesAt(t *testing.T, w, h int, colour bool) {
	for _, full := range []bool{false, true} {
		db := uitest.OpenStore(t)
		if full {
			placeOrders(t, db, "kfc-ordering", "old-clothes-recycling", "luckin-coffee", "haidilao", "eleme")
			collectPosts(t, db, "post-kfc-crayfish", "post-nh-pasture", "post-watsons-live", "post-luckin-coconut")
		}
		_, d := mineApp(t, db, w, h)
		if !colour {
			d.Send(tea.ColorProfileMsg{Profile: colorprofile.ASCII})
		}
		for _, step := range [][]string{{"o"}, {"down", "down", "down"}, {"down", "down"}, {"esc", "p"}, {"down", "down", "down"}} {
			d.Keys(step...)
			uitest.FitsFrame(t, fmt.Sprint("full ", full, " after ", step), d.View(), w, h)
			if !full || colour {
				continue
			}
			if row := lineWith(downsampled(d.View(), colorprofile.ASCII), "›"); !hasAttr(row, "7") {
				t.Errorf("after %v without colour the selected row is not in reverse video: %q", step, row)
			}
		}
	}
}

// Hostile names, services, titles and accounts stay inside the phone on
// both pages.
func TestMinePagesOnTheHostileWorld(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {100, 30}, {160, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			t.Parallel()
			db := openHostile(t)
			placeOrders(t, db, "mp-csi", "mp-osc8", "mp-c0", "mp-c1", "mp-bidi", "mp-long", "mp-comb", "mp-emoji")
			collectPosts(t, db, "post-csi", "post-osc52", "post-bidi", "post-long", "post-emoji", "post-c1")
			_, d := mineApp(t, db, size[0], size[1])
			for _, step := range [][]string{{"o"}, {"down", "down", "down"}, {"down", "down", "down", "down"}, {"esc", "p"}, {"down", "down", "down"}, {"s"}, {"down", "down"}} {
				d.Keys(step...)
				uitest.FitsFrame(t, fmt.Sprint("hostile after ", step), d.View(), size[0], size[1])
			}
		})
	}
}
