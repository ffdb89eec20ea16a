package search_test

import (
	"testing"

	"lifesim/model"
	"lifesim/ui/tabs/search"
	"lifesim/ui/uitest"
)

// Acting on results records, after the search, one impression at search
// per merchant's account behind them (KFC's mini program, account and
// posts are one account), once per session: searching KFC again records
// no more.
func TestSearchRecordsImpressionsOncePerSession(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	m := search.New(uitest.Env(db, "newuser"))
	d := uitest.NewScreen(t, m, 46, 30)
	d.Send(uitest.Results(t, m.Focus())...)
	d.Send(uitest.Type("KFC")...)
	d.Keys("esc")
	evs := uitest.Events(t, db)
	imps := uitest.Filter(evs, uitest.Match{Kind: model.EventImpression})
	kfc := uitest.Filter(imps, uitest.Match{Target: "kfc"})
	if len(kfc) != 1 || kfc[0].Source != model.SourceSearch || kfc[0].Scene != 1005 || kfc[0].Detail == "" {
		t.Fatalf("impressions of KFC after one search: %+v", kfc)
	}
	if s := uitest.Index(evs, uitest.Match{Kind: model.EventSearch}); s < 0 || s > uitest.Index(evs, uitest.Match{Kind: model.EventImpression}) {
		t.Fatalf("the impressions should follow the search: %+v", evs)
	}
	seen := map[string]bool{}
	for _, e := range imps {
		if seen[e.Target] {
			t.Errorf("account %s impressed twice by one search", e.Target)
		}
		seen[e.Target] = true
		if acc, err := db.Account(model.AccountID(e.Target)); err != nil || acc.MerchantID == "" {
			t.Errorf("impression of %s, which has no merchant (%v)", e.Target, err)
		}
	}

	d.Send(uitest.Results(t, m.Focus())...)
	d.Send(uitest.Type("KFC crayfish")...) // other results, the same account
	d.Keys("esc")
	if n := len(uitest.FindEvents(t, db, uitest.Match{Kind: model.EventSearch})); n != 2 {
		t.Fatalf("%d searches recorded; want 2", n)
	}
	if again := uitest.FindEvents(t, db, uitest.Match{Kind: model.EventImpression, Target: "kfc"}); len(again) != 1 {
		t.Fatalf("KFC impressed %d times in one session; want once", len(again))
	}
}
