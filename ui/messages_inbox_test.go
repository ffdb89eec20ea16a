package ui_test

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/ui"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

// A message New Hope Dairy's operator sent its followers (the console's
// SendMessage) is in a follower's Messages tab, under the account's
// name; enter opens the account's page. A second one sent while the app
// runs shows, on top, after the next action (every StateMsg re-reads the
// inbox).
func TestMessagesTabShowsMerchantsMessages(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	a := model.Actor{Persona: "newuser", Session: "earlier", At: uitest.Now.Add(-3 * time.Hour)}
	if _, err := st.ToggleFollow(a, "new-hope-dairy", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	op := model.Actor{Persona: model.MerchantPersona("new-hope-dairy"), Session: "console", At: uitest.Now.Add(-2 * time.Hour)}
	if _, err := st.SendMessage(op, "new-hope-dairy", "Members: fresh milk ¥5 off this week."); err != nil {
		t.Fatal(err)
	}
	app := ui.New(testOptions(st, "newuser", "Xiao Li"))
	d := uitest.NewApp(t, app)
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	d.Init()
	view := func() string { return ansi.Strip(d.View()) }
	d.Keys("4")
	v := view()
	for _, want := range []string{"From accounts you follow", "New Hope Dairy", "2h", "Members: fresh milk ¥5 off this week."} {
		if !strings.Contains(v, want) {
			t.Fatalf("Messages lacks %q:\n%s", want, v)
		}
	}
	op.At = uitest.Now
	if _, err := st.SendMessage(op, "new-hope-dairy", "Open day on Saturday."); err != nil {
		t.Fatal(err)
	}
	d.Send(screen.StateMsg{State: uitest.State(t, st, "newuser")}) // what every action ends with
	if v := view(); !strings.Contains(v, "Open day on Saturday.") || strings.Index(v, "Open day") > strings.Index(v, "Members: fresh milk") {
		t.Fatalf("the new message is not on top after a state change:\n%s", v)
	}
	d.Keys("enter")
	if app.Depth() != 1 || !strings.Contains(view(), "New Hope Dairy") {
		t.Fatalf("enter on the message did not open New Hope Dairy's page:\n%s", view())
	}
	opens := uitest.FindEvents(t, st, uitest.Match{Kind: model.EventOpenAccount, Target: "new-hope-dairy"})
	if len(opens) != 1 || opens[0].Source != model.SourceMessages {
		t.Fatalf("opens = %+v; want one from messages", opens)
	}
}

// A message sent while the persona is on another tab (the console, or
// another session of the room) is there when they come back to Messages,
// with no action in between: switching to a tab started earlier reads its
// inbox again.
func TestMessagesTabReadsAgainWhenShownAgain(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	a := model.Actor{Persona: "newuser", Session: "earlier", At: uitest.Now.Add(-3 * time.Hour)}
	if _, err := st.ToggleFollow(a, "new-hope-dairy", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	app := ui.New(testOptions(st, "newuser", "Xiao Li"))
	d := uitest.NewApp(t, app)
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	d.Init()
	d.Keys("4", "1")
	op := model.Actor{Persona: model.MerchantPersona("new-hope-dairy"), Session: "console", At: uitest.Now}
	if _, err := st.SendMessage(op, "new-hope-dairy", "Open day on Saturday."); err != nil {
		t.Fatal(err)
	}
	d.Keys("4")
	if v := ansi.Strip(d.View()); !strings.Contains(v, "Open day on Saturday.") {
		t.Fatalf("the message sent while away is not on Messages:\n%s", v)
	}
}
