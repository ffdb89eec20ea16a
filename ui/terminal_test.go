package ui_test

import (
	"bytes"
	"fmt"
	"image/color"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"lifesim/ui"
	"lifesim/ui/styles"
	"lifesim/ui/uitest"
)

// sgrRe finds SGR sequences and their parameters.
var sgrRe = regexp.MustCompile("\x1b\\[([0-9;:]*)m")

// hasAttr reports whether s turns on SGR attribute n (7 = reverse).
func hasAttr(s string, n string) bool {
	for _, m := range sgrRe.FindAllStringSubmatch(s, -1) {
		params := strings.Split(m[1], ";")
		for i := 0; i < len(params); i++ {
			switch params[i] {
			case "38", "48", "58": // extended colours: skip their arguments
				if i+1 < len(params) && params[i+1] == "5" {
					i += 2
				} else if i+1 < len(params) && params[i+1] == "2" {
					i += 4
				}
			case n:
				return true
			}
		}
	}
	return false
}

func downsampled(s string, p colorprofile.Profile) string {
	var b bytes.Buffer
	w := &colorprofile.Writer{Forward: &b, Profile: p}
	_, _ = w.WriteString(s)
	return b.String()
}

// lineWith is the first line of view containing text, or "".
func lineWith(view, text string) string {
	for _, l := range strings.Split(view, "\n") {
		if strings.Contains(ansi.Strip(l), text) {
			return l
		}
	}
	return ""
}

// Under NO_COLOR (the ASCII profile: attributes, no colours) the selected
// search result is still marked, by reverse video; on a dumb terminal (no
// attributes at all) the active card still shows, by its heavy border.
func TestSelectionVisibleWithoutColour(t *testing.T) {
	t.Parallel()
	for _, colour := range []bool{true, false} {
		_, d := newApp(t, "Chen Wei")
		d.Send(tea.WindowSizeMsg{Width: 100, Height: 40})
		if !colour {
			d.Send(tea.ColorProfileMsg{Profile: colorprofile.ASCII})
		}
		d.Keys("/")
		d.Send(uitest.Type("kfc")...)
		d.Keys("down")
		row := lineWith(downsampled(d.View(), colorprofile.ASCII), "KFC Self-Service Ordering")
		if row == "" {
			t.Fatalf("no KFC result:\n%s", ansi.Strip(d.View()))
		}
		if got := hasAttr(row, "7"); got == colour {
			t.Errorf("colour %v: the selected row in reverse video is %v, want %v: %q", colour, got, !colour, row)
		}

		d.Keys("esc", "3") // Life: the first card is the active one
		plain := ansi.Strip(downsampled(d.View(), colorprofile.NoTTY))
		if got := strings.Contains(plain, "┏"); got == colour {
			t.Errorf("colour %v: the active card has a heavy border: %v, want %v\n%s", colour, got, !colour, plain)
		}
	}
}

// The theme follows the terminal's background: dark text on a light
// terminal, light text on a dark one; a later profile message keeps it.
func TestBackgroundPicksPalette(t *testing.T) {
	t.Parallel()
	_, d := newApp(t, "Chen Wei")
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	fg := func(isDark bool) string {
		r, g, b, _ := styles.DefaultPalette(isDark).Fg.RGBA()
		return fmt.Sprintf("38;2;%d;%d;%d", r>>8, g>>8, b>>8)
	}
	for _, tc := range []struct {
		bg     color.Color
		isDark bool
	}{{ansi.White, false}, {ansi.Black, true}, {color.RGBA{0xfd, 0xf6, 0xe3, 0xff}, false}, {color.RGBA{0x28, 0x2c, 0x34, 0xff}, true}} {
		d.Send(tea.BackgroundColorMsg{Color: tc.bg})
		d.Send(tea.ColorProfileMsg{Profile: colorprofile.TrueColor})
		v := d.View()
		if !strings.Contains(v, fg(tc.isDark)) || strings.Contains(v, fg(!tc.isDark)) {
			t.Errorf("background %v: text is not drawn in the %v palette's Fg", tc.bg, map[bool]string{true: "dark", false: "light"}[tc.isDark])
		}
	}
}

// End to end through Bubble Tea: with NO_COLOR in the environment, the
// bytes the program writes carry no colour at all, and the app, told so by
// Bubble Tea's detection, still marks the selection in reverse video.
func TestNoColorEnvironment(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	app := ui.New(testOptions(db, "returning", "Chen Wei"))
	var out bytes.Buffer
	results := make(chan struct{}, 1)
	seen := func(_ tea.Model, msg tea.Msg) tea.Msg {
		if fmt.Sprintf("%T", msg) == "search.resultsMsg" {
			select {
			case results <- struct{}{}:
			default:
			}
		}
		return msg
	}
	p := tea.NewProgram(app,
		tea.WithInput(nil), tea.WithOutput(&out), tea.WithWindowSize(100, 30),
		// TTY_FORCE makes the buffer count as a terminal for detection.
		tea.WithEnvironment([]string{"TERM=xterm-256color", "COLORTERM=truecolor", "TTY_FORCE=1", "NO_COLOR=1"}),
		tea.WithoutSignalHandler(), tea.WithFilter(seen))
	done := make(chan error, 1)
	var final tea.Model
	go func() {
		var err error
		final, err = p.Run()
		done <- err
	}()
	for _, k := range append([]tea.Msg{uitest.Key("/")}, uitest.Type("kfc")...) {
		p.Send(k) // blocks until the loop takes it
	}
	select {
	case <-results:
	case <-time.After(5 * time.Second):
		t.Fatal("no search results")
	}
	p.Send(uitest.Key("down"))
	p.Quit()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("program did not quit")
	}
	s := out.String()
	for _, m := range sgrRe.FindAllStringSubmatch(s, -1) {
		for _, p := range strings.Split(m[1], ";") {
			if p == "38" || p == "48" || (len(p) == 2 && (p[0] == '3' || p[0] == '4') && p[1] <= '7') || (len(p) >= 2 && (p[0] == '9' || strings.HasPrefix(p, "10"))) {
				t.Fatalf("a colour reached the terminal under NO_COLOR: %q", m[0])
			}
		}
	}
	// The app learnt from Bubble Tea that there is no colour and marks the
	// selected result in reverse video.
	row := lineWith(final.View().Content, "KFC Self-Service Ordering")
	if !hasAttr(row, "7") {
		t.Errorf("the selected result is not in reverse video without colour: %q", row)
	}
}
