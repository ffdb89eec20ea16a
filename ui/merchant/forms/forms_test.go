package forms

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/styles"
	"lifesim/ui/uitest"
)

var ctrlS = tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl}

// consoleOwner is the owner the tests' console gives its forms.
const consoleOwner = 7

// driver drives one form as the console would: keys and pastes go to it,
// its commands run synchronously and their messages are fed back, except
// SavedMsg and ClosedMsg, which are the console's and are kept.
type driver struct {
	t      testing.TB
	form   Form
	saved  []SavedMsg
	closed []ClosedMsg
}

// testDeps is Deps for account acc on st, with the test clock, the dark
// palette and a scope made from the account's fixture (the store's own
// MerchantScope is read where the form reads it).
func testDeps(t testing.TB, st store.Store, acc model.AccountID) Deps {
	t.Helper()
	a, err := st.Account(acc)
	if err != nil {
		t.Fatal(err)
	}
	scope := model.MerchantScope{Account: a.ID, Merchant: a.MerchantID, MiniPrograms: a.MiniPrograms, Coupons: a.CouponWindow}
	return Deps{
		Store:   st,
		Styles:  styles.Default(true),
		Account: a,
		Scope:   scope,
		Actor: func() model.Actor {
			return model.Actor{Persona: model.MerchantPersona(acc), Session: "console-test", At: uitest.Now}
		},
		Now:   func() time.Time { return uitest.Now },
		Owner: consoleOwner,
	}
}

// open builds a form with build, sizes it and runs its Init.
func open(t testing.TB, build func(Deps) Form, d Deps, w, h int) *driver {
	t.Helper()
	f := build(d)
	f.SetSize(w, h)
	dr := &driver{t: t, form: f}
	dr.run(f.Init())
	return dr
}

func (dr *driver) run(cmd tea.Cmd) {
	dr.t.Helper()
	for _, m := range uitest.Results(dr.t, cmd) {
		dr.send(m)
	}
}

func (dr *driver) send(msg tea.Msg) {
	dr.t.Helper()
	switch m := msg.(type) {
	case SavedMsg:
		dr.saved = append(dr.saved, m)
		return
	case ClosedMsg:
		dr.closed = append(dr.closed, m)
		return
	}
	var cmd tea.Cmd
	dr.form, cmd = dr.form.Update(msg)
	dr.run(cmd)
}

// Send delivers messages in order.
func (dr *driver) Send(msgs ...tea.Msg) {
	dr.t.Helper()
	for _, m := range msgs {
		dr.send(m)
	}
}

// Keys presses named keys (uitest.Key).
func (dr *driver) Keys(names ...string) {
	dr.t.Helper()
	for _, n := range names {
		dr.send(uitest.Key(n))
	}
}

// Type types s, one key per rune.
func (dr *driver) Type(s string) {
	dr.t.Helper()
	dr.Send(uitest.Type(s)...)
}

// Plain is the form's view without styling.
func (dr *driver) Plain() string { return ansi.Strip(dr.form.View()) }

// mustShow fails unless every want is on screen.
func (dr *driver) mustShow(want ...string) {
	dr.t.Helper()
	v := dr.Plain()
	for _, w := range want {
		if !strings.Contains(v, w) {
			dr.t.Fatalf("want %q on screen:\n%s", w, v)
		}
	}
}

// mustNotShow fails if any of not is on screen.
func (dr *driver) mustNotShow(not ...string) {
	dr.t.Helper()
	v := dr.Plain()
	for _, w := range not {
		if strings.Contains(v, w) {
			dr.t.Fatalf("did not want %q on screen:\n%s", w, v)
		}
	}
}

// lineWith is the screen line holding s.
func (dr *driver) lineWith(s string) string {
	for _, l := range strings.Split(dr.Plain(), "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	dr.t.Fatalf("no line with %q:\n%s", s, dr.Plain())
	return ""
}

// pasteOf is the terminal's paste of s.
func pasteOf(s string) tea.PasteMsg { return tea.PasteMsg{Content: s} }

// helpOf is a form's short help as "key desc, key desc".
func helpOf(f Form) string {
	var out []string
	for _, b := range f.ShortHelp() {
		out = append(out, b.Help().Key+" "+b.Help().Desc)
	}
	return strings.Join(out, ", ")
}

// sizeName is "100x26".
func sizeName(w, h int) string { return fmt.Sprintf("%dx%d", w, h) }

// lineAfter is the screen line under the one holding s.
func (dr *driver) lineAfter(s string) string {
	lines := strings.Split(dr.Plain(), "\n")
	for i, l := range lines {
		if strings.Contains(l, s) && i+1 < len(lines) {
			return lines[i+1]
		}
	}
	dr.t.Fatalf("no line after %q:\n%s", s, dr.Plain())
	return ""
}
