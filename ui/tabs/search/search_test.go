package search_test

import (
	"slices"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/nav"
	"lifesim/ui/tabs/search"
	"lifesim/ui/uitest"
)

// typing opens the Search tab with the input focused and types q.
func typing(t *testing.T, st store.Store, p model.PersonaID, w int, q string) (*uitest.Screen, *search.Tab) {
	t.Helper()
	m := search.New(uitest.Env(st, p))
	d := uitest.NewScreen(t, m, w, 30)
	d.Send(uitest.Results(t, m.Focus())...)
	if !m.CapturesInput() {
		t.Fatal("Focus did not focus the input")
	}
	d.Send(uitest.Type(q)...)
	return d, m
}

func view(d *uitest.Screen) string { return ansi.Strip(d.View()) }

// inOrder fails unless every string occurs in s, in order.
func inOrder(t *testing.T, s string, want ...string) {
	t.Helper()
	at := 0
	for _, w := range want {
		i := strings.Index(s[at:], w)
		if i < 0 {
			t.Fatalf("%q missing (or out of order) in:\n%s", w, s)
		}
		at += i + len(w)
	}
}

func TestNewHopeFindsMiniProgramAndAccount(t *testing.T) {
	t.Parallel()
	d, _ := typing(t, uitest.OpenStore(t), "newuser", 48, "New Hope")
	inOrder(t, view(d), "Mini Programs", "New Hope Member Service", "Life Accounts", "New Hope Dairy")
}

func TestEnterInInputOpensFirstResult(t *testing.T) {
	t.Parallel()
	d, m := typing(t, uitest.OpenStore(t), "newuser", 48, "new hope")
	d.Keys("enter")
	want := nav.OpenMiniProgramMsg{ID: "new-hope-member", Source: model.SourceSearch}
	if got := d.Last(); got != want {
		t.Errorf("enter emitted %#v, want %#v", got, want)
	}
	if m.CapturesInput() {
		t.Error("the input kept focus after opening a result")
	}
}

func TestCollectAndFollowFromResults(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, m := typing(t, st, "newuser", 48, "New Hope")
	d.Keys("down")
	if m.CapturesInput() {
		t.Fatal("↓ did not leave the input")
	}
	d.Keys("s")
	s, err := st.State("newuser")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(s.Favourites, "new-hope-member") {
		t.Fatalf("s did not collect the mini program: %v", s.Favourites)
	}
	if !strings.Contains(view(d), "★ collected") {
		t.Errorf("row lacks the collected badge:\n%s", view(d))
	}

	d.Keys("down", "f") // the account is the next result
	s, _ = st.State("newuser")
	if !slices.ContainsFunc(s.Follows, func(f model.Follow) bool { return f.AccountID == "new-hope-dairy" }) {
		t.Fatalf("f did not follow the account: %v", s.Follows)
	}
	if !strings.Contains(view(d), "✓ following") {
		t.Errorf("row lacks the following badge:\n%s", view(d))
	}

	d.Keys("up", "s") // toggles back
	s, _ = st.State("newuser")
	if slices.Contains(s.Favourites, "new-hope-member") {
		t.Errorf("second s did not uncollect: %v", s.Favourites)
	}
}

func TestResultsKeysOpenEachKind(t *testing.T) {
	t.Parallel()
	d, _ := typing(t, uitest.OpenStore(t), "newuser", 48, "New Hope")
	d.Keys("esc", "down", "enter")
	want := nav.OpenAccountMsg{ID: "new-hope-dairy", Source: model.SourceSearch}
	if got := d.Last(); got != want {
		t.Errorf("enter on the account emitted %#v, want %#v", got, want)
	}
}

func TestUpFromFirstResultReturnsToInput(t *testing.T) {
	t.Parallel()
	d, m := typing(t, uitest.OpenStore(t), "newuser", 48, "kfc")
	d.Keys("down", "up")
	if !m.CapturesInput() {
		t.Fatal("↑ on the first result did not refocus the input")
	}
	d.Send(uitest.Type("x")...)
	if !strings.Contains(view(d), "No results for “kfcx”") {
		t.Errorf("no empty state for kfcx:\n%s", view(d))
	}
}

