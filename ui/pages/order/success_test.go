package order

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// Distances from newuser (31.2235, 121.4455), from fixtures/world.
const (
	nearCoupon = model.CouponID("watsons-pay-gift") // Watsons, 97 m
	farCoupon  = model.CouponID("bk-whopper-8off")  // Burger King, 3.3 km
)

func offerIDs(s *Success) []model.CouponID {
	var out []model.CouponID
	for _, o := range s.offers {
		out = append(out, o.Coupon.ID)
	}
	return out
}

func TestSuccessShowsOnlyNearbyOffers(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := success(t, db, "newuser", crayfishSvc)
	s := d.S.(*Success)
	ids := offerIDs(s)
	if !slices.Contains(ids, nearCoupon) {
		t.Errorf("offers %v lack the near %s", ids, nearCoupon)
	}
	if slices.Contains(ids, farCoupon) {
		t.Errorf("offers %v include the far %s", ids, farCoupon)
	}
	for _, o := range s.offers {
		if o.Metres > 1000 {
			t.Errorf("%s is %.0f m away, beyond 1 km", o.Coupon.ID, o.Metres)
		}
		if o.Coupon.MerchantID == "yum-china" {
			t.Errorf("the paying merchant's own coupon %s is offered", o.Coupon.ID)
		}
	}
	if !slices.IsSortedFunc(s.offers, func(a, b offer) int { return int(a.Metres - b.Metres) }) {
		t.Errorf("offers are not nearest first: %v", ids)
	}
	v := uitest.Plain(d)
	for _, want := range []string{"✓ Payment successful", "Nearby offers", "Watsons", "97 m", "Claim"} {
		if !strings.Contains(v, want) {
			t.Errorf("payment success page lacks %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "Burger King") {
		t.Errorf("a merchant 3 km away is shown:\n%s", v)
	}
}

func TestSuccessReceipt(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	claim(t, db, "newuser", crayfish10)
	d := success(t, db, "newuser", crayfishSvc)
	o := d.S.(*Success).order
	v := uitest.Plain(d)
	if strings.Contains(v, "Yum China") {
		t.Errorf("the receipt names the legal entity:\n%s", v)
	}
	for _, want := range []string{"🍗 KFC Self-Service Ordering", "×1", "¥42.90", "-¥10.00",
		"Total paid", "¥32.90", "Order " + o.ID, "just now"} {
		if !strings.Contains(v, want) {
			t.Errorf("receipt lacks %q:\n%s", want, v)
		}
	}
}

func TestSuccessClaimAndOpen(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := success(t, db, "newuser", crayfishSvc)
	if got := d.S.(*Success).offers[0].Coupon.ID; got != nearCoupon {
		t.Fatalf("nearest offer = %s, want %s", got, nearCoupon)
	}
	d.Keys("enter")
	s := uitest.State(t, db, "newuser")
	if !slices.ContainsFunc(s.Coupons, func(c model.ClaimedCoupon) bool { return c.CouponID == nearCoupon }) {
		t.Fatalf("enter did not claim %s: %+v", nearCoupon, s.Coupons)
	}
	if v := uitest.Plain(d); !strings.Contains(v, "Use ›") {
		t.Errorf("the claimed offer should offer Use:\n%s", v)
	}
	// a claimed offer is used in its mini program, like any held coupon
	d.Keys("enter")
	if got, want := d.Last(), (nav.OpenMiniProgramMsg{ID: "watsons", Source: model.SourcePaySuccess}); got != want {
		t.Fatalf("enter on the claimed offer emitted %#v, want %#v", got, want)
	}
	if n := len(uitest.State(t, db, "newuser").Coupons); n != 1 {
		t.Fatalf("%d coupons held, want the one claim", n)
	}
	d.Keys("down", "o")
	open, ok := d.Last().(nav.OpenMiniProgramMsg)
	second := d.S.(*Success).offers[1].MiniProgram.ID
	if !ok || open.ID != second || open.Source != model.SourcePaySuccess {
		t.Fatalf("o emitted %#v, want open %s from pay_success", d.Last(), second)
	}
	if open.Source.Scene() != 1403 {
		t.Errorf("scene = %d, want 1403", open.Source.Scene())
	}
}

func TestSuccessCollectPromptIgnoresTipCap(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	env := uitest.Env(db, "newuser")
	if err := db.MarkGuidanceSeen(env.Actor(), "luckin-coffee"); err != nil {
		t.Fatal(err)
	}
	d := success(t, db, "newuser", crayfishSvc)
	if v := uitest.Plain(d); !strings.Contains(v, "Add KFC Self-Service Ordering to My") {
		t.Fatalf("the collect prompt should show although the tip was seen:\n%s", v)
	}
	d.Keys("s")
	if s := uitest.State(t, db, "newuser"); !slices.Contains(s.Favourites, kfc) {
		t.Fatalf("s did not collect: %v", s.Favourites)
	}
	if v := uitest.Plain(d); strings.Contains(v, "press s") || !strings.Contains(v, "★ In My Mini Programs") {
		t.Errorf("the prompt should turn into the collected line:\n%s", v)
	}
}

// farStore puts the persona in the middle of Dianshan Lake.
type farStore struct{ *store.DB }

func (f farStore) Persona(id model.PersonaID) (model.Persona, error) {
	p, err := f.DB.Persona(id)
	p.Location = model.LatLng{Lat: 31.12, Lng: 120.95}
	return p, err
}

func TestSuccessEmptyState(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := success(t, farStore{db}, "newuser", crayfishSvc)
	v := uitest.Plain(d)
	if !strings.Contains(v, "No offers within 1 km") {
		t.Fatalf("want the empty state:\n%s", v)
	}
	if len(d.S.ShortHelp()) != 1 {
		t.Errorf("with no offers only collect should be in help, got %d bindings", len(d.S.ShortHelp()))
	}
}

// listerStore hides the store's NearbyCoupons and lists coupons instead.
type listerStore struct {
	store.Store
	coupons []model.Coupon
}

func (l listerStore) Coupons() ([]model.Coupon, error) { return l.coupons, nil }

func TestSuccessCouponListerFallback(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	w := uitest.World(t)
	want := offerIDs(success(t, db, "newuser", crayfishSvc).S.(*Success))
	got := offerIDs(success(t, listerStore{db, w.Coupons}, "newuser", crayfishSvc).S.(*Success))
	if !slices.Equal(got, want) || len(want) == 0 {
		t.Errorf("fallback offers %v, store's %v", got, want)
	}
}

func TestGoldenSuccess(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	claim(t, db, "newuser", crayfish10)
	d := success(t, db, "newuser", crayfishSvc)
	golden.RequireEqual(t, []byte(uitest.Plain(d)))
}

// The offers name each merchant once, by the name people know it by (its
// life account's), with its distance, and its coupons under it.
func TestSuccessGroupsOffersByBrand(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := success(t, db, "newuser", crayfishSvc)
	v := uitest.Plain(d)
	for _, legal := range []string{"Watsons China", "Zhou Hei Ya Foods", "MUJI (Shanghai) Co., Ltd.", "Yum China"} {
		if strings.Contains(v, legal) {
			t.Errorf("the page names the legal entity %q:\n%s", legal, v)
		}
	}
	if n := strings.Count(v, "Zhou Hei Ya"); n != 1 {
		t.Errorf("Zhou Hei Ya is named %d times, want once for its two coupons:\n%s", n, v)
	}
	lines := strings.Split(v, "\n")
	at := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, "Zhou Hei Ya") })
	if at < 0 || at+2 >= len(lines) || !strings.Contains(lines[at], "131 m") ||
		!strings.Contains(lines[at+1], "Spend ¥99 get ¥20 off") || !strings.Contains(lines[at+2], "Pay-to-get · ¥4 off") {
		t.Fatalf("Zhou Hei Ya's heading with its distance should have both its coupons under it:\n%s", v)
	}
	// the selection moves over coupons, past headings
	d.Keys("down", "down")
	if got := d.S.(*Success).offers[2].Coupon.MerchantID; got != "zhou-hei-ya" {
		t.Fatalf("third offer is %s's", got)
	}
	if v := uitest.Plain(d); !strings.Contains(v, "› 🎫 Pay-to-get · ¥4 off") {
		t.Errorf("down down should select Zhou Hei Ya's second coupon:\n%s", v)
	}
}

// The page at the phone's inner width and the page heights of 80×24,
// 100×30 and 160×40 terminals, and at the 40-column minimum.
func TestGoldenSuccessSizes(t *testing.T) {
	t.Parallel()
	for _, sz := range []struct{ w, h int }{{46, 15}, {46, 21}, {46, 31}, {36, 15}} {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			t.Parallel()
			db := uitest.OpenStore(t)
			d := success(t, db, "newuser", crayfishSvc)
			d.S.SetSize(sz.w, sz.h)
			d.Keys("down", "down", "down") // down to the offers, past a merchant with two
			uitest.ExactSize(t, "success", d.View(), sz.w, sz.h)
			golden.RequireEqual(t, []byte(uitest.Plain(d)))
		})
	}
}
