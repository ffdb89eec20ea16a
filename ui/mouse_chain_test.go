package ui_test

import (
	"fmt"
	"strings"
	"testing"

	"lifesim/model"
	"lifesim/ui"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// The walk by mouse alone, through the root as a terminal
// reports clicks, at both sizes: ◉ Life opens Life, a post's card opens
// the post, ‹ goes back, [Claim] claims, and the wheel scrolls the feed.

// TestClickLifeThenAPost: a click on ◉ Life opens Life; a click on a
// card's title opens that post; a click on the post's ‹ goes back.
func TestClickLifeThenAPost(t *testing.T) {
	t.Parallel()
	for _, size := range mouseSizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			t.Parallel()
			_, d := openApp(t, "newuser", size[0], size[1])
			app := d.Model.(*ui.App)
			clickTab(t, d, "◉ Life")
			if app.Tab() != nav.TabLife {
				t.Fatalf("◉ Life opened %v:\n%s", app.Tab(), plain(d))
			}
			const title = "Order by midnight, pick up tomorrow" // the second card: not the selected one
			d.Click(title)
			if app.Depth() != 1 || !strings.Contains(plain(d), "‹") || !strings.Contains(plain(d), "Services & offers") {
				t.Fatalf("a click on %q did not open its post (depth %d):\n%s", title, app.Depth(), plain(d))
			}
			if !strings.Contains(plain(d), title) || !strings.Contains(plain(d), "Shihuituan") {
				t.Fatalf("the post opened is not %q:\n%s", title, plain(d))
			}
			d.Click("‹")
			if app.Depth() != 0 || app.Tab() != nav.TabLife {
				t.Fatalf("‹ left depth %d on %v:\n%s", app.Depth(), app.Tab(), plain(d))
			}
		})
	}
}

// TestClickClaimClaims: Search by its tab, a popular search, the life
// account's row, then Claim on its first coupon: the coupon is in the
// persona's card pack, as enter on it would put it.
func TestClickClaimClaims(t *testing.T) {
	t.Parallel()
	for _, size := range mouseSizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			t.Parallel()
			db, d := openApp(t, "newuser", size[0], size[1])
			clickTab(t, d, "Search")
			d.Click("🍗 KFC")
			d.Click("👤 KFC")
			if !strings.Contains(plain(d), "Coupon window") {
				t.Fatalf("the KFC row did not open its life account:\n%s", plain(d))
			}
			d.Click("Claim")
			st := uitest.State(t, db, "newuser")
			if len(st.Coupons) != 1 {
				t.Fatalf("after a click on Claim the card pack holds %d coupons:\n%s", len(st.Coupons), plain(d))
			}
			claim := uitest.LastEvent(t, db, uitest.Match{Kind: model.EventCouponClaim})
			if claim.Target != string(st.Coupons[0].CouponID) {
				t.Errorf("claim_coupon event for %q, the pack holds %q", claim.Target, st.Coupons[0].CouponID)
			}
		})
	}
}

// TestWheelScrollsTheFeed: the wheel over the Life feed moves it as ↓
// and ↑ do: three steps down scroll the first card away, exactly as
// three ↓ do, and three up bring it back.
func TestWheelScrollsTheFeed(t *testing.T) {
	t.Parallel()
	for _, size := range mouseSizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			t.Parallel()
			_, wheel := openApp(t, "newuser", size[0], size[1])
			_, keys := openApp(t, "newuser", size[0], size[1])
			for _, d := range []*uitest.App{wheel, keys} {
				d.Keys("3")
			}
			const first = "Cooking with mountain chili, live"
			top := plain(wheel)
			for range 3 {
				wheel.Wheel("[Creator]", true) // a line of the feed that stays on screen
				keys.Keys("down")
			}
			if got := plain(wheel); got != plain(keys) {
				t.Fatalf("three wheel steps down:\n%s\nthree ↓:\n%s", got, plain(keys))
			}
			if strings.Contains(plain(wheel), "› Wild Food Brother") {
				t.Fatalf("the wheel did not move the feed:\n%s", plain(wheel))
			}
			for range 3 {
				wheel.Wheel("Life", false)
			}
			if got := plain(wheel); got != top || !strings.Contains(got, first) {
				t.Errorf("three wheel steps up did not bring the top back:\n%s", got)
			}
		})
	}
}
