package ui_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/internal/benchworld"
	"lifesim/store"
	"lifesim/ui"
	"lifesim/ui/uitest"
)

// The key-to-frame benchmarks time what the app does between a key press
// and the frame that shows its result: Update for the key, the commands
// it returns (store reads, a commit) and Update for their messages, then
// one View, which is what Bubble Tea draws at its next frame. The
// terminal's side (the renderer's diff, the pty) is not in them: ptydrive
// measures the whole chain (docs/performance.md). Each runs at 100×30 as
// newuser, the app's default persona, on the built-in world and on the
// generated one (LIFESIM_BENCH_POSTS posts, internal/benchworld).

// frameApp runs the root model inline, as uitest.Loop does, so that a
// profile shows the app's work and not the test drivers' goroutines.
type frameApp struct {
	tb   testing.TB
	loop *uitest.Loop
}

// newFrameApp starts the app on db at 100×30 and waits for Home.
func newFrameApp(tb testing.TB, db *store.DB) *frameApp {
	tb.Helper()
	l := &uitest.Loop{Now: uitest.Now, MaxPerSend: 1 << 20}
	opts := testOptions(db, "newuser", "Lin Xiao")
	opts.Ticker = uitest.NoTicks // never fired: nothing piles up over b.N
	l.Model = ui.New(opts)
	l.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	l.Run(l.Model.Init())
	f := &frameApp{tb: tb, loop: l}
	f.expect("Services")
	return f
}

// press delivers k and everything its commands lead to, then draws the
// frame.
func (f *frameApp) press(k tea.Msg) string {
	f.loop.Send(k)
	return f.loop.Model.View().Content
}

// keys presses each named key (uitest.Key) and returns the last frame.
func (f *frameApp) keys(names ...string) string {
	var frame string
	for _, n := range names {
		frame = f.press(uitest.Key(n))
	}
	return frame
}

// expect fails unless the current frame shows want: a benchmark that
// measured the wrong screen would say nothing true.
func (f *frameApp) expect(want string) {
	f.tb.Helper()
	if frame := ansi.Strip(f.loop.Model.View().Content); !strings.Contains(frame, want) {
		f.tb.Fatalf("frame does not show %q:\n%s", want, frame)
	}
}

// keyFrameWorlds are the stores the key-to-frame benchmarks run on.
var keyFrameWorlds = []struct {
	name string
	open func(testing.TB) *store.DB
}{
	{"builtin", uitest.OpenStore},
	{"generated", benchworld.Store},
}

func BenchmarkKeyToFrame(b *testing.B) {
	for _, w := range keyFrameWorlds {
		b.Run(w.name, func(b *testing.B) {
			db := w.open(b)
			b.Run("tab", func(b *testing.B) { benchTab(b, newFrameApp(b, db)) })
			b.Run("slash", func(b *testing.B) { benchSlash(b, newFrameApp(b, db)) })
			b.Run("search-key", func(b *testing.B) { benchSearchKey(b, newFrameApp(b, db), "k") })
			b.Run("search-key-cjk", func(b *testing.B) { benchSearchKey(b, newFrameApp(b, db), "小") })
			b.Run("collect", func(b *testing.B) { benchCollect(b, newFrameApp(b, db)) })
		})
	}
}

// benchTab switches between Life and Home: one tab key per iteration.
func benchTab(b *testing.B, f *frameApp) {
	f.keys("3")
	f.expect("Recommended")
	f.keys("1")
	tabs := [2]string{"3", "1"}
	for i := 0; b.Loop(); i++ {
		f.keys(tabs[i%2])
	}
}

// benchSlash times / from Home to the search screen; going back to Home
// (esc into the results, then 1) is not timed.
func benchSlash(b *testing.B, f *frameApp) {
	for b.Loop() {
		f.keys("/")
		b.StopTimer()
		f.keys("esc", "1")
		b.StartTimer()
	}
	f.keys("/")
	f.expect("Popular searches")
}

// benchSearchKey times one key typed into an empty search box, its
// results included; clearing the box (ctrl+u) is not timed.
func benchSearchKey(b *testing.B, f *frameApp, key string) {
	clear := tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}
	f.keys("/")
	f.press(clear)
	for b.Loop() {
		f.press(tea.KeyPressMsg{Code: []rune(key)[0], Text: key})
		b.StopTimer()
		f.press(clear)
		b.StartTimer()
	}
	f.keys(key)
	f.expect("🔍 " + key)
}

// benchCollect collects or uncollects Life's first post: one committed,
// fsync'd action per iteration, with the notice and the fresh state.
func benchCollect(b *testing.B, f *frameApp) {
	f.keys("3")
	for b.Loop() {
		f.keys("s")
	}
	f.expect("ollect") // Collected … / Removed … from your collection
}
