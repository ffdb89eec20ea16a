package account

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/exp/golden"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

func open(t testing.TB, st store.Store, id model.AccountID, w, h int) (*uitest.Screen, *Page) {
	t.Helper()
	m := New(uitest.Env(st, "newuser"), nav.OpenAccountMsg{ID: id, Source: model.SourceSearch})
	return uitest.NewScreen(t, m, w, h), m
}

func follows(t *testing.T, st store.Store) []model.Follow {
	t.Helper()
	s, err := st.State("newuser")
	if err != nil {
		t.Fatal(err)
	}
	return s.Follows
}

func TestKFCProfile(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, _ := open(t, st, "kfc", 48, 40)
	uitest.MustContain(t, d, "Life Account", "KFC", "[Brand]", "3.28M fans", "The official KFC life account",
		"[ + Follow ]", "Coupon window", "🎫 ¥10 off the New Year's Crayfish", "🎫 ¥5 off Portuguese Egg Tarts",
		"🎫 ¥6 off your next KFC order", "Mini programs", "KFC Self-Service Ordering",
		"Topic groups", "👥 KFC Crayfish Fans", "Posts")
	uitest.LastEvent(t, st, uitest.Match{Kind: model.EventOpenAccount, Target: "kfc", Source: model.SourceSearch})
}

func TestFollowTogglesAndPersists(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, _ := open(t, st, "kfc", 48, 30)
	if got := helpDescs(d.S.ShortHelp()); !slices.Contains(got, "follow") {
		t.Fatalf("help before following = %v, want follow", got)
	}
	d.Keys("f")
	uitest.MustContain(t, d, "[ ✓ Following ]")
	if f := follows(t, st); len(f) != 1 || f[0].AccountID != "kfc" {
		t.Fatalf("follows = %+v", f)
	}
	if got := helpDescs(d.S.ShortHelp()); !slices.Contains(got, "unfollow") || slices.Contains(got, "follow") {
		t.Fatalf("help after following = %v, want unfollow and no follow", got)
	}
	// enter on the button toggles too.
	d.Keys("enter")
	uitest.MustContain(t, d, "[ + Follow ]")
	if f := follows(t, st); len(f) != 0 {
		t.Fatalf("unfollow not saved: %+v", f)
	}
}

// smallAccount is the real store with the fixture's fan count replaced by
// 998 (the store's follow deltas kept), small enough that one more fan
// shows in the compact count.
type smallAccount struct {
	store.Store
	fixture int64
}

func (s smallAccount) Account(id model.AccountID) (model.LifeAccount, error) {
	a, err := s.Store.Account(id)
	a.Fans += 998 - s.fixture
	return a, err
}

func TestFansCountIncludesOwnFollow(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	wfb, err := st.Account("wild-food-brother")
	if err != nil {
		t.Fatal(err)
	}
	d, _ := open(t, smallAccount{st, wfb.Fans}, "wild-food-brother", 48, 30)
	uitest.MustContain(t, d, "998 fans", "[Creator]")
	d.Keys("f")
	uitest.MustContain(t, d, "999 fans", "[ ✓ Following ]")
	d.Keys("f")
	uitest.MustContain(t, d, "998 fans")
}

func TestCouponWindowClaimThenUse(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, m := open(t, st, "kfc", 48, 30)
	d.Keys("down", "down", "enter") // the second coupon
	a, ok := d.Last().(screen.ActionMsg)
	if !ok || a.Err != nil || a.Status != "Coupon claimed: ¥5 off Portuguese Egg Tarts" {
		t.Fatalf("claim = %#v", d.Last())
	}
	s, _ := st.State("newuser")
	if len(s.Coupons) != 1 || s.Coupons[0].CouponID != "kfc-egg-tarts-5off" {
		t.Fatalf("coupons = %+v", s.Coupons)
	}
	uitest.MustContain(t, d, "Use ›")
	if h := m.ShortHelp()[0].Help(); h.Desc != "use" {
		t.Fatalf("enter on a claimed coupon is labelled %q, want use", h.Desc)
	}
	// a claimed coupon is used in the mini program that redeems it
	d.Keys("enter")
	want := nav.OpenMiniProgramMsg{ID: "kfc-ordering", Source: model.SourceAccountProfile}
	if got := d.Last(); got != want {
		t.Fatalf("enter on a claimed coupon emitted %#v, want %#v", got, want)
	}
	if s, _ := st.State("newuser"); len(s.Coupons) != 1 {
		t.Fatalf("using claimed again: %+v", s.Coupons)
	}
	// once used in an order it says so, and enter only says so too
	o := model.Order{MiniProgramID: "kfc-ordering", Lines: []model.OrderLine{{ServiceID: "egg-tarts", Qty: 1}}}
	if _, err := st.PlaceOrder(uitest.Env(st, "newuser").Actor(), o, "kfc-egg-tarts-5off"); err != nil {
		t.Fatal(err)
	}
	d.Send(screen.StateMsg{State: uitest.State(t, st, "newuser")})
	if v := uitest.Plain(d); !strings.Contains(v, "Used") || strings.Contains(v, "Use ›") {
		t.Fatalf("a used coupon should say Used:\n%s", v)
	}
	d.Keys("enter")
	if got := d.Last(); got != (screen.StatusMsg{Text: "Already used · ¥5 off Portuguese Egg Tarts"}) {
		t.Fatalf("enter on a used coupon emitted %#v", got)
	}
	if m.ShortHelp()[0].Enabled() {
		t.Fatal("enter should leave the help on a used coupon")
	}
}

