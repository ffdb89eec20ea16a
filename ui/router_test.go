package ui_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// Every page is opened by its nav message alone: the router builds it, it
// loads, and it shows what the message asked for.
func TestRouterOpensEveryPage(t *testing.T) {
	t.Parallel()
	kfc := kfcProgram(t)
	cases := []struct {
		name string
		msg  nav.Msg
		want []string
	}{
		{"mini program", nav.OpenMiniProgramMsg{ID: kfc.ID, Source: model.SourceSearch}, []string{"KFC Self-Service Ordering"}},
		{"account", nav.OpenAccountMsg{ID: "kfc", Source: model.SourceSearch}, []string{"Life Account", "KFC"}},
		{"post", nav.OpenPostMsg{ID: "post-kfc-crayfish", Source: model.SourceFeed}, []string{"Crayfish"}},
		{"group", nav.OpenGroupMsg{ID: "kfc-crayfish-fans", Source: model.SourcePostComponent}, []string{"Topic group", "KFC Crayfish Fans", "12,840 members"}},
		{"editor with a group", nav.OpenComposeMsg{Group: "kfc-crayfish-fans"}, []string{"New post", "KFC Crayfish Fans"}},
		{"card pack", nav.OpenCouponsMsg{}, []string{"My coupons"}},
		{"order", nav.OpenOrderMsg{MiniProgram: kfc, Service: kfc.Services[0]}, []string{model.CleanLine(kfc.Services[0].Name)}},
		{"life feed", nav.OpenLifeFeedMsg{}, []string{"Recommended", "Following"}},
		{"persona picker", nav.OpenPersonaPickerMsg{}, []string{"Chen Wei"}},
		{"my orders", nav.OpenOrdersMsg{}, []string{"My orders"}},
		{"collected posts", nav.OpenCollectedMsg{}, []string{"Collected posts"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			app, d := newApp(t, "Chen Wei")
			d.Send(tea.WindowSizeMsg{Width: 60, Height: 40})
			d.Send(tc.msg)
			if app.Depth() != 1 {
				t.Fatalf("%T left %d pages open, want 1", tc.msg, app.Depth())
			}
			v := ansi.Strip(d.View())
			for _, w := range tc.want {
				if !strings.Contains(v, w) {
					t.Errorf("%T: the page does not show %q:\n%s", tc.msg, w, v)
				}
			}
		})
	}
}

// The payment result takes the confirmation's place, so back leaves the
// order flow instead of returning to a paid order.
func TestPaymentResultReplacesTheConfirmation(t *testing.T) {
	t.Parallel()
	kfc := kfcProgram(t)
	app, d := newApp(t, "Chen Wei")
	d.Send(tea.WindowSizeMsg{Width: 60, Height: 40})
	d.Send(nav.OpenMiniProgramMsg{ID: kfc.ID, Source: model.SourceSearch})
	d.Send(nav.OpenOrderMsg{MiniProgram: kfc, Service: kfc.Services[0]})
	d.Send(nav.OpenPaymentResultMsg{MiniProgram: kfc, Order: model.Order{ID: "o1", MiniProgramID: kfc.ID, TotalCents: 4290, PaidAt: uitest.Now}})
	if app.Depth() != 2 {
		t.Fatalf("%d pages open after paying, want the mini program and the result", app.Depth())
	}
	if v := ansi.Strip(d.View()); !strings.Contains(v, "Payment successful") {
		t.Fatalf("no payment result:\n%s", v)
	}
}

// kfcProgram is the KFC mini program record as the store holds it.
func kfcProgram(t *testing.T) model.MiniProgram {
	t.Helper()
	mps, err := uitest.OpenStore(t).MiniPrograms([]model.MiniProgramID{"kfc-ordering"})
	if err != nil || len(mps) != 1 {
		t.Fatalf("kfc-ordering: %v", err)
	}
	return mps[0]
}
