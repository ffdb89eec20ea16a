package search_test

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/nav"
	"lifesim/ui/tabs/search"
	"lifesim/ui/uitest"
)

// sizes are the phones every mouse test runs on: the phone in a 100×30
// terminal, and a small one.
var sizes = uitest.PhoneSizes

func forSizes(t *testing.T, test func(t *testing.T, w, h int)) {
	t.Helper()
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.W, sz.H), func(t *testing.T) {
			t.Parallel()
			test(t, sz.W, sz.H)
		})
	}
}

// browsing opens Search w×h with its input unfocused.
func browsing(t *testing.T, st store.Store, w, h int) (*uitest.Screen, *search.Tab) {
	t.Helper()
	m := search.New(uitest.Env(st, "newuser"))
	return uitest.NewScreen(t, m, w, h), m
}

func TestATapOnTheBoxFocusesIt(t *testing.T) {
	t.Parallel()
	forSizes(t, func(t *testing.T, w, h int) {
		d, m := browsing(t, uitest.OpenStore(t), w, h)
		d.Click("Mini programs, accounts, posts") // the placeholder
		if !m.CapturesInput() {
			t.Fatal("a tap on the search box did not focus it")
		}
		d.Send(uitest.Type("KFC")...)
		d.Keys("esc")
		d.Click("🔍 KFC")
		if !m.CapturesInput() {
			t.Fatal("a tap on the box with a query did not focus it")
		}
		// the old query is selected, as / selects it: typing replaces it
		d.Send(uitest.Type("New Hope")...)
		inOrder(t, view(d), "🔍 New Hope", "New Hope Member Service")
	})
}

func TestATapOnAPopularSearchRunsIt(t *testing.T) {
	t.Parallel()
	forSizes(t, func(t *testing.T, w, h int) {
		d, m := browsing(t, uitest.OpenStore(t), w, h)
		d.Click("Car rental")
		inOrder(t, view(d), "🔍 Car rental", "Mini Programs")
		if m.CapturesInput() {
			t.Error("the input took the focus after a tap on a popular search")
		}
	})
}

// TestATapOnAResultOpensIt taps a result of each kind, while typing (the
// first) and while browsing (the rest), and each opens as enter would.
func TestATapOnAResultOpensIt(t *testing.T) {
	t.Parallel()
	forSizes(t, func(t *testing.T, w, h int) {
		st := uitest.OpenStore(t)
		rs, err := st.Search("KFC", model.SearchPerKind)
		if err != nil {
			t.Fatal(err)
		}
		first := map[model.ResultKind]model.SearchResult{}
		for _, r := range rs {
			if _, ok := first[r.Kind]; !ok {
				first[r.Kind] = r
			}
		}
		cases := []struct {
			kind  model.ResultKind
			label string // drawn on the result's rows
			want  tea.Msg
		}{
			{model.ResultMiniProgram, first[model.ResultMiniProgram].Title,
				nav.OpenMiniProgramMsg{ID: model.MiniProgramID(first[model.ResultMiniProgram].ID), Source: model.SourceSearch}},
			{model.ResultAccount, first[model.ResultAccount].Subtitle,
				nav.OpenAccountMsg{ID: model.AccountID(first[model.ResultAccount].ID), Source: model.SourceSearch}},
			{model.ResultPost, first[model.ResultPost].Subtitle,
				nav.OpenPostMsg{ID: model.PostID(first[model.ResultPost].ID), Source: model.SourceSearch}},
		}
		m := search.New(uitest.Env(st, "newuser"))
		d := uitest.NewScreen(t, m, w, h)
		d.Send(uitest.Results(t, m.Focus())...)
		d.Send(uitest.Type("KFC")...)
		for i, c := range cases {
			if i > 0 {
				d.ScrollTo(c.label) // browsing the results
			}
			d.Click(c.label)
			if got := d.Last(); got != c.want {
				t.Errorf("a tap on %q emitted %#v, want %#v", c.label, got, c.want)
			}
			if m.CapturesInput() {
				t.Errorf("the input kept the focus after a tap on %q", c.label)
			}
		}
	})
}

func TestHeadingsAreNotClickable(t *testing.T) {
	t.Parallel()
	forSizes(t, func(t *testing.T, w, h int) {
		d, m := browsing(t, uitest.OpenStore(t), w, h)
		if id := d.RegionAt("Popular searches"); id != "" {
			t.Errorf("the popular searches' heading is region %q", id)
		}
		d.Send(uitest.Results(t, m.Focus())...)
		d.Send(uitest.Type("KFC")...)
		for _, label := range []string{"Mini Programs", "Life Accounts"} {
			if id := d.RegionAt(label); id != "" {
				t.Errorf("the heading %q is region %q", label, id)
			}
		}
	})
}
