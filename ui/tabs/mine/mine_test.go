package mine_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/nav"
	"lifesim/ui/tabs/mine"
	"lifesim/ui/uitest"
)

func open(t *testing.T, st store.Store, p model.PersonaID, w int) *uitest.Screen {
	t.Helper()
	return uitest.NewScreen(t, mine.New(uitest.Env(st, p)), w, 30)
}

func TestEnterOpensAsRevisit(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	favs := uitest.State(t, st, "returning").Favourites
	d := open(t, st, "returning", 48)
	d.Keys("down", "enter")
	want := nav.OpenMiniProgramMsg{ID: favs[1], Source: model.SourceMyMiniPrograms}
	if got := d.Last(); got != want {
		t.Errorf("enter emitted %#v, want %#v", got, want)
	}
}

func TestReorderPersistsAndKeepsSelection(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	before := uitest.State(t, st, "returning").Favourites
	d := open(t, st, "returning", 48)
	d.Keys("J", "J")
	after := uitest.State(t, st, "returning").Favourites
	want := append([]model.MiniProgramID{before[1], before[2], before[0]}, before[3:]...)
	if !slices.Equal(after, want) {
		t.Fatalf("after J J favourites are %v, want %v", after, want)
	}
	d.Keys("K")
	after = uitest.State(t, st, "returning").Favourites
	want = append([]model.MiniProgramID{before[1], before[0], before[2]}, before[3:]...)
	if !slices.Equal(after, want) {
		t.Fatalf("after K favourites are %v, want %v", after, want)
	}
	d.Keys("enter") // the moved one is still selected
	if got := d.Last(); got != (nav.OpenMiniProgramMsg{ID: before[0], Source: model.SourceMyMiniPrograms}) {
		t.Errorf("selection did not follow the moved favourite: %#v", got)
	}
}

func TestRemovePersists(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	before := uitest.State(t, st, "returning").Favourites
	d := open(t, st, "returning", 48)
	d.Keys("d")
	after := uitest.State(t, st, "returning").Favourites
	if !slices.Equal(after, before[1:]) {
		t.Fatalf("after d favourites are %v, want %v", after, before[1:])
	}
	mp, _ := st.MiniProgram(before[0])
	fav := strings.SplitN(ansi.Strip(d.View()), "Recently used", 2)[0]
	if strings.Contains(fav, mp.Name) {
		t.Errorf("removed %q still listed under Favourites:\n%s", mp.Name, fav)
	}
}

func TestRecentlyUsedShowsAgesAndCollects(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	s := uitest.State(t, st, "returning")
	d := open(t, st, "returning", 48)
	v := ansi.Strip(d.View())
	first, _ := st.MiniProgram(s.Recents[0].MiniProgramID)
	age := model.Age(s.Recents[0].At, uitest.Now)
	rec := strings.SplitN(v, "Recently used", 2)
	if len(rec) != 2 || !strings.Contains(rec[1], first.Name) || !strings.Contains(rec[1], age) {
		t.Fatalf("Recently used lacks %q with age %q:\n%s", first.Name, age, v)
	}
	d.Keys("right", "s") // collect the newest recent
	if !slices.Contains(uitest.State(t, st, "returning").Favourites, first.ID) {
		t.Errorf("s in Recently used did not collect %s", first.ID)
	}
	d.Keys("d") // remove only works on Favourites
	if !slices.Contains(uitest.State(t, st, "returning").Favourites, first.ID) {
		t.Errorf("d in Recently used removed a favourite")
	}
}

