package ui_test

import (
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
)

// selectCard moves down until the card with the cursor is titled title.
func (s *session) selectCard(title string) {
	s.t.Helper()
	for range 60 {
		lines := strings.Split(s.view(), "\n")
		for i, l := range lines {
			if strings.Contains(l, "│ › ") && i+1 < len(lines) && strings.Trim(lines[i+1], "│ ") == title {
				return
			}
		}
		s.keys("down")
	}
	s.t.Fatalf("no card %q reachable:\n%s", title, s.view())
}

// TestLifeChainWithCoupon walks issue 3's path in a 100×30 terminal as the
// returning persona: Following → KFC's crayfish post → claim its coupon →
// its service link → the crayfish item in KFC's mini program → order with
// the claimed coupon applied → payment success with offers only from other
// merchants within 1 km.
func TestLifeChainWithCoupon(t *testing.T) {
	t.Parallel()
	s := startSession(t, filepath.Join(t.TempDir(), "lifesim.db"), "returning", 100, 30)
	s.keys("3", "right")
	s.selectCard("New Year's Crayfish Series")
	s.keys("enter")
	s.expect("post", "Services & offers")

	s.keys("down", "down", "enter") // the coupon component
	s.expect("claimed", "Use ›")    // a claimed coupon offers Use
	s.keys("up", "enter")           // the service link
	s.expect("mini program at the crayfish item", "KFC Self-Service Ordering", "from post", "› New Year's Crayfish Series")

	s.keys("enter")
	s.expect("confirm with the coupon", "Confirm order", "-¥10.00", "¥10 off the New Year's Crayfish Series", "Pay ¥32.90")
	s.keys("enter")
	s.expect("payment success", "Payment successful", "¥32.90", "Nearby offers · within 1 km")

	st, err := s.db.State("returning")
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Orders) != 1 || st.Orders[0].CouponID != "kfc-crayfish-10off" || st.Orders[0].DiscountCents != 1000 {
		t.Fatalf("order %+v", st.Orders)
	}
	if len(st.Coupons) != 1 || st.Coupons[0].RedeemedIn != st.Orders[0].ID {
		t.Fatalf("coupon not redeemed in the order: %+v", st.Coupons)
	}
	// Only merchants within 1 km of Lujiazui (fixtures): Zhou Hei Ya 220 m,
	// New Hope 363 m, Burger King 392 m; not Watsons, MUJI or HEYTEA, which
	// are near the new user in Jing'an; never KFC itself.
	v := s.view()
	_, offers, _ := strings.Cut(v, "Nearby offers")
	offers, _, _ = strings.Cut(offers, "✓ Paid") // the notice line under the page
	for _, near := range []string{"Zhou Hei Ya", "220 m"} {
		if !strings.Contains(offers, near) {
			t.Errorf("payment success offers lack %q:\n%s", near, v)
		}
	}
	for _, far := range []string{"Watsons", "MUJI", "HEYTEA", "KFC"} {
		if strings.Contains(offers, far) {
			t.Errorf("payment success offers %q, beyond 1 km or the payee:\n%s", far, v)
		}
	}
}

// TestPublishAndSeeIt writes a post from the Life tab, finds it leading
// Recommended and Following and on the persona's own page, and finds it
// again after a restart.
func TestPublishAndSeeIt(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "lifesim.db")
	s := startSession(t, path, "newuser", 100, 30)
	s.keys("3", "n")
	s.expect("compose", "New post", "Title", "Publish")
	s.typeText("Jing'an's best jianbing")
	s.keys("tab")
	s.typeText("Corner of Wuding Road, 7 yuan, crispy.")
	s.keys("tab")
	s.typeText("breakfast")
	s.d.Send(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	s.expect("published", "Published “Jing'an's best jianbing”", "Recommended")
	if s.app.Depth() != 0 {
		t.Fatalf("compose page still open (depth %d)", s.app.Depth())
	}
	s.expect("leads Recommended", "│ › Lin Xiao [Creator]", "Jing'an's best jianbing")
	s.keys("right")
	s.expect("in Following", "Jing'an's best jianbing")
	s.keys("m")
	s.expect("own page", "Lin Xiao", "[ ✎ New post ]", "Jing'an's best jianbing")

	s.keys("q")
	if err := s.db.Close(); err != nil {
		t.Fatal(err)
	}
	s = startSession(t, path, "newuser", 100, 30)
	s.keys("3")
	s.expect("after restart", "Jing'an's best jianbing")
	st := s.state()
	if len(st.OwnPosts) != 1 || st.OwnPosts[0].Tags[0] != "breakfast" {
		t.Fatalf("own posts after restart: %+v", st.OwnPosts)
	}
	if st.OwnPosts[0].AccountID != model.PersonaAccountID("newuser") {
		t.Fatalf("own post filed under %s", st.OwnPosts[0].AccountID)
	}
}
