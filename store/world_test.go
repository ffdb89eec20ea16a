package store

import (
	"path/filepath"
	"slices"
	"testing"

	bolt "go.etcd.io/bbolt"

	"lifesim/fixtures"
	"lifesim/model"
)

// The embedded world seeds, and the chain of docs/chain.md walks through the
// store end to end.
func TestRealWorldChain(t *testing.T) {
	w, hash, err := fixtures.LoadWithHash(fixtures.Embedded())
	if err != nil {
		t.Fatalf("fixtures: %v", err)
	}
	db := open(t, filepath.Join(t.TempDir(), "lifesim.db"))
	if ok, err := db.Seed(w, hash); err != nil || !ok {
		t.Fatalf("Seed = %v, %v", ok, err)
	}
	if ok, err := db.Seed(w, hash); err != nil || ok {
		t.Fatalf("second Seed = %v, %v; want false", ok, err)
	}

	// every entity landed under its id
	err = db.view(func(tx *bolt.Tx) error {
		for _, c := range []struct {
			bucket []byte
			want   int
		}{
			{bktMerchants, len(w.Merchants)}, {bktMiniPrograms, len(w.MiniPrograms)},
			{bktAccounts, len(w.Accounts)}, {bktPosts, len(w.Posts)}, {bktCoupons, len(w.Coupons)},
			{bktGroups, len(w.Groups)}, {bktPersonas, len(w.Personas)}, {bktChannels, len(w.Channels)},
			{bktIdxFeedTime, len(w.Posts)}, {bktIdxAccountPosts, len(w.Posts)},
			{bktIdxSearchDoc, len(w.MiniPrograms) + len(w.Accounts) + len(w.Posts)},
		} {
			if got := tx.Bucket(c.bucket).Stats().KeyN; got != c.want {
				t.Errorf("%s holds %d keys; want %d", c.bucket, got, c.want)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range w.Posts {
		if _, err := db.Post(p.ID); err != nil {
			t.Errorf("post %s: %v", p.ID, err)
		}
	}

	persona := model.DefaultPersona
	a := actor(persona, 1)

	// 1. search "New Hope": the mini program and the life account
	res, err := db.Search("New Hope", 5)
	if err != nil {
		t.Fatal(err)
	}
	var mpID model.MiniProgramID
	var acctID model.AccountID
	for _, r := range res {
		switch {
		case r.Kind == model.ResultMiniProgram && r.Title == "New Hope Member Service":
			mpID = model.MiniProgramID(r.ID)
		case r.Kind == model.ResultAccount && r.Title == "New Hope Dairy":
			acctID = model.AccountID(r.ID)
		}
	}
	if mpID == "" || acctID == "" {
		t.Fatalf("Search(New Hope) = %+v; want the mini program and the account", res)
	}
	for _, q := range []string{"ＮＥＷ HOPE", "new ho", "希望"} {
		if r, _ := db.Search(q, 5); len(r) < 2 || r[0].ID != string(mpID) {
			t.Errorf("Search(%q) = %+v", q, r)
		}
	}

	// 2. open it (recents), collect it
	st, err := db.OpenMiniProgram(a, mpID, model.SourceSearch)
	if err != nil || st.Recents[0].MiniProgramID != mpID {
		t.Fatalf("open: %+v, %v", st.Recents, err)
	}
	if on, err := db.ToggleFavourite(a, mpID, model.SourceSearch); err != nil || !on {
		t.Fatal(on, err)
	}
	// 3. open the account, follow it
	if err := db.OpenedAccount(a, acctID, model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	if on, err := db.ToggleFollow(a, acctID, model.SourceSearch); err != nil || !on {
		t.Fatal(on, err)
	}
	// 4. Following shows its posts; a service link leads to an order
	feed, err := db.Following(persona, "", 50)
	if err != nil || len(feed.Items) == 0 {
		t.Fatalf("Following = %+v, %v", feed, err)
	}
	var link *model.Component
	for _, p := range feed.Items {
		if p.AccountID != acctID {
			t.Errorf("Following shows %s of %s", p.ID, p.AccountID)
		}
		for _, c := range p.Components {
			if c.Kind == model.ComponentService && link == nil {
				link = &c
			}
		}
	}
	if link == nil {
		t.Fatal("no post of New Hope Dairy carries a service link")
	}
	mp, err := db.MiniProgram(link.MiniProgramID)
	if err != nil {
		t.Fatal(err)
	}
	svc := link.ServiceID
	if svc == "" {
		svc = mp.Services[0].ID
	}
	o, err := db.PlaceOrder(a, model.Order{MiniProgramID: mp.ID, Lines: []model.OrderLine{{ServiceID: svc, Qty: 1}}}, "")
	if err != nil || o.TotalCents <= 0 {
		t.Fatalf("PlaceOrder = %+v, %v", o, err)
	}
	p, _ := db.Persona(persona)
	s, _ := db.Settings()
	if _, err := db.NearbyCoupons(p.Location, s.NearbyRadiusMetres, a.At); err != nil {
		t.Fatal(err)
	}

	// 5. quit and start again: the collected mini program is there
	db = reopen(t, db)
	st, err = db.State(persona)
	if err != nil || !slices.Contains(st.Favourites, mpID) || len(st.Orders) != 1 {
		t.Fatalf("after restart: %+v, %v", st, err)
	}
	if _, err := db.OpenMiniProgram(actor(persona, 9), mpID, model.SourceMyMiniPrograms); err != nil {
		t.Fatal(err)
	}
	evs, _ := db.LatestEvents(1)
	if len(evs) != 1 || !evs[0].Source.IsRevisit() || evs[0].Scene != 1002 {
		t.Errorf("revisit event = %+v", evs)
	}

	// the other reads work on the real world for every persona
	for _, per := range w.Personas {
		if page, err := db.Recommended(per.ID, "", 10); err != nil || len(page.Items) == 0 {
			t.Errorf("Recommended(%s) = %d, %v", per.ID, len(page.Items), err)
		}
		if sug, err := db.SuggestedAccounts(per.ID, 5); err != nil || len(sug) == 0 {
			t.Errorf("SuggestedAccounts(%s) = %d, %v", per.ID, len(sug), err)
		}
		if len(per.Follows) > 0 {
			if page, err := db.Following(per.ID, "", 10); err != nil || len(page.Items) == 0 {
				t.Errorf("Following(%s) = %d, %v", per.ID, len(page.Items), err)
			}
		}
	}
	if chs, err := db.Channels(); err != nil || len(chs) != len(w.Channels) {
		t.Errorf("Channels = %d, %v", len(chs), err)
	}
	// CJK search works on the real world if it has CJK names
	for _, m := range w.MiniPrograms {
		for _, k := range m.Keywords {
			if toks := model.Tokens(k); len(toks) > 0 && len([]rune(toks[0])) != len(toks[0]) {
				if r, err := db.Search(k, 5); err != nil || len(r) == 0 {
					t.Errorf("Search(%q) found nothing", k)
				}
			}
		}
	}
}
