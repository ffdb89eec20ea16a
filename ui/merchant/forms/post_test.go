package forms

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/uitest"
)

// openPost opens the publish form for New Hope Dairy at w×h.
func openPost(t *testing.T, w, h int) (*driver, *store.DB) {
	t.Helper()
	st := uitest.OpenStore(t)
	return open(t, NewPost, testDeps(t, st, "new-hope-dairy"), w, h), st
}

// toComponents moves from the form's first field to its components (an
// image-text post has no length).
func toComponents(dr *driver) { dr.Keys("tab", "tab", "tab") }

// write types a title and a body.
func write(dr *driver, title, body string) {
	dr.Keys("tab")
	dr.Type(title)
	dr.Keys("tab")
	dr.Type(body)
	dr.Keys("shift+tab", "shift+tab")
}

func TestPostPickerOffersOnlyTheMerchantsOwn(t *testing.T) {
	t.Parallel()
	dr, st := openPost(t, 160, 36)
	toComponents(dr)
	dr.Keys("enter")
	dr.mustShow(
		"Service · 24-Hour Fresh Milk, 7-day Subscription — New Hope Member Service",
		"Coupon · New member: ¥5 off your first order",
		"Group · New Parents' Milk Club",
	)
	scope, err := st.MerchantScope("new-hope-dairy")
	if err != nil {
		t.Fatal(err)
	}
	f := dr.form.(*postForm)
	if len(f.comps.choices) == 0 {
		t.Fatal("nothing to pick")
	}
	for _, c := range f.comps.choices {
		comp := c.comp
		if !slices.Contains(scope.MiniPrograms, comp.MiniProgramID) && !slices.Contains(scope.Coupons, comp.CouponID) &&
			!slices.Contains(scope.Groups, comp.GroupID) {
			t.Errorf("the picker offers %q, not the merchant's own", c.text)
		}
	}
}

func TestPostPublishes(t *testing.T) {
	t.Parallel()
	dr, st := openPost(t, 100, 26)
	write(dr, "Fresh milk week", "Seven mornings of milk.")
	toComponents(dr)
	dr.Keys("enter", "enter")                                 // the first service
	dr.Keys("enter", "down", "down", "down", "down", "enter") // the first coupon
	dr.mustShow("1. Service · 24-Hour Fresh Milk", "2. Coupon · New member", "Components  2/3")
	dr.Keys("tab", "enter") // the button
	if len(dr.saved) != 1 {
		t.Fatalf("saved %+v\n%s", dr.saved, dr.Plain())
	}
	s := dr.saved[0]
	p := s.Post
	if s.Owner != consoleOwner || p == nil || s.Notice != "✓ Published: Fresh milk week" {
		t.Fatalf("saved %+v", s)
	}
	if p.AccountID != "new-hope-dairy" || p.Kind != model.PostImageText || p.Body != "Seven mornings of milk." || len(p.Components) != 2 ||
		p.Components[0].ServiceID != "fresh-milk-week" || p.Components[1].CouponID != "nh-new-member" {
		t.Fatalf("post %+v", p)
	}
	page, err := st.AccountPosts("new-hope-dairy", "", 3)
	if err != nil || len(page.Items) == 0 || page.Items[0].ID != p.ID {
		t.Fatalf("the account's posts should lead with it: %v", err)
	}
}

func TestPostShortVideo(t *testing.T) {
	t.Parallel()
	dr, _ := openPost(t, 100, 26)
	dr.Keys("space")
	dr.mustShow("‹ Short video ›")
	dr.Keys("tab") // the length is a stop now
	if !strings.HasPrefix(dr.lineWith("Length"), "› ") {
		t.Fatalf("a video's length is a stop:\n%s", dr.Plain())
	}
	dr.Keys("backspace", "backspace")
	dr.Type("45")
	dr.Keys("tab")
	dr.Type("A day at the farm")
	dr.Keys("tab")
	dr.Type("Grazing and milking.")
	dr.Send(ctrlS)
	if len(dr.saved) != 1 || dr.saved[0].Post.Kind != model.PostVideo || dr.saved[0].Post.DurationSec != 45 {
		t.Fatalf("saved %+v", dr.saved)
	}
}

