package merchant_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"lifesim/model"
	"lifesim/report"
	"lifesim/store"
	"lifesim/ui/keys"
	"lifesim/ui/merchant"
	"lifesim/ui/styles"
	"lifesim/ui/uitest"
)

func TestScreensByKey(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	for _, tc := range []struct {
		keys []string
		want merchant.Screen
		text string // the screen's heading
	}{
		{nil, merchant.Overview, "Followers by origin"},
		{[]string{"2"}, merchant.Funnel, "Private-domain funnel"},
		{[]string{"3"}, merchant.Content, "its posts, newest first"},
		{[]string{"4"}, merchant.Coupons, "Coupon window"},
		{[]string{"5"}, merchant.Publish, "enter to write"},
		{[]string{"6"}, merchant.Messages, "Nothing sent yet."},
		{[]string{"tab"}, merchant.Funnel, "Private-domain funnel"},
		{[]string{"shift+tab"}, merchant.Messages, "Nothing sent yet."},
		{[]string{"6", "tab"}, merchant.Overview, "Followers by origin"},
		{[]string{"3", "1"}, merchant.Overview, "Followers by origin"},
		{[]string{"x", "e", "s"}, merchant.Overview, "Followers by origin"}, // forgiven
	} {
		t.Run(strings.Join(tc.keys, ","), func(t *testing.T) {
			d := openConsole(t, db, 100, 30)
			d.Keys(tc.keys...)
			if got := d.c.Screen(); got != tc.want {
				t.Fatalf("after %v the screen is %v, want %v", tc.keys, got.Name(), tc.want.Name())
			}
			v := d.plain()
			if !strings.Contains(v, tc.text) || !strings.Contains(v, "›"+fmt.Sprint(int(tc.want)+1)+" "+tc.want.Name()) {
				t.Fatalf("%s is not in front, or lacks %q:\n%s", tc.want.Name(), tc.text, v)
			}
			uitest.ExactSize(t, "console", d.View(), 100, 30)
		})
	}
}

// overviewRow is the figures of the Overview's line for label: today,
// the span, all time.
func overviewRow(t *testing.T, view, label string) []string {
	t.Helper()
	for l := range strings.SplitSeq(view, "\n") {
		l = strings.TrimSpace(l)
		if rest, ok := strings.CutPrefix(l, label+" "); ok {
			f := strings.Fields(rest)
			if len(f) >= 3 {
				return f[:3]
			}
		}
	}
	t.Fatalf("no %q line in:\n%s", label, view)
	return nil
}

// A persona acting elsewhere in the process moves the figures once the
// wait for the log to grow ends, and not before; the console then waits
// again.
func TestLiveWhenAnotherActorWrites(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := openConsole(t, db, 100, 30)
	if !d.c.Live() || !strings.Contains(d.plain(), "● live") {
		t.Fatalf("the console does not follow the log after its first read:\n%s", d.plain())
	}
	if got := overviewRow(t, d.plain(), "followers gained"); got[0] != "0" {
		t.Fatalf("followers gained before the walk: %v", got)
	}
	walkChain(t, db)
	if got := overviewRow(t, d.plain(), "followers gained"); got[0] != "0" {
		t.Fatalf("the figures moved before the wait ended: %v", got)
	}
	d.release()
	v := d.plain()
	for label, want := range map[string]string{"followers gained": "1", "collects": "1", "orders": "1", "revenue": "¥42.00"} {
		if got := overviewRow(t, v, label); got[0] != want || got[2] != want {
			t.Errorf("%s after the walk: today, span, all time = %v; want %s today and all time", label, got, want)
		}
	}
	if !d.c.Live() {
		t.Error("the console stopped following the log after its second read")
	}
	if len(d.waits.Ready()) != 0 {
		t.Error("a wait ended with nothing appended")
	}
}

// The console shows what `lifesim merchant` reports: the same figures,
// read through the same view.
func TestFiguresMatchTheReport(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	walkChain(t, db)
	r, err := report.MerchantReport(db, "new-hope-dairy", uitest.Now, 7)
	if err != nil {
		t.Fatal(err)
	}
	d := openConsole(t, db, 160, 40)
	v := d.plain()
	today := r.Days[len(r.Days)-1]
	for _, tc := range []struct {
		label      string
		today, all int
	}{
		{"followers gained", today.FollowersGained, r.Totals.FollowersGained},
		{"collects", today.Collects, r.Totals.Collects},
		{"revisits", today.Revisits, r.Totals.Revisits},
		{"orders", today.Orders, r.Totals.Orders},
		{"coupons claimed", today.CouponsClaimed, r.Totals.CouponsClaimed},
	} {
		got := overviewRow(t, v, tc.label)
		if got[0] != fmt.Sprint(tc.today) || got[2] != fmt.Sprint(tc.all) {
			t.Errorf("%s: console %v, report today %d all %d", tc.label, got, tc.today, tc.all)
		}
	}
	if r.FollowsBy[model.OriginSearch] != 1 || !strings.Contains(v, "search") {
		t.Fatalf("the report credits %d follows to search", r.FollowsBy[model.OriginSearch])
	}
	d.Keys("2")
	v = d.plain()
	for s, step := range r.Funnel[0].Steps {
		name := model.MerchantFunnelStep(s).Name()
		if got := funnelCount(t, v, name); got != fmt.Sprint(step.Count) {
			t.Errorf("funnel %s: console %s, report %d", name, got, step.Count)
		}
	}
}

