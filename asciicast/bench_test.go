package asciicast

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
)

// BenchmarkScreens replays a headless-style cast of 100 styled 100×30
// frames: what a test comparing a recording's frames pays.
func BenchmarkScreens(b *testing.B) {
	var buf bytes.Buffer
	w, err := NewWriter(&buf, Header{Width: 100, Height: 30})
	if err != nil {
		b.Fatal(err)
	}
	for i := range 100 {
		var f strings.Builder
		for row := range 30 {
			if row > 0 {
				f.WriteByte('\n')
			}
			fmt.Fprintf(&f, "\x1b[38;2;74;77;85m│\x1b[0m frame %3d row %2d %s\x1b[1m╮\x1b[0m", i, row, strings.Repeat("─", 70))
		}
		if err := w.Output(time.Duration(i)*time.Second, Screen(f.String())); err != nil {
			b.Fatal(err)
		}
	}
	rec, err := Read(&buf)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ResetTimer()
	for b.Loop() {
		if _, err := rec.Screens(); err != nil {
			b.Fatal(err)
		}
	}
}
