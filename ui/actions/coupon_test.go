package actions_test

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

// Enter on a coupon claims it once; after that it opens the mini program
// that redeems it; a used or expired one only says so; one whose mini
// program is gone says that in one line.
func TestEnterCoupon(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	env := uitest.Env(st, "newuser")
	c, err := st.Coupon("kfc-crayfish-10off")
	if err != nil {
		t.Fatal(err)
	}
	if m := actionMsg(t, actions.EnterCoupon(env, c, model.OfferClaim, model.SourceAccountProfile)); m.Err != nil {
		t.Fatalf("claim: %v", m.Err)
	}
	want := nav.OpenMiniProgramMsg{ID: "kfc-ordering", Source: model.SourceAccountProfile}
	if got := one(t, actions.EnterCoupon(env, c, model.OfferUse, model.SourceAccountProfile)); got != want {
		t.Fatalf("use sent %#v, want %#v", got, want)
	}
	for offer, text := range map[model.CouponOffer]string{
		model.OfferUsed:    "Already used · ¥10 off the New Year's Crayfish Series",
		model.OfferExpired: "Expired · ¥10 off the New Year's Crayfish Series",
	} {
		if got := one(t, actions.EnterCoupon(env, c, offer, model.SourcePost)); got != (screen.StatusMsg{Text: text}) {
			t.Errorf("%s sent %#v, want the notice %q", offer.Label(), got, text)
		}
	}
	if n := len(uitest.State(t, st, "newuser").Coupons); n != 1 {
		t.Fatalf("%d coupons held, want the one claim", n)
	}
	c.MiniProgramID = "no-such-mini-program"
	got, ok := one(t, actions.UseCoupon(env, c, model.SourceCardPack)).(screen.StatusMsg)
	if !ok || got.Err != nil || got.Text != "No mini program redeems this coupon now · ¥10 off the New Year's Crayfish Series" {
		t.Fatalf("a coupon without its mini program sent %#v", got)
	}
}

func one(t *testing.T, cmd tea.Cmd) tea.Msg {
	t.Helper()
	msgs := uitest.Results(t, cmd)
	if len(msgs) != 1 {
		t.Fatalf("got %d messages, want one: %#v", len(msgs), msgs)
	}
	return msgs[0]
}
