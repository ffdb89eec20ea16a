package messages_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lifesim/fixtures"
	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/tabs/messages"
	"lifesim/ui/uitest"
)

var (
	defaultArm  = model.Assignment{model.ExpFeedRanking: "recommended"}
	messagesArm = model.Assignment{model.ExpLifeEntry: "messages", model.ExpFeedRanking: "recommended"}
)

func open(t *testing.T, st store.Store, arms model.Assignment, w, h int) *uitest.Screen {
	t.Helper()
	env := uitest.Env(st, "newuser")
	env.Variants = arms
	return uitest.NewScreen(t, messages.New(env), w, h)
}

// order pays for one service of mp, ago before the test clock, and
// returns the fresh state, as the order page hands it to the root.
func order(t *testing.T, st store.Store, mp model.MiniProgramID, svc string, qty int, ago time.Duration) model.UserState {
	t.Helper()
	a := uitest.Env(st, "newuser").Actor()
	a.At = uitest.Now.Add(-ago)
	o := model.Order{MiniProgramID: mp, Lines: []model.OrderLine{{ServiceID: svc, Qty: qty}}}
	if _, err := st.PlaceOrder(a, o, ""); err != nil {
		t.Fatal(err)
	}
	return uitest.State(t, st, "newuser")
}

// before reports whether a appears in v above b.
func before(v, a, b string) bool {
	i, j := strings.Index(v, a), strings.Index(v, b)
	return i >= 0 && j >= 0 && i < j
}

func TestOrderNoticesNewestFirstAfterAnOrderIsPlaced(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d := open(t, st, defaultArm, 46, 20)
	uitest.MustContain(t, d, "Order updates", "No order updates yet")

	order(t, st, "kfc-ordering", "crayfish-burger", 2, 49*time.Hour)
	d.Send(screen.StateMsg{State: order(t, st, "burger-king", "whopper", 1, 3*time.Hour)})
	v := uitest.Plain(d)
	for _, want := range []string{
		"› 🍔 Burger King", "3h", "Order paid · ¥29.00 · Whopper ×1",
		"KFC Self-Service Ordering", "2d", "Order paid · ¥85.80 · ",
	} {
		if !strings.Contains(v, want) {
			t.Fatalf("view lacks %q:\n%s", want, v)
		}
	}
	if !before(v, "Burger King", "KFC Self-Service Ordering") || strings.Contains(v, "No order updates") {
		t.Fatalf("want the newest order first and no empty state:\n%s", v)
	}

	// a newer order arrives while the tab is alive: it goes on top, and
	// the selection stays on the notice it was on
	d.Keys("down")
	d.Send(screen.StateMsg{State: order(t, st, "taote", "tissues-24", 1, time.Minute)})
	v = uitest.Plain(d)
	if !before(v, "Taote", "Burger King") || !strings.Contains(v, "› 🍗 KFC") {
		t.Fatalf("want the new order on top and KFC still selected:\n%s", v)
	}
}

func TestEnterOpensTheOrdersMiniProgram(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	order(t, st, "kfc-ordering", "crayfish-burger", 1, 2*time.Hour)
	order(t, st, "burger-king", "whopper", 1, time.Hour)
	d := open(t, st, defaultArm, 46, 20)
	d.Keys("enter")
	want := nav.OpenMiniProgramMsg{ID: "burger-king", Source: model.SourceMessages}
	if got, ok := d.Last().(nav.OpenMiniProgramMsg); !ok || got != want {
		t.Fatalf("enter emitted %#v; want %#v", d.Last(), want)
	}
	d.Keys("down", "down", "enter") // the second down stays on the last
	want.ID = "kfc-ordering"
	if got, ok := d.Last().(nav.OpenMiniProgramMsg); !ok || got != want {
		t.Fatalf("down, enter emitted %#v; want %#v", d.Last(), want)
	}
}

func TestFollowedAccountsMessagesAreAnHonestEmptyState(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d := open(t, st, defaultArm, 46, 20)
	uitest.MustContain(t, d, "From accounts you follow", "You follow no life accounts yet")

	a := uitest.Env(st, "newuser").Actor()
	for _, id := range []model.AccountID{"kfc", "burger-king"} {
		if _, err := st.ToggleFollow(a, id, model.SourceSearch); err != nil {
			t.Fatal(err)
		}
	}
	d.Send(screen.StateMsg{State: uitest.State(t, st, "newuser")})
	uitest.MustContain(t, d, "Messages from the 2 you follow land here.")
	v := uitest.Plain(d)
	for _, fake := range []string{"weekly bill", "Service messages", "Contacts", "Alipay notices"} {
		if strings.Contains(v, fake) {
			t.Errorf("view shows the placeholder %q:\n%s", fake, v)
		}
	}
}

