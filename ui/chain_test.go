package ui_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui"
	"lifesim/ui/uitest"
)

// session is one run of the app on a store file, as a person would start it.
type session struct {
	t   *testing.T
	db  *store.DB
	app *ui.App
	d   *uitest.App
}

func startSession(t *testing.T, path string, persona model.PersonaID, w, h int) *session {
	t.Helper()
	db := uitest.OpenStoreAt(t, path)
	app := ui.New(testOptions(db, persona, string(persona)))
	d := uitest.NewApp(t, app)
	d.Send(tea.WindowSizeMsg{Width: w, Height: h})
	d.Init()
	return &session{t: t, db: db, app: app, d: d}
}

func (s *session) view() string { return ansi.Strip(s.d.View()) }

func (s *session) keys(k ...string) { s.d.Keys(k...) }

func (s *session) typeText(text string) { s.d.Send(uitest.Type(text)...) }

// expect fails unless the screen shows every one of want.
func (s *session) expect(step string, want ...string) {
	s.t.Helper()
	v := s.view()
	for _, w := range want {
		if !strings.Contains(v, w) {
			s.t.Fatalf("%s: screen lacks %q:\n%s", step, w, v)
		}
	}
}

func (s *session) state() model.UserState {
	s.t.Helper()
	st, err := s.db.State("newuser")
	if err != nil {
		s.t.Fatal(err)
	}
	return st
}

func (s *session) lastOpen() model.Event {
	s.t.Helper()
	return uitest.LastEvent(s.t, s.db, uitest.Match{Kind: model.EventOpenMiniProgram})
}

// TestChain walks the chain of docs/chain.md end to end with the public keys, in a 100×30
// terminal, as the new persona, then restarts on the same store file.
func TestChain(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "lifesim.db")
	s := startSession(t, path, "newuser", 100, 30)
	s.expect("home", "Home", "Life", "My Mini Programs", "Search mini programs")

	// 1. Home → search "New Hope" → the mini program and the life account.
	s.keys("/")
	s.typeText("New Hope")
	s.expect("search", "Mini Programs", "New Hope Member Service", "Life Accounts", "New Hope Dairy")

	// 2. Open the mini program: it is in Recently used; collect it.
	s.keys("enter")
	s.expect("mini program", "New Hope Member Service", "Services")
	if st := s.state(); len(st.Recents) == 0 || st.Recents[0].MiniProgramID != "new-hope-member" {
		t.Fatalf("recents after open: %+v", st.Recents)
	}
	if e := s.lastOpen(); e.Source != model.SourceSearch || e.Scene != 1005 {
		t.Fatalf("open from search recorded as %+v", e)
	}
	s.keys("s")
	s.expect("collected", "Added to My Mini Programs")
	if st := s.state(); !slices.Contains(st.Favourites, "new-hope-member") {
		t.Fatalf("favourites after s: %v", st.Favourites)
	}

	// 3. Back to the results, open the life account, follow it.
	s.keys("esc", "down", "enter")
	s.expect("account", "Life Account", "New Hope Dairy", "Brand")
	s.keys("f")
	if st := s.state(); len(st.Follows) != 1 || st.Follows[0].AccountID != "new-hope-dairy" {
		t.Fatalf("follows after f: %+v", st.Follows)
	}

	// 4. Life → Following shows its posts; the service link opens the mini
	// program at that service; order and pay; nearby coupons.
	s.keys("3", "right")
	s.expect("following", "New Hope Dairy", "24-hour fresh milk, delivered at dawn")
	s.keys("enter")
	s.expect("post", "24-hour fresh milk, delivered at dawn")
	s.keys("down", "enter")
	s.expect("service link", "New Hope Member Service", "from post")
	s.keys("enter")
	s.expect("confirm", "Total")
	s.keys("enter")
	s.expect("paid", "Payment successful", "Nearby")
	if st := s.state(); len(st.Orders) != 1 || st.Orders[0].Lines[0].ServiceID != "fresh-milk-week" {
		t.Fatalf("orders after paying: %+v", st.Orders)
	}

	// 5. Quit, start again: the grid and My Mini Programs show it; opening
	// it from the grid is a revisit.
	s.keys("q")
	if !s.d.Quit {
		t.Fatal("q did not quit")
	}
	if err := s.db.Close(); err != nil {
		t.Fatal(err)
	}
	s = startSession(t, path, "newuser", 100, 30)
	s.expect("home after restart", "New Hope Memb")
	s.keys("5")
	s.expect("my mini programs", "Favourites", "New Hope Member Service")
	s.keys("1", "down", "enter")
	s.expect("revisit", "New Hope Member Service", "Services")
	if e := s.lastOpen(); e.Source != model.SourceHomeGrid || e.Scene != 1000 || !e.Source.IsRevisit() {
		t.Fatalf("open from the grid recorded as %+v", e)
	}
}
