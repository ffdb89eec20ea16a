package store

import (
	"path/filepath"
	"slices"
	"testing"

	"lifesim/fixtures"
	"lifesim/model"
)

// The embedded world gives every topic group posts, some linked by a
// component and some only by a tag naming the group, and puts coupons of
// both payment-success kinds within 1 km of every persona, with more
// beyond it.
func TestRealWorldGroupsAndNearbyCoupons(t *testing.T) {
	w, hash, err := fixtures.LoadWithHash(fixtures.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	db := open(t, filepath.Join(t.TempDir(), "lifesim.db"))
	if _, err := db.Seed(w, hash); err != nil {
		t.Fatal(err)
	}
	for _, g := range w.Groups {
		page, err := db.GroupPosts(g.ID, "", 50)
		if err != nil || len(page.Items) == 0 {
			t.Errorf("group %s has no posts (%v)", g.ID, err)
		}
	}
	page, _ := db.GroupPosts("shanghai-foodies", "", 50)
	if !slices.Contains(postIDs(page.Items), "post-hdl-birthday") {
		t.Errorf("a post tagged with the group's name is not on its page: %v", postIDs(page.Items))
	}
	for _, p := range w.Personas {
		near, err := db.NearbyCoupons(p.Location, w.Settings.NearbyRadiusMetres, w.Settings.Epoch)
		if err != nil {
			t.Fatal(err)
		}
		all, _ := db.NearbyCoupons(p.Location, 100_000, w.Settings.Epoch)
		kinds := map[model.CouponKind]bool{}
		for _, n := range near {
			kinds[n.Coupon.Kind] = true
		}
		if !kinds[model.CouponPayToGet] || !kinds[model.CouponSpendThreshold] {
			t.Errorf("%s: kinds within 1 km = %v, want both payment-success kinds", p.ID, kinds)
		}
		if len(all) <= len(near) {
			t.Errorf("%s: no merchant with coupons beyond 1 km", p.ID)
		}
	}
}
