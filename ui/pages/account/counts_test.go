package account

import (
	"strings"
	"testing"

	"lifesim/model"
	"lifesim/ui/actions"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

// TestLikeElsewhereRefreshesCounts: a post liked on another screen (the
// post page) shows the like and its new count here once the fresh state
// is broadcast.
func TestLikeElsewhereRefreshesCounts(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, m := open(t, st, "kfc", 48, 60)
	if m.posts.Len() == 0 {
		t.Fatal("no posts loaded")
	}
	p := m.posts.Post(0)
	msg := actions.ToggleLike(uitest.Env(st, "newuser"), p)()
	a, ok := msg.(screen.ActionMsg)
	if !ok || a.Err != nil || a.State == nil {
		t.Fatalf("like = %#v", msg)
	}
	d.Send(screen.StateMsg{State: *a.State})
	if got := m.posts.Post(0).Counts.Likes; got != p.Counts.Likes+1 {
		t.Fatalf("card likes = %d, want %d", got, p.Counts.Likes+1)
	}
	if want := "♥ " + model.CompactCount(p.Counts.Likes+1); !strings.Contains(uitest.Plain(d), want) {
		t.Fatalf("page lacks %q:\n%s", want, uitest.Plain(d))
	}
}
