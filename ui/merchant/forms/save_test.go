package forms

import (
	"slices"
	"strings"
	"testing"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/uitest"
)

// The forms' writes through a seeded store: each saves once, as the
// operator, and answers the console with what it wrote.

func TestCouponSaves(t *testing.T) {
	t.Parallel()
	dr, st := openCoupon(t, 100, 26)
	dr.Keys("up", "up", "right") // spend-threshold
	dr.Keys("down", "down")
	dr.Type("5")
	dr.Keys("tab")
	dr.Type("20")
	dr.Keys("tab", "tab", "tab")
	dr.Type("Weekend milk")
	dr.Keys("enter") // enter on the title, the last field, saves
	if len(dr.saved) != 1 {
		t.Fatalf("saved %+v\n%s", dr.saved, dr.Plain())
	}
	s := dr.saved[0]
	c := s.Coupon
	if s.Owner != consoleOwner || c == nil || s.Notice != "✓ Coupon created: Weekend milk (Spend ¥20 get ¥5 off)" {
		t.Fatalf("saved %+v", s)
	}
	if c.Kind != model.CouponSpendThreshold || c.DiscountCents != 500 || c.ThresholdCents != 2000 ||
		c.MiniProgramID != "new-hope-member" || !c.ValidFrom.Equal(uitest.Now) || c.ValidUntil.Format("2006-01-02 15:04:05") != "2026-02-07 23:59:59" {
		t.Fatalf("coupon %+v", c)
	}
	acc, err := st.Account("new-hope-dairy")
	if err != nil || !slices.Contains(acc.CouponWindow, c.ID) {
		t.Fatalf("the coupon window %v should hold %s (%v)", acc.CouponWindow, c.ID, err)
	}
	ev := uitest.LastEvent(t, st, uitest.Match{Kind: model.EventCouponCreate})
	if ev.Persona != model.MerchantPersona("new-hope-dairy") || ev.Session != "console-test" {
		t.Fatalf("event %+v", ev)
	}
}

func TestCouponDefaultTitle(t *testing.T) {
	t.Parallel()
	dr, _ := openCoupon(t, 100, 26)
	dr.Type("5")
	dr.Send(ctrlS)
	if len(dr.saved) != 1 || dr.saved[0].Notice != "✓ Coupon created: Pay-to-get · ¥5 off" || dr.saved[0].Coupon.Title != "Pay-to-get · ¥5 off" {
		t.Fatalf("saved %+v", dr.saved)
	}
}

// refusing is a store whose writes fail with err.
type refusing struct {
	*store.DB
	err error
}

func (r refusing) CreateCoupon(model.Actor, model.AccountID, model.CouponSpec) (model.Coupon, error) {
	return model.Coupon{}, r.err
}

func TestCouponStoreRefusal(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	for _, c := range []struct {
		err   error
		label string // where the refusal shows: its field's row, or the message line
		want  string
	}{
		{&model.FieldError{Field: "amount", Problem: "over the merchant's budget"}, "Amount ¥", "✗ amount: over the merchant's budget"},
		{store.ErrNotFound, "ctrl+s", ""},
	} {
		d := testDeps(t, st, "new-hope-dairy")
		d.Store = refusing{st, c.err}
		dr := open(t, NewCoupon, d, 100, 26)
		dr.Type("5")
		dr.Send(ctrlS)
		if len(dr.saved) != 0 {
			t.Fatalf("a refusal answered %+v", dr.saved)
		}
		want := c.want
		if want == "" {
			want = "✗ " + c.err.Error()
		}
		dr.mustShow(want)
		if c.label != "ctrl+s" && !strings.Contains(dr.lineWith(c.label), want) {
			t.Fatalf("want %q beside %s:\n%s", want, c.label, dr.Plain())
		}
		dr.Type("0") // an edit clears the refusal
		dr.mustNotShow(want)
	}
}
