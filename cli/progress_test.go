package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestSeedBarDrawsInPlaceOncePerPercentAndClears(t *testing.T) {
	var buf bytes.Buffer
	b := newSeedBar(&buf, 100)
	for _, done := range []int{0, 1_000, 420_000, 420_500, 421_000, 1_000_000} {
		b.progress(done, 1_000_000)
	}
	draws := strings.Split(buf.String(), eraseLine)[1:]
	// 1,000 is still 0%, and 420,500 and 421,000 still 42%: no redraw
	want := []string{"0%  0/1,000,000", "42%  420,000/1,000,000", "100%  1,000,000/1,000,000"}
	if len(draws) != len(want) {
		t.Fatalf("%d redraws; want %d (one per whole percent):\n%q", len(draws), len(want), draws)
	}
	for i, d := range draws {
		line := ansi.Strip(d)
		if !strings.HasPrefix(line, "Seeding the world  ") || !strings.HasSuffix(line, want[i]+" records") {
			t.Errorf("line %d = %q; want the label, a bar and %q", i, line, want[i])
		}
		if w := ansi.StringWidth(d); w > 100 {
			t.Errorf("line %d is %d columns wide; the terminal has 100", i, w)
		}
	}
	if last := ansi.Strip(draws[2]); strings.Contains(last, "░") || !strings.Contains(last, "█") {
		t.Errorf("the bar at 100%% is not full: %q", last)
	}
	buf.Reset()
	b.finish()
	if buf.String() != eraseLine {
		t.Errorf("finish wrote %q; want the line erased", buf.String())
	}
}

func TestSeedBarFitsANarrowTerminal(t *testing.T) {
	var buf bytes.Buffer
	b := newSeedBar(&buf, 60)
	b.progress(5, 10)
	if w := ansi.StringWidth(strings.TrimPrefix(buf.String(), eraseLine)); w > 70 {
		t.Errorf("line %d columns wide on a 60-column terminal", w)
	}
}

func TestSeedProgressShowsNothingOffATerminal(t *testing.T) {
	var buf bytes.Buffer
	progress, finish := SeedProgress(&buf)
	progress(1, 2)
	progress(2, 2)
	finish()
	f, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	progress, finish = SeedProgress(f)
	progress(1, 2)
	finish()
	info, _ := f.Stat()
	if buf.Len() != 0 || info.Size() != 0 {
		t.Errorf("wrote %q to a buffer and %d bytes to a file; want nothing", buf.String(), info.Size())
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 7: "7", 999: "999", 1000: "1,000", 12345: "12,345", 7382814: "7,382,814"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q; want %q", n, got, want)
		}
	}
}
