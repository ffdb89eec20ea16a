package compose

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

var ctrlS = tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl}

func open(t *testing.T, st store.Store, preset model.GroupID, w, h int) (*uitest.Screen, *Editor) {
	t.Helper()
	m := New(uitest.Env(st, "newuser"), nav.OpenComposeMsg{Group: preset})
	return uitest.NewScreen(t, m, w, h), m
}

func TestPublishWithTopicAndGroup(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	a := uitest.Env(st, "newuser").Actor()
	if _, _, err := st.ToggleGroup(a, "shanghai-foodies"); err != nil {
		t.Fatal(err)
	}
	d, m := open(t, st, "", 48, 24)
	if !m.CapturesInput() {
		t.Fatal("the form must capture keys")
	}
	d.Send(uitest.Type("Best dumplings in Jing'an")...)
	d.Keys("enter") // title → text
	d.Send(uitest.Type("Wuding Road, 12 yuan.")...)
	d.Keys("enter")
	d.Send(uitest.Type("Queue before noon.")...)
	d.Keys("tab")
	d.Send(uitest.Type("#dumplings")...)
	d.Keys("tab", "right") // group: Shanghai Foodies
	uitest.MustContain(t, d, "25/60", "Shanghai Foodies")
	d.Keys("tab", "enter") // the Publish button
	if len(d.Emitted) < 2 {
		t.Fatalf("emitted %#v", d.Emitted)
	}
	if _, ok := d.Emitted[len(d.Emitted)-2].(nav.BackMsg); !ok {
		t.Fatalf("publishing should leave the page: %#v", d.Emitted)
	}
	act, ok := d.Last().(screen.ActionMsg)
	if !ok || act.Err != nil || !strings.HasPrefix(act.Status, "Published “Best dumplings in Jing'an”") || act.State == nil {
		t.Fatalf("action = %#v", d.Last())
	}
	s := uitest.State(t, st, "newuser")
	if len(s.OwnPosts) != 1 {
		t.Fatalf("own posts = %+v", s.OwnPosts)
	}
	p := s.OwnPosts[0]
	if p.Title != "Best dumplings in Jing'an" || p.Body != "Wuding Road, 12 yuan.\nQueue before noon." ||
		len(p.Tags) != 1 || p.Tags[0] != "dumplings" || len(p.Components) != 1 || p.Components[0].GroupID != "shanghai-foodies" {
		t.Fatalf("published %+v", p)
	}
	page, err := st.GroupPosts("shanghai-foodies", "", 5)
	if err != nil || len(page.Items) == 0 || page.Items[0].ID != p.ID {
		t.Fatalf("group page does not lead with the post: %v", err)
	}
}

func TestValidationErrorsStayOnPage(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, m := open(t, st, "", 48, 24)
	d.Send(ctrlS)
	uitest.MustContain(t, d, "✗ a post needs a title")
	d.Send(uitest.Type("Title")...)
	if strings.Contains(uitest.Plain(d), "✗") {
		t.Fatal("typing should clear the error")
	}
	d.Send(ctrlS)
	uitest.MustContain(t, d, "✗ a post needs some text")
	for _, e := range d.Emitted {
		if _, ok := e.(nav.BackMsg); ok {
			t.Fatal("an invalid draft left the page")
		}
	}
	if !errors.Is(m.err, model.ErrDraftNoBody) || len(uitest.State(t, st, "newuser").OwnPosts) != 0 {
		t.Fatalf("err %v; nothing may be published", m.err)
	}
}

func TestLettersTypeInsteadOfShortcuts(t *testing.T) {
	t.Parallel()
	d, m := open(t, uitest.OpenStore(t), "", 48, 24)
	d.Send(uitest.Type("q1l2sf")...)
	if m.title.Value() != "q1l2sf" || len(d.Emitted) != 0 {
		t.Fatalf("title %q, emitted %#v", m.title.Value(), d.Emitted)
	}
}

func TestPresetGroup(t *testing.T) {
	t.Parallel()
	// Opened from a group page the persona has not joined: the group is
	// still the preselected choice.
	d, m := open(t, uitest.OpenStore(t), "wild-food-camp", 48, 24)
	uitest.MustContain(t, d, "Wild Food Camp")
	if m.draft().GroupID != "wild-food-camp" {
		t.Fatalf("draft group %q", m.draft().GroupID)
	}
	d.Keys("tab", "tab", "tab", "left") // back to none
	if m.draft().GroupID != "" {
		t.Fatalf("draft group %q after ←", m.draft().GroupID)
	}
}

func TestHelpFollowsField(t *testing.T) {
	t.Parallel()
	d, m := open(t, uitest.OpenStore(t), "", 48, 24)
	help := func() string {
		var out []string
		for _, b := range m.ShortHelp() {
			out = append(out, b.Help().Key+" "+b.Help().Desc)
		}
		return strings.Join(out, ", ")
	}
	if h := help(); h != "tab next field, ctrl+s publish, esc close" {
		t.Fatalf("empty title help = %s", h)
	}
	d.Send(uitest.Type("x")...)
	if h := help(); h != "tab next field, ctrl+s publish, esc keep or discard draft" {
		t.Fatalf("title help = %s", h)
	}
	d.Keys("tab")
	if h := help(); !strings.Contains(h, "enter new line") {
		t.Fatalf("body help = %s", h)
	}
}

func TestFitsNarrowPhone(t *testing.T) {
	t.Parallel()
	for _, w := range []int{38, 48} {
		for _, h := range []int{12, 20, 30} {
			d, _ := open(t, uitest.OpenStore(t), "", w, h)
			for _, keys := range [][]string{nil, {"tab"}, {"tab", "tab", "tab"}} {
				d.Keys(keys...)
				d.Send(uitest.Type(strings.Repeat("long words and 中文 ", 8))...)
				d.Send(ctrlS)
				uitest.ExactSize(t, fmt.Sprint("editor after ", keys), d.View(), w, h)
			}
		}
	}
}

func TestGoldenCompose(t *testing.T) {
	t.Parallel()
	d, _ := open(t, uitest.OpenStore(t), "", 48, 22)
	d.Send(uitest.Type("Best dumplings in Jing'an")...)
	d.Keys("tab")
	d.Send(uitest.Type("Wuding Road, 12 yuan.")...)
	golden.RequireEqual(t, []byte(uitest.Plain(d)))
}
