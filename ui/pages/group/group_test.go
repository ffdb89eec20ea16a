package group

import (
	"fmt"
	"strings"
	"testing"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

const crayfishFans model.GroupID = "kfc-crayfish-fans"

func open(t *testing.T, st store.Store, id model.GroupID, w, h int) (*uitest.Screen, *Page) {
	t.Helper()
	m := New(uitest.Env(st, "newuser"), nav.OpenGroupMsg{ID: id, Source: model.SourcePostComponent})
	return uitest.NewScreen(t, m, w, h), m
}

func TestShowsGroupAndItsPosts(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, m := open(t, st, crayfishFans, 48, 40)
	uitest.MustContain(t, d, "Topic group", "KFC Crayfish Fans", "12,840 members", "Topic: Crayfish season reviews",
		"[ + Join group ]", "Posts", "New Year's Crayfish Series")
	if m.posts.Len() < 2 {
		t.Fatalf("group has %d posts, want the KFC post and the review", m.posts.Len())
	}
	for i := 1; i < m.posts.Len(); i++ {
		if m.posts.Post(i).PublishedAt.After(m.posts.Post(i - 1).PublishedAt) {
			t.Fatal("posts not newest first")
		}
	}
	uitest.LastEvent(t, st, uitest.Match{Kind: model.EventOpenGroup, Target: string(crayfishFans), Source: model.SourcePostComponent})
}

func TestJoinLeavePersists(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, _ := open(t, st, crayfishFans, 48, 30)
	d.Keys("enter")
	a, ok := d.Last().(screen.ActionMsg)
	if !ok || a.Err != nil || a.Status != "Joined KFC Crayfish Fans · 12.8K members" {
		t.Fatalf("join = %#v", d.Last())
	}
	uitest.MustContain(t, d, "[ ✓ Joined ]", "12,841 members · you're a member")
	s, _ := st.State("newuser")
	if len(s.Groups) != 1 || s.Groups[0].GroupID != crayfishFans {
		t.Fatalf("groups = %+v", s.Groups)
	}
	// f leaves from anywhere on the page, here from a post
	d.Keys("down", "f")
	uitest.MustContain(t, d, "[ + Join group ]", "12,840 members")
	if s, _ := st.State("newuser"); len(s.Groups) != 0 {
		t.Fatalf("leave not saved: %+v", s.Groups)
	}
}

func TestOpensPost(t *testing.T) {
	t.Parallel()
	d, m := open(t, uitest.OpenStore(t), crayfishFans, 48, 30)
	d.Keys("down", "enter")
	want := nav.OpenPostMsg{ID: m.posts.Post(0).ID, Source: model.SourceGroup}
	if got := d.Last(); got != want {
		t.Fatalf("enter on a post emitted %#v, want %#v", got, want)
	}
}

func TestHelpFollowsSelection(t *testing.T) {
	t.Parallel()
	d, m := open(t, uitest.OpenStore(t), crayfishFans, 48, 30)
	help := func() string {
		var out []string
		for _, b := range m.ShortHelp() {
			out = append(out, b.Help().Key+" "+b.Help().Desc)
		}
		return strings.Join(out, ", ")
	}
	if h := help(); !strings.Contains(h, "enter join") {
		t.Fatalf("button help = %s", h)
	}
	d.Keys("down")
	if h := help(); !strings.Contains(h, "enter open") || !strings.Contains(h, "f join") ||
		!strings.Contains(h, "l like") || !strings.Contains(h, "s collect") {
		t.Fatalf("post help = %s", h)
	}
}

func TestUnknownGroup(t *testing.T) {
	t.Parallel()
	d, _ := open(t, uitest.OpenStore(t), "no-such-group", 48, 20)
	uitest.MustContain(t, d, "not found")
	n := len(d.Emitted)
	d.Keys("enter", "f")
	if len(d.Emitted) != n {
		t.Fatalf("keys on a missing group emitted %#v", d.Emitted[n:])
	}
}

func TestFitsNarrowPhone(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	for _, w := range []int{38, 48} {
		d, _ := open(t, st, "shanghai-foodies", w, 20)
		for _, keys := range [][]string{nil, {"down"}, {"j", "j", "j", "j"}, {"k", "k", "k", "k", "enter"}} {
			d.Keys(keys...)
			uitest.ExactSize(t, fmt.Sprint("group after ", keys), d.View(), w, 20)
		}
	}
}

func TestNewPostInGroup(t *testing.T) {
	t.Parallel()
	d, _ := open(t, uitest.OpenStore(t), crayfishFans, 48, 30)
	d.Keys("n")
	if got := d.Last(); got != (nav.OpenComposeMsg{Group: crayfishFans}) {
		t.Fatalf("n emitted %#v, want the editor with the group preset", got)
	}
}

// A post published from the group's n is listed in the group as soon as
// the editor closes with the fresh state, as the editor's ActionMsg
// brings it.
func TestPublishedPostListedAtOnce(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, m := open(t, st, crayfishFans, 48, 30)
	d.Keys("down") // reading the posts when n is pressed
	before := m.posts.Len()
	post, err := st.PublishPost(uitest.Env(st, "newuser").Actor(),
		model.Draft{Title: "My crayfish verdict", Body: "Spicy and worth it.", GroupID: crayfishFans})
	if err != nil {
		t.Fatal(err)
	}
	s := uitest.State(t, st, "newuser")
	d.Send(screen.ActionMsg{Status: "Published “My crayfish verdict”", State: &s})
	uitest.MustContain(t, d, "My crayfish verdict")
	if m.posts.Len() != before+1 || m.posts.Post(0).ID != post.ID {
		t.Fatalf("group lists %d posts, first %s; want %d with the new post %s first",
			m.posts.Len(), m.posts.Post(0).ID, before+1, post.ID)
	}
}
