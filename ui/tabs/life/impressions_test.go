package life

import (
	"testing"

	"lifesim/model"
	"lifesim/ui/uitest"
)

// A post card drawn is an impression in the feed for its merchant's
// account, recorded by the next message (or on leaving), once per
// session however often it is drawn; a feed loaded but never drawn (a
// tab behind another) records none.
func TestFeedImpressionsOfDrawnCards(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, m := open(t, st, "newuser", 48, 30)
	impressions := func() []model.Event {
		return uitest.FindEvents(t, st, uitest.Match{Kind: model.EventImpression})
	}
	d.Keys("down", "up")
	if got := impressions(); len(got) != 0 {
		t.Fatalf("a feed never drawn recorded %+v", got)
	}

	d.View()
	drawn := map[string]model.PostID{} // merchants' accounts with a card in the window
	for _, p := range m.feeds[recommended].list.Posts()[:2] {
		if m.feeds[recommended].list.Account(p.AccountID).MerchantID != "" {
			drawn[string(p.AccountID)] = p.ID
		}
	}
	if len(drawn) == 0 {
		t.Fatal("the first two cards are no merchant's: pick another persona")
	}
	d.Keys("down")
	got := impressions()
	byAccount := map[string]model.Event{}
	for _, e := range got {
		if _, dup := byAccount[e.Target]; dup {
			t.Errorf("%s impressed twice", e.Target)
		}
		byAccount[e.Target] = e
		if e.Source != model.SourceFeed || e.Session != "test-session" {
			t.Errorf("impression %+v; want source feed in the session", e)
		}
		if acc, _ := st.Account(model.AccountID(e.Target)); acc.MerchantID == "" {
			t.Errorf("impression of %s, which has no merchant", e.Target)
		}
	}
	top := map[string]bool{} // a 30-row window holds no more than four cards
	for _, p := range m.feeds[recommended].list.Posts()[:4] {
		top[string(p.ID)] = true
	}
	for _, e := range got {
		if !top[e.Detail] {
			t.Errorf("impression of %s for post %s, below the window", e.Target, e.Detail)
		}
	}
	for acc, post := range drawn {
		if e, ok := byAccount[acc]; !ok || e.Detail == "" {
			t.Errorf("no impression of %s, whose post %s was on screen: %+v", acc, post, got)
		}
	}

	n := len(got)
	for range 3 { // drawn again and again, and back to the top
		d.View()
		d.Keys("up")
	}
	if again := impressions(); len(again) != n {
		t.Fatalf("drawing the same cards again recorded %d more", len(again)-n)
	}
	for range 12 { // scrolling down draws other accounts' cards
		d.Keys("down")
		d.View()
	}
	if cmd := m.Leave(); cmd != nil {
		d.Send(uitest.Results(t, cmd)...)
	}
	if more := impressions(); len(more) <= n {
		t.Fatalf("scrolling down the feed recorded no new account (%d impressions)", len(more))
	}
}
