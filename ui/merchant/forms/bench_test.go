package forms

import (
	"strings"
	"testing"

	"lifesim/ui/uitest"
)

// BenchmarkPostKey is a key typed into a post's text of 1,500 characters
// and the frame drawn after it, at 160×36: what the operator waits for.
func BenchmarkPostKey(b *testing.B) {
	st := uitest.OpenStore(b)
	dr := open(b, NewPost, testDeps(b, st, "new-hope-dairy"), 160, 36)
	dr.Keys("tab")
	dr.Type("Fresh milk week")
	dr.Keys("tab")
	dr.Send(pasteOf(strings.Repeat("Seven mornings of milk. ", 62)))
	key := uitest.Key("x")
	back := uitest.Key("backspace")
	b.ResetTimer()
	for i := range b.N {
		if i%2 == 0 {
			dr.send(key)
		} else {
			dr.send(back)
		}
		_ = dr.form.View()
	}
}

// BenchmarkCouponKey is a key typed into the coupon's amount and the
// frame after it (every field is parsed and checked for the frame).
func BenchmarkCouponKey(b *testing.B) {
	st := uitest.OpenStore(b)
	dr := open(b, NewCoupon, testDeps(b, st, "new-hope-dairy"), 160, 36)
	key := uitest.Key("5")
	back := uitest.Key("backspace")
	b.ResetTimer()
	for i := range b.N {
		if i%2 == 0 {
			dr.send(key)
		} else {
			dr.send(back)
		}
		_ = dr.form.View()
	}
}
