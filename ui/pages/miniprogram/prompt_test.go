package miniprogram

import (
	"strings"
	"testing"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

const sheetTitle = "Follow KFC?"

// seenGuidance marks the persona's guidance tip as seen, so the pop-up is
// not held back by it.
func seenGuidance(t *testing.T, db *store.DB, p model.PersonaID) {
	t.Helper()
	if err := db.MarkGuidanceSeen(uitest.Env(db, p).Actor(), luckin); err != nil {
		t.Fatal(err)
	}
}

func openKFC(t *testing.T, db *store.DB) *uitest.Screen {
	t.Helper()
	return open(t, db, "newuser", nav.OpenMiniProgramMsg{ID: kfc, Source: model.SourceSearch}, 48, 30)
}

func TestFollowPromptNotOverGuidanceTip(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := openKFC(t, db) // the first mini program: the guidance tip shows
	if v := uitest.Plain(d); !strings.Contains(v, kfcTip) || strings.Contains(v, sheetTitle) {
		t.Fatalf("want the tip and no pop-up on the first visit:\n%s", v)
	}
	if takesBack(d) {
		t.Fatal("no pop-up, yet the page takes esc")
	}
	again := openKFC(t, db) // the tip is used up: now the pop-up
	if !strings.Contains(uitest.Plain(again), sheetTitle) {
		t.Fatalf("want the pop-up on the next visit:\n%s", uitest.Plain(again))
	}
}

func TestFollowPromptDismissedThreeTimesNeverAgain(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	seenGuidance(t, db, "newuser")
	for i, dismiss := range []string{"x", "esc", "x"} {
		d := openKFC(t, db)
		if !strings.Contains(uitest.Plain(d), sheetTitle) || !takesBack(d) || d.S.CapturesInput() {
			t.Fatalf("visit %d: want the pop-up:\n%s", i+1, uitest.Plain(d))
		}
		d.Keys(dismiss)
		if strings.Contains(uitest.Plain(d), sheetTitle) || takesBack(d) {
			t.Fatalf("visit %d: %s did not close the pop-up", i+1, dismiss)
		}
		for _, e := range d.Emitted {
			if _, ok := e.(nav.BackMsg); ok {
				t.Fatalf("visit %d: %s left the page", i+1, dismiss)
			}
		}
	}
	if n := uitest.State(t, db, "newuser").FollowPromptDismissals["kfc"]; n != 3 {
		t.Fatalf("dismissals = %d, want 3", n)
	}
	d := openKFC(t, db)
	if strings.Contains(uitest.Plain(d), sheetTitle) {
		t.Fatalf("the pop-up came back after three dismissals:\n%s", uitest.Plain(d))
	}
	if got := len(uitest.FindEvents(t, db, uitest.Match{Kind: model.EventFollowPromptShown})); got != 3 {
		t.Errorf("follow_prompt_shown events = %d, want 3", got)
	}
	if got := len(uitest.FindEvents(t, db, uitest.Match{Kind: model.EventFollowPromptDismissed})); got != 3 {
		t.Errorf("follow_prompt_dismissed events = %d, want 3", got)
	}
	// the cap is per account: Luckin's pop-up still shows
	l := open(t, db, "newuser", nav.OpenMiniProgramMsg{ID: luckin, Source: model.SourceSearch}, 48, 30)
	if !strings.Contains(uitest.Plain(l), "Follow Luckin") {
		t.Fatalf("another account's pop-up should still show:\n%s", uitest.Plain(l))
	}
}

func TestFollowPromptAccept(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	seenGuidance(t, db, "newuser")
	d := openKFC(t, db)
	h := d.S.ShortHelp()
	if len(h) < 2 || h[0].Help().Desc != "follow" || h[1].Help().Key != "esc/x" {
		t.Fatalf("help while the pop-up is up: %v", h)
	}
	d.Keys("f")
	s := uitest.State(t, db, "newuser")
	if len(s.Follows) != 1 || s.Follows[0].AccountID != "kfc" {
		t.Fatalf("follows = %+v", s.Follows)
	}
	if v := uitest.Plain(d); strings.Contains(v, sheetTitle) || !strings.Contains(v, "[✓ Following]") {
		t.Fatalf("after f:\n%s", v)
	}
	if a := actionMsgs(d); len(a) == 0 || a[len(a)-1].Status != "Following KFC" {
		t.Fatalf("actions %+v", a)
	}
	if got := len(uitest.FindEvents(t, db, uitest.Match{Kind: model.EventFollowPromptAccepted})); got != 1 {
		t.Errorf("follow_prompt_accepted events = %d", got)
	}
	// a follower never sees it
	if again := openKFC(t, db); strings.Contains(uitest.Plain(again), sheetTitle) {
		t.Fatal("the pop-up showed to a follower")
	}
}

func TestPageKeysWorkUnderThePrompt(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	seenGuidance(t, db, "newuser")
	d := openKFC(t, db)
	d.Keys("s")
	if s := uitest.State(t, db, "newuser"); !contains(s.Favourites, kfc) {
		t.Fatal("s under the pop-up did not collect")
	}
	d.Keys("enter")
	if _, ok := d.Last().(nav.OpenOrderMsg); !ok {
		t.Fatalf("enter under the pop-up emitted %#v, want the order page", d.Last())
	}
	if !strings.Contains(uitest.Plain(d), sheetTitle) {
		t.Fatal("page keys closed the pop-up")
	}
}

func TestFollowPromptCapIsASetting(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	seenGuidance(t, db, "newuser")
	env := uitest.Env(db, "newuser")
	env.Settings.FollowPromptMaxDismissals = 1
	d := uitest.NewScreen(t, New(env, nav.OpenMiniProgramMsg{ID: kfc, Source: model.SourceSearch}), 48, 30)
	d.Keys("x")
	again := uitest.NewScreen(t, New(env, nav.OpenMiniProgramMsg{ID: kfc, Source: model.SourceSearch}), 48, 30)
	if strings.Contains(uitest.Plain(again), sheetTitle) {
		t.Fatal("with a cap of 1 the pop-up came back")
	}
}

func TestPromptFitsNarrowPhone(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	seenGuidance(t, db, "newuser")
	for _, w := range []int{38, 48} {
		for _, h := range []int{12, 30} {
			d := open(t, db, "newuser", nav.OpenMiniProgramMsg{ID: kfc, Source: model.SourceSearch}, w, h)
			if !strings.Contains(uitest.Plain(d), "Follow") {
				t.Fatalf("%dx%d: no pop-up", w, h)
			}
			uitest.ExactSize(t, "follow pop-up", d.View(), w, h)
		}
	}
}

// takesBack reports whether the page wants esc for itself (the pop-up is
// up) — without capturing the other keys, so global keys keep working.
func takesBack(d *uitest.Screen) bool {
	t, ok := d.S.(screen.BackTaker)
	return ok && t.TakesBack()
}
