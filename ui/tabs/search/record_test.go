package search_test

import (
	"testing"
	"time"

	"lifesim/model"
	"lifesim/ui/tabs/search"
	"lifesim/ui/uitest"
)

// A pause of a second on the results counts as reading them: typing on
// then records the query on screen; quick typing records nothing.
func TestSearchSettlesAfterAPause(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	now := uitest.Now
	env := uitest.Env(db, "newuser")
	env.Clock = func() time.Time { return now }
	m := search.New(env)
	d := uitest.NewScreen(t, m, 46, 30)
	d.Send(uitest.Results(t, m.Focus())...)
	searches := func() []model.Event { return uitest.FindEvents(t, db, uitest.Match{Kind: model.EventSearch}) }
	for _, r := range "KF" { // quick typing: 100 ms a key
		d.Send(uitest.Type(string(r))...)
		now = now.Add(100 * time.Millisecond)
	}
	if got := searches(); len(got) != 0 {
		t.Fatalf("quick typing recorded %+v", got)
	}
	now = now.Add(2 * time.Second) // reading "KF"
	d.Send(uitest.Type("C")...)
	got := searches()
	if len(got) != 1 || got[0].Detail != "KF" || got[0].Value == 0 || got[0].Source != model.SourceSearch ||
		got[0].Session != "test-session" || !got[0].At.Equal(now) {
		t.Fatalf("after the pause: %+v", got)
	}
	// leaving the input records the query now on screen, once
	d.Keys("esc")
	d.Send(uitest.Results(t, m.Focus())...)
	d.Keys("esc")
	if got := searches(); len(got) != 2 || got[1].Detail != "KFC" {
		t.Fatalf("after leaving: %+v", got)
	}
	// switching tab away from Search records what is unrecorded
	if cmd := m.Leave(); cmd != nil {
		t.Fatal("Leave with nothing new recorded something")
	}
}
