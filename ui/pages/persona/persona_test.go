package persona_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/ui/nav"
	"lifesim/ui/pages/persona"
	"lifesim/ui/uitest"
)

func TestPickAnotherPersona(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	page := persona.New(uitest.Env(db, "newuser"))
	d := uitest.NewScreen(t, page, 46, 20)
	v := ansi.Strip(d.View())
	for _, want := range []string{"Switch persona", "› Lin Xiao", "✓ now", "Chen Wei", "📍 31.2235, 121.4455"} {
		if !strings.Contains(v, want) {
			t.Fatalf("picker lacks %q:\n%s", want, v)
		}
	}
	uitest.ExactSize(t, "picker", d.View(), 46, 20)
	d.Keys("down")
	// the driver keeps only navigation messages, so run enter's command here
	_, cmd := page.Update(uitest.Key("enter"))
	msgs := uitest.Results(t, cmd)
	if want := (nav.SwitchPersonaMsg{ID: "returning", Name: "Chen Wei"}); len(msgs) != 1 || msgs[0] != want {
		t.Fatalf("enter emitted %#v; want %#v", msgs, want)
	}
	d.Keys("esc")
	if _, ok := d.Last().(nav.BackMsg); !ok {
		t.Fatalf("esc emitted %#v", d.Last())
	}
}

// After the personas, the operators: choosing one asks to act as the
// account's operator, whose console the root then shows.
func TestPickAnOperator(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	page := persona.New(uitest.Env(db, "newuser"))
	d := uitest.NewScreen(t, page, 46, 40)
	ops, err := db.Operators()
	if err != nil || len(ops) == 0 {
		t.Fatalf("operators: %v %v", ops, err)
	}
	uitest.MustContain(t, d, "Operators", ops[0].Name+" (operator)")
	d.Keys("down", "down") // past Lin Xiao and Chen Wei
	_, cmd := page.Update(uitest.Key("enter"))
	msgs := uitest.Results(t, cmd)
	if want := (nav.SwitchPersonaMsg{ID: model.MerchantPersona(ops[0].ID), Name: ops[0].Name}); len(msgs) != 1 || msgs[0] != want {
		t.Fatalf("enter on the first operator emitted %#v; want %#v", msgs, want)
	}
	if h := page.ShortHelp(); len(h) != 3 || h[2].Help().Desc != "open its console" {
		t.Errorf("enter on an operator is not named for opening its console: %v", h)
	}
}