func TestOpensFromProfile(t *testing.T) {
	t.Parallel()
	d, m := open(t, uitest.OpenStore(t), "kfc", 48, 30)
	d.Keys("down", "down", "down", "down", "enter") // past the button and three coupons
	want := nav.OpenMiniProgramMsg{ID: "kfc-ordering", Source: model.SourceAccountProfile}
	if got := d.Last(); got != want {
		t.Fatalf("enter on the mini program emitted %#v, want %#v", got, want)
	}
	if m.posts.Len() == 0 {
		t.Fatal("no posts loaded")
	}
	// then the topic group its crayfish post links
	d.Keys("down", "enter")
	if open, ok := d.Last().(nav.OpenGroupMsg); !ok || open.Source != model.SourceAccountProfile {
		t.Fatalf("enter on the group emitted %#v", d.Last())
	}
	d.Keys("down", "enter")
	if got := d.Last(); got != (nav.OpenPostMsg{ID: m.posts.Post(0).ID, Source: model.SourceAccountProfile}) {
		t.Fatalf("enter on the first post emitted %#v", got)
	}
	for i := 1; i < m.posts.Len(); i++ {
		if m.posts.Post(i).PublishedAt.After(m.posts.Post(i - 1).PublishedAt) {
			t.Fatalf("posts not newest first: %s before %s", m.posts.Post(i-1).ID, m.posts.Post(i).ID)
		}
	}
}

func TestUnknownAccount(t *testing.T) {
	t.Parallel()
	d, _ := open(t, uitest.OpenStore(t), "no-such-account", 48, 20)
	uitest.MustContain(t, d, "not found")
}

func TestFitsNarrowPhone(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	for _, w := range []int{38, 48} {
		d, _ := open(t, st, "kfc", w, 20)
		for _, keys := range [][]string{nil, {"down", "down"}, {"j", "j", "j", "j", "j", "j", "j"}} {
			d.Keys(keys...)
			uitest.ExactSize(t, fmt.Sprint("account after ", keys), d.View(), w, 20)
		}
	}
}

func TestGoldenKFC(t *testing.T) {
	t.Parallel()
	d, _ := open(t, uitest.OpenStore(t), "kfc", 48, 30)
	golden.RequireEqual(t, []byte(uitest.Plain(d)))
}

func TestOwnPage(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	a := uitest.Env(st, "newuser").Actor()
	p, err := st.PublishPost(a, model.Draft{Title: "Dumplings on Wuding Road", Body: "Cheap and good."})
	if err != nil {
		t.Fatal(err)
	}
	d, m := open(t, st, model.PersonaAccountID("newuser"), 48, 30)
	uitest.MustContain(t, d, "Lin Xiao", "[Creator]", "[ ✎ New post ]", "your page", "Dumplings on Wuding Road")
	if strings.Contains(uitest.Plain(d), "Follow") {
		t.Fatalf("own page offers a follow button:\n%s", uitest.Plain(d))
	}
	d.Keys("f")
	if s, _ := st.State("newuser"); len(s.Follows) != 0 {
		t.Fatal("f followed the persona's own account")
	}
	d.Keys("enter")
	if got := d.Last(); got != (nav.OpenComposeMsg{}) {
		t.Fatalf("enter on the button = %#v, want the compose page", d.Last())
	}
	// a post published meanwhile shows when the state says so
	if _, err := st.PublishPost(a, model.Draft{Title: "Second one", Body: "More."}); err != nil {
		t.Fatal(err)
	}
	s, _ := st.State("newuser")
	d.Send(screen.StateMsg{State: s})
	uitest.MustContain(t, d, "Second one", "Dumplings on Wuding Road")
	if m.posts.Len() != 2 || m.posts.Post(1).ID != p.ID {
		t.Fatalf("own posts = %v", m.posts.Posts())
	}
}

// helpDescs is the descriptions of the help bindings.
func helpDescs(bs []key.Binding) []string {
	var out []string
	for _, b := range bs {
		out = append(out, b.Help().Desc)
	}
	return out
}