func TestPostRefusalsNameTheirField(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name  string
		keys  func(dr *driver)
		label string
		want  string
	}{
		{"no title", func(dr *driver) {}, "Title", "✗ title: a post needs a title"},
		{"title only", func(dr *driver) { dr.Keys("tab"); dr.Type("x") }, "Text", "✗ text: a post needs some text"},
		{"video too short", func(dr *driver) {
			dr.Keys("right", "tab", "backspace", "backspace")
			dr.Type("3")
		}, "Length", "✗ length: 3 seconds: a short video runs 5 to 300"},
		{"length not a number", func(dr *driver) {
			dr.Keys("right", "tab", "backspace", "backspace")
			dr.Type("1m")
		}, "Length", `✗ length: "1m" is not a number of seconds`},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			dr, st := openPost(t, 100, 26)
			c.keys(dr)
			dr.Send(ctrlS)
			line := dr.lineAfter(c.label) // a problem shows under its field's name
			if !strings.Contains(line, c.want) {
				t.Fatalf("want %q beside %s, got %q\n%s", c.want, c.label, line, dr.Plain())
			}
			nothingWritten(t, dr, st)
		})
	}
}

// TestPostStoreRefusesAnotherMerchantsLink: the picker offers only the
// merchant's own things, so the rule is met at the store: a form whose
// scope has gone stale (here: says KFC's mini program is the merchant's)
// is refused there, with the mini program named, and nothing is written.
func TestPostStoreRefusesAnotherMerchantsLink(t *testing.T) {
	t.Parallel()
	dr, st := openPost(t, 160, 36)
	f := dr.form.(*postForm)
	kfc, err := st.MiniProgram("kfc-ordering")
	if err != nil {
		t.Fatal(err)
	}
	f.scope.MiniPrograms = append(f.scope.MiniPrograms, kfc.ID)
	f.comps.added = append(f.comps.added, serviceChoice(kfc, kfc.Services[0]))
	write(dr, "Crayfish!", "Not ours to sell.")
	dr.Send(ctrlS)
	if len(dr.saved) != 0 {
		t.Fatalf("the store should refuse: %+v", dr.saved)
	}
	if under := dr.lineAfter("Components"); !strings.Contains(under, `✗ components: "kfc-ordering" is not one of this`) {
		t.Fatalf("want the refusal under the components, naming the mini program:\n%s", dr.Plain())
	}
	nothingWritten(t, dr, st)
}

func TestPostComponentsAtMostThree(t *testing.T) {
	t.Parallel()
	dr, _ := openPost(t, 100, 26)
	toComponents(dr)
	for range model.MaxMerchantComponents {
		dr.Keys("enter", "enter")
	}
	dr.mustShow("Components  3/3", "a post carries at most 3", "3. Service · Kids' Growth Milk")
	dr.mustNotShow("+ Add")
	dr.Keys("enter") // nothing to add to: no picker
	dr.mustNotShow("Add one of")
	dr.Keys("up", "d") // remove the second
	dr.mustShow("Components  2/3", "1. Service · 24-Hour", "2. Service · Kids'", "+ Add")
	dr.mustNotShow("Live Yogurt")
	// the removed one is offered again; the ones on the post are not
	dr.Keys("down", "enter")
	dr.mustShow("Service · Live Yogurt")
	if strings.Count(dr.Plain(), "Service · Kids'") != 1 {
		t.Fatalf("a component on the post is not offered again:\n%s", dr.Plain())
	}
	dr.Keys("esc")
	dr.mustNotShow("Add one of")
	if len(dr.closed) != 0 {
		t.Fatal("esc in the picker should only leave the picker")
	}
	dr.Keys("esc")
	if len(dr.closed) != 1 {
		t.Fatal("esc should close the form")
	}
}

