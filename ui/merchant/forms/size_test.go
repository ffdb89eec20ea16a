package forms

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/uitest"
)

var builders = map[string]func(Deps) Form{"coupon": NewCoupon, "post": NewPost, "message": NewMessage}

// TestFormsFitTheirSize: at every size the console may give, and after
// keys that open the picker, type long text and fail a save, each form
// draws exactly its size with no control sequence but styling.
func TestFormsFitTheirSize(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	long := strings.Repeat("long words and 中文 ", 6)
	for name, build := range builders {
		for _, size := range [][2]int{{60, 16}, {89, 20}, {100, 26}, {160, 36}, {200, 50}} {
			w, h := size[0], size[1]
			dr := open(t, build, testDeps(t, st, "new-hope-dairy"), w, h)
			for _, keys := range [][]string{nil, {"tab", "tab", "tab", "enter"}, {"tab"}, {"shift+tab", "right"}} {
				dr.Keys(keys...)
				dr.Type("long 中文 words ")
				dr.Send(pasteOf("\x1b]0;x\x07" + long + "\n" + long))
				dr.Send(ctrlS)
				what := fmt.Sprint(name, " after ", keys)
				uitest.ExactSize(t, what, dr.form.View(), w, h)
				if bad := uitest.UnsafeControls(dr.form.View()); len(bad) > 0 {
					t.Fatalf("%s: control sequences %q", what, bad)
				}
			}
		}
	}
}

// blind is a store that cannot read the merchant's scope.
type blind struct{ *store.DB }

func (blind) MerchantScope(model.AccountID) (model.MerchantScope, error) {
	return model.MerchantScope{}, errors.New("the store is closed")
}

func TestPostScopeUnreadable(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d := testDeps(t, st, "new-hope-dairy")
	d.Store = blind{st}
	dr := open(t, NewPost, d, 100, 26)
	dr.mustShow("✗ the account's services, coupons and groups: the store is closed")
	toComponents(dr)
	dr.Keys("enter")
	dr.mustShow("nothing to link: the account could not be read")
	dr.mustNotShow("Add one of") // no picker over nothing
}

func TestCouponTitleIsCleaned(t *testing.T) {
	t.Parallel()
	dr, _ := openCoupon(t, 100, 26)
	dr.Type("5")
	dr.Keys("up", "up", "up", "up") // the title
	dr.Send(pasteOf("Milk\x1b[2J \x1b]8;;http://x\x07week\u202e"))
	dr.Type("\x07")
	if bad := uitest.UnsafeControls(dr.form.View()); len(bad) > 0 {
		t.Fatalf("control sequences echoed: %q", bad)
	}
	dr.Send(ctrlS)
	if len(dr.saved) != 1 || dr.saved[0].Coupon.Title != "Milk week" {
		t.Fatalf("saved %+v", dr.saved)
	}
}
