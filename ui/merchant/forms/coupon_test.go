package forms

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/uitest"
)

// openCoupon opens the new-coupon form for New Hope Dairy at w×h.
func openCoupon(t *testing.T, w, h int) (*driver, *store.DB) {
	t.Helper()
	st := uitest.OpenStore(t)
	return open(t, NewCoupon, testDeps(t, st, "new-hope-dairy"), w, h), st
}

// nothingWritten fails if the operator's actions reached the store.
func nothingWritten(t *testing.T, dr *driver, st store.EventLog) {
	t.Helper()
	if len(dr.saved) != 0 {
		t.Fatalf("a refused form answered %+v", dr.saved)
	}
	if evs := uitest.FindEvents(t, st, uitest.Match{Persona: model.MerchantPersona("new-hope-dairy")}); len(evs) != 0 {
		t.Fatalf("a refused form wrote %+v", evs)
	}
}

func TestCouponRefusalsNameTheirField(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name  string
		keys  func(dr *driver) // from the amount field, where the form opens
		label string           // the row the problem shows on
		want  string
	}{
		{"empty amount", func(dr *driver) {}, "Amount ¥", "✗ amount: needed"},
		{"amount not a number", func(dr *driver) { dr.Type("5,50") }, "Amount ¥", `✗ amount: "5,50" is not an amount`},
		{"amount in thousandths", func(dr *driver) { dr.Type("5.555") }, "Amount ¥", "✗ amount: \"5.555\" has more than two decimals"},
		{"amount zero", func(dr *driver) { dr.Type("0") }, "Amount ¥", "✗ amount: must be more than ¥0"},
		{"threshold below amount", func(dr *driver) {
			dr.Type("5")
			dr.Keys("up", "up", "right", "down", "down", "down") // kind: spend-threshold, then to the threshold
			dr.Type("3")
		}, "Threshold ¥", "✗ threshold: ¥3.00 is below the amount ¥5.00"},
		{"threshold missing", func(dr *driver) {
			dr.Type("5")
			dr.Keys("up", "up", "space")
		}, "Threshold ¥", "✗ threshold: needed"},
		{"valid until in the past", func(dr *driver) {
			dr.Type("5")
			dr.Keys("down", "down") // pay-to-get: the threshold is skipped
			clear(dr)
			dr.Type("2026-01-01")
		}, "Valid until", "✗ valid until: 2026-01-01"},
		{"valid until not a date", func(dr *driver) {
			dr.Type("5")
			dr.Keys("tab", "tab")
			clear(dr)
			dr.Type("next month")
		}, "Valid until", `✗ valid until: "next month" is not a date as YYYY-MM-DD`},
		{"valid until before valid from", func(dr *driver) {
			dr.Type("5")
			dr.Keys("tab")
			clear(dr)
			dr.Type("2026-03-01")
			dr.Keys("tab")
			clear(dr)
			dr.Type("2026-02-01")
		}, "Valid until", "✗ valid until: 2026-02-01"}, // … is not after valid from
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			dr, st := openCoupon(t, 100, 26)
			c.keys(dr)
			dr.Send(ctrlS)
			if line := dr.lineWith(c.label); !strings.Contains(line, c.want) {
				t.Fatalf("want %q beside %s, got %q\n%s", c.want, c.label, line, dr.Plain())
			}
			if !strings.Contains(dr.lineWith(c.label), "› ") {
				t.Fatalf("a refused save should focus the field with the problem:\n%s", dr.Plain())
			}
			nothingWritten(t, dr, st)
		})
	}
}

// clear empties the focused input.
func clear(dr *driver) {
	for range 12 {
		dr.Keys("backspace")
	}
}

func TestCouponProblemShowsAsTyped(t *testing.T) {
	t.Parallel()
	dr, _ := openCoupon(t, 100, 26)
	dr.mustNotShow("✗") // nothing typed yet: nothing to complain about
	dr.Type("5.")
	dr.mustNotShow("✗") // "5." is 5 yuan
	dr.Type("555")
	if line := dr.lineWith("Amount ¥"); !strings.Contains(line, "more than two decimals") {
		t.Fatalf("the problem should show as it is typed: %q", line)
	}
	dr.Keys("backspace")
	dr.mustNotShow("✗")
	if line := dr.lineWith("Preview"); !strings.Contains(line, "Pay-to-get · ¥5.55 off · until Feb 7 — New Hope Member Service") {
		t.Fatalf("preview %q", line)
	}
	if line := dr.lineWith("Title"); !strings.Contains(line, "Pay-to-get · ¥5.55 off") {
		t.Fatalf("the title's placeholder should be the deal: %q", line)
	}
}

