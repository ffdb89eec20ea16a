package coupons

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

func open(t *testing.T, st store.Store, w, h int) (*uitest.Screen, *CardPack) {
	t.Helper()
	m := New(uitest.Env(st, "newuser"))
	return uitest.NewScreen(t, m, w, h), m
}

// claimAndUse claims three KFC and Watsons coupons and redeems one in an
// order, as a persona would over a few days.
func claimAndUse(t *testing.T, st store.Store) {
	t.Helper()
	a := uitest.Env(st, "newuser").Actor()
	for i, id := range []model.CouponID{"kfc-crayfish-10off", "watsons-pay-gift", "kfc-egg-tarts-5off"} {
		a.At = uitest.Now.Add(time.Duration(i) * time.Minute)
		if _, err := st.ClaimCoupon(a, id, model.SourcePost); err != nil {
			t.Fatal(err)
		}
	}
	o := model.Order{MiniProgramID: "kfc-ordering", Lines: []model.OrderLine{{ServiceID: "egg-tarts", Qty: 1}}}
	if _, err := st.PlaceOrder(a, o, "kfc-egg-tarts-5off"); err != nil {
		t.Fatal(err)
	}
}

func TestListsClaimedCouponsUsableFirst(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	claimAndUse(t, st)
	d, m := open(t, st, 48, 30)
	v := uitest.Plain(d)
	for _, want := range []string{"My coupons", "2 usable", "Watsons", "🎫 Pay-to-get · ¥10 off",
		"KFC Self-Service Ordering", "🎫 Spend ¥39 get ¥10 off", "Used", "used in order o-"} {
		if !strings.Contains(v, want) {
			t.Fatalf("view lacks %q:\n%s", want, v)
		}
	}
	var order []model.CouponID
	for _, it := range m.items {
		order = append(order, it.coupon.ID)
	}
	want := []model.CouponID{"watsons-pay-gift", "kfc-crayfish-10off", "kfc-egg-tarts-5off"}
	for i := range want {
		if order[i] != want[i] {
			t.Fatalf("order %v, want %v (usable newest first, then used)", order, want)
		}
	}
}

func TestEnterOpensTheIssuingMiniProgram(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	claimAndUse(t, st)
	d, _ := open(t, st, 48, 30)
	d.Keys("down", "enter") // the crayfish coupon
	want := nav.OpenMiniProgramMsg{ID: "kfc-ordering", Source: model.SourceCardPack}
	if got := d.Last(); got != want {
		t.Fatalf("enter emitted %#v, want %#v", got, want)
	}
	if want.Source.Scene() != 1401 {
		t.Fatal("the card pack is scene 1401")
	}
	d.Keys("down", "enter") // the used one
	if sm, ok := d.Last().(screen.StatusMsg); !ok || sm.Text != "Already used · ¥5 off Portuguese Egg Tarts" {
		t.Fatalf("enter on a used coupon emitted %#v", d.Last())
	}
}

// The help names enter for what it does on the selected coupon, in the
// same words as a coupon window or a post: "use", and nothing on a used
// one.
func TestEnterHelpSaysUse(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	claimAndUse(t, st)
	d, m := open(t, st, 48, 30)
	enter := func() string {
		for _, b := range m.ShortHelp() {
			if b.Enabled() && b.Help().Key == "enter" {
				return b.Help().Desc
			}
		}
		return ""
	}
	if got := enter(); got != "use" {
		t.Fatalf("enter on a usable coupon is labelled %q, want use", got)
	}
	d.Keys("down", "down") // the used one
	if got := enter(); got != "" {
		t.Fatalf("enter on a used coupon is labelled %q, want no enter", got)
	}
}

func TestEmptyAndReloadOnClaim(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, _ := open(t, st, 48, 20)
	if !strings.Contains(uitest.Plain(d), "No coupons yet") {
		t.Fatalf("empty state:\n%s", uitest.Plain(d))
	}
	a := uitest.Env(st, "newuser").Actor()
	if _, err := st.ClaimCoupon(a, "heytea-pay-gift", model.SourcePost); err != nil {
		t.Fatal(err)
	}
	s, _ := st.State("newuser")
	d.Send(screen.StateMsg{State: s})
	if v := uitest.Plain(d); !strings.Contains(v, "HEYTEA") || !strings.Contains(v, "1 usable") {
		t.Fatalf("after a claim elsewhere:\n%s", v)
	}
}

func TestFitsNarrowPhone(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	claimAndUse(t, st)
	for _, w := range []int{38, 48} {
		d, _ := open(t, st, w, 8)
		for _, keys := range [][]string{nil, {"down", "down"}, {"up"}} {
			d.Keys(keys...)
			uitest.ExactSize(t, fmt.Sprint("card pack after ", keys), d.View(), w, 8)
		}
	}
}

func TestGoldenCardPack(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	claimAndUse(t, st)
	d, _ := open(t, st, 48, 12)
	golden.RequireEqual(t, []byte(uitest.Plain(d)))
}