func TestPostOffersACouponJustCreated(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d := testDeps(t, st, "new-hope-dairy")
	spec := model.CouponSpec{Kind: model.CouponPayToGet, MiniProgramID: "new-hope-member", DiscountCents: 500,
		ValidFrom: uitest.Now, ValidUntil: uitest.Now.AddDate(0, 0, 30)}
	c, err := st.CreateCoupon(d.Actor(), "new-hope-dairy", spec)
	if err != nil {
		t.Fatal(err)
	}
	dr := open(t, NewPost, d, 160, 36) // d.Scope is from before the coupon: the form reads it fresh
	toComponents(dr)
	dr.Keys("enter")
	dr.mustShow("Coupon · " + c.Title)
	// a form made before a coupon (the console keeps its Publish form)
	// offers it too: the picker reads the links again as it opens
	dr.Keys("esc")
	spec.DiscountCents = 700
	c2, err := st.CreateCoupon(d.Actor(), "new-hope-dairy", spec)
	if err != nil {
		t.Fatal(err)
	}
	dr.Keys("enter")
	f := dr.form.(*postForm)
	for _, ch := range f.comps.available() {
		if ch.comp.CouponID == c2.ID {
			break
		}
		dr.Keys("down")
	}
	dr.mustShow("Coupon · " + c2.Title)
	dr.Keys("enter")
	if got := f.comps.added; len(got) != 1 || got[0].comp.CouponID != c2.ID {
		t.Fatalf("added %+v, want the coupon just created", got)
	}
}

func TestPostTextIsCleaned(t *testing.T) {
	t.Parallel()
	dr, _ := openPost(t, 100, 26)
	dr.Keys("tab")
	dr.Send(pasteOf("Milk\x1b]0;pwned\x07 \x1b[2Jweek\u202e"))
	dr.Keys("tab")
	dr.Send(pasteOf("Line one\r\n\x1b[31mred\x1b[0m\u009b2J"))
	if bad := uitest.UnsafeControls(dr.form.View()); len(bad) > 0 {
		t.Fatalf("control sequences echoed: %q", bad)
	}
	dr.Send(ctrlS)
	if len(dr.saved) != 1 {
		t.Fatalf("saved %+v\n%s", dr.saved, dr.Plain())
	}
	p := dr.saved[0].Post
	if p.Title != "Milk week" || p.Body != "Line one\nred" {
		t.Fatalf("saved title %q body %q", p.Title, p.Body)
	}
}

func TestPostHelpFollowsField(t *testing.T) {
	t.Parallel()
	dr, _ := openPost(t, 100, 26)
	if h := helpOf(dr.form); !strings.HasPrefix(h, "←/→ change") {
		t.Fatalf("kind help = %s", h)
	}
	dr.Keys("tab", "tab")
	if h := helpOf(dr.form); !strings.Contains(h, "enter new line") {
		t.Fatalf("text help = %s", h)
	}
	dr.Keys("tab")
	if h := helpOf(dr.form); !strings.Contains(h, "enter add component") {
		t.Fatalf("components help = %s", h)
	}
	dr.Keys("enter")
	if h := helpOf(dr.form); h != "↑/↓ choose, enter add, esc back to the form" {
		t.Fatalf("picker help = %s", h)
	}
	dr.Keys("enter")
	dr.Keys("up")
	if h := helpOf(dr.form); !strings.Contains(h, "d remove") {
		t.Fatalf("component help = %s", h)
	}
}

func TestGoldenPost(t *testing.T) {
	t.Parallel()
	for _, size := range []struct{ w, h int }{{100, 26}, {160, 36}} {
		t.Run(sizeName(size.w, size.h), func(t *testing.T) {
			t.Parallel()
			dr, _ := openPost(t, size.w, size.h)
			write(dr, "Fresh milk week", "Seven mornings of milk at your door.")
			dr.Keys("tab", "tab", "enter")
			dr.Type("Take ¥5 off with the new member coupon.")
			dr.Keys("shift+tab", "shift+tab")
			toComponents(dr)
			dr.Keys("enter", "enter", "enter", "down")
			golden.RequireEqual(t, []byte(dr.Plain()))
		})
	}
}
