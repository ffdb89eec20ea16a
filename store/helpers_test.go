package store

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"lifesim/model"
)

var epoch = time.Date(2026, 1, 8, 9, 30, 0, 0, time.FixedZone("CST", 8*3600))

// testWorld is a small hand-built world: three merchants, a few mini
// programs, four accounts, seven posts an hour apart, coupons and two
// personas (a new user and a returning one with seed state).
func testWorld() model.World {
	near := model.LatLng{Lat: 31.2304, Lng: 121.4737} // the personas' location
	far := model.LatLng{Lat: 39.9042, Lng: 116.4074}
	ago := func(h int) time.Time { return epoch.Add(-time.Duration(h) * time.Hour) }
	return model.World{
		Settings: model.Settings{Epoch: epoch, GridColumns: 3, GridRows: 3, NearbyRadiusMetres: 1000},
		Aliases:  embeddedAliases(),
		Merchants: []model.Merchant{
			{ID: "newhope", Name: "New Hope Group"}, {ID: "kfc", Name: "KFC"}, {ID: "bk", Name: "Burger King"},
		},
		MiniPrograms: []model.MiniProgram{
			{ID: "mp-newhope", Name: "New Hope Member Service", MerchantID: "newhope", AccountID: "acct-newhope",
				Category: "Dairy", Icon: "🥛", GuidanceTip: "Add to My Mini Programs for one-tap return",
				Services: []model.Service{{ID: "milk", Name: "Fresh milk", PriceCents: 1200}, {ID: "yogurt", Name: "Yogurt", PriceCents: 800}},
				Stores:   []model.Store{{ID: "nh-1", Name: "New Hope Jing'an", Location: model.LatLng{Lat: 31.2330, Lng: 121.4737}}}},
			{ID: "mp-kfc", Name: "KFC", MerchantID: "kfc", AccountID: "acct-kfc", Category: "Fast food", Icon: "🍗",
				Services: []model.Service{{ID: "bucket", Name: "Family bucket", PriceCents: 8900}, {ID: "crayfish", Name: "Crayfish burger", PriceCents: 3500}},
				Stores:   []model.Store{{ID: "kfc-1", Name: "KFC People's Square", Location: model.LatLng{Lat: 31.2310, Lng: 121.4740}}},
				Keywords: []string{"fried chicken", "肯德基"}},
			{ID: "mp-bk", Name: "Burger King", MerchantID: "bk", Category: "Fast food", Icon: "🍔",
				Services: []model.Service{{ID: "whopper", Name: "Whopper", PriceCents: 3000}},
				Stores:   []model.Store{{ID: "bk-1", Name: "BK Beijing", Location: far}}},
		},
		Accounts: []model.LifeAccount{
			{ID: "acct-newhope", Name: "New Hope Dairy", Kind: model.KindBrand, MerchantID: "newhope", Fans: 1000,
				Bio: "Fresh milk every morning", MiniPrograms: []model.MiniProgramID{"mp-newhope"}, Keywords: []string{"新希望乳业", "dairy"}},
			{ID: "acct-kfc", Name: "KFC", Kind: model.KindBrand, MerchantID: "kfc", Fans: 50000, Bio: "Finger lickin' good",
				MiniPrograms: []model.MiniProgramID{"mp-kfc"}, CouponWindow: []model.CouponID{"c-kfc"}, Keywords: []string{"crayfish", "fast food"}},
			{ID: "acct-wild", Name: "Wild Food Brother", Kind: model.KindCreator, Fans: 300000, Bio: "Cooking outdoors", Keywords: []string{"food", "outdoors"}},
			{ID: "acct-citizen", Name: "Citizen Center", Kind: model.KindGovernment, Fans: 20, Bio: "Government services"},
		},
		Posts: []model.Post{
			{ID: "p1", AccountID: "acct-kfc", Kind: model.PostImageText, Title: "New Year's Crayfish Series", PublishedAt: ago(1),
				Tags: []string{"crayfish", "food"}, Counts: model.Counts{Likes: 100, Comments: 5, Collects: 7, Forwards: 2},
				Components: []model.Component{{Kind: model.ComponentCoupon, Label: "¥5 off", CouponID: "c-kfc"}}},
			{ID: "p2", AccountID: "acct-newhope", Kind: model.PostVideo, Title: "Fresh milk delivered", PublishedAt: ago(2), Tags: []string{"milk"}},
			{ID: "p3", AccountID: "acct-kfc", Kind: model.PostImageText, Title: "新年小龙虾系列", PublishedAt: ago(3), Tags: []string{"小龙虾"}},
			{ID: "p4", AccountID: "acct-wild", Kind: model.PostVideo, Title: "Foraging in the hills", PublishedAt: ago(4), Tags: []string{"food"},
				Counts: model.Counts{Likes: 90000}},
			{ID: "p5", AccountID: "acct-newhope", Kind: model.PostImageText, Title: "Yogurt week", PublishedAt: ago(5)},
			{ID: "p6", AccountID: "acct-kfc", Kind: model.PostLive, Title: "Bucket deals live", PublishedAt: ago(6)},
			{ID: "p7", AccountID: "acct-citizen", Kind: model.PostImageText, Title: "Renew your ID card", PublishedAt: ago(7)},
		},
		Coupons: []model.Coupon{
			{ID: "c-kfc", MerchantID: "kfc", MiniProgramID: "mp-kfc", Title: "¥5 off any order", Kind: model.CouponPlain,
				DiscountCents: 500, ValidFrom: epoch.AddDate(0, 0, -1), ValidUntil: epoch.AddDate(0, 0, 30)},
			{ID: "c-kfc-big", MerchantID: "kfc", MiniProgramID: "mp-kfc", Title: "¥20 off over ¥100", Kind: model.CouponSpendThreshold,
				DiscountCents: 2000, ThresholdCents: 10000, ValidFrom: epoch.AddDate(0, 0, -1), ValidUntil: epoch.AddDate(0, 0, 30)},
			{ID: "c-old", MerchantID: "kfc", MiniProgramID: "mp-kfc", Title: "Last year's deal", Kind: model.CouponPlain,
				DiscountCents: 500, ValidFrom: epoch.AddDate(-1, 0, 0), ValidUntil: epoch.AddDate(0, 0, -1)},
			{ID: "c-bk", MerchantID: "bk", MiniProgramID: "mp-bk", Title: "Whopper deal", Kind: model.CouponPayToGet,
				DiscountCents: 300, ValidFrom: epoch.AddDate(0, 0, -1), ValidUntil: epoch.AddDate(0, 0, 30)},
			{ID: "c-nh", MerchantID: "newhope", MiniProgramID: "mp-newhope", Title: "Milk ¥2 off", Kind: model.CouponPayToGet,
				DiscountCents: 200, ValidFrom: epoch.AddDate(0, 0, -1), ValidUntil: epoch.AddDate(0, 0, 30)},
		},
		Groups: []model.Group{{ID: "g-food", Name: "Foodies", Topic: "food", Members: 1200}},
		Personas: []model.Persona{
			{ID: "newuser", Name: "New user", Location: near, Interests: []string{"food", "milk"}},
			{ID: "returning", Name: "Returning user", Location: near, Interests: []string{"crayfish"},
				Favourites: []model.MiniProgramID{"mp-kfc"}, Recents: []model.MiniProgramID{"mp-kfc", "mp-bk"},
				Follows: []model.AccountID{"acct-kfc"}},
		},
		Channels: []model.Channel{
			{ID: "ch-car", Name: "Car Owner Services", MiniPrograms: []model.MiniProgramID{"mp-bk"}},
			{ID: "ch-citizen", Name: "Citizen Center", MiniPrograms: []model.MiniProgramID{"mp-newhope"}},
		},
	}
}

