package ui_test

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"lifesim/model"
	"lifesim/ui"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

func newApp(t *testing.T, persona string) (*ui.App, *uitest.App) {
	t.Helper()
	db := uitest.OpenStore(t)
	app := ui.New(testOptions(db, "returning", persona))
	d := uitest.NewApp(t, app)
	d.Init()
	return app, d
}

// TestGoldenHome is the whole screen a returning user sees first, at
// 100×30, with the fixed clock.
func TestGoldenHome(t *testing.T) {
	t.Parallel()
	_, d := newApp(t, "Chen Wei")
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	golden.RequireEqual(t, []byte(ansi.Strip(d.View())))
}

// TestFrameFitsEverySize checks that no frame is ever wider or taller than
// the terminal, on every tab, across a grid of sizes: one app per width,
// resized through the heights (a width per subtest, in parallel).
func TestFrameFitsEverySize(t *testing.T) {
	t.Parallel()
	for w := 30; w <= 130; w += 7 {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			t.Parallel()
			_, d := newApp(t, "Chen Wei")
			for h := 10; h <= 50; h += 5 {
				d.Send(tea.WindowSizeMsg{Width: w, Height: h})
				for _, tab := range []string{"1", "3", "4", "5", "2", "esc"} {
					d.Keys(tab)
					uitest.FitsFrame(t, "tab "+tab, d.View(), w, h)
				}
			}
		})
	}
}

// TestTooSmall shows a centred message below the minimum size and the
// phone again once the terminal grows.
func TestTooSmall(t *testing.T) {
	t.Parallel()
	_, d := newApp(t, "Chen Wei")
	d.Send(tea.WindowSizeMsg{Width: 30, Height: 10})
	v := ansi.Strip(d.View())
	if !strings.Contains(v, "terminal too small") || !strings.Contains(v, "need 40×16") {
		t.Fatalf("no too-small message:\n%s", v)
	}
	if strings.Contains(v, "╭") {
		t.Fatalf("a broken phone frame is drawn:\n%s", v)
	}
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	if v := ansi.Strip(d.View()); strings.Contains(v, "too small") || !strings.Contains(v, "◉ Life") {
		t.Fatalf("did not recover after resize:\n%s", v)
	}
}

// TestGlobalKeys covers the tab keys and help of docs/keys.md.
func TestGlobalKeys(t *testing.T) {
	t.Parallel()
	app, d := newApp(t, "Chen Wei")
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	// Search takes the cursor on arrival, so esc leaves its input before
	// the next tab key.
	steps := []struct {
		keys []string
		want nav.Tab
	}{
		{[]string{"3"}, nav.TabLife}, {[]string{"4"}, nav.TabMessages}, {[]string{"5"}, nav.TabMine},
		{[]string{"1"}, nav.TabHome}, {[]string{"2", "esc"}, nav.TabSearch},
		{[]string{"tab"}, nav.TabLife}, {[]string{"shift+tab", "esc"}, nav.TabSearch},
		{[]string{"shift+tab"}, nav.TabHome}, {[]string{"shift+tab"}, nav.TabMine}, {[]string{"tab"}, nav.TabHome},
		{[]string{"5"}, nav.TabMine},
	}
	for _, s := range steps {
		d.Keys(s.keys...)
		if app.Tab() != s.want {
			t.Fatalf("after %q: tab %v, want %v", s.keys, app.Tab(), s.want)
		}
	}
	d.Keys("?")
	if v := ansi.Strip(d.View()); !strings.Contains(v, "Keys") || !strings.Contains(v, "collect") {
		t.Fatalf("? shows no full help:\n%s", v)
	}
	d.Keys("?")
	// "/" focuses the search input: typed letters go to it, not to tabs.
	d.Keys("/")
	d.Send(uitest.Type("q1")...)
	if app.Tab() != nav.TabSearch || d.Quit {
		t.Fatalf("typing in search switched tab or quit (tab %v)", app.Tab())
	}
	d.Keys("ctrl+c")
	if !d.Quit {
		t.Fatal("ctrl+c did not quit while typing")
	}
}

// TestStackRule: opening a mini program already on the stack closes what
// was opened after it.
func TestStackRule(t *testing.T) {
	t.Parallel()
	app, d := newApp(t, "Chen Wei")
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	d.Send(nav.OpenMiniProgramMsg{ID: "kfc-ordering", Source: "test"})
	d.Send(nav.OpenAccountMsg{ID: "kfc", Source: "test"})
	d.Send(nav.OpenMiniProgramMsg{ID: "luckin-coffee", Source: "test"})
	if app.Depth() != 3 {
		t.Fatalf("depth %d, want 3", app.Depth())
	}
	d.Send(nav.OpenMiniProgramMsg{ID: "kfc-ordering", Source: "test"})
	if app.Depth() != 1 {
		t.Fatalf("depth %d after reopening KFC, want 1", app.Depth())
	}
	d.Keys("esc")
	if app.Depth() != 0 {
		t.Fatalf("esc did not pop: depth %d", app.Depth())
	}
}

// TestFollowPopUpIsNotModal: esc closes the mini program's follow pop-up
// rather than the page, and the global keys keep working while it is up.
func TestFollowPopUpIsNotModal(t *testing.T) {
	t.Parallel()
	app, d := newApp(t, "Chen Wei")
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	open := func() {
		d.Send(nav.OpenMiniProgramMsg{ID: "new-hope-member", Source: model.SourceSearch})
	}
	open() // the first mini program shows the guidance tip, not the pop-up
	d.Keys("esc")
	open()
	if v := ansi.Strip(d.View()); !strings.Contains(v, "Follow New Hope Dairy?") {
		t.Fatalf("no follow pop-up on the second visit:\n%s", v)
	}
	d.Keys("esc")
	if v := ansi.Strip(d.View()); app.Depth() != 1 || strings.Contains(v, "Follow New Hope Dairy?") {
		t.Fatalf("esc should close the pop-up and keep the page (depth %d):\n%s", app.Depth(), v)
	}
	d.Keys("esc")
	open()
	// the mini program is full-screen: the tab keys do nothing there
	d.Keys("3")
	if app.Tab() != nav.TabHome || app.Depth() != 1 {
		t.Fatalf("3 under the pop-up: tab %v depth %d", app.Tab(), app.Depth())
	}
	d.Keys("q")
	if !d.Quit {
		t.Fatal("q did not quit under the pop-up")
	}
}
