package life

import (
	"fmt"
	"strings"
	"testing"

	"lifesim/model"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// sizes are the phones every mouse test runs on: the phone in a 100×30
// terminal, and a small one.
var sizes = uitest.PhoneSizes

func forSizes(t *testing.T, test func(t *testing.T, w, h int)) {
	t.Helper()
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.W, sz.H), func(t *testing.T) {
			t.Parallel()
			test(t, sz.W, sz.H)
		})
	}
}

func TestATapOnAFeedSwitchShowsThatFeed(t *testing.T) {
	t.Parallel()
	forSizes(t, func(t *testing.T, w, h int) {
		d, m := open(t, uitest.OpenStore(t), "returning", w, h)
		d.Click("Following")
		if m.sub != following {
			t.Fatalf("a tap on Following left the feed on %s", m.sub.Name())
		}
		if top := m.feeds[following].list.Post(0).Title; !strings.Contains(uitest.Plain(d), top) {
			t.Errorf("Following's first post %q is not drawn:\n%s", top, uitest.Plain(d))
		}
		d.Click("Recommended")
		if m.sub != recommended {
			t.Errorf("a tap on Recommended left the feed on %s", m.sub.Name())
		}
	})
}

func TestATapOnNewPostOpensTheEditor(t *testing.T) {
	t.Parallel()
	forSizes(t, func(t *testing.T, w, h int) {
		d, _ := open(t, uitest.OpenStore(t), "returning", w, h)
		d.Click(newPostLabel)
		if got := d.Last(); got != (nav.OpenComposeMsg{}) {
			t.Errorf("a tap on %q emitted %#v", newPostLabel, got)
		}
	})
}

// TestClickingAPostOpensIt: anywhere on a card (its account line, its
// title, its counts) opens its post, as enter does.
func TestClickingAPostOpensIt(t *testing.T) {
	t.Parallel()
	forSizes(t, func(t *testing.T, w, h int) {
		d, m := open(t, uitest.OpenStore(t), "returning", w, h)
		p := m.feeds[recommended].list.Post(0)
		for _, label := range []string{p.Title, "💬", m.feeds[recommended].list.Account(p.AccountID).Name} {
			d.Emitted = nil
			d.Click(label)
			if got, want := d.Last(), (nav.OpenPostMsg{ID: p.ID, Source: model.SourceFeed}); got != want {
				t.Errorf("a tap on %q emitted %#v, want %#v", label, got, want)
			}
		}
	})
}

func TestATapOnASuggestionOpensOrFollowsIt(t *testing.T) {
	t.Parallel()
	forSizes(t, func(t *testing.T, w, h int) {
		st := uitest.OpenStore(t)
		d, m := open(t, st, "returning", w, h)
		if len(m.suggested) == 0 {
			t.Fatal("no suggestions")
		}
		a := m.suggested[0]
		d.Click(a.Name)
		if got, want := d.Last(), (nav.OpenAccountMsg{ID: a.ID, Source: model.SourceFeed}); got != want {
			t.Errorf("a tap on %q emitted %#v, want %#v", a.Name, got, want)
		}
		d.Click("+ Follow") // the first suggestion's
		if got := lastAction(t, d); got.Err != nil || got.Status != "Following "+a.Name {
			t.Fatalf("a tap on + Follow: %+v", got)
		}
		if !uitest.State(t, st, "returning").Following(a.ID) {
			t.Fatalf("a tap on + Follow did not follow %s", a.Name)
		}
		d.Click("✓ Following")
		if uitest.State(t, st, "returning").Following(a.ID) {
			t.Errorf("a tap on ✓ Following did not unfollow %s", a.Name)
		}
	})
}

// TestThePickerIsAllThatCanBePressed: while "Forward to…" is open, a
// tap on the card under it does nothing, and a tap on a target forwards.
func TestThePickerIsAllThatCanBePressed(t *testing.T) {
	t.Parallel()
	forSizes(t, func(t *testing.T, w, h int) {
		st := uitest.OpenStore(t)
		d, m := open(t, st, "returning", w, h)
		p := m.feeds[recommended].list.Post(0)
		d.Keys("r")
		if id := d.RegionAt(p.Title); id != "" {
			t.Errorf("with the picker open, the card is region %q", id)
		}
		if id := d.RegionAt("Following"); id != "" {
			t.Errorf("with the picker open, the feed switch is region %q", id)
		}
		d.Click("Work group")
		if m.picker.IsOpen() {
			t.Error("the picker stayed open after a tap on a target")
		}
		s := uitest.State(t, st, "returning")
		if n := len(s.Forwards); n == 0 || s.Forwards[n-1].To != "Work group" || s.Forwards[n-1].PostID != p.ID {
			t.Fatalf("forwards = %+v, want %s to Work group", s.Forwards, p.ID)
		}
	})
}

func TestTheSuggestionsHeadingIsNotClickable(t *testing.T) {
	t.Parallel()
	forSizes(t, func(t *testing.T, w, h int) {
		d, _ := open(t, uitest.OpenStore(t), "returning", w, h)
		if id := d.RegionAt("Accounts you may be interested in"); id != "" {
			t.Errorf("the suggestions' heading is region %q, want none", id)
		}
	})
}

// TestTheFooterIsNotTheLastCard: "all caught up" rides on the last
// card's block, but a tap on it opens nothing.
func TestTheFooterIsNotTheLastCard(t *testing.T) {
	t.Parallel()
	forSizes(t, func(t *testing.T, w, h int) {
		d, _ := open(t, uitest.OpenStore(t), "returning", w, h)
		d.Keys("right") // Following: a few accounts' posts, a short feed
		for i := 0; !strings.Contains(uitest.Plain(d), "caught up"); i++ {
			if i == 100 {
				t.Fatalf("the feed never ended:\n%s", uitest.Plain(d))
			}
			d.Keys("down")
		}
		if id := d.RegionAt("caught up"); id != "" {
			t.Errorf("the footer is region %q, want none", id)
		}
	})
}

// TestTheWheelScrollsTheFeedAndClicksFollow: the wheel is ↓ (the root
// turns it into the key); once the first card has scrolled away, the
// card drawn at the top of the feed is the one a tap there opens.
func TestTheWheelScrollsTheFeedAndClicksFollow(t *testing.T) {
	t.Parallel()
	forSizes(t, func(t *testing.T, w, h int) {
		d, m := open(t, uitest.OpenStore(t), "returning", w, h)
		l := m.feeds[recommended].list
		before := uitest.Plain(d)
		d.Keys("down", "down", "down", "down", "down", "down")
		after := uitest.Plain(d)
		if after == before {
			t.Fatal("↓ did not move the feed")
		}
		lines := strings.Split(after, "\n")
		var top model.Post
		found := false
		for _, line := range lines[2:] { // under the sub-feed bar
			for _, p := range l.Posts() {
				if p.Title != "" && strings.Contains(line, p.Title) {
					top, found = p, true
					break
				}
			}
			if found {
				break
			}
		}
		if !found {
			t.Fatalf("no card's title is drawn after scrolling:\n%s", after)
		}
		if top.ID == l.Post(0).ID {
			t.Fatalf("the first card is still the top one after six ↓:\n%s", after)
		}
		d.Click(top.Title)
		if got, want := d.Last(), (nav.OpenPostMsg{ID: top.ID, Source: model.SourceFeed}); got != want {
			t.Errorf("a tap on the top card %q emitted %#v, want %#v", top.Title, got, want)
		}
	})
}