func TestNewUserEmptyStates(t *testing.T) {
	t.Parallel()
	d := open(t, uitest.OpenStore(t), "newuser", 48)
	v := ansi.Strip(d.View())
	for _, want := range []string{"Favourites", "Nothing collected yet", "Recently used", "Mini programs you open appear here"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
	d.Keys("enter", "d", "J")
	if len(d.Emitted) != 0 {
		t.Errorf("keys on empty lists emitted %v", d.Emitted)
	}
}

func TestEveryLineFitsTheWidth(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	for _, w := range []int{38, 48} {
		d := open(t, st, "returning", w)
		uitest.ExactSize(t, "Mine", d.View(), w, 30)
	}
}

func TestGoldenReturning(t *testing.T) {
	t.Parallel()
	d := open(t, uitest.OpenStore(t), "returning", 48)
	golden.RequireEqual(t, []byte(ansi.Strip(d.View())))
}

func TestHelpOnlyOffersWorkingKeys(t *testing.T) {
	t.Parallel()
	m := mine.New(uitest.Env(uitest.OpenStore(t), "returning"))
	d := uitest.NewScreen(t, m, 48, 30)
	keys := func() []string {
		var out []string
		for _, b := range m.ShortHelp() {
			out = append(out, b.Help().Key)
		}
		return out
	}
	if got := keys(); !slices.Contains(got, "d") || !slices.Contains(got, "K/J") {
		t.Errorf("favourites help = %v, want d and K/J", got)
	}
	d.Keys("right")
	if got := keys(); slices.Contains(got, "d") || slices.Contains(got, "K/J") {
		t.Errorf("recently used help = %v, want no d or K/J", got)
	}
	// An empty tab offers only the card pack, My orders and Collected
	// posts, which work without any mini program.
	empty := uitest.NewScreen(t, mine.New(uitest.Env(uitest.OpenStore(t), "newuser")), 48, 30)
	var got []string
	for _, b := range empty.S.ShortHelp() {
		got = append(got, b.Help().Key)
	}
	if !slices.Equal(got, []string{"w", "o", "p"}) {
		t.Errorf("empty tab offers %v, want w o p", got)
	}
	if full := m.FullHelp()[0]; !slices.ContainsFunc(full, func(b key.Binding) bool { return b.Help().Desc == "my orders" }) ||
		!slices.ContainsFunc(full, func(b key.Binding) bool { return b.Help().Desc == "collected posts" }) {
		t.Errorf("the full help does not name my orders and collected posts: %v", full)
	}
}

func TestCouponsFromMine(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	if _, err := st.ClaimCoupon(uitest.Env(st, "newuser").Actor(), "kfc-crayfish-10off", model.SourcePost); err != nil {
		t.Fatal(err)
	}
	d := uitest.NewScreen(t, mine.New(uitest.Env(st, "newuser")), 48, 30)
	if v := ansi.Strip(d.View()); !strings.Contains(v, "🎫 1 coupon · w") {
		t.Fatalf("header does not count the coupon:\n%s", v)
	}
	d.Keys("w")
	if _, ok := d.Last().(nav.OpenCouponsMsg); !ok {
		t.Fatalf("w emitted %#v", d.Last())
	}
}

// o and p open My orders and Collected posts, from any section and from an
// empty tab, and the line under the title names them with their counts.
func TestOrdersAndCollectedFromMine(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	empty := uitest.NewScreen(t, mine.New(uitest.Env(st, "newuser")), 48, 30)
	if v := ansi.Strip(empty.View()); !strings.Contains(v, "🧾 Orders · o") || !strings.Contains(v, "★ Collected · p") {
		t.Fatalf("the tab does not offer my orders and collected posts:\n%s", v)
	}
	empty.Keys("o")
	if _, ok := empty.Last().(nav.OpenOrdersMsg); !ok {
		t.Fatalf("o emitted %#v", empty.Last())
	}
	empty.Keys("p")
	if _, ok := empty.Last().(nav.OpenCollectedMsg); !ok {
		t.Fatalf("p emitted %#v", empty.Last())
	}

	a := uitest.Env(st, "returning").Actor()
	o := model.Order{MiniProgramID: "kfc-ordering", Lines: []model.OrderLine{{ServiceID: "egg-tarts", Qty: 1}}}
	for i := range 2 {
		a.At = uitest.Now.Add(time.Duration(i) * time.Minute)
		if _, err := st.PlaceOrder(a, o, ""); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := st.ToggleCollectPost(a, "post-kfc-crayfish"); err != nil {
		t.Fatal(err)
	}
	d := open(t, st, "returning", 48)
	if v := ansi.Strip(d.View()); !strings.Contains(v, "🧾 Orders (2) · o") || !strings.Contains(v, "★ Collected (1) · p") {
		t.Fatalf("the counts are missing:\n%s", v)
	}
	narrow := open(t, st, "returning", 36) // the phone of a 40-column terminal
	if v := ansi.Strip(narrow.View()); !strings.Contains(v, "🧾 Orders · o") || !strings.Contains(v, "★ Collected · p") {
		t.Fatalf("at 36 cells the keys are cut:\n%s", v)
	}
	d.Keys("right", "o") // in Recently used too
	if _, ok := d.Last().(nav.OpenOrdersMsg); !ok {
		t.Fatalf("o in Recently used emitted %#v", d.Last())
	}
	d.Keys("p")
	if _, ok := d.Last().(nav.OpenCollectedMsg); !ok {
		t.Fatalf("p in Recently used emitted %#v", d.Last())
	}
}