func TestLifeAccountsOnlyInTheMessagesArm(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	order(t, st, "kfc-ordering", "crayfish-burger", 1, time.Hour)

	d := open(t, st, defaultArm, 46, 20)
	if v := uitest.Plain(d); strings.Contains(v, "Life accounts") {
		t.Fatalf("default arm (Life in the bar) shows the Life accounts entry:\n%s", v)
	}

	d = open(t, st, messagesArm, 46, 20)
	v := uitest.Plain(d)
	if !strings.Contains(v, "› 🏪 Life accounts") || !before(v, "Life accounts", "KFC Self-Service Ordering") {
		t.Fatalf("messages arm: want Life accounts first and selected:\n%s", v)
	}
	d.Keys("enter")
	if _, ok := d.Last().(nav.OpenLifeFeedMsg); !ok {
		t.Fatalf("enter emitted %#v; want the Life feed pushed", d.Last())
	}
	evs := uitest.Events(t, st)
	n := len(evs)
	if n < 2 || evs[n-2].Kind != model.EventOpenLife || evs[n-2].Source != model.SourceMessages ||
		evs[n-1].Kind != model.EventExposure || evs[n-1].Target != model.ExpFeedRanking {
		t.Fatalf("events %+v", evs)
	}
	d.Keys("down", "enter")
	if got, ok := d.Last().(nav.OpenMiniProgramMsg); !ok || got.ID != "kfc-ordering" {
		t.Fatalf("down, enter emitted %#v; want the order's mini program", d.Last())
	}
}

func TestHelpNamesWhatEnterOpens(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d := open(t, st, defaultArm, 46, 20)
	if h := d.S.ShortHelp(); len(h) != 0 {
		t.Fatalf("nothing to select, yet help lists %d keys", len(h))
	}
	d.Send(screen.StateMsg{State: order(t, st, "kfc-ordering", "crayfish-burger", 1, time.Hour)})
	if h := d.S.ShortHelp(); len(h) != 1 || h[0].Help().Desc != "open mini program" {
		t.Fatalf("one order: help %v", h)
	}
	d = open(t, st, messagesArm, 46, 20)
	if h := d.S.ShortHelp(); len(h) != 3 || h[2].Help().Desc != "open Life" {
		t.Fatalf("messages arm: help %v", h)
	}
}

// Many orders scroll within the tab's height, the selection always in
// view, at every phone size the root gives a tab.
func TestScrollsWithinItsHeight(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	progs := []model.MiniProgramID{"kfc-ordering", "burger-king", "taote", "shihuituan", "muji", "zhou-hei-ya"}
	svcs := []string{"crayfish-burger", "whopper", "tissues-24", "eggs-30", "aroma-diffuser", "duck-neck"}
	for i := range 12 {
		order(t, st, progs[i%6], svcs[i%6], 1, time.Duration(12-i)*time.Hour)
	}
	for _, size := range [][2]int{{38, 8}, {44, 17}, {48, 23}, {52, 33}} {
		d := open(t, st, messagesArm, size[0], size[1])
		for i := range 14 {
			uitest.ExactSize(t, "messages", d.View(), size[0], size[1])
			if !strings.Contains(uitest.Plain(d), "› ") {
				t.Fatalf("after %d downs at %v the selection is out of view:\n%s", i, size, uitest.Plain(d))
			}
			d.Keys("down")
		}
		d.Keys("enter")
		if got, ok := d.Last().(nav.OpenMiniProgramMsg); !ok || got.ID != progs[0] {
			t.Fatalf("the last notice should be the oldest order (%s); enter emitted %#v", progs[0], d.Last())
		}
	}
}

// Names and ids from the hostile world stay on their lines and carry no
// control sequence.
func TestHostileWorld(t *testing.T) {
	t.Parallel()
	w, err := fixtures.LoadFS(os.DirFS(filepath.Join("..", "..", "..", "testdata", "hostile")))
	if err != nil {
		t.Fatal(err)
	}
	st := uitest.OpenAt(t, filepath.Join(t.TempDir(), "lifesim.db"))
	if _, err := st.Seed(w, "hostile"); err != nil {
		t.Fatal(err)
	}
	for i, mp := range w.MiniPrograms {
		order(t, st, mp.ID, mp.Services[0].ID, 1, time.Duration(i)*time.Minute)
	}
	for _, size := range [][2]int{{38, 8}, {46, 20}} {
		d := open(t, st, messagesArm, size[0], size[1])
		for range len(w.MiniPrograms) + 1 {
			uitest.ExactSize(t, "hostile messages", d.View(), size[0], size[1])
			if p := uitest.UnsafeControls(d.View()); len(p) > 0 {
				t.Fatalf("hostile messages: %v", p)
			}
			d.Keys("down")
		}
	}
}

// A free service's notice says Booked (no ¥0.00 payment), and a coupon's
// saving is part of the payment update.
func TestBookingAndCouponNotices(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	a := uitest.Env(st, "newuser").Actor()
	a.At = uitest.Now.Add(-2 * time.Hour)
	if _, err := st.ClaimCoupon(a, "kfc-egg-tarts-5off", model.SourcePost); err != nil {
		t.Fatal(err)
	}
	o := model.Order{MiniProgramID: "kfc-ordering", Lines: []model.OrderLine{{ServiceID: "egg-tarts", Qty: 1}}}
	if _, err := st.PlaceOrder(a, o, "kfc-egg-tarts-5off"); err != nil {
		t.Fatal(err)
	}
	order(t, st, "old-clothes-recycling", "pickup-10kg", 1, time.Hour)
	d := open(t, st, defaultArm, 46, 20)
	uitest.MustContain(t, d, "Booked · ", "¥5.00 off · ")
	if v := uitest.Plain(d); strings.Contains(v, "¥0.00") {
		t.Fatalf("a booking shows a ¥0.00 payment:\n%s", v)
	}
}
