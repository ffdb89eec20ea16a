package cli

import (
	"fmt"
	"io"
	"os"
	"strconv"

	"charm.land/bubbles/v2/progress"
	"github.com/charmbracelet/x/term"
)

// SeedProgress returns a callback that shows seeding's progress (records
// written of the total) as a bar on w when w is a terminal, and a finish
// func that clears it. On anything else (a pipe, a file, a CI log) it
// shows nothing at all.
//
//	Seeding the world  ████████████░░░░░░░░░░░░░░░░  42%  3,100,000/7,382,814 records
//
// The line is redrawn in place, at most once per whole percent.
func SeedProgress(w io.Writer) (progress func(done, total int), finish func()) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return func(int, int) {}, func() {}
	}
	width, _, err := term.GetSize(f.Fd())
	if err != nil || width <= 0 {
		width = 80
	}
	b := newSeedBar(w, width)
	return b.progress, b.finish
}

// seedBar draws SeedProgress's line on a terminal width columns wide.
type seedBar struct {
	w       io.Writer
	width   int
	bar     progress.Model
	drawn   bool
	percent int // the percent last drawn
}

// The line's parts around the bar.
const (
	seedLabel   = "Seeding the world  "
	eraseLine   = "\r\x1b[2K"
	maxBarWidth = 40
	minBarWidth = 10
)

func newSeedBar(w io.Writer, width int) *seedBar {
	return &seedBar{w: w, width: width, percent: -1,
		bar: progress.New(progress.WithoutPercentage(), progress.WithFillCharacters(progress.DefaultFullCharFullBlock, progress.DefaultEmptyCharBlock))}
}

// progress redraws the line when the whole percent changed.
func (b *seedBar) progress(done, total int) {
	if total <= 0 {
		return
	}
	done = min(max(done, 0), total)
	percent := done * 100 / total
	if percent == b.percent {
		return
	}
	b.percent = percent
	count := fmt.Sprintf("  %3d%%  %s/%s records", percent, thousands(done), thousands(total))
	b.bar.SetWidth(min(max(b.width-len(seedLabel)-len(count)-1, minBarWidth), maxBarWidth))
	_, _ = io.WriteString(b.w, eraseLine+seedLabel+b.bar.ViewAs(float64(done)/float64(total))+count)
	b.drawn = true
}

// finish clears the line, if one was drawn.
func (b *seedBar) finish() {
	if b.drawn {
		_, _ = io.WriteString(b.w, eraseLine)
		b.drawn = false
	}
}

// thousands writes n (not negative) with a comma between each group of
// three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	out := s[:(len(s)-1)%3+1]
	for i := len(out); i < len(s); i += 3 {
		out += "," + s[i:i+3]
	}
	return out
}
