package actions_test

import (
	"testing"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/actions"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

// ImpressionsOf records an account once per ledger and place: the same
// account at another place is a new impression, at the same place it is
// not, and an account-less thing (a creator's post) records nothing.
func TestImpressionsOncePerLedgerAndPlace(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	env := uitest.Env(st, "newuser")
	var ledger actions.Impressed
	run := func(place model.Source, shown ...actions.Shown) {
		t.Helper()
		read := func(store.Catalog) ([]actions.Shown, error) { return shown, nil }
		if msg := actions.ImpressionsOf(env, &ledger, place, read)(); msg != (screen.EventLoggedMsg{}) {
			t.Fatalf("answer %#v", msg)
		}
	}
	run(model.SourceSearch, actions.Shown{Account: "kfc", Detail: "kfc-ordering"}, actions.Shown{Account: "kfc", Detail: "kfc"}, actions.Shown{Detail: "a creator's post"})
	run(model.SourceSearch, actions.Shown{Account: "kfc", Detail: "post-kfc-crayfish"}, actions.Shown{Account: "burger-king", Detail: "burger-king"})
	run(model.SourceFeed, actions.Shown{Account: "kfc", Detail: "post-kfc-crayfish"})
	var got []string
	for _, e := range uitest.FindEvents(t, st, uitest.Match{Kind: model.EventImpression}) {
		got = append(got, string(e.Source)+" "+e.Target+" "+e.Detail)
	}
	want := []string{"search kfc kfc-ordering", "search burger-king burger-king", "feed kfc post-kfc-crayfish"}
	if len(got) != len(want) {
		t.Fatalf("impressions %q; want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("impressions %q; want %q", got, want)
		}
	}
	if actions.Impressions(env, model.SourceFeed, nil) != nil {
		t.Fatal("nothing shown, yet a command")
	}
}
