package styles

import (
	"image/color"
	"math"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
)

// contrast is the WCAG 2 contrast ratio of two colours (1 to 21).
func contrast(a, b color.Color) float64 {
	lum := func(c color.Color) float64 {
		r, g, bl, _ := c.RGBA()
		f := func(v uint32) float64 {
			x := float64(v) / 0xffff
			if x <= 0.03928 {
				return x / 12.92
			}
			return math.Pow((x+0.055)/1.055, 2.4)
		}
		return 0.2126*f(r) + 0.7152*f(g) + 0.0722*f(bl)
	}
	la, lb := lum(a), lum(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// Both palettes stay legible on the backgrounds terminals really use:
// body text at 4.5:1 (WCAG AA), coloured and secondary text at 3:1, on the
// background and on the selection colour (a selected row keeps its
// segments' colours).
func TestPalettesAreLegible(t *testing.T) {
	t.Parallel()
	c := lipgloss.Color
	for _, tc := range []struct {
		name   string
		isDark bool
		bgs    []string
	}{
		{"light", false, []string{"#FFFFFF", "#F5F5F5", "#FDF6E3"}},          // white, light grey, Solarized light
		{"dark", true, []string{"#000000", "#1E1E1E", "#282C34", "#002B36"}}, // black, VS Code, One Dark, Solarized dark
	} {
		p := DefaultPalette(tc.isDark)
		body := map[string]color.Color{"Fg": p.Fg, "Muted": p.Muted}
		coloured := map[string]color.Color{
			"Primary": p.Primary, "Accent": p.Accent, "Subtle": p.Subtle, "Success": p.Success,
			"Warning": p.Warning, "Error": p.Error, "Live": p.Live, "TabActive": p.TabActive,
			"TabInactive": p.TabInactive, "LifeTab": p.LifeTab,
		}
		check := func(where string, bg color.Color, fgs map[string]color.Color, min float64) {
			for name, fg := range fgs {
				if r := contrast(fg, bg); r < min {
					t.Errorf("%s %s on %s: contrast %.2f, want ≥ %.1f", tc.name, name, where, r, min)
				}
			}
		}
		for _, bg := range tc.bgs {
			check(bg, c(bg), body, 4.5)
			check(bg, c(bg), coloured, 3)
		}
		check("SelectedBg", p.SelectedBg, body, 4.5)
		check("SelectedBg", p.SelectedBg, coloured, 3)
	}
}

// Without colour, selection and focus keep a cue: reverse video (kept by
// NO_COLOR's ASCII profile) and heavy borders (kept everywhere), at the
// same size as with colour.
func TestWithoutColourKeepsCues(t *testing.T) {
	t.Parallel()
	for _, isDark := range []bool{true, false} {
		c, m := For(isDark, false), For(isDark, true)
		if c.Colorless || !m.Colorless {
			t.Fatalf("Colorless: %v / %v", c.Colorless, m.Colorless)
		}
		for name, st := range map[string]lipgloss.Style{"Selected": m.Selected, "GridActive": m.GridActive} {
			out := downsample(st.Render("row"), colorprofile.ASCII)
			if !strings.Contains(out, "7m") && !strings.Contains(out, "7;") {
				t.Errorf("%s under NO_COLOR is %q: no reverse video", name, out)
			}
		}
		for name, pair := range map[string][2]lipgloss.Style{
			"CardActive": {c.CardActive, m.CardActive}, "InputFocus": {c.InputFocus, m.InputFocus},
		} {
			colour, mono := pair[0].Width(20).Render("x"), pair[1].Width(20).Render("x")
			if lipgloss.Width(mono) != lipgloss.Width(colour) || lipgloss.Height(mono) != lipgloss.Height(colour) {
				t.Errorf("%s changes size without colour", name)
			}
			if plain := downsample(mono, colorprofile.NoTTY); !strings.Contains(plain, "┏") {
				t.Errorf("%s on a dumb terminal has no heavy border:\n%s", name, plain)
			}
			if strings.Contains(colour, "┏") {
				t.Errorf("%s with colour changed its border", name)
			}
		}
	}
}

// NO_COLOR is honoured by the detection Bubble Tea runs at start-up (its
// result reaches the app as a ColorProfileMsg), and both no-colour
// profiles count as colourless.
func TestNoColourProfiles(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		env       []string
		colorless bool
	}{
		{[]string{"TERM=xterm-256color", "NO_COLOR=1"}, true},
		{[]string{"TERM=xterm-256color", "COLORTERM=truecolor", "NO_COLOR=1"}, true},
		{[]string{"TERM=dumb"}, true},
		{[]string{"TERM=xterm-256color"}, false},
		{[]string{"TERM=xterm-256color", "COLORTERM=truecolor"}, false},
	} {
		p := colorprofile.Env(tc.env)
		if got := ColorlessProfile(p); got != tc.colorless {
			t.Errorf("%v → profile %v, colourless %v; want %v", tc.env, p, got, tc.colorless)
		}
	}
}

func downsample(s string, p colorprofile.Profile) string {
	var b strings.Builder
	w := &colorprofile.Writer{Forward: &b, Profile: p}
	_, _ = w.WriteString(s)
	return b.String()
}
