package messages_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/tabs/messages"
	"lifesim/ui/uitest"
)

func TestLifeAccountsOpensTheLifeFeed(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	env := uitest.Env(db, "newuser")
	env.Variants = model.Assignment{model.ExpLifeEntry: "messages", model.ExpFeedRanking: "recommended"}
	d := uitest.NewScreen(t, messages.New(env), 46, 20)
	v := ansi.Strip(d.View())
	if !strings.Contains(v, "› 🏪 Life accounts") || !strings.Contains(v, "Service messages") {
		t.Fatalf("view:\n%s", v)
	}
	d.Keys("enter")
	if _, ok := d.Last().(nav.OpenLifeFeedMsg); !ok {
		t.Fatalf("enter emitted %#v; want the Life feed pushed", d.Last())
	}
	evs := uitest.Events(t, db)
	if len(evs) != 2 || evs[0].Kind != model.EventOpenLife || evs[0].Source != model.SourceMessages ||
		evs[1].Kind != model.EventExposure || evs[1].Target != model.ExpFeedRanking {
		t.Fatalf("events %+v", evs)
	}
	// the other rows only say there is nothing new
	d.Keys("down", "enter")
	if st, ok := d.Last().(screen.StatusMsg); !ok || !strings.Contains(st.Text, "nothing new") {
		t.Fatalf("service messages: %#v", d.Last())
	}
}
