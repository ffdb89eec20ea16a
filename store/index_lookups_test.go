package store

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// geoWorld is testWorld plus 150 mini programs with one to three stores
// each around a few places (Shanghai, Beijing, either side of the
// antimeridian, near the north pole) and two coupons each, valid at
// different times.
func geoWorld() model.World {
	w := testWorld()
	r := rand.New(rand.NewPCG(1, 2))
	centres := []model.LatLng{{Lat: 31.23, Lng: 121.47}, {Lat: 39.90, Lng: 116.40}, {Lat: -16.5, Lng: 179.995},
		{Lat: -16.5, Lng: -179.995}, {Lat: 89.2, Lng: 10}}
	for i := range 150 {
		c := centres[i%len(centres)]
		mp := model.MiniProgram{ID: model.MiniProgramID(fmt.Sprintf("gen-mp%03d", i)), Name: fmt.Sprint("Shop ", i), MerchantID: "kfc"}
		for j := range 1 + i%3 {
			at := model.LatLng{Lat: c.Lat + (r.Float64()-0.5)*0.08, Lng: c.Lng + (r.Float64()-0.5)*0.08}
			at.Lng = min(max(at.Lng, -180), 180)
			mp.Stores = append(mp.Stores, model.Store{ID: fmt.Sprint("s", j), Name: "Store", Location: at})
		}
		w.MiniPrograms = append(w.MiniPrograms, mp)
		for j := range 2 {
			from := epoch.Add(time.Duration(r.IntN(96)-48) * time.Hour)
			w.Coupons = append(w.Coupons, model.Coupon{ID: model.CouponID(fmt.Sprintf("gen-c%03d-%d", i, j)), MerchantID: "kfc",
				MiniProgramID: mp.ID, Title: "Deal", Kind: model.CouponPlain, DiscountCents: 100,
				ValidFrom: from, ValidUntil: from.Add(time.Duration(1+r.IntN(72)) * time.Hour)})
		}
	}
	return w
}

