package report

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"lifesim/model"
	"lifesim/store"
)

// catalog knows one mini program, account, post, coupon and group; the
// embedded nil Catalog panics if WriteState asks for anything else.
type catalog struct{ store.Catalog }

func (catalog) MiniProgram(id model.MiniProgramID) (model.MiniProgram, error) {
	if id == "kfc-ordering" {
		return model.MiniProgram{ID: id, Name: "KFC\x1b[31m Ordering"}, nil
	}
	return model.MiniProgram{}, store.ErrNotFound
}

func (catalog) Account(id model.AccountID) (model.LifeAccount, error) {
	return model.LifeAccount{ID: id, Name: "KFC"}, nil
}

func (catalog) Post(id model.PostID) (model.Post, error) {
	return model.Post{ID: id, Title: "New Year's Crayfish Series"}, nil
}

func (catalog) Coupon(id model.CouponID) (model.Coupon, error) {
	return model.Coupon{}, store.ErrNotFound
}

func (catalog) Group(id model.GroupID) (model.Group, error) {
	return model.Group{ID: id, Name: "KFC Crayfish Fans"}, nil
}

func TestWriteStateNamesWhatThePersonaDid(t *testing.T) {
	at := time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)
	st := model.UserState{
		Favourites:             []model.MiniProgramID{"kfc-ordering", "gone-mp"},
		Recents:                []model.Recent{{MiniProgramID: "kfc-ordering", At: at}},
		Follows:                []model.Follow{{AccountID: "kfc", At: at}},
		Comments:               []model.Comment{{PostID: "post-kfc-crayfish", Text: "Crispy!\nline two"}},
		Coupons:                []model.ClaimedCoupon{{CouponID: "kfc-crayfish-10off", RedeemedIn: "o-1"}},
		Groups:                 []model.GroupMembership{{GroupID: "kfc-crayfish-fans", JoinedAt: at}},
		FollowPromptDismissals: map[model.AccountID]int{"luckin-coffee": 2},
	}
	var b bytes.Buffer
	if err := WriteState(&b, catalog{}, model.Persona{ID: "newuser", Name: "New user"}, st); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"persona      newuser (New user)", "favourites   2", "★ KFC Ordering", "★ gone-mp",
		"· KFC Ordering  (2026-01-08 09:30)", "✓ KFC", "💬 New Year's Crayfish Series: Crispy! line two",
		"kfc-crayfish-10off  used in o-1", "👥 KFC Crayfish Fans  (joined 2026-01-08 09:30)",
		"follow pop-ups closed", "luckin-coffee  2×",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("state lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b") {
		t.Errorf("a name drives the terminal:\n%q", out)
	}
}
