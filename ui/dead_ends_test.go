package ui_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/ui"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// Driven through the root with the real keys: a coupon claimed in a life
// account's coupon window is then used from there, which opens the mini
// program that redeems it (not an "already claimed" error).
func TestClaimedCouponOpensItsMiniProgram(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := uitest.NewApp(t, ui.New(testOptions(db, "newuser", "Lin Xiao")))
	d.Init()
	d.Send(tea.WindowSizeMsg{Width: 80, Height: 24}, nav.OpenAccountMsg{ID: "kfc", Source: model.SourceSearch})
	d.Keys("down", "enter") // claim the first coupon of the window
	if s := uitest.State(t, db, "newuser"); !s.Claimed("kfc-crayfish-10off") {
		t.Fatalf("enter did not claim: %+v", s.Coupons)
	}
	if v := ansi.Strip(d.View()); !strings.Contains(v, "Use ›") {
		t.Fatalf("a claimed coupon should offer Use:\n%s", v)
	}
	d.Keys("enter")
	v := ansi.Strip(d.View())
	if strings.Contains(v, "already claimed") || !strings.Contains(v, "KFC Self-Service Ordering") {
		t.Fatalf("enter on a claimed coupon should open KFC's mini program:\n%s", v)
	}
	uitest.LastEvent(t, db, uitest.Match{Kind: model.EventOpenMiniProgram, Target: "kfc-ordering", Source: model.SourceAccountProfile})
}

// A post written with n on a topic group's page and published with ctrl+s
// is in the group's posts when the editor closes.
func TestPostPublishedFromGroupIsListedThere(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := uitest.NewApp(t, ui.New(testOptions(db, "newuser", "Lin Xiao")))
	d.Init()
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30}, nav.OpenGroupMsg{ID: "kfc-crayfish-fans", Source: model.SourcePostComponent})
	d.Keys("n")
	d.Send(uitest.Type("Verdict")...)
	d.Keys("tab")
	d.Send(uitest.Type("Spicy and worth it.")...)
	d.Send(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl}) // publish
	if s := uitest.State(t, db, "newuser"); len(s.OwnPosts) != 1 {
		t.Fatalf("ctrl+s published %d posts", len(s.OwnPosts))
	}
	v := ansi.Strip(d.View())
	if !strings.Contains(v, "KFC Crayfish Fans") || strings.Count(v, "Verdict") < 2 { // the notice names it too
		t.Fatalf("the group should list the post just published:\n%s", v)
	}
}
