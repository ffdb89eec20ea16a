package life

import (
	"strings"
	"testing"

	"lifesim/model"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

func TestNewPostAndMyPage(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, m := open(t, st, "newuser", 48, 30)
	if !strings.Contains(uitest.Plain(d), "✎ New post") {
		t.Fatalf("no new-post affordance:\n%s", uitest.Plain(d))
	}
	d.Keys("n")
	if got := d.Last(); got != (nav.OpenComposeMsg{}) {
		t.Fatalf("n emitted %#v, want the compose page", d.Last())
	}
	d.Keys("m")
	if sm, ok := d.Last().(screen.StatusMsg); !ok || !strings.Contains(sm.Text, "press n") {
		t.Fatalf("m before publishing emitted %#v", d.Last())
	}

	// Publishing (as the compose page does) reaches the tab as a state
	// change: both feeds reload and lead with the new post.
	env := uitest.Env(st, "newuser")
	p, err := st.PublishPost(env.Actor(), model.Draft{Title: "My first Life post", Body: "Hello from Jing'an."})
	if err != nil {
		t.Fatal(err)
	}
	s, _ := st.State("newuser")
	d.Send(screen.StateMsg{State: s})
	if got := m.feeds[recommended].list.Posts(); len(got) == 0 || got[0].ID != p.ID {
		t.Fatalf("Recommended does not lead with the own post: %v", got)
	}
	if !strings.Contains(uitest.Plain(d), "My first Life post") || !strings.Contains(uitest.Plain(d), "Lin Xiao") {
		t.Fatalf("own post not on screen:\n%s", uitest.Plain(d))
	}
	d.Keys("right")
	if got := m.feeds[following].list.Posts(); len(got) != 1 || got[0].ID != p.ID {
		t.Fatalf("Following = %v, want just the own post", got)
	}
	d.Keys("m")
	want := nav.OpenAccountMsg{ID: model.PersonaAccountID("newuser"), Source: model.SourceFeed}
	if got := d.Last(); got != want {
		t.Fatalf("m emitted %#v, want %#v", got, want)
	}
}
