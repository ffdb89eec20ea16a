package forms

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"lifesim/model"
	"lifesim/ui/draw"
	"lifesim/ui/uitest"
)

func TestMessageSends(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	a := uitest.Env(st, "newuser").Actor()
	if _, err := st.ToggleFollow(a, "new-hope-dairy", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	dr := open(t, NewMessage, testDeps(t, st, "new-hope-dairy"), 100, 26)
	dr.Type("Fresh milk is back")
	dr.Keys("enter")
	dr.Type("  ")
	dr.Keys("tab", "enter") // the button
	if len(dr.saved) != 1 {
		t.Fatalf("saved %+v\n%s", dr.saved, dr.Plain())
	}
	s := dr.saved[0]
	if s.Owner != consoleOwner || s.Sent == nil || s.Sent.Text != "Fresh milk is back" || !strings.HasPrefix(s.Notice, "✓ Sent to ") {
		t.Fatalf("saved %+v", s)
	}
	if want := "✓ Sent to " + draw.Plural(s.Sent.Reached, "follower"); s.Notice != want || s.Sent.Reached < 1 {
		t.Fatalf("notice %q, want %q (reached %d)", s.Notice, want, s.Sent.Reached)
	}
	inbox, err := st.Inbox("newuser")
	if err != nil || len(inbox) == 0 || inbox[0].ID != s.Sent.ID {
		t.Fatalf("a follower's inbox should lead with it: %+v %v", inbox, err)
	}
}

func TestMessageRefusals(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	dr := open(t, NewMessage, testDeps(t, st, "new-hope-dairy"), 100, 26)
	dr.Type("   ")
	dr.Send(ctrlS)
	if line := dr.lineWith("Message"); !strings.Contains(line, "✗ message: write something to send") {
		t.Fatalf("want the problem beside the message: %q", line)
	}
	nothingWritten(t, dr, st)
	// typing stops at the limit, and a paste past it is cut, saying so
	dr.Send(pasteOf(strings.Repeat("x", model.MaxMessageRunes-6))) // after the three spaces
	dr.Type("abcdef")
	dr.mustShow("300/300", "xabc ") // the keys past the limit were dropped
	dr.Send(pasteOf("more"))
	dr.mustShow("300/300")
	dr.Keys("backspace", "backspace")
	dr.Send(pasteOf("more"))
	dr.mustShow("300/300", "Pasted text cut to 300 characters")
	dr.Keys("esc")
	if len(dr.closed) != 1 || len(dr.saved) != 0 {
		t.Fatalf("closed %+v saved %+v", dr.closed, dr.saved)
	}
}

func TestMessageReach(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d := testDeps(t, st, "new-hope-dairy")
	dr := open(t, NewMessage, d, 100, 26)
	dr.mustNotShow("Reaches") // the console did not say: no line
	d.Followers = func() (int, bool) { return 3, true }
	dr = open(t, NewMessage, d, 100, 26)
	dr.mustShow("Reaches 3 followers in their Messages tab")
}

func TestGoldenMessage(t *testing.T) {
	t.Parallel()
	for _, size := range []struct{ w, h int }{{100, 26}, {160, 36}} {
		t.Run(sizeName(size.w, size.h), func(t *testing.T) {
			t.Parallel()
			st := uitest.OpenStore(t)
			d := testDeps(t, st, "new-hope-dairy")
			d.Followers = func() (int, bool) { return 12, true }
			dr := open(t, NewMessage, d, size.w, size.h)
			dr.Type("Fresh milk is back at dawn this week.")
			golden.RequireEqual(t, []byte(dr.Plain()))
		})
	}
}
