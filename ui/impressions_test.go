package ui_test

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui"
	"lifesim/ui/uitest"
)

// The Life tab loads behind Home at start but records no impression until
// its cards are on screen; once shown, each merchant's account whose post
// was drawn is impressed once in the session, however often the persona
// comes back to the feed.
func TestFeedImpressionsOnlyOnceShown(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d := uitest.NewApp(t, ui.New(testOptions(st, "newuser", "Xiao Li")))
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	d.Init()
	d.View()
	feed := func() []model.Event {
		return uitest.FindEvents(t, st, uitest.Match{Kind: model.EventImpression, Source: model.SourceFeed})
	}
	d.Keys("down", "down")
	if got := feed(); len(got) != 0 {
		t.Fatalf("the Life tab behind Home recorded %+v", got)
	}
	d.Keys("3")
	d.View()
	d.Keys("1") // leaving records what was drawn
	first := feed()
	if len(first) == 0 {
		t.Fatal("the Life feed on screen recorded no impression")
	}
	for range 2 {
		d.Keys("3")
		d.View()
		d.Keys("1")
	}
	if again := feed(); len(again) != len(first) {
		t.Fatalf("coming back to the same cards recorded %d more impressions", len(again)-len(first))
	}
}
