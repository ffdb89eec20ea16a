package orders

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"lifesim/fixtures"
	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/styles"
	"lifesim/ui/uitest"
)

// The page's area in the phone at the terminal sizes the app is tried at
// (ui.NewLayout: the phone's inner width, its height less the chrome).
const (
	width    = 46
	height80 = 17 // an 80×24 terminal
	height16 = 33 // a 160×40 terminal
)

func open(t *testing.T, st store.Store, w, h int) (*uitest.Screen, *List) {
	t.Helper()
	m := New(uitest.Env(st, "newuser"), nav.OpenOrdersMsg{})
	return uitest.NewScreen(t, m, w, h), m
}

// order places one order of qty × service in mp, ago before the test
// clock, with an optional claimed coupon.
func order(t *testing.T, st store.Store, mp model.MiniProgramID, service string, qty int, ago time.Duration, coupon model.CouponID) {
	t.Helper()
	a := uitest.Env(st, "newuser").Actor()
	a.At = uitest.Now.Add(-ago)
	if coupon != "" {
		if _, err := st.ClaimCoupon(a, coupon, model.SourcePost); err != nil {
			t.Fatal(err)
		}
	}
	o := model.Order{MiniProgramID: mp, Lines: []model.OrderLine{{ServiceID: service, Qty: qty}}}
	if _, err := st.PlaceOrder(a, o, coupon); err != nil {
		t.Fatal(err)
	}
}

// threeOrders is a week of a persona's orders: KFC with a coupon three
// days ago, a free old-clothes pick-up yesterday and two coffees an hour
// ago; they were placed in that order, so the newest is last in the store.
func threeOrders(t *testing.T, st store.Store) {
	t.Helper()
	order(t, st, "kfc-ordering", "crayfish-burger", 1, 72*time.Hour, "kfc-crayfish-10off")
	order(t, st, "old-clothes-recycling", "pickup-10kg", 1, 26*time.Hour, "")
	order(t, st, "luckin-coffee", "coconut-latte", 2, time.Hour, "")
}

func TestListsOrdersNewestFirst(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	threeOrders(t, st)
	d, _ := open(t, st, width, height16)
	v := uitest.Plain(d)
	uitest.MustContain(t, d, "My orders", "3 orders",
		"Luckin Coffee", "¥36.00", "Coconut Latte ×2", "1h ago",
		"Old Clothes Recycling", "Booked", "Door Pick-up (10 kg or more) ×1", "Confirmed", "1d ago",
		"KFC Self-Service Ordering", "¥32.90", "Crayfish Series Burger", "Paid · ¥10 off by coupon · o-1", "3d ago")
	luckin, clothes, kfc := strings.Index(v, "Luckin"), strings.Index(v, "Old Clothes"), strings.Index(v, "KFC")
	if luckin >= clothes || clothes >= kfc {
		t.Fatalf("orders are not newest first (Luckin %d, Old Clothes %d, KFC %d):\n%s", luckin, clothes, kfc, v)
	}
	if strings.Contains(v, "¥0.00") {
		t.Errorf("a free booking shows a ¥0.00 total:\n%s", v)
	}
}

func TestEnterOpensTheOrdersMiniProgram(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	threeOrders(t, st)
	d, _ := open(t, st, width, height80)
	d.Keys("enter")
	if got, want := d.Last(), (nav.OpenMiniProgramMsg{ID: "luckin-coffee", Source: model.SourceMyMiniPrograms}); got != want {
		t.Fatalf("enter on the newest order emitted %#v, want %#v", got, want)
	}
	d.Keys("down", "down", "enter")
	if got, want := d.Last(), (nav.OpenMiniProgramMsg{ID: "kfc-ordering", Source: model.SourceMyMiniPrograms}); got != want {
		t.Fatalf("enter on the oldest order emitted %#v, want %#v", got, want)
	}
	if v := uitest.Plain(d); !strings.Contains(v, "› 🍗") {
		t.Errorf("the oldest order is not selected and in view after ↓↓:\n%s", v)
	}
}

func TestEmptyStateSaysHowToOrder(t *testing.T) {
	t.Parallel()
	d, m := open(t, uitest.OpenStore(t), width, height80)
	uitest.MustContain(t, d, "No orders yet", "choose a service with enter")
	d.Keys("down", "enter")
	if len(d.Emitted) != 0 || len(m.ShortHelp()) != 0 {
		t.Errorf("an empty list emitted %v and offers %v", d.Emitted, m.ShortHelp())
	}
}