func TestFullWidthAndCJKQueries(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	for _, q := range []string{"ＮＥＷ ＨＯＰＥ", "新希望"} {
		for _, w := range []int{38, 48} {
			d, _ := typing(t, st, "newuser", w, q)
			v := view(d)
			if !strings.Contains(v, "New Hope Member") || !strings.Contains(v, "New Hope Dairy") {
				t.Errorf("%q at %d wide: missing results:\n%s", q, w, v)
			}
			uitest.ExactSize(t, q, d.View(), w, 30)
		}
	}
}

func TestStaleResultsAreDropped(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	m := search.New(uitest.Env(st, "newuser"))
	d := uitest.NewScreen(t, m, 48, 30)
	m.Focus()
	// Type "k" and keep its search unanswered.
	_, cmdK := m.Update(uitest.Key("k"))
	staleK := uitest.Results(t, cmdK)
	// Clear the query: an answer for "k" must not bring results back.
	d.Keys("backspace")
	d.Send(staleK...)
	if v := view(d); !strings.Contains(v, "Popular searches") || strings.Contains(v, "KFC Self-Service") {
		t.Fatalf("a stale answer replaced the empty query's view:\n%s", v)
	}
	// Type "new hope", answered at once; then the old "k" answer arrives.
	d.Send(uitest.Type("new hope")...)
	d.Send(staleK...)
	if v := view(d); !strings.Contains(v, "New Hope Dairy") || strings.Contains(v, "KFC") {
		t.Errorf("a stale answer replaced newer results:\n%s", v)
	}
}

func TestEmptyQueryOffersPopularSearches(t *testing.T) {
	t.Parallel()
	m := search.New(uitest.Env(uitest.OpenStore(t), "newuser"))
	d := uitest.NewScreen(t, m, 48, 30)
	if !strings.Contains(view(d), "Popular searches") {
		t.Fatalf("no popular searches:\n%s", view(d))
	}
	d.Keys("down", "enter") // the second suggestion: KFC
	if v := view(d); !strings.Contains(v, "KFC Self-Service Ordering") {
		t.Errorf("choosing KFC did not search for it:\n%s", v)
	}
	d.Keys("enter")
	want := nav.OpenMiniProgramMsg{ID: "kfc-ordering", Source: model.SourceSearch}
	if got := d.Last(); got != want {
		t.Errorf("enter emitted %#v, want %#v", got, want)
	}
}

func TestPasteSearches(t *testing.T) {
	t.Parallel()
	d, _ := typing(t, uitest.OpenStore(t), "newuser", 48, "")
	d.Send(tea.PasteMsg{Content: "New Hope"})
	if !strings.Contains(view(d), "New Hope Dairy") {
		t.Errorf("paste did not search:\n%s", view(d))
	}
}

func TestGoldenNewHope(t *testing.T) {
	t.Parallel()
	d, _ := typing(t, uitest.OpenStore(t), "returning", 48, "new hope")
	golden.RequireEqual(t, []byte(view(d)))
}

// helpKeys is the keys a help list shows.
func helpKeys(s interface{ ShortHelp() []key.Binding }) []string {
	var out []string
	for _, b := range s.ShortHelp() {
		if b.Enabled() {
			out = append(out, b.Help().Key)
		}
	}
	return out
}

func TestHelpFollowsTheSelection(t *testing.T) {
	t.Parallel()
	d, m := typing(t, uitest.OpenStore(t), "newuser", 48, "New Hope")
	if got := helpKeys(m); !slices.Contains(got, "enter") || slices.Contains(got, "s") {
		t.Errorf("typing help = %v, want enter and no s", got)
	}
	d.Keys("down")
	if got := helpKeys(m); !slices.Contains(got, "s") || slices.Contains(got, "f") {
		t.Errorf("mini program help = %v, want s and no f", got)
	}
	d.Keys("down")
	if got := helpKeys(m); !slices.Contains(got, "f") || slices.Contains(got, "s") {
		t.Errorf("account help = %v, want f and no s", got)
	}
}

func TestEnterOnEmptyInputDoesNothing(t *testing.T) {
	t.Parallel()
	d, m := typing(t, uitest.OpenStore(t), "newuser", 48, "")
	d.Keys("enter")
	if len(d.Emitted) != 0 || !m.CapturesInput() || !strings.Contains(view(d), "Popular searches") {
		t.Errorf("enter on an empty input acted: %v\n%s", d.Emitted, view(d))
	}
}
