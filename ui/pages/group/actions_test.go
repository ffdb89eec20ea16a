package group

import (
	"slices"
	"strings"
	"testing"

	"lifesim/model"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

// selectedCard is the plain text of the card under the cursor.
func selectedCard(t *testing.T, d *uitest.Screen) string {
	t.Helper()
	for _, c := range strings.Split(uitest.Plain(d), "╭") {
		if strings.Contains(c, "│ › ") {
			return strings.SplitN(c, "╰", 2)[0]
		}
	}
	t.Fatalf("no selected card:\n%s", uitest.Plain(d))
	return ""
}

// selectPost moves the selection down to post id and returns its index.
func selectPost(t *testing.T, d *uitest.Screen, m *Page, id model.PostID) int {
	t.Helper()
	i := slices.IndexFunc(m.posts.Posts(), func(p model.Post) bool { return p.ID == id })
	if i < 0 {
		t.Fatalf("%s is not on the group page", id)
	}
	for range i + 1 {
		d.Keys("down")
	}
	return i
}

// TestLikeAndCollectFromGroup likes and collects a post on the group page,
// as the feed does: the card marks them with the new counts, the store
// has them, and the same keys take them back.
func TestLikeAndCollectFromGroup(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, m := open(t, st, "new-parents-milk", 48, 40)
	const id model.PostID = "post-nh-new-member" // 980 likes, 176 collects: the counts show in full
	i := selectPost(t, d, m, id)
	before := m.posts.Post(i).Counts
	if c := selectedCard(t, d); !strings.Contains(c, "♡ 980") || !strings.Contains(c, "☆ 176") {
		t.Fatalf("selected card before:\n%s", c)
	}

	d.Keys("l")
	if a, ok := d.Last().(screen.ActionMsg); !ok || a.Err != nil || !strings.HasPrefix(a.Status, "Liked") {
		t.Fatalf("l emitted %#v", d.Last())
	}
	if c := selectedCard(t, d); !strings.Contains(c, "♥ 981") {
		t.Fatalf("card does not show the like and its count:\n%s", c)
	}
	if s := uitest.State(t, st, "newuser"); !slices.Contains(s.Likes, id) {
		t.Fatalf("like not saved: %v", s.Likes)
	}
	if p, err := st.Post(id); err != nil || p.Counts.Likes != before.Likes+1 {
		t.Fatalf("stored likes = %d (%v), want %d", p.Counts.Likes, err, before.Likes+1)
	}

	d.Keys("s")
	if c := selectedCard(t, d); !strings.Contains(c, "♥ 981") || !strings.Contains(c, "★ 177") {
		t.Fatalf("card does not show the collect and its count:\n%s", c)
	}
	if s := uitest.State(t, st, "newuser"); !slices.Contains(s.CollectedPosts, id) {
		t.Fatalf("collect not saved: %v", s.CollectedPosts)
	}

	d.Keys("l")
	if c := selectedCard(t, d); !strings.Contains(c, "♡ 980") {
		t.Fatalf("unlike not shown:\n%s", c)
	}
	if s := uitest.State(t, st, "newuser"); slices.Contains(s.Likes, id) {
		t.Fatal("unlike not saved")
	}
}

// TestLikeNeedsAPost: on the join button l and s do nothing.
func TestLikeNeedsAPost(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, _ := open(t, st, "new-parents-milk", 48, 30)
	n := len(d.Emitted)
	d.Keys("l", "s")
	if len(d.Emitted) != n {
		t.Fatalf("l and s on the button emitted %#v", d.Emitted[n:])
	}
	if s := uitest.State(t, st, "newuser"); len(s.Likes)+len(s.CollectedPosts) != 0 {
		t.Fatalf("state changed: %+v %+v", s.Likes, s.CollectedPosts)
	}
}