// An order placed while the page is on the stack (in the mini program
// opened from it) is listed when the fresh state arrives.
func TestReloadsOnNewOrder(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, _ := open(t, st, width, height80)
	order(t, st, "haidilao", "join-queue", 1, 0, "")
	d.Send(screen.StateMsg{State: uitest.State(t, st, "newuser")})
	uitest.MustContain(t, d, "Haidilao Hot Pot", "Join the Queue ×1", "Booked", "just now", "1 order")
}

// A mini program that has left the world keeps its order listed, by id,
// and enter says why it does not open.
func TestOrderOfAGoneMiniProgram(t *testing.T) {
	t.Parallel()
	m := New(uitest.Env(uitest.OpenStore(t), "newuser"), nav.OpenOrdersMsg{})
	d := uitest.NewScreen(t, m, width, height80)
	d.Send(loadedMsg{owner: m.owner, state: model.UserState{Orders: []model.Order{{ID: "o-1", MiniProgramID: "gone", TotalCents: 100, PaidAt: uitest.Now}}}})
	uitest.MustContain(t, d, "gone", "¥1.00")
	d.Keys("enter")
	if sm, ok := d.Last().(screen.StatusMsg); !ok || !strings.Contains(sm.Text, "no longer available") {
		t.Fatalf("enter emitted %#v", d.Last())
	}
}

func TestFitsEverySize(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	threeOrders(t, st)
	for _, size := range [][2]int{{38, 8}, {width, height80}, {width, height16}} {
		d, _ := open(t, st, size[0], size[1])
		for _, keys := range [][]string{nil, {"down", "down"}, {"down"}, {"up", "up"}} {
			d.Keys(keys...)
			uitest.ExactSize(t, fmt.Sprint("orders after ", keys), d.View(), size[0], size[1])
		}
	}
}

// Without colour the selection is still marked by its cursor.
func TestSelectionWithoutColour(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	threeOrders(t, st)
	env := uitest.Env(st, "newuser")
	env.Styles = styles.For(true, true)
	d := uitest.NewScreen(t, New(env, nav.OpenOrdersMsg{}), width, height80)
	d.Keys("down")
	uitest.MustContain(t, d, "› 🧥 Old Clothes Recycling")
}

// Names, services and ids from a hostile world stay on their lines and
// carry no control sequence.
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
		order(t, st, mp.ID, mp.Services[0].ID, 1, time.Duration(i)*time.Minute, "")
	}
	for _, size := range [][2]int{{38, 8}, {width, height80}, {width, height16}} {
		d, _ := open(t, st, size[0], size[1])
		for range w.MiniPrograms {
			uitest.ExactSize(t, "hostile orders", d.View(), size[0], size[1])
			if p := uitest.UnsafeControls(d.View()); len(p) > 0 {
				t.Fatalf("hostile orders: %v", p)
			}
			d.Keys("down")
		}
	}
}

func TestGoldenOrders80x24(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	threeOrders(t, st)
	d, _ := open(t, st, width, height80)
	golden.RequireEqual(t, []byte(uitest.Plain(d)))
}

func TestGoldenOrders160x40(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	threeOrders(t, st)
	d, _ := open(t, st, width, height16)
	d.Keys("down")
	golden.RequireEqual(t, []byte(uitest.Plain(d)))
}

func TestGoldenOrdersEmpty(t *testing.T) {
	t.Parallel()
	d, _ := open(t, uitest.OpenStore(t), width, height80)
	golden.RequireEqual(t, []byte(uitest.Plain(d)))
}

// The page says it is loading until its list arrives, so keys typed
// straight after opening it wait for the list instead of being lost.
func TestLoadingUntilTheListArrives(t *testing.T) {
	t.Parallel()
	m := New(uitest.Env(uitest.OpenStore(t), "newuser"), nav.OpenOrdersMsg{})
	if !m.Loading() {
		t.Fatal("a page not yet loaded says it is not loading")
	}
	uitest.NewScreen(t, m, width, height80)
	if m.Loading() {
		t.Fatal("the page still says it is loading after its list arrived")
	}
}