// nearbyByWalk is NearbyCoupons the way it was before idx_geo: every
// coupon, each mini program's nearest store.
func nearbyByWalk(t *testing.T, db *DB, at model.LatLng, radius float64, now time.Time) []NearbyCoupon {
	t.Helper()
	out := []NearbyCoupon{}
	err := db.view(func(tx *bolt.Tx) error {
		near := nearStores{tx: tx, at: at, radiusMetres: radius, cache: map[model.MiniProgramID]nearStore{}}
		return walkCoupons(tx, func(c model.Coupon) error {
			n, err := near.of(c.MiniProgramID)
			if err == nil && n.ok && !now.Before(c.ValidFrom) && now.Before(c.ValidUntil) {
				out = append(out, NearbyCoupon{Coupon: c, MiniProgram: n.mp, Store: n.store, Metres: n.metres})
			}
			return err
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(out, func(a, b NearbyCoupon) int {
		return cmp.Or(cmp.Compare(a.Metres, b.Metres), cmp.Compare(a.Coupon.ID, b.Coupon.ID))
	})
	return out
}

func TestNearbyCouponsByIndexAreTheWalksCoupons(t *testing.T) {
	w := geoWorld()
	db := seeded(t, w)
	r := rand.New(rand.NewPCG(3, 4))
	points := []model.LatLng{{Lat: 31.2304, Lng: 121.4737}, {Lat: -16.5, Lng: 179.9999}, {Lat: -16.5, Lng: -180}, {Lat: 89.9, Lng: 0}}
	for i := range 12 {
		m := w.MiniPrograms[len(w.MiniPrograms)-1-i]
		p := m.Stores[0].Location
		points = append(points, model.LatLng{Lat: p.Lat + (r.Float64()-0.5)*0.02, Lng: min(max(p.Lng+(r.Float64()-0.5)*0.02, -180), 180)})
	}
	nonEmpty := 0
	for i, at := range points {
		for _, radius := range []float64{0, 80, 1000, 40_000, 3e7} {
			now := epoch.Add(time.Duration(i%5-2) * 12 * time.Hour)
			got, err := db.NearbyCoupons(at, radius, now)
			if err != nil {
				t.Fatal(err)
			}
			want := nearbyByWalk(t, db, at, radius, now)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("NearbyCoupons(%v, %v m) = %d coupons; the walk finds %d", at, radius, len(got), len(want))
			}
			if len(got) > 0 {
				nonEmpty++
			}
		}
	}
	if nonEmpty < len(points) {
		t.Errorf("only %d of the queries found coupons: the world is too sparse to tell", nonEmpty)
	}
}

// suggestedByWalk is SuggestedAccounts the way it was before its indexes:
// every account, ranked.
func suggestedByWalk(t *testing.T, db *DB, p model.PersonaID, limit int) []model.AccountID {
	t.Helper()
	var all []suggestion
	err := db.view(func(tx *bolt.Tx) error {
		persona, err := getPersona(tx, p)
		if err != nil {
			return err
		}
		st, err := readState(tx, p)
		if err != nil {
			return err
		}
		followed := map[model.AccountID]bool{}
		for _, id := range followedAndOwn(p, st) {
			followed[id] = true
		}
		return tx.Bucket(bktAccounts).ForEach(func(k, v []byte) error {
			a, err := decode[model.LifeAccount](v)
			if err == nil && !followed[a.ID] {
				all = append(all, suggestion{a.ID, model.AccountAffinity(a, persona.Interests), a.Fans + fansDelta(tx, a.ID), a.Name})
			}
			return err
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(all, better)
	var out []model.AccountID
	for _, s := range all[:min(limit, len(all))] {
		out = append(out, s.id)
	}
	return out
}

func TestSuggestedAccountsByIndexAreTheWalksAccounts(t *testing.T) {
	w := bigWorld(30, 150)
	w.Personas = append(w.Personas, model.Persona{ID: "shopper", Name: "Shopper", Interests: []string{"kw3", "generated shop", "coff", "新希望"}},
		model.Persona{ID: "nobody", Name: "Nobody"})
	for i := range w.Accounts {
		if i%9 == 0 {
			w.Accounts[i].Bio = "Fresh coffee, 新希望乳业 milk"
		}
	}
	db := seeded(t, w)
	// follows move fans; a published post adds a persona account
	for i, id := range []model.AccountID{"gen-a003", "gen-a010", "gen-a140"} {
		if _, err := db.ToggleFollow(actor("returning", i), id, model.SourceSearch); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.PublishPost(actor("shopper", 9), model.Draft{Title: "Coffee run", Body: "kw3 everywhere"}); err != nil {
		t.Fatal(err)
	}
	for _, p := range []model.PersonaID{"newuser", "returning", "shopper", "nobody"} {
		for _, limit := range []int{1, 5, 20, 400} {
			got, err := db.SuggestedAccounts(p, limit)
			if err != nil {
				t.Fatal(err)
			}
			var ids []model.AccountID
			for _, a := range got {
				ids = append(ids, a.ID)
			}
			if want := suggestedByWalk(t, db, p, limit); !reflect.DeepEqual(ids, want) {
				t.Errorf("SuggestedAccounts(%s, %d) =\n %v\nthe walk ranks\n %v", p, limit, ids, want)
			}
		}
	}
}

func TestGroupIndexIsTheGroupsIndex(t *testing.T) {
	w := testWorld()
	// a name that is another group's id: the later group in id order wins
	w.Groups = append(w.Groups, model.Group{ID: "g-coffee", Name: "Coffee Lovers", Topic: "coffee"},
		model.Group{ID: "g-aaa", Name: "g-coffee", Topic: "tea"})
	db := seeded(t, w)
	sorted := slices.Clone(w.Groups)
	slices.SortFunc(sorted, func(a, b model.Group) int { return cmp.Compare(a.ID, b.ID) })
	err := db.view(func(tx *bolt.Tx) error {
		if got, want := groupIndex(tx), model.GroupIndex(sorted); !reflect.DeepEqual(got, want) {
			t.Errorf("groupIndex = %v; want %v", got, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	post, err := db.PublishPost(actor("newuser", 1), model.Draft{Title: "Latte art", Body: "A heart in the foam", Topic: "coffee lovers"})
	if err != nil {
		t.Fatal(err)
	}
	if page, err := db.GroupPosts("g-coffee", "", 5); err != nil || len(page.Items) != 1 || page.Items[0].ID != post.ID {
		t.Errorf("GroupPosts(g-coffee) = %v, %v; want the post tagged with its name", page.Items, err)
	}
}
