package ui_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui"
	"lifesim/ui/uitest"
)

// openApp starts the app on a fresh seeded store as persona p in a w×h
// terminal, returning the store to check what reached it.
func openApp(t *testing.T, p model.PersonaID, w, h int) (*store.DB, *uitest.App) {
	t.Helper()
	db := uitest.OpenStore(t)
	d := uitest.NewApp(t, ui.New(testOptions(db, p, string(p))))
	d.Send(tea.WindowSizeMsg{Width: w, Height: h})
	d.Init()
	return db, d
}

// plain is the app's frame without styling.
func plain(d *uitest.App) string { return ansi.Strip(d.View()) }

// shortHelp is the frame's last line: the short help under the phone.
func shortHelp(d *uitest.App) string {
	lines := strings.Split(plain(d), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

// phoneRows is the frame's rows inside the phone's border, trimmed.
func phoneRows(d *uitest.App) []string {
	var out []string
	for _, l := range strings.Split(plain(d), "\n") {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "│") && strings.HasSuffix(l, "│") {
			out = append(out, strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(l, "│"), "│")))
		}
	}
	return out
}

// step gives msg to the app and returns the messages its commands
// produce without delivering them: a test holds a page's load this way.
func step(t *testing.T, d *uitest.App, msg tea.Msg) []tea.Msg {
	t.Helper()
	var cmd tea.Cmd
	d.Model, cmd = d.Model.Update(msg)
	return uitest.Results(t, cmd)
}
