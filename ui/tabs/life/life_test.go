package life

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/components/postlist"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

const emptyFollowing = "Follow life accounts to see their posts here"

func open(t *testing.T, st store.Store, p model.PersonaID, w, h int) (*uitest.Screen, *Feed) {
	t.Helper()
	m := New(uitest.Env(st, p))
	return uitest.NewScreen(t, m, w, h), m
}

func lastAction(t *testing.T, d *uitest.Screen) screen.ActionMsg {
	t.Helper()
	a, ok := d.Last().(screen.ActionMsg)
	if !ok {
		t.Fatalf("last emitted = %#v, want an ActionMsg", d.Last())
	}
	return a
}

func TestFollowingEmptyForNewUser(t *testing.T) {
	t.Parallel()
	d, m := open(t, uitest.OpenStore(t), "newuser", 48, 30)
	if v := uitest.Plain(d); !strings.Contains(v, "Recommended") || strings.Contains(v, emptyFollowing) {
		t.Fatalf("Life should open on Recommended:\n%s", v)
	}
	d.Keys("right")
	v := uitest.Plain(d)
	if !strings.Contains(v, emptyFollowing) || !strings.Contains(v, "f to follow") {
		t.Fatalf("Following for a new user should show the empty state:\n%s", v)
	}
	if len(m.feeds[following].list.Posts()) != 0 {
		t.Fatalf("new user has %d following posts", len(m.feeds[following].list.Posts()))
	}
	d.Keys("left")
	if strings.Contains(uitest.Plain(d), emptyFollowing) {
		t.Fatal("← did not go back to Recommended")
	}
}

func TestFollowingNewestFirstForReturning(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, m := open(t, st, "returning", 48, 30)
	d.Keys("right")
	follows := map[model.AccountID]bool{}
	for _, f := range uitest.State(t, st, "returning").Follows {
		follows[f.AccountID] = true
	}
	f := m.feeds[following].list
	if f.Len() < 2 {
		t.Fatalf("returning user's Following has %d posts", f.Len())
	}
	// The first two cards are on screen, in that order.
	v := uitest.Plain(d)
	i, j := strings.Index(v, f.Post(0).Title), strings.Index(v, f.Post(1).Title)
	if i < 0 || j < 0 || i > j {
		t.Fatalf("want %q above %q:\n%s", f.Post(0).Title, f.Post(1).Title, v)
	}
	// Scroll to the end: pages load as the selection nears it, and every
	// post is from a followed account, newest first.
	for range 40 {
		d.Keys("j")
	}
	if !f.AllLoaded() {
		t.Fatal("scrolling to the end did not load every page")
	}
	for k, p := range f.Posts() {
		if !follows[p.AccountID] {
			t.Errorf("post %s is from %s, not followed", p.ID, p.AccountID)
		}
		if k > 0 && p.PublishedAt.After(f.Post(k-1).PublishedAt) {
			t.Errorf("post %s is newer than the one above it", p.ID)
		}
	}
	if !slices.ContainsFunc(f.Posts(), func(p model.Post) bool { return p.ID == "post-kfc-crayfish" }) {
		t.Error("KFC's crayfish post (KFC is followed) never appeared")
	}
	if !strings.Contains(uitest.Plain(d), "You're all caught up") {
		t.Errorf("end of the feed not shown:\n%s", uitest.Plain(d))
	}
}

// suggestionIndex selects the first suggested account and returns it.
func selectSuggestion(t *testing.T, d *uitest.Screen, m *Feed) model.LifeAccount {
	t.Helper()
	for range 10 {
		if it, ok := m.selected(); ok && it.kind == itemSuggestion {
			return m.suggested[it.index]
		}
		d.Keys("down")
	}
	t.Fatal("no suggested account reachable")
	return model.LifeAccount{}
}

