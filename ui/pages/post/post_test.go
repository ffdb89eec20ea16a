package post

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

// The article's example: KFC's "New Year's Crayfish Series" post, with a
// service link, a coupon and a group.
const crayfish model.PostID = "post-kfc-crayfish"

func open(t *testing.T, st store.Store, w, h int) (*uitest.Screen, *Page) {
	t.Helper()
	m := New(uitest.Env(st, "newuser"), nav.OpenPostMsg{ID: crayfish, Source: model.SourceFeed})
	return uitest.NewScreen(t, m, w, h), m
}

func counts(t *testing.T, st store.Store) model.Counts {
	t.Helper()
	p, err := st.Post(crayfish)
	if err != nil {
		t.Fatal(err)
	}
	return p.Counts
}

func TestShowsPostAndRecordsOpen(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, _ := open(t, st, 48, 30)
	uitest.MustContain(t, d, "‹ ", "KFC", "[Brand]", "+ Follow", "New Year's Crayfish Series",
		"Image-text", "#crayfish", "🛒 Order: New Year's Crayfish Series Burger", "KFC Self-Service Ordering",
		"🎫 ¥10 off the New Year's Crayfish", "Claim", "👥 KFC Crayfish Fans · 12.8K members",
		"♡ 18,420", "💬 1,260", "☆ 3,310", "↗ 2,045")
	uitest.LastEvent(t, st, uitest.Match{Kind: model.EventOpenPost, Target: string(crayfish), Source: model.SourceFeed})
}

func TestInteractionsChangeCountsAndPersist(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, m := open(t, st, 48, 30)
	base := counts(t, st)

	d.Keys("l")
	uitest.MustContain(t, d, "♥ 18,421")
	d.Keys("s")
	uitest.MustContain(t, d, "★ 3,311")

	d.Keys("c")
	if !m.CapturesInput() {
		t.Fatal("c did not focus the comment input")
	}
	d.Send(uitest.Type("Crispy and spicy!")...)
	d.Keys("enter")
	if m.CapturesInput() {
		t.Fatal("input still focused after posting")
	}
	// the comments sit under the picture and the components: move down to them
	d.Keys("j", "j", "j", "j")
	uitest.MustContain(t, d, "💬 1,261", "You · just now", "Crispy and spicy!")

	d.Keys("r")
	uitest.MustContain(t, d, "Forward to", "Mom", "Work group", "Roommates", "Moments")
	d.Keys("enter")
	uitest.MustContain(t, d, "↗ 2,046")

	want := base.Add(model.Counts{Likes: 1, Comments: 1, Collects: 1, Forwards: 1})
	if got := counts(t, st); got != want {
		t.Fatalf("stored counts %+v, want %+v", got, want)
	}
	s := uitest.State(t, st, "newuser")
	if len(s.Likes) != 1 || len(s.CollectedPosts) != 1 || len(s.Comments) != 1 || len(s.Forwards) != 1 {
		t.Fatalf("state not saved: %+v", s)
	}
	if s.Comments[0].Text != "Crispy and spicy!" || s.Forwards[0].To != "Mom" {
		t.Fatalf("comment %+v, forward %+v", s.Comments[0], s.Forwards[0])
	}

	// Toggles: a second l and s take the marks back.
	d.Keys("l", "s")
	uitest.MustContain(t, d, "♡ 18,420", "☆ 3,310")
}

// esc leaves the comment input without posting, and keeps what was typed
// for c to bring back: a stray esc never costs a half-written comment.
func TestCommentEscKeepsTheText(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, m := open(t, st, 48, 30)
	d.Keys("c")
	d.Send(uitest.Type("so crispy")...)
	d.Keys("esc")
	if m.CapturesInput() || len(uitest.State(t, st, "newuser").Comments) != 0 {
		t.Fatal("esc should leave the input without posting")
	}
	d.Keys("c")
	uitest.MustContain(t, d, "so crispy")
	d.Keys("enter")
	if cs := uitest.State(t, st, "newuser").Comments; len(cs) != 1 || cs[0].Text != "so crispy" {
		t.Fatalf("comments after c, enter: %+v", cs)
	}
	// An empty comment is not posted.
	d.Keys("c", "enter")
	if len(uitest.State(t, st, "newuser").Comments) != 1 {
		t.Fatal("empty comment posted")
	}
}

func TestServiceLinkOpensMiniProgram(t *testing.T) {
	t.Parallel()
	d, _ := open(t, uitest.OpenStore(t), 48, 30)
	d.Keys("down", "enter")
	want := nav.OpenMiniProgramMsg{ID: "kfc-ordering", ServiceID: "crayfish-burger", Source: model.SourcePostComponent}
	if got := d.Last(); got != want {
		t.Fatalf("enter on the service link emitted %#v, want %#v", got, want)
	}
}

