package home_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/draw"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/tabs/home"
	"lifesim/ui/uitest"
)

func open(t *testing.T, st store.Store, p model.PersonaID, w, h int) *uitest.Screen {
	t.Helper()
	return uitest.NewScreen(t, home.New(uitest.Env(st, p)), w, h)
}

func favourites(t *testing.T, st store.Store, p model.PersonaID) []model.MiniProgram {
	t.Helper()
	s, err := st.State(p)
	if err != nil {
		t.Fatal(err)
	}
	mps, err := st.MiniPrograms(s.Favourites)
	if err != nil {
		t.Fatal(err)
	}
	if len(mps) < 2 {
		t.Fatalf("persona %s needs at least two favourites, has %d", p, len(mps))
	}
	return mps
}

func TestGridShowsFavouritesInOrderAndOpensSelected(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d := open(t, st, "returning", 48, 30)
	view := ansi.Strip(d.View())
	last := -1
	for _, p := range favourites(t, st, "returning") {
		name := draw.Line(p.Name, 48/3-2)
		i := strings.Index(view, name)
		if i < 0 {
			t.Fatalf("grid lacks favourite %q:\n%s", name, view)
		}
		if i < last {
			t.Errorf("favourite %q out of order:\n%s", name, view)
		}
		last = i
	}

	d.Keys("down", "right", "enter") // search box → first cell → second cell
	favs := favourites(t, st, "returning")
	want := nav.OpenMiniProgramMsg{ID: favs[1].ID, Source: model.SourceHomeGrid}
	if got := d.Last(); got != want {
		t.Errorf("enter on the second cell emitted %#v, want %#v", got, want)
	}
}

func TestGridPutsRecentsAfterFavouritesOnce(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d := open(t, st, "returning", 48, 30)
	s, _ := st.State("returning")
	favs := map[model.MiniProgramID]bool{}
	for _, id := range s.Favourites {
		favs[id] = true
	}
	var recent model.MiniProgramID
	for _, r := range s.Recents {
		if !favs[r.MiniProgramID] {
			recent = r.MiniProgramID
			break
		}
	}
	if recent == "" {
		t.Skip("returning persona has no recent that is not a favourite")
	}
	// The first recent that is not a favourite follows the favourites.
	d.Keys("down")
	for range s.Favourites {
		d.Keys("right")
	}
	d.Keys("enter")
	want := nav.OpenMiniProgramMsg{ID: recent, Source: model.SourceHomeGrid}
	if got := d.Last(); got != want {
		t.Errorf("cell after the favourites opened %#v, want %#v", got, want)
	}
}

func TestNewUserSeesEmptyStateAndSearchBoxOpensSearch(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d := open(t, st, "newuser", 48, 30)
	view := ansi.Strip(d.View())
	for _, want := range []string{"Search mini programs, accounts, content", "My Mini Programs",
		"Mini programs you collect or use", "try / to search"} {
		if !strings.Contains(view, want) {
			t.Errorf("view lacks %q:\n%s", want, view)
		}
	}
	d.Keys("enter")
	want := nav.SwitchTabMsg{Tab: nav.TabSearch, FocusInput: true}
	if got := d.Last(); got != want {
		t.Errorf("enter on the search box emitted %#v, want %#v", got, want)
	}
}

func TestMoreCellOpensMyMiniPrograms(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	env := uitest.Env(st, "newuser")
	chs, err := st.Channels()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[model.MiniProgramID]bool{}
	for _, c := range chs {
		for _, id := range c.MiniPrograms {
			if !seen[id] {
				seen[id] = true
				if _, err := st.ToggleFavourite(env.Actor(), id, model.SourceSearch); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	if len(seen) <= env.Settings.GridSize() {
		t.Fatalf("need more than %d mini programs in channels, have %d", env.Settings.GridSize(), len(seen))
	}
	d := uitest.NewScreen(t, home.New(env), 48, 30)
	if !strings.Contains(ansi.Strip(d.View()), "More ›") {
		t.Fatalf("no More cell:\n%s", ansi.Strip(d.View()))
	}
	d.Keys("down", "down", "down", "right", "right", "enter")
	if got, want := d.Last(), (nav.SwitchTabMsg{Tab: nav.TabMine}); got != want {
		t.Errorf("enter on More emitted %#v, want %#v", got, want)
	}
}

func TestChannelExpandsAndOpensWithHomeSource(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	chs, err := st.Channels()
	if err != nil || len(chs) == 0 {
		t.Fatalf("channels: %v (%d)", err, len(chs))
	}
	first, err := st.MiniProgram(chs[0].MiniPrograms[0])
	if err != nil {
		t.Fatal(err)
	}
	d := open(t, st, "newuser", 48, 30)
	if !strings.Contains(ansi.Strip(d.View()), chs[0].Name) {
		t.Fatalf("view lacks channel %q", chs[0].Name)
	}
	if strings.Contains(ansi.Strip(d.View()), "├") {
		t.Fatalf("channel's mini programs are listed before it is expanded")
	}
	d.Keys("down", "enter") // empty grid: search box → first channel; expand
	if !strings.Contains(ansi.Strip(d.View()), "├ "+first.Icon+" "+first.Name) {
		t.Fatalf("expanded channel lacks %q:\n%s", first.Name, ansi.Strip(d.View()))
	}
	d.Keys("down", "enter")
	want := nav.OpenMiniProgramMsg{ID: first.ID, Source: model.SourceHome}
	if got := d.Last(); got != want {
		t.Errorf("enter on a channel's mini program emitted %#v, want %#v", got, want)
	}
	d.Keys("left", "up", "left") // back on the channel row, collapse
	if strings.Contains(ansi.Strip(d.View()), "├") {
		t.Errorf("← did not collapse the channel")
	}
}

func TestGridReloadsOnStateMsg(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	env := uitest.Env(st, "newuser")
	d := uitest.NewScreen(t, home.New(env), 48, 30)
	mp, err := st.MiniProgram("new-hope-member")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.ToggleFavourite(env.Actor(), mp.ID, model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	s, _ := st.State("newuser")
	d.Send(screen.StateMsg{State: s})
	if !strings.Contains(ansi.Strip(d.View()), draw.Line(mp.Name, 14)) {
		t.Errorf("grid did not pick up the new favourite:\n%s", ansi.Strip(d.View()))
	}
}

func TestEveryLineFitsTheWidth(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	for _, w := range []int{38, 48} {
		d := open(t, st, "returning", w, 30)
		d.Keys("down", "down", "down", "down", "enter") // into an expanded channel
		uitest.ExactSize(t, "Home with a channel open", d.View(), w, 30)
	}
}

func TestGoldenReturning(t *testing.T) {
	t.Parallel()
	d := open(t, uitest.OpenStore(t), "returning", 48, 30)
	golden.RequireEqual(t, []byte(ansi.Strip(d.View())))
}
