package ui_test

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/ui"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// mediaApp is the whole app at 100×30 with a Ticker the test fires.
func mediaApp(t *testing.T) (*uitest.App, *uitest.Ticker) {
	t.Helper()
	db := uitest.OpenStore(t)
	tk := &uitest.Ticker{}
	opts := testOptions(db, "newuser", "Lin")
	opts.Ticker = tk.Tick
	app := ui.New(opts)
	d := uitest.NewApp(t, app)
	d.Init()
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	return d, tk
}

// Closing a playing video's page ends its ticks: the one in flight finds
// no page to answer it and nothing schedules another.
func TestClosingThePageStopsTheVideo(t *testing.T) {
	t.Parallel()
	d, tk := mediaApp(t)
	d.Send(nav.OpenPostMsg{ID: "post-kfc-crayfish-twister", Source: model.SourceFeed})
	d.Keys("p")
	if tk.Pending() != 1 {
		t.Fatalf("play scheduled %d ticks", tk.Pending())
	}
	d.Send(tk.Fire(uitest.Now.Add(time.Second))...)
	if tk.Pending() != 1 || !strings.Contains(d.View(), "0:00 / 0:45") {
		t.Fatalf("the video is not playing: %d pending\n%s", tk.Pending(), ansi.Strip(d.View()))
	}
	d.Keys("esc")
	d.Send(tk.Fire(uitest.Now.Add(2 * time.Second))...)
	if tk.Pending() != 0 {
		t.Fatalf("%d ticks pending after the page closed", tk.Pending())
	}
}

// The colour profile the terminal reports decides how pictures are drawn,
// and a later background-colour answer does not forget it.
func TestColourProfileReachesPictures(t *testing.T) {
	t.Parallel()
	d, _ := mediaApp(t)
	d.Send(tea.ColorProfileMsg{Profile: colorprofile.ASCII})
	// the background answer comes after the profile and must not reset it
	d.Send(tea.BackgroundColorMsg{Color: ansi.White})
	d.Send(nav.OpenPostMsg{ID: "post-kfc-crayfish", Source: model.SourceFeed})
	if v := ansi.Strip(d.View()); strings.Contains(v, "▀") || !strings.Contains(v, "[picture: A crayfish burger") {
		t.Fatalf("the crayfish post in a colourless terminal:\n%s", v)
	}
	d.Send(tea.ColorProfileMsg{Profile: colorprofile.TrueColor})
	if !strings.Contains(d.View(), "▀") {
		t.Fatal("a true-colour terminal does not get the coloured picture")
	}
}
