package merchant_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/merchant"
	"lifesim/ui/uitest"
)

// clickSizes are the console's smallest size and a large terminal: each
// mouse test runs at both.
var clickSizes = [][2]int{{merchant.MinWidth, merchant.MinHeight}, {160, 40}}

// atEachSize runs fn on a console of db opened at each of clickSizes.
func atEachSize(t *testing.T, db *store.DB, fn func(t *testing.T, d *console, w, h int)) {
	t.Helper()
	for _, sz := range clickSizes {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			fn(t, openConsole(t, db, sz[0], sz[1]), sz[0], sz[1])
		})
	}
}

// lineWith is the first line of the frame holding s, "" if none does.
func lineWith(view, s string) string {
	for l := range strings.SplitSeq(view, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}

// selected reports whether the row holding s is marked selected (›).
func selected(view, s string) bool {
	return strings.HasPrefix(strings.TrimSpace(lineWith(view, s)), "› ")
}

// A click on a screen's name shows it, as its number does; the names a
// narrow console cuts short are not clickable, and neither is the
// header.
func TestClickAScreenShowsIt(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	atEachSize(t, db, func(t *testing.T, d *console, w, _ int) {
		drawn := 0
		for s := range merchant.Screen(6) {
			label := fmt.Sprint(int(s)+1) + " " + s.Name()
			if _, _, ok := uitest.Find(d.View(), label); !ok {
				continue
			}
			drawn++
			d.Keys(fmt.Sprint((int(s)+1)%6 + 1)) // from another screen
			d.clickWhole(t, label)
			if d.c.Screen() != s {
				t.Fatalf("a click on %q shows %s", label, d.c.Screen().Name())
			}
		}
		if want := map[int]int{merchant.MinWidth: 5, 160: 6}[w]; drawn != want {
			t.Fatalf("%d screens' names drawn whole, want %d:\n%s", drawn, want, d.plain())
		}
		if id := d.regionAt(t, "merchant console"); id != "" {
			t.Errorf("the header is clickable: %q", id)
		}
	})
}

// A click on a row of Content, Coupons, Messages or the Funnel selects
// it, as ↑/↓ moving to it would; a table's header is not clickable.
func TestClickARowSelectsIt(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	op := model.Actor{Persona: model.MerchantPersona("new-hope-dairy"), Session: "s", At: uitest.Now.Add(-2 * time.Minute)}
	for _, text := range []string{"Milk is back", "Yogurt too"} {
		op.At = op.At.Add(time.Minute)
		if _, err := db.SendMessage(op, "new-hope-dairy", text); err != nil {
			t.Fatal(err)
		}
	}
	walkChain(t, db)
	// a second persona, in an experiment's arm, comes across the account:
	// the funnel has its group after everyone's
	armed := model.Actor{Persona: "returning", Session: "arm-1", At: uitest.Now.Add(-time.Minute),
		Variants: map[string]string{model.ExpCollectGuidance: "on"}}
	must(t, "impression", db.RecordEvent(model.NewEvent(armed, model.EventImpression, "new-hope-dairy", model.SourceSearch, "new-hope-member")))
	for _, tc := range []struct {
		key, click, header string
	}{
		{"3", "New: li", "opens"},               // the second post
		{"4", "¥10 off a fresh", "claimed"},     // the second coupon
		{"6", "09:29", "sent to your"},          // the older message, second
		{"2", "collect_guidance", "median gap"}, // the arm's group, after everyone's
	} {
		t.Run(tc.key, func(t *testing.T) {
			atEachSize(t, db, func(t *testing.T, d *console, _, _ int) {
				d.Keys(tc.key)
				if selected(d.plain(), tc.click) {
					t.Fatalf("%q is selected before the click:\n%s", tc.click, d.plain())
				}
				d.Click(tc.click)
				if !selected(d.plain(), tc.click) {
					t.Fatalf("a click on %q did not select it:\n%s", tc.click, d.plain())
				}
				if id := d.regionAt(t, tc.header); id != "" {
					t.Errorf("the heading %q is clickable: %q", tc.header, id)
				}
			})
		})
	}
}

// The hints that name a key do what it does: n opens the coupon and
// the message form, enter opens the post form. The Messages hint is
// under "Nothing sent yet." at first, under the list once one is sent.
func TestClickAHintDoesItsKey(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	op := model.Actor{Persona: model.MerchantPersona("new-hope-dairy"), Session: "s", At: uitest.Now}
	for _, tc := range []struct{ name, key, click, opens string }{
		{"coupons", "4", "n creates a coupon", "Valid until"},
		{"no messages", "6", "n writes a message", "Reaches"},
		{"publish", "5", "enter to write", "ctrl+s publishes"},
		{"a message", "6", "n writes a message", "Reaches"},
	} {
		if tc.name == "a message" {
			if _, err := db.SendMessage(op, "new-hope-dairy", "Milk is back"); err != nil {
				t.Fatal(err)
			}
		}
		t.Run(tc.name, func(t *testing.T) {
			atEachSize(t, db, func(t *testing.T, d *console, _, _ int) {
				d.Keys(tc.key)
				d.clickWhole(t, tc.click)
				if !d.c.CapturesInput() || !strings.Contains(d.plain(), tc.opens) {
					t.Fatalf("a click on %q opened no form:\n%s", tc.click, d.plain())
				}
			})
		})
	}
}

// While the list of keys is shown, a click closes it, as any key does.
func TestAClickClosesTheKeys(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	atEachSize(t, db, func(t *testing.T, d *console, _, _ int) {
		d.Keys("?")
		d.Click("any key closes this")
		if strings.Contains(d.plain(), "any key closes this") || d.c.Screen() != merchant.Overview {
			t.Fatalf("a click left the keys open, or moved:\n%s", d.plain())
		}
	})
}

// An open form takes every click: the names of the screens drawn above
// it are not clickable, as the number keys type into it.
func TestAFormTakesEveryClick(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	atEachSize(t, db, func(t *testing.T, d *console, _, _ int) {
		d.Keys("4", "n")
		if id := d.regionAt(t, "1 Overview"); id != "" {
			t.Fatalf("the screens are clickable over the form: %q", id)
		}
		d.Click("Valid until")
		if !d.c.CapturesInput() || d.c.Screen() != merchant.Coupons {
			t.Fatalf("a click in the form left it:\n%s", d.plain())
		}
	})
}

// The coupon form as the console draws it: a click on a field's row
// focuses it, on the kind's value flips it (and ‹ back), and on the
// button creates the coupon, as ctrl+s does. The threshold of a
// pay-to-get coupon and the preview are not clickable.
func TestClickTheCouponForm(t *testing.T) {
	t.Parallel()
	atEachSize(t, uitest.OpenStore(t), func(t *testing.T, d *console, w, _ int) {
		d.Keys("4", "n")
		for _, label := range []string{"Kind", "Mini program", "Valid from", "Valid until", "Title", "Amount ¥"} {
			d.Click(label)
			if !selected(d.plain(), label) {
				t.Fatalf("a click on %q did not focus it:\n%s", label, d.plain())
			}
		}
		for _, label := range []string{"Threshold ¥", "Preview"} {
			if id := d.regionAt(t, label); id != "" {
				t.Errorf("%q is clickable: %q", label, id)
			}
		}
		d.clickWhole(t, "Pay-to-get ›")
		if !selected(d.plain(), "Kind") || !strings.Contains(d.plain(), "Spend-thres") {
			t.Fatalf("a click on the kind did not flip it:\n%s", d.plain())
		}
		d.Click("Threshold ¥")
		if !selected(d.plain(), "Threshold ¥") {
			t.Fatalf("a spend-threshold coupon's threshold is not focused by a click:\n%s", d.plain())
		}
		d.clickWhole(t, "‹")
		if !strings.Contains(d.plain(), "Pay-to-get") {
			t.Fatalf("a click on ‹ did not flip the kind back:\n%s", d.plain())
		}
		d.Click("Amount ¥")
		d.Send(uitest.Type("5")...)
		if w < 160 {
			if _, _, ok := uitest.Find(d.View(), "[ Create coupon ]"); ok {
				t.Fatalf("the button is drawn at %d columns: test it", w)
			}
			return
		}
		d.clickWhole(t, "[ Create coupon ]")
		if d.c.CapturesInput() || !strings.Contains(d.plain(), "✓ Coupon created") {
			t.Fatalf("a click on the button did not create the coupon:\n%s", d.plain())
		}
		if evs := uitest.FindEvents(t, d.db, uitest.Match{Kind: model.EventCouponCreate}); len(evs) != 1 {
			t.Fatalf("coupon_create events: %v", evs)
		}
	})
}

// The message form: the button sends, as ctrl+s does, and a click on the
// text gives it the keys back from the button.
func TestClickTheMessageForm(t *testing.T) {
	t.Parallel()
	atEachSize(t, uitest.OpenStore(t), func(t *testing.T, d *console, _, _ int) {
		d.Keys("6", "n", "tab")
		d.Click("A note to everyone")
		d.Send(uitest.Type("Milk")...)
		if !strings.Contains(d.plain(), "Milk") {
			t.Fatalf("a click on the text did not give it the keys:\n%s", d.plain())
		}
		if id := d.regionAt(t, "ctrl+s sends"); id != "" {
			t.Errorf("the message line is clickable: %q", id)
		}
		d.clickWhole(t, "[ Send ]")
		if d.c.CapturesInput() || !strings.Contains(d.plain(), "✓ Sent to") {
			t.Fatalf("a click on Send did not send:\n%s", d.plain())
		}
	})
}

// The post form on the Publish screen: a click on a field opens the form
// with that field focused, as enter then tab would; the form's value
// flips; where the console has room, the components, the picker and
// the button take clicks too.
func TestClickThePostForm(t *testing.T) {
	t.Parallel()
	atEachSize(t, uitest.OpenStore(t), func(t *testing.T, d *console, w, _ int) {
		d.Keys("5")
		if d.c.CapturesInput() {
			t.Fatal("the post form is open before a click")
		}
		d.Click("Title")
		d.Send(uitest.Type("Dawn milk")...)
		if !d.c.CapturesInput() || !strings.Contains(d.plain(), "9/60") {
			t.Fatalf("a click on Title did not open the form there:\n%s", d.plain())
		}
		d.Click("Text")
		d.Send(uitest.Type("Fresh")...)
		if !strings.Contains(d.plain(), "5/2,000") {
			t.Fatalf("a click on Text did not focus it:\n%s", d.plain())
		}
		d.clickWhole(t, "Image-text ›")
		if !strings.Contains(d.plain(), "Short video") || !selected(d.plain(), "Form") {
			t.Fatalf("a click on the form's kind did not flip it:\n%s", d.plain())
		}
		d.Click("Length")
		if !selected(d.plain(), "Length") {
			t.Fatalf("a video's length is not focused by a click:\n%s", d.plain())
		}
		if w < 160 {
			return // the components are below the fold
		}
		clickComponents(t, d)
	})
}

// clickComponents adds a component from the picker, removes it, adds
// it again and publishes, all by clicks.
func clickComponents(t *testing.T, d *console) {
	t.Helper()
	d.Click("+ Add a service link")
	if !strings.Contains(d.plain(), "Add one of the account's own") {
		t.Fatalf("a click on the add row opened no picker:\n%s", d.plain())
	}
	d.Click("Service · ")
	if !strings.Contains(d.plain(), "1/3") || !strings.Contains(d.plain(), "1. Service · ") {
		t.Fatalf("a click on a choice did not add it:\n%s", d.plain())
	}
	d.Click("1. Service")
	d.clickWhole(t, "d remove")
	if !strings.Contains(d.plain(), "0/3") {
		t.Fatalf("a click on d remove did not remove the component:\n%s", d.plain())
	}
	d.clickWhole(t, "[ Publish ]")
	if d.c.CapturesInput() || !strings.Contains(d.plain(), "✓ Published") {
		t.Fatalf("a click on Publish did not publish:\n%s", d.plain())
	}
	ev := uitest.LastEvent(t, d.db, uitest.Match{Kind: model.EventMerchantPost})
	if ev.Persona != model.MerchantPersona("new-hope-dairy") {
		t.Errorf("the post was written as %s", ev.Persona)
	}
}

// A resize forgets where the last frame could be clicked: below the
// console's minimum the root draws its notice, not a frame, and a click
// on the notice must not press what was drawn there before.
func TestAResizeForgetsTheRegions(t *testing.T) {
	t.Parallel()
	d := openConsole(t, uitest.OpenStore(t), 160, 40)
	_ = d.View()
	if d.c.Regions().Len() == 0 {
		t.Fatal("the frame records nothing to click")
	}
	d.Send(tea.WindowSizeMsg{Width: merchant.MinWidth - 1, Height: merchant.MinHeight})
	if n := d.c.Regions().Len(); n != 0 {
		t.Fatalf("%d regions of the last frame kept after a resize", n)
	}
}
