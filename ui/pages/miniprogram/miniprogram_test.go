package miniprogram

import (
	"errors"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

const (
	kfc       = model.MiniProgramID("kfc-ordering")
	luckin    = model.MiniProgramID("luckin-coffee")
	kfcTip    = "Add KFC to My Mini Programs"
	pressS    = "(press s)"
	crayfish  = "crayfish-burger"
	bucket    = "crayfish-bucket" // third in KFC's list
	latte     = "latte"           // last in KFC's list
	bucketRow = "› Crayfish Family Bucket"
)

// open drives a mini program page for persona p on db.
func open(t testing.TB, db *store.DB, p model.PersonaID, msg nav.OpenMiniProgramMsg, w, h int) *uitest.Screen {
	t.Helper()
	return uitest.NewScreen(t, New(uitest.Env(db, p), msg), w, h)
}

func actionMsgs(d *uitest.Screen) []screen.ActionMsg {
	var out []screen.ActionMsg
	for _, m := range d.Emitted {
		if a, ok := m.(screen.ActionMsg); ok {
			out = append(out, a)
		}
	}
	return out
}

func TestOpenFromPostPreselectsService(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := open(t, db, "newuser", nav.OpenMiniProgramMsg{ID: kfc, ServiceID: bucket, Source: model.SourcePostComponent}, 48, 30)
	v := uitest.Plain(d)
	if !strings.Contains(v, bucketRow) {
		t.Fatalf("the linked service is not selected:\n%s", v)
	}
	if !strings.Contains(v, "↳ from post") {
		t.Errorf("the linked service is not marked as from the post:\n%s", v)
	}
	d.Keys("enter")
	open, ok := d.Last().(nav.OpenOrderMsg)
	if !ok {
		t.Fatalf("enter emitted %T, want OpenOrderMsg", d.Last())
	}
	if open.MiniProgram.ID != kfc || open.Service.Name != "Crayfish Family Bucket" {
		t.Errorf("the order is not for the selected service: %s / %s", open.MiniProgram.ID, open.Service.Name)
	}
}

func TestLinkedServiceScrolledIntoView(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := open(t, db, "newuser", nav.OpenMiniProgramMsg{ID: kfc, ServiceID: latte, Source: model.SourcePostComponent}, 48, 14)
	if v := uitest.Plain(d); !strings.Contains(v, "› KFC Coffee Latte") {
		t.Fatalf("the last service, linked from a post, is not in view:\n%s", v)
	}
}

func TestOpenRecordsRecentlyUsed(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := open(t, db, "newuser", nav.OpenMiniProgramMsg{ID: kfc, Source: model.SourceSearch}, 48, 30)
	s := uitest.State(t, db, "newuser")
	if len(s.Recents) == 0 || s.Recents[0].MiniProgramID != kfc {
		t.Fatalf("Recently used = %+v, want %s first", s.Recents, kfc)
	}
	acts := actionMsgs(d)
	if len(acts) == 0 || acts[0].State == nil || acts[0].Status != "" || acts[0].Err != nil {
		t.Fatalf("want a silent ActionMsg carrying the fresh state first, got %+v", acts)
	}
	if got := acts[0].State.Recents[0].MiniProgramID; got != kfc {
		t.Errorf("ActionMsg state's newest recent = %s, want %s", got, kfc)
	}
}

func TestCollectToggles(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := open(t, db, "newuser", nav.OpenMiniProgramMsg{ID: kfc, Source: model.SourceSearch}, 48, 30)
	// The capsule's ☆/★ is the root's nav line (ui/fullscreen_test.go).
	d.Keys("s")
	if s := uitest.State(t, db, "newuser"); !contains(s.Favourites, kfc) {
		t.Fatalf("favourites = %v after s, want %s", s.Favourites, kfc)
	}
	if a := actionMsgs(d); a[len(a)-1].Status != "Added to My Mini Programs · KFC Self-Service Ordering" {
		t.Errorf("status = %q", a[len(a)-1].Status)
	}
	if v := uitest.Plain(d); strings.Contains(v, pressS) {
		t.Errorf("the guidance tip should go once collected:\n%s", v)
	}
	d.Keys("s")
	if s := uitest.State(t, db, "newuser"); contains(s.Favourites, kfc) {
		t.Fatalf("favourites = %v after second s, want it removed", s.Favourites)
	}
	if a := actionMsgs(d); a[len(a)-1].Status != "Removed from My Mini Programs · KFC Self-Service Ordering" {
		t.Errorf("status = %q", a[len(a)-1].Status)
	}
}

func TestGuidanceTipOncePerPersona(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	first := open(t, db, "newuser", nav.OpenMiniProgramMsg{ID: kfc, Source: model.SourceSearch}, 48, 30)
	v := uitest.Plain(first)
	if !strings.Contains(v, kfcTip) || !strings.Contains(v, "press s") {
		t.Fatalf("newuser's first mini program should show the guidance tip:\n%s", v)
	}
	if !uitest.State(t, db, "newuser").GuidanceSeen {
		t.Fatal("showing the tip should mark guidance seen")
	}
	first.Keys("down") // still visible on this page view after the state refresh
	if !strings.Contains(uitest.Plain(first), kfcTip) {
		t.Errorf("the tip vanished from the page it was shown on:\n%s", uitest.Plain(first))
	}
	second := open(t, db, "newuser", nav.OpenMiniProgramMsg{ID: luckin, Source: model.SourceSearch}, 48, 30)
	if v := uitest.Plain(second); strings.Contains(v, pressS) {
		t.Errorf("the tip showed again in a second mini program:\n%s", v)
	}
	again := open(t, db, "newuser", nav.OpenMiniProgramMsg{ID: kfc, Source: model.SourceSearch}, 48, 30)
	if v := uitest.Plain(again); strings.Contains(v, kfcTip) {
		t.Errorf("the tip showed again on reopening:\n%s", v)
	}
}

func TestNoGuidanceWhenCollected(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := open(t, db, "returning", nav.OpenMiniProgramMsg{ID: kfc, Source: model.SourceHomeGrid}, 48, 30)
	if v := uitest.Plain(d); strings.Contains(v, pressS) {
		t.Errorf("a collected mini program should not show the tip:\n%s", v)
	}
	if uitest.State(t, db, "returning").GuidanceSeen {
		t.Error("a tip that was not shown must not be marked seen")
	}
}

func TestFollowBoundAccount(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := open(t, db, "newuser", nav.OpenMiniProgramMsg{ID: kfc, Source: model.SourceSearch}, 48, 30)
	if v := uitest.Plain(d); !strings.Contains(v, "Life account: KFC") || !strings.Contains(v, "[+ Follow]") {
		t.Fatalf("the bound account's follow line is missing:\n%s", v)
	}
	d.Keys("f")
	s := uitest.State(t, db, "newuser")
	if len(s.Follows) != 1 || s.Follows[0].AccountID != "kfc" {
		t.Fatalf("follows = %+v, want kfc", s.Follows)
	}
	if v := uitest.Plain(d); !strings.Contains(v, "[✓ Following]") {
		t.Errorf("the button should show following:\n%s", v)
	}
}

func TestClaimedCouponsCounted(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	env := uitest.Env(db, "newuser")
	for _, id := range []model.CouponID{"kfc-crayfish-10off", "luckin-8off"} {
		if _, err := db.ClaimCoupon(env.Actor(), id, model.SourcePost); err != nil {
			t.Fatal(err)
		}
	}
	d := open(t, db, "newuser", nav.OpenMiniProgramMsg{ID: kfc, Source: model.SourceSearch}, 48, 30)
	if v := uitest.Plain(d); !strings.Contains(v, "🎫 1 coupon available") {
		t.Fatalf("want one KFC coupon counted (not Luckin's):\n%s", v)
	}
}

func TestUnknownMiniProgram(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := open(t, db, "newuser", nav.OpenMiniProgramMsg{ID: "nope", Source: model.SourceSearch}, 48, 30)
	if v := uitest.Plain(d); !strings.Contains(v, "Mini program “nope” not found") {
		t.Fatalf("want a not-found view:\n%s", v)
	}
	st, ok := d.Last().(screen.StatusMsg)
	if !ok || st.Err == nil || !errors.Is(st.Err, store.ErrNotFound) {
		t.Fatalf("want a StatusMsg error matching ErrNotFound, got %#v", d.Last())
	}
	if s := uitest.State(t, db, "newuser"); len(s.Recents) != 0 {
		t.Errorf("an unknown mini program was recorded as used: %+v", s.Recents)
	}
	d.Keys("s", "enter")
	if s := uitest.State(t, db, "newuser"); len(s.Favourites) != 0 {
		t.Errorf("keys acted on a page that failed to load: %v", s.Favourites)
	}
}

func TestHelpFollowsState(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := open(t, db, "newuser", nav.OpenMiniProgramMsg{ID: kfc, Source: model.SourceSearch}, 48, 30)
	want := map[string]bool{"↑↓ select": true, "enter order": true, "s collect": true, "f follow": true}
	for _, b := range d.S.ShortHelp() {
		delete(want, b.Help().Key+" "+b.Help().Desc)
	}
	if len(want) > 0 {
		t.Errorf("help lacks %v", want)
	}
}

func TestFitsNarrowPhone(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	for _, w := range []int{38, 48} {
		d := open(t, db, "newuser", nav.OpenMiniProgramMsg{ID: kfc, ServiceID: crayfish, Source: model.SourcePostComponent}, w, 30)
		uitest.ExactSize(t, "KFC", d.View(), w, 30)
	}
}

func TestGoldenKFC(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := open(t, db, "newuser", nav.OpenMiniProgramMsg{ID: kfc, ServiceID: crayfish, Source: model.SourcePostComponent}, 48, 30)
	golden.RequireEqual(t, []byte(uitest.Plain(d)))
}

func contains[T comparable](list []T, v T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func TestCouponCountFollowsState(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := open(t, db, "newuser", nav.OpenMiniProgramMsg{ID: kfc, Source: model.SourceSearch}, 48, 30)
	if strings.Contains(uitest.Plain(d), "coupon available") {
		t.Fatalf("no coupon claimed yet:\n%s", uitest.Plain(d))
	}
	env := uitest.Env(db, "newuser")
	if _, err := db.ClaimCoupon(env.Actor(), "kfc-egg-tarts-5off", model.SourcePost); err != nil {
		t.Fatal(err)
	}
	d.Send(screen.StateMsg{State: uitest.State(t, db, "newuser")}) // as the root broadcasts after a claim elsewhere
	if v := uitest.Plain(d); !strings.Contains(v, "🎫 1 coupon available") {
		t.Fatalf("the count should follow a state change:\n%s", v)
	}
}

// A free service is booked: its price reads Free, never ¥0.00, and enter
// says book.
func TestFreeServiceIsBooked(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := open(t, db, "newuser", nav.OpenMiniProgramMsg{ID: "old-clothes-recycling", ServiceID: "pickup-10kg", Source: model.SourceSearch}, 48, 30)
	uitest.MustContain(t, d, "Free")
	if strings.Contains(uitest.Plain(d), "¥0.00") {
		t.Errorf("a free service shows ¥0.00:\n%s", uitest.Plain(d))
	}
	var enter string
	for _, b := range d.S.ShortHelp() {
		if b.Help().Key == "enter" {
			enter = b.Help().Desc
		}
	}
	if enter != "book" {
		t.Errorf("enter on a free service says %q, want book", enter)
	}
}
