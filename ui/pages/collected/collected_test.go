package collected

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"lifesim/fixtures"
	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/styles"
	"lifesim/ui/uitest"
)

// The page's area in the phone at the terminal sizes the app is tried at
// (ui.NewLayout: the phone's inner width, its height less the chrome).
const (
	width    = 46
	height80 = 17 // an 80×24 terminal
	height16 = 33 // a 160×40 terminal
)

func open(t *testing.T, st store.Store, w, h int) (*uitest.Screen, *List) {
	t.Helper()
	m := New(uitest.Env(st, "newuser"), nav.OpenCollectedMsg{})
	return uitest.NewScreen(t, m, w, h), m
}

// collect collects the posts in order, a minute apart.
func collect(t *testing.T, st store.Store, ids ...model.PostID) {
	t.Helper()
	a := uitest.Env(st, "newuser").Actor()
	for i, id := range ids {
		a.At = uitest.Now.Add(time.Duration(i-len(ids)) * time.Minute)
		if on, _, err := st.ToggleCollectPost(a, id); err != nil || !on {
			t.Fatalf("collect %s: %v %v", id, on, err)
		}
	}
}

// three is an image-text post, a video and a live stream, from three
// accounts, collected in that order.
var three = []model.PostID{"post-kfc-crayfish", "post-nh-pasture", "post-watsons-live"}

func TestListsMostRecentlyCollectedFirst(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	collect(t, st, three...)
	d, _ := open(t, st, width, height80)
	uitest.MustContain(t, d, "Collected posts", "3 posts",
		"Sunscreen myths, live Q&A", "Watsons", "LIVE",
		"From our pasture to your table", "New Hope Dairy", "Video",
		"New Year's Crayfish Series", "KFC", "Image-text")
	v := uitest.Plain(d)
	watsons, pasture, kfc := strings.Index(v, "Sunscreen"), strings.Index(v, "pasture"), strings.Index(v, "Crayfish")
	if watsons >= pasture || pasture >= kfc {
		t.Fatalf("not most recently collected first (Watsons %d, New Hope %d, KFC %d):\n%s", watsons, pasture, kfc, v)
	}
}

func TestEnterOpensThePost(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	collect(t, st, three...)
	d, _ := open(t, st, width, height80)
	d.Keys("down", "enter")
	if got, want := d.Last(), (nav.OpenPostMsg{ID: "post-nh-pasture", Source: model.SourceMyMiniPrograms}); got != want {
		t.Fatalf("enter emitted %#v, want %#v", got, want)
	}
}

// s uncollects the selected post: the store no longer holds it, the list
// drops it, and the selection stays in place on the next one.
func TestSUncollects(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	collect(t, st, three...)
	d, _ := open(t, st, width, height80)
	d.Keys("down", "s")
	if got := uitest.State(t, st, "newuser").CollectedPosts; slices.Contains(got, "post-nh-pasture") || len(got) != 2 {
		t.Fatalf("after s the store holds %v, want the pasture post gone", got)
	}
	if am, ok := d.Last().(screen.ActionMsg); !ok || !strings.Contains(am.Status, "Removed") {
		t.Fatalf("s emitted %#v", d.Last())
	}
	v := uitest.Plain(d)
	if strings.Contains(v, "pasture") || !strings.Contains(v, "2 posts") {
		t.Fatalf("the list still shows the uncollected post:\n%s", v)
	}
	uitest.MustContain(t, d, "› ★ New Year's Crayfish Series")
	d.Keys("s") // the last one: the selection moves up to the one left
	if got := uitest.State(t, st, "newuser").CollectedPosts; len(got) != 1 || got[0] != "post-watsons-live" {
		t.Fatalf("after s s the store holds %v", got)
	}
	uitest.MustContain(t, d, "› ★ Sunscreen myths", "1 post")
}

// Two s presses before the first removal reaches the list remove the
// post once; they do not collect it again.
func TestSecondSBeforeTheReloadDoesNothing(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	collect(t, st, three...)
	m := New(uitest.Env(st, "newuser"), nav.OpenCollectedMsg{})
	uitest.NewScreen(t, m, width, height80)
	_, first := m.Update(uitest.Key("s"))
	_, second := m.Update(uitest.Key("s"))
	if first == nil || second != nil {
		t.Fatalf("s then s before the reload: commands %v, %v; want one", first != nil, second != nil)
	}
}