// open opens a store at path (t.Cleanup closes it unless the test did).
func open(t testing.TB, path string) *DB {
	t.Helper()
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// seeded opens a fresh store in a temp dir seeded with w.
func seeded(t testing.TB, w model.World) *DB {
	t.Helper()
	db := open(t, filepath.Join(t.TempDir(), "lifesim.db"))
	if ok, err := db.Seed(w, "hash-1"); err != nil || !ok {
		t.Fatalf("Seed = %v, %v; want true, nil", ok, err)
	}
	return db
}

// reopen closes db and opens its file again.
func reopen(t testing.TB, db *DB) *DB {
	t.Helper()
	if err := db.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	return open(t, db.Path())
}

func actor(p model.PersonaID, minutes int) model.Actor {
	return model.Actor{Persona: p, Session: "s1", At: epoch.Add(time.Duration(minutes) * time.Minute)}
}

func fileSum(t testing.TB, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func postIDs(ps []model.Post) []model.PostID {
	out := make([]model.PostID, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}

// bigWorld is testWorld plus n generated posts spread over the accounts
// (and extra accounts), for paging and benchmarks.
func bigWorld(n, accounts int) model.World {
	w := testWorld()
	for i := range accounts {
		w.Accounts = append(w.Accounts, model.LifeAccount{
			ID: model.AccountID(fmt.Sprintf("gen-a%03d", i)), Name: fmt.Sprintf("Generated shop %d", i),
			Kind: model.KindLifeService, Fans: int64(i * 10), Keywords: []string{"shop", fmt.Sprintf("kw%d", i%7)},
		})
	}
	tags := []string{"food", "milk", "coffee", "car", "travel", "crayfish", "fashion"}
	for i := range n {
		// times deliberately collide in pairs, so ties on time are ordered by id
		at := epoch.Add(-time.Duration(i/2) * 13 * time.Minute)
		w.Posts = append(w.Posts, model.Post{
			ID:          model.PostID(fmt.Sprintf("gen-p%06d", i)),
			AccountID:   model.AccountID(fmt.Sprintf("gen-a%03d", (i*7)%accounts)),
			Kind:        model.PostImageText,
			Title:       fmt.Sprintf("Generated post %d about %s", i, tags[i%len(tags)]),
			PublishedAt: at,
			Tags:        []string{tags[i%len(tags)], tags[(i/3)%len(tags)]},
			Counts:      model.Counts{Likes: int64(i % 997)},
		})
	}
	return w
}