// funnelCount is the count of the first group's line for step.
func funnelCount(t *testing.T, view, step string) string {
	t.Helper()
	for l := range strings.SplitSeq(view, "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(l), step+" "); ok {
			return strings.Fields(rest)[0]
		}
	}
	t.Fatalf("no %q step in:\n%s", step, view)
	return ""
}

// The message form sends through the store; the console shows the
// notice at once, and the message once the write's event wakes it.
func TestAMessageSentShowsOnceLogged(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := openConsole(t, db, 100, 30)
	d.Keys("6", "n")
	if !d.c.CapturesInput() {
		t.Fatalf("n on Messages opened no form:\n%s", d.plain())
	}
	d.Keys("1", "q") // typed into the form, not screen keys or quit
	if d.c.Screen() != merchant.Messages || d.Quit {
		t.Fatal("a key typed into the form acted on the console")
	}
	d.Send(uitest.Type("Fresh milk is back")...)
	d.Send(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	if d.c.CapturesInput() {
		t.Fatalf("the form is still open after ctrl+s:\n%s", d.plain())
	}
	if v := d.plain(); !strings.Contains(v, "✓") || !strings.Contains(v, "Nothing sent yet.") {
		t.Fatalf("after sending: want the notice, and the list as last read:\n%s", v)
	}
	d.release()
	if v := d.plain(); !strings.Contains(v, "1qFresh milk is back") || !strings.Contains(v, "reached") {
		t.Fatalf("the sent message is not listed once logged:\n%s", v)
	}
	sent, err := db.SentMessages("new-hope-dairy")
	if err != nil || len(sent) != 1 {
		t.Fatalf("sent: %v %v", sent, err)
	}
	ev := uitest.LastEvent(t, db, uitest.Match{Kind: model.EventMerchantMessage})
	if ev.Persona != model.MerchantPersona("new-hope-dairy") || ev.Session != "console-1" {
		t.Errorf("the message was written as %s in session %s", ev.Persona, ev.Session)
	}
}

// esc leaves a form without writing; the console's keys work again.
func TestEscClosesTheForm(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := openConsole(t, db, 100, 30)
	d.Keys("4", "n")
	if !d.c.CapturesInput() || !strings.Contains(d.plain(), "New coupon") {
		t.Fatalf("n on Coupons opened no coupon form:\n%s", d.plain())
	}
	d.Keys("esc", "1")
	if d.c.CapturesInput() || d.c.Screen() != merchant.Overview {
		t.Fatal("esc did not close the form, or 1 then did not show the Overview")
	}
	if evs := uitest.FindEvents(t, db, uitest.Match{Kind: model.EventCouponCreate}); len(evs) != 0 {
		t.Fatalf("a closed form wrote %v", evs)
	}
}

// d cycles the Overview's span: 7, 14, 30 days, then 7 again; each
// reads the figures over the new span.
func TestDaysCycleTheSpan(t *testing.T) {
	t.Parallel()
	d := openConsole(t, uitest.OpenStore(t), 100, 30)
	for _, want := range []int{14, 30, 7} {
		d.Keys("d")
		if d.c.Days() != want || !strings.Contains(d.plain(), fmt.Sprintf("last %d simulated days", want)) {
			t.Fatalf("after d: %d days; want %d:\n%s", d.c.Days(), want, d.plain())
		}
	}
}

// Reads are one at a time: a read asked for while one is in flight
// follows it, once.
func TestOneReadAtATime(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	waits := &uitest.Waits{}
	c := merchant.New(merchant.Options{
		Store: db, Styles: styles.Default(true), Keys: keys.New(), Account: "new-hope-dairy",
		Session: "s", Clock: func() time.Time { return uitest.Now }, Waiter: waits.Hold,
	})
	c.SetSize(100, 30)
	first := c.Init()
	if first == nil {
		t.Fatal("Init reads nothing")
	}
	_, again := c.Update(uitest.Key("d"))
	if again != nil {
		t.Fatal("d started a second read while the first was in flight")
	}
	msgs := uitest.Results(t, first)
	_, next := c.Update(msgs[0])
	if next == nil {
		t.Fatal("the read asked for meanwhile did not follow the first")
	}
	for _, m := range uitest.Results(t, next) { // the read, and the post form's
		if _, cmd := c.Update(m); cmd != nil {
			uitest.Results(t, cmd)
		}
	}
	if !c.Live() {
		t.Fatal("after the second read the console should wait for the log")
	}
}

// failing is a store whose SentMessages fails.
type failing struct{ *store.DB }

func (failing) SentMessages(model.AccountID) ([]model.MerchantMessage, error) {
	return nil, errors.New("disk on fire")
}

func TestAFailedReadIsOneLine(t *testing.T) {
	t.Parallel()
	waits := &uitest.Waits{}
	c := merchant.New(merchant.Options{
		Store: failing{uitest.OpenStore(t)}, Styles: styles.Default(true), Keys: keys.New(),
		Account: "new-hope-dairy", Session: "s", Clock: func() time.Time { return uitest.Now }, Waiter: waits.Hold,
	})
	d := uitest.NewApp(t, &host{c: c})
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	d.Init()
	v := d.View()
	if c.Live() || !strings.Contains(v, "✗ not live") || strings.Count(v, "disk on fire") != 1 {
		t.Fatalf("a failed read should say so once and stop following:\n%s", v)
	}
	uitest.ExactSize(t, "console", v, 100, 30)
}

// Each screen at a laptop's sizes, after the chain.
func TestGoldens(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	walkChain(t, db)
	for _, size := range [][2]int{{100, 30}, {160, 40}} {
		for s := range 6 {
			screen := merchant.Screen(s)
			t.Run(fmt.Sprintf("%s_%dx%d", screen.Name(), size[0], size[1]), func(t *testing.T) {
				d := openConsole(t, db, size[0], size[1])
				d.Keys(fmt.Sprint(s + 1))
				uitest.ExactSize(t, screen.Name(), d.View(), size[0], size[1])
				golden.RequireEqual(t, []byte(d.plain()))
			})
		}
	}
}

// Every screen is exactly the terminal at every size from the console's
// minimum up, and a form open over one too.
func TestFitsEverySize(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	walkChain(t, db)
	for w := merchant.MinWidth; w <= 170; w += 11 {
		d := openConsole(t, db, w, merchant.MinHeight)
		for h := merchant.MinHeight; h <= 46; h += 6 {
			d.Send(tea.WindowSizeMsg{Width: w, Height: h})
			for s := range 6 {
				d.Keys(fmt.Sprint(s + 1))
				uitest.ExactSize(t, fmt.Sprintf("%s at %d×%d", merchant.Screen(s).Name(), w, h), d.View(), w, h)
			}
			d.Keys("4", "n")
			uitest.ExactSize(t, fmt.Sprintf("the coupon form at %d×%d", w, h), d.View(), w, h)
			d.Keys("esc")
		}
	}
}

// What the store hands the console is drawn without its control
// sequences: a message with an escape in it, an operator's post title.
func TestHostileTextIsDrawnSafely(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	op := model.Actor{Persona: model.MerchantPersona("new-hope-dairy"), Session: "s", At: uitest.Now}
	if _, err := db.SendMessage(op, "new-hope-dairy", "milk \x1b]0;pwned\x07 is \x1b[31mback\u202e"); err != nil {
		t.Fatal(err)
	}
	d := openConsole(t, db, 100, 30)
	for _, k := range []string{"6", "3", "1"} {
		d.Keys(k)
		if bad := uitest.UnsafeControls(d.View()); bad != nil {
			t.Fatalf("screen %s draws %q", k, bad)
		}
	}
}

// The message form says whom it will reach before it is sent: the
// account's followers as of the console's last read, and one more once a
// persona follows while it is open.
func TestTheMessageFormSaysItsReach(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := openConsole(t, db, 100, 30)
	d.Keys("6", "n")
	if v := d.plain(); !strings.Contains(v, "Reaches 0 followers") {
		t.Fatalf("the form does not say it reaches no one yet:\n%s", v)
	}
	a := walkerAt("follower", uitest.Now).next()
	if _, err := db.ToggleFollow(a, "new-hope-dairy", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	d.release()
	if v := d.plain(); !strings.Contains(v, "Reaches 1 follower ") {
		t.Fatalf("after a follow the form does not say it reaches one:\n%s", v)
	}
}