func TestEmptyStateExplainsS(t *testing.T) {
	t.Parallel()
	d, m := open(t, uitest.OpenStore(t), width, height80)
	uitest.MustContain(t, d, "No collected posts yet", "Press s on a post")
	d.Keys("down", "enter", "s")
	if len(d.Emitted) != 0 || len(m.ShortHelp()) != 0 {
		t.Errorf("an empty list emitted %v and offers %v", d.Emitted, m.ShortHelp())
	}
}

// A post collected on a post page opened from here is listed, first, when
// the fresh state arrives.
func TestReloadsOnCollect(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	collect(t, st, three[0])
	d, _ := open(t, st, width, height80)
	collect(t, st, "post-luckin-coconut")
	d.Send(screen.StateMsg{State: uitest.State(t, st, "newuser")})
	uitest.MustContain(t, d, "2 posts", "› ★ The coconut latte is back")
}

func TestFitsEverySize(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	collect(t, st, three...)
	for _, size := range [][2]int{{38, 6}, {width, height80}, {width, height16}} {
		d, _ := open(t, st, size[0], size[1])
		for _, keys := range [][]string{nil, {"down", "down"}, {"up", "up"}} {
			d.Keys(keys...)
			uitest.ExactSize(t, fmt.Sprint("collected after ", keys), d.View(), size[0], size[1])
		}
	}
}

// Without colour the selection is still marked by its cursor.
func TestSelectionWithoutColour(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	collect(t, st, three...)
	env := uitest.Env(st, "newuser")
	env.Styles = styles.For(true, true)
	d := uitest.NewScreen(t, New(env, nav.OpenCollectedMsg{}), width, height80)
	d.Keys("down")
	uitest.MustContain(t, d, "› ★ From our pasture")
}

// Titles and account names from a hostile world stay on their lines and
// carry no control sequence.
func TestHostileWorld(t *testing.T) {
	t.Parallel()
	w, err := fixtures.LoadFS(os.DirFS(filepath.Join("..", "..", "..", "testdata", "hostile")))
	if err != nil {
		t.Fatal(err)
	}
	st := uitest.OpenAt(t, filepath.Join(t.TempDir(), "lifesim.db"))
	if _, err := st.Seed(w, "hostile"); err != nil {
		t.Fatal(err)
	}
	var ids []model.PostID
	for _, p := range w.Posts {
		ids = append(ids, p.ID)
	}
	collect(t, st, ids...)
	for _, size := range [][2]int{{38, 6}, {width, height80}, {width, height16}} {
		d, _ := open(t, st, size[0], size[1])
		for range ids {
			uitest.ExactSize(t, "hostile collected posts", d.View(), size[0], size[1])
			if p := uitest.UnsafeControls(d.View()); len(p) > 0 {
				t.Fatalf("hostile collected posts: %v", p)
			}
			d.Keys("down")
		}
	}
}

func TestGoldenCollected80x24(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	collect(t, st, three...)
	d, _ := open(t, st, width, height80)
	golden.RequireEqual(t, []byte(uitest.Plain(d)))
}

func TestGoldenCollected160x40(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	collect(t, st, three...)
	d, _ := open(t, st, width, height16)
	d.Keys("down")
	golden.RequireEqual(t, []byte(uitest.Plain(d)))
}

func TestGoldenCollectedEmpty(t *testing.T) {
	t.Parallel()
	d, _ := open(t, uitest.OpenStore(t), width, height80)
	golden.RequireEqual(t, []byte(uitest.Plain(d)))
}

// The page says it is loading until its list arrives, so keys typed
// straight after opening it wait for the list instead of being lost.
func TestLoadingUntilTheListArrives(t *testing.T) {
	t.Parallel()
	m := New(uitest.Env(uitest.OpenStore(t), "newuser"), nav.OpenCollectedMsg{})
	if !m.Loading() {
		t.Fatal("a page not yet loaded says it is not loading")
	}
	uitest.NewScreen(t, m, width, height80)
	if m.Loading() {
		t.Fatal("the page still says it is loading after its list arrived")
	}
}
