package miniprogram

import (
	"fmt"
	"strings"
	"testing"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// The sizes the page is clicked at: the phone in a 100×30 terminal, and
// a small phone.
var mouseSizes = uitest.PhoneSizes

// eachSize runs f at each mouse size on a fresh store with KFC's mini
// program open: with the guidance tip the first time, or, with prompt,
// on a second visit, under the follow pop-up.
func eachSize(t *testing.T, prompt bool, f func(t *testing.T, db *store.DB, d *uitest.Screen, m *Page)) {
	t.Helper()
	for _, sz := range mouseSizes {
		t.Run(fmt.Sprintf("%dx%d", sz.W, sz.H), func(t *testing.T) {
			t.Parallel()
			db := uitest.OpenStore(t)
			if prompt {
				seenGuidance(t, db, "newuser")
			}
			d := open(t, db, "newuser", nav.OpenMiniProgramMsg{ID: kfc, Source: model.SourceSearch}, sz.W, sz.H)
			if strings.Contains(uitest.Plain(d), sheetTitle) != prompt {
				t.Fatalf("want the pop-up %v:\n%s", prompt, uitest.Plain(d))
			}
			f(t, db, d, d.S.(*Page))
		})
	}
}

// A click on a service selects it and opens its order, as enter does.
func TestClickOrdersAService(t *testing.T) {
	t.Parallel()
	eachSize(t, false, func(t *testing.T, _ *store.DB, d *uitest.Screen, m *Page) {
		d.Keys("down", "down", "down") // Zinger Burger, the family bucket above it
		d.Click("Crayfish Family Bucket")
		want := nav.OpenOrderMsg{MiniProgram: m.mp, Service: m.mp.Services[2]}
		got, ok := d.Last().(nav.OpenOrderMsg)
		if m.sel != 2 || !ok || got.Service != want.Service || got.MiniProgram.ID != kfc {
			t.Fatalf("row %d selected, emitted %#v", m.sel, d.Last())
		}
	})
}

// [+ Follow] follows KFC's account, as f does; [✓ Following] unfollows.
func TestClickFollows(t *testing.T) {
	t.Parallel()
	eachSize(t, false, func(t *testing.T, db *store.DB, d *uitest.Screen, _ *Page) {
		d.Click("[+ Follow]")
		if !uitest.State(t, db, "newuser").Following("kfc") {
			t.Fatal("not following after the click")
		}
		d.Click("[✓ Following]")
		if uitest.State(t, db, "newuser").Following("kfc") {
			t.Fatal("a second click did not unfollow")
		}
	})
}

// The guidance tip collects the mini program, as s does there, and is
// gone once it has.
func TestClickTheTipCollects(t *testing.T) {
	t.Parallel()
	eachSize(t, false, func(t *testing.T, db *store.DB, d *uitest.Screen, _ *Page) {
		d.Click("Add KFC to My Mini Programs")
		if !contains(uitest.State(t, db, "newuser").Favourites, kfc) {
			t.Fatal("the tip's click did not collect")
		}
		uitest.LastEvent(t, db, uitest.Match{Kind: model.EventGuidanceAccepted})
		if strings.Contains(uitest.Plain(d), kfcTip) {
			t.Errorf("the tip stayed:\n%s", uitest.Plain(d))
		}
	})
}

// While the pop-up is up only its buttons can be pressed: [ f Follow ]
// follows, [ x Not now ] closes it with a dismissal, as f and x do.
func TestClickThePrompt(t *testing.T) {
	t.Parallel()
	t.Run("under it", func(t *testing.T) {
		t.Parallel()
		eachSize(t, true, func(t *testing.T, _ *store.DB, d *uitest.Screen, _ *Page) {
			for _, label := range []string{"[+ Follow]", "New Year's Crayfish Series", sheetTitle} {
				if id := d.RegionAt(label); id != "" {
					t.Errorf("%q is clickable (%q) under the pop-up", label, id)
				}
			}
		})
	})
	t.Run("follow", func(t *testing.T) {
		t.Parallel()
		eachSize(t, true, func(t *testing.T, db *store.DB, d *uitest.Screen, m *Page) {
			d.Click("[ f Follow ]")
			if !uitest.State(t, db, "newuser").Following("kfc") || m.prompt {
				t.Fatalf("after [ f Follow ]: following %v, pop-up up %v", uitest.State(t, db, "newuser").Following("kfc"), m.prompt)
			}
			uitest.LastEvent(t, db, uitest.Match{Kind: model.EventFollowPromptAccepted})
		})
	})
	t.Run("not now", func(t *testing.T) {
		t.Parallel()
		eachSize(t, true, func(t *testing.T, db *store.DB, d *uitest.Screen, m *Page) {
			d.Click("[ x Not now ]")
			s := uitest.State(t, db, "newuser")
			if m.prompt || s.Following("kfc") || s.FollowPromptDismissals["kfc"] != 1 {
				t.Fatalf("after [ x Not now ]: pop-up up %v, following %v, dismissals %d", m.prompt, s.Following("kfc"), s.FollowPromptDismissals["kfc"])
			}
			if strings.Contains(uitest.Plain(d), sheetTitle) {
				t.Errorf("the pop-up stayed:\n%s", uitest.Plain(d))
			}
			if d.RegionAt("[+ Follow]") == "" {
				t.Error("the page's button is not clickable once the pop-up is gone")
			}
		})
	})
}

// The account line, but for its button, and the heading are not
// clickable.
func TestWhatIsNotClickable(t *testing.T) {
	t.Parallel()
	eachSize(t, false, func(t *testing.T, _ *store.DB, d *uitest.Screen, _ *Page) {
		for _, label := range []string{"Life account: KFC", "Services · 6"} {
			if id := d.RegionAt(label); id != "" {
				t.Errorf("%q is clickable (%q)", label, id)
			}
		}
	})
}