func TestCouponKindAndFields(t *testing.T) {
	t.Parallel()
	dr, _ := openCoupon(t, 100, 26)
	dr.mustShow("‹ Pay-to-get ›", "pay-to-get coupons have none", "2026-01-08", "2026-02-07")
	// pay-to-get: tab from the amount skips the threshold
	dr.Keys("tab")
	if !strings.HasPrefix(dr.lineWith("Valid from"), "› ") {
		t.Fatalf("tab should skip a pay-to-get coupon's threshold:\n%s", dr.Plain())
	}
	dr.Keys("shift+tab", "shift+tab", "shift+tab", "left")
	dr.mustShow("‹ Spend-threshold ›", "the order's least subtotal")
	dr.Keys("tab", "tab", "tab")
	if !strings.HasPrefix(dr.lineWith("Threshold ¥"), "› ") {
		t.Fatalf("a spend-threshold coupon's threshold is a stop:\n%s", dr.Plain())
	}
	dr.Type("20")
	dr.Keys("up")
	dr.Type("5")
	if line := dr.lineWith("Title"); !strings.Contains(line, "Spend ¥20 get ¥5 off") {
		t.Fatalf("placeholder %q", line)
	}
}

func TestCouponLettersType(t *testing.T) {
	t.Parallel()
	// k, j, q, d and the digits type into a field: no shortcut steals them
	dr, _ := openCoupon(t, 100, 26)
	dr.Keys("up", "up", "up", "up") // the amount, up round the button to the title
	if !strings.HasPrefix(dr.lineWith("Title"), "› ") {
		t.Fatalf("↑ should move up through the fields, wrapping:\n%s", dr.Plain())
	}
	dr.Type("kjqd 12")
	if line := dr.lineWith("Title"); !strings.Contains(line, "kjqd 12") || !strings.Contains(line, "7/40") {
		t.Fatalf("title %q", line)
	}
	if len(dr.closed)+len(dr.saved) != 0 {
		t.Fatal("typing left the form")
	}
}

func TestCouponTitleKeepsItsLimit(t *testing.T) {
	t.Parallel()
	dr, _ := openCoupon(t, 100, 26)
	dr.Keys("up", "up", "up", "up") // to the title
	dr.Type(strings.Repeat("x", 45))
	if line := dr.lineWith("Title"); !strings.Contains(line, "40/40") {
		t.Fatalf("typing should stop at 40: %q", line)
	}
	dr.Send(pasteOf(strings.Repeat("y", 10)))
	dr.mustShow("Pasted text cut to 40 characters")
}

func TestCouponProgramPicker(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	dr := open(t, NewCoupon, testDeps(t, st, "citizen-center"), 100, 26)
	first := dr.lineWith("Mini program")
	if !strings.Contains(first, "1 of 3") {
		t.Fatalf("row %q", first)
	}
	dr.Keys("up", "right")
	second := dr.lineWith("Mini program")
	if !strings.Contains(second, "2 of 3") || first == second {
		t.Fatalf("→ should pick the next mini program: %q → %q", first, second)
	}
	dr.Keys("left", "left")
	if !strings.Contains(dr.lineWith("Mini program"), "3 of 3") {
		t.Fatalf("← should wrap: %q", dr.lineWith("Mini program"))
	}
}

func TestCouponEscCloses(t *testing.T) {
	t.Parallel()
	dr, st := openCoupon(t, 100, 26)
	dr.Type("5")
	dr.Keys("esc")
	if len(dr.closed) != 1 || dr.closed[0].Owner != consoleOwner {
		t.Fatalf("closed %+v", dr.closed)
	}
	nothingWritten(t, dr, st)
}

func TestCouponHelpFollowsField(t *testing.T) {
	t.Parallel()
	dr, _ := openCoupon(t, 100, 26)
	if h := helpOf(dr.form); h != "tab next field, shift+tab previous field, ctrl+s create, esc close" {
		t.Fatalf("amount help = %s", h)
	}
	dr.Keys("up")
	if h := helpOf(dr.form); !strings.HasPrefix(h, "←/→ change") {
		t.Fatalf("mini program help = %s", h)
	}
	dr.Keys("up", "up")
	if h := helpOf(dr.form); !strings.HasPrefix(h, "enter create") {
		t.Fatalf("button help = %s", h)
	}
}

func TestGoldenCoupon(t *testing.T) {
	t.Parallel()
	for _, size := range []struct{ w, h int }{{100, 26}, {160, 36}} {
		t.Run(sizeName(size.w, size.h), func(t *testing.T) {
			t.Parallel()
			dr, _ := openCoupon(t, size.w, size.h)
			dr.Keys("up", "up", "right", "down", "down")
			dr.Type("5")
			dr.Keys("tab")
			dr.Type("3")
			golden.RequireEqual(t, []byte(dr.Plain()))
		})
	}
}