func TestCouponClaimOnceThenUse(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, m := open(t, st, 48, 30)
	d.Keys("down", "down", "enter")
	a, ok := d.Last().(screen.ActionMsg)
	if !ok || a.Err != nil || a.Status != "Coupon claimed: ¥10 off the New Year's Crayfish Series" {
		t.Fatalf("claim = %#v", d.Last())
	}
	if s := uitest.State(t, st, "newuser"); len(s.Coupons) != 1 || s.Coupons[0].CouponID != "kfc-crayfish-10off" {
		t.Fatalf("coupons = %+v", s.Coupons)
	}
	uitest.MustContain(t, d, "Use ›")
	if h := m.ShortHelp()[0].Help(); h.Desc != "use" {
		t.Fatalf("enter on a claimed coupon is labelled %q, want use", h.Desc)
	}
	d.Keys("enter")
	want := nav.OpenMiniProgramMsg{ID: "kfc-ordering", Source: model.SourcePostComponent}
	if got := d.Last(); got != want {
		t.Fatalf("enter on a claimed coupon emitted %#v, want %#v", got, want)
	}
	if len(uitest.State(t, st, "newuser").Coupons) != 1 {
		t.Fatal("using the coupon changed the card pack")
	}
}

func TestGroupOpensGroupPage(t *testing.T) {
	t.Parallel()
	d, _ := open(t, uitest.OpenStore(t), 48, 30)
	if strings.Contains(uitest.Plain(d), "Crayfish season reviews") {
		t.Fatal("topic shown before the group is selected")
	}
	d.Keys("down", "down", "down")
	uitest.MustContain(t, d, "Topic: Crayfish season reviews, tips and")
	d.Keys("enter")
	open, ok := d.Last().(nav.OpenGroupMsg)
	if !ok || open.Source != model.SourcePostComponent || open.ID == "" {
		t.Fatalf("enter on the group = %#v, want the group opened from the post", d.Last())
	}
}

func TestHeaderOpensAndFollowsAccount(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, _ := open(t, st, 48, 30)
	d.Keys("enter")
	if got := d.Last(); got != (nav.OpenAccountMsg{ID: "kfc", Source: model.SourcePost}) {
		t.Fatalf("enter on the header emitted %#v", got)
	}
	d.Keys("f")
	uitest.MustContain(t, d, "✓ Following")
	if s := uitest.State(t, st, "newuser"); len(s.Follows) != 1 || s.Follows[0].AccountID != "kfc" {
		t.Fatalf("follows = %+v", s.Follows)
	}
}

func TestFitsNarrowPhone(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	for _, w := range []int{38, 48} {
		d, _ := open(t, st, w, 20)
		for _, keys := range [][]string{nil, {"down", "down", "down"}, {"c"}, {"esc", "r"}, {"esc", "j", "j", "j", "j"}} {
			d.Keys(keys...)
			uitest.ExactSize(t, fmt.Sprint("post after ", keys), d.View(), w, 20)
		}
	}
}

func TestGoldenCrayfishPost(t *testing.T) {
	t.Parallel()
	d, _ := open(t, uitest.OpenStore(t), 48, 30)
	golden.RequireEqual(t, []byte(uitest.Plain(d)))
}

func TestUnknownPost(t *testing.T) {
	t.Parallel()
	m := New(uitest.Env(uitest.OpenStore(t), "newuser"), nav.OpenPostMsg{ID: "no-such-post", Source: model.SourceFeed})
	d := uitest.NewScreen(t, m, 48, 20)
	uitest.MustContain(t, d, "not found")
	n := len(d.Emitted) // recording the open fails too, as a notice
	d.Keys("l", "enter")
	if len(d.Emitted) != n {
		t.Fatalf("keys on a missing post emitted %#v", d.Emitted)
	}
}

func TestHelpFollowsState(t *testing.T) {
	t.Parallel()
	d, m := open(t, uitest.OpenStore(t), 48, 30)
	help := func() string {
		var out []string
		for _, b := range m.ShortHelp() {
			out = append(out, b.Help().Key+" "+b.Help().Desc)
		}
		return strings.Join(out, ", ")
	}
	if h := help(); !strings.Contains(h, "enter account") || !strings.Contains(h, "l like") {
		t.Fatalf("header help = %s", h)
	}
	d.Keys("down")
	if h := help(); !strings.Contains(h, "enter open") {
		t.Fatalf("service link help = %s", h)
	}
	d.Keys("c")
	if h := help(); h != "enter post, esc close (text kept)" {
		t.Fatalf("input help = %s", h)
	}
}
