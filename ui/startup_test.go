package ui_test

import (
	"strings"
	"sync/atomic"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// lifeReads counts the reads only the Life tab makes at start: its two
// feeds' first pages and its suggestions.
type lifeReads struct {
	store.Store
	n atomic.Int32
}

func (s *lifeReads) Recommended(p model.PersonaID, c store.Cursor, limit int) (store.Page[model.Post], error) {
	s.n.Add(1)
	return s.Store.Recommended(p, c, limit)
}

func (s *lifeReads) Following(p model.PersonaID, c store.Cursor, limit int) (store.Page[model.Post], error) {
	s.n.Add(1)
	return s.Store.Following(p, c, limit)
}

func (s *lifeReads) SuggestedAccounts(p model.PersonaID, limit int) ([]model.LifeAccount, error) {
	s.n.Add(1)
	return s.Store.SuggestedAccounts(p, limit)
}

// startCounted makes the app on a store that counts Life's reads, sizes
// it, and runs Init's commands without delivering their answers (first).
func startCounted(t *testing.T) (st *lifeReads, app *ui.App, d *uitest.App, first []tea.Msg) {
	t.Helper()
	st = &lifeReads{Store: uitest.OpenStore(t)}
	app = ui.New(testOptions(st, "returning", "Chen Wei"))
	d = uitest.NewApp(t, app)
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	return st, app, d, uitest.Results(t, app.Init())
}

// TestStartLoadsHomeFirst: the first frame shows Home, so start-up reads
// what Home shows before anything of Life's (Life ranks the newest posts
// of the whole world); Life is read right after, once, and is ready when
// the user gets there.
func TestStartLoadsHomeFirst(t *testing.T) {
	t.Parallel()
	st, _, d, first := startCounted(t)
	if n := st.n.Load(); n != 0 {
		t.Fatalf("Init's own commands read Life %d times before Home had its answers", n)
	}
	d.Send(first...)
	if v := ansi.Strip(d.View()); !strings.Contains(v, "Services") {
		t.Fatalf("Home is not drawn after its answers:\n%s", v)
	}
	if n := st.n.Load(); n != 3 {
		t.Fatalf("Life was read %d times after Home's answers, want 3 (two feeds, suggestions)", n)
	}
	d.Keys("3")
	if v := ansi.Strip(d.View()); !strings.Contains(v, "Recommended") || strings.Contains(v, "Loading") {
		t.Fatalf("Life is not shown loaded:\n%s", v)
	}
	if n := st.n.Load(); n != 3 {
		t.Fatalf("switching to Life read it again (%d reads)", n)
	}
}

// TestSwitchBeforeTheRestLoads: a tab key pressed before the tabs behind
// Home have started loads that tab at once, and only once.
func TestSwitchBeforeTheRestLoads(t *testing.T) {
	t.Parallel()
	st, app, d, first := startCounted(t)
	d.Keys("3")
	if n := st.n.Load(); n != 3 {
		t.Fatalf("the switch to Life read it %d times, want 3", n)
	}
	d.Send(first...)
	if n := st.n.Load(); n != 3 {
		t.Fatalf("Life was read again once Home had loaded (%d reads)", n)
	}
	if app.Tab() != nav.TabLife {
		t.Fatalf("tab = %v, want Life", app.Tab())
	}
}