func TestFollowFromSuggestionsPersists(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, m := open(t, st, "newuser", 48, 30)
	if !strings.Contains(uitest.Plain(d), "Accounts you may be interested in") {
		t.Fatalf("no suggestions row:\n%s", uitest.Plain(d))
	}
	a := selectSuggestion(t, d, m)
	d.Keys("f")
	if got := lastAction(t, d); got.Err != nil || got.Status != "Following "+a.Name {
		t.Fatalf("follow action = %+v", got)
	}
	s := uitest.State(t, st, "newuser")
	if len(s.Follows) != 1 || s.Follows[0].AccountID != a.ID {
		t.Fatalf("follows = %+v, want %s", s.Follows, a.ID)
	}
	if !strings.Contains(uitest.Plain(d), "✓ Following") {
		t.Fatalf("row does not show the follow:\n%s", uitest.Plain(d))
	}
	// Following reloads with the new account's posts.
	d.Keys("right")
	v := uitest.Plain(d)
	if strings.Contains(v, emptyFollowing) || !strings.Contains(v, a.Name) {
		t.Fatalf("Following should now show %s's posts:\n%s", a.Name, v)
	}
	// The same key unfollows.
	d.Keys("left", "f")
	if s := uitest.State(t, st, "newuser"); len(s.Follows) != 0 {
		t.Fatalf("unfollow did not persist: %+v", s.Follows)
	}
}

func TestEnterOpensFromFeed(t *testing.T) {
	t.Parallel()
	d, m := open(t, uitest.OpenStore(t), "newuser", 48, 30)
	d.Keys("enter")
	first := m.feeds[recommended].list.Posts()[0].ID
	if got := d.Last(); got != (nav.OpenPostMsg{ID: first, Source: model.SourceFeed}) {
		t.Fatalf("enter on a card emitted %#v", got)
	}
	a := selectSuggestion(t, d, m)
	d.Keys("enter")
	if got := d.Last(); got != (nav.OpenAccountMsg{ID: a.ID, Source: model.SourceFeed}) {
		t.Fatalf("enter on a suggestion emitted %#v", got)
	}
}

func TestCardActionsPersist(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, m := open(t, st, "newuser", 48, 30)
	p := m.feeds[recommended].list.Posts()[0]
	before := p.Counts
	d.Keys("l", "s")
	s := uitest.State(t, st, "newuser")
	if !slices.Contains(s.Likes, p.ID) || !slices.Contains(s.CollectedPosts, p.ID) {
		t.Fatalf("like/collect not saved: %+v %+v", s.Likes, s.CollectedPosts)
	}
	head := strings.SplitN(uitest.Plain(d), "╰", 2)[0] // the first card
	if !strings.Contains(head, "♥") || !strings.Contains(head, "★") {
		t.Fatalf("card does not show the persona's like and collect:\n%s", head)
	}
	// The card re-read the post: its counts include the new like and collect.
	got := m.feeds[recommended].list.Posts()[0].Counts
	if got.Likes != before.Likes+1 || got.Collects != before.Collects+1 {
		t.Fatalf("card counts %+v, want +1 like and collect over %+v", got, before)
	}
	// Forward through the picker; esc would have cancelled.
	d.Keys("r")
	if !m.CapturesInput() || !strings.Contains(uitest.Plain(d), "Forward to") {
		t.Fatalf("picker not open:\n%s", uitest.Plain(d))
	}
	d.Keys("down", "enter")
	s = uitest.State(t, st, "newuser")
	if len(s.Forwards) != 1 || s.Forwards[0].To != "Work group" || s.Forwards[0].PostID != p.ID {
		t.Fatalf("forwards = %+v", s.Forwards)
	}
	d.Keys("r", "esc")
	if m.CapturesInput() || len(uitest.State(t, st, "newuser").Forwards) != 1 {
		t.Fatal("esc should close the picker without forwarding")
	}
}

func TestFitsNarrowPhone(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	for _, w := range []int{38, 48} {
		for _, p := range []model.PersonaID{"newuser", "returning"} {
			d, _ := open(t, st, p, w, 24)
			for _, keys := range [][]string{nil, {"down", "down"}, {"r"}, {"esc", "right"}} {
				d.Keys(keys...)
				uitest.ExactSize(t, fmt.Sprintf("%s after %v", p, keys), d.View(), w, 24)
			}
		}
	}
}

func TestIgnoresOtherOwners(t *testing.T) {
	t.Parallel()
	d, m := open(t, uitest.OpenStore(t), "newuser", 48, 30)
	n := len(m.feeds[recommended].list.Posts())
	d.Send(postlist.PageMsg{Owner: screen.NewOwner(), Posts: []model.Post{{ID: "x"}}})
	if len(m.feeds[recommended].list.Posts()) != n {
		t.Fatal("a page for another screen was taken")
	}
	var _ tea.Msg = d.Last()
}

func TestGoldenRecommended(t *testing.T) {
	t.Parallel()
	d, _ := open(t, uitest.OpenStore(t), "newuser", 48, 30)
	golden.RequireEqual(t, []byte(uitest.Plain(d)))
}
