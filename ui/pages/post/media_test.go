package post

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

const (
	twister model.PostID = "post-kfc-crayfish-twister" // a 0:45 video, four frames
	nyeLive model.PostID = "post-kfc-nye-live"         // a live stream with a script
)

// openWith opens post id with a Ticker the test fires by hand.
func openWith(t *testing.T, st store.Store, id model.PostID, w, h int) (*uitest.Screen, *Page, *uitest.Ticker) {
	t.Helper()
	tk := &uitest.Ticker{}
	env := uitest.Env(st, "newuser")
	env.Ticker = tk.Tick
	m := New(env, nav.OpenPostMsg{ID: id, Source: model.SourceFeed})
	return uitest.NewScreen(t, m, w, h), m, tk
}

// fire delivers the pending ticks at uitest.Now + after.
func fire(d *uitest.Screen, tk *uitest.Ticker, after time.Duration) {
	d.Send(tk.Fire(uitest.Now.Add(after))...)
}

// pictureLines are the lines of the view drawn with half-blocks, colours
// and all: they change when the frame changes.
func pictureLines(d *uitest.Screen) string {
	var out []string
	for _, l := range strings.Split(d.View(), "\n") {
		if strings.Contains(l, "▀") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func TestGoldenVideoPost(t *testing.T) {
	t.Parallel()
	d, _, _ := openWith(t, uitest.OpenStore(t), twister, 48, 30)
	golden.RequireEqual(t, []byte(uitest.Plain(d)))
}

// Without colour the picture is drawn in ASCII shades with a caption.
func TestGoldenCrayfishPostWithoutColour(t *testing.T) {
	t.Parallel()
	env := uitest.Env(uitest.OpenStore(t), "newuser")
	env.Styles.Colorless = true
	d := uitest.NewScreen(t, New(env, nav.OpenPostMsg{ID: crayfish, Source: model.SourceFeed}), 48, 30)
	// (Lip Gloss still writes the palette's colours; the renderer drops
	// them for such a terminal. The picture itself must not need them.)
	v := d.View()
	if strings.Contains(v, "▀") || strings.Contains(v, "\x1b[38;2;0;0;0m@") {
		t.Fatalf("a colourless picture uses half-blocks:\n%s", v)
	}
	uitest.MustContain(t, d, "@@@@@@@@", "[picture: A crayfish burger beside a red crayf…]")
	golden.RequireEqual(t, []byte(uitest.Plain(d)))
}

func TestImageTextShowsPicture(t *testing.T) {
	t.Parallel()
	d, _ := open(t, uitest.OpenStore(t), 48, 30)
	lines := strings.Split(pictureLines(d), "\n")
	if len(lines) != 8 {
		t.Fatalf("picture is %d lines, want 8 (32×16 pixels):\n%s", len(lines), uitest.Plain(d))
	}
	// the crayfish on KFC's red wall, in true colour
	if !strings.Contains(lines[0], "38;2;") || !strings.Contains(lines[0], "48;2;") {
		t.Errorf("picture line is not coloured: %q", lines[0])
	}
}

func TestVideoPlaysPausesAndStops(t *testing.T) {
	t.Parallel()
	d, m, tk := openWith(t, uitest.OpenStore(t), twister, 48, 30)
	uitest.MustContain(t, d, "▶ ", "0:00 / 0:45")
	if tk.Pending() != 0 {
		t.Fatalf("a video ticks before play: %d pending", tk.Pending())
	}
	if !strings.Contains(helpText(m), "p play") {
		t.Errorf("help lacks p play: %s", helpText(m))
	}
	poster := pictureLines(d)

	d.Keys("p")
	if tk.Pending() != 1 || tk.Interval() != videoTick {
		t.Fatalf("play scheduled %d ticks of %v", tk.Pending(), tk.Interval())
	}
	uitest.MustContain(t, d, "❚❚")
	if !strings.Contains(helpText(m), "p pause") {
		t.Errorf("help lacks p pause while playing: %s", helpText(m))
	}
	frames := map[string]bool{poster: true}
	for i := 1; i <= 4; i++ {
		fire(d, tk, time.Duration(i)*videoTick)
		if tk.Pending() != 1 {
			t.Fatalf("tick %d: %d pending, want the next one", i, tk.Pending())
		}
		frames[pictureLines(d)] = true
	}
	uitest.MustContain(t, d, "0:02 / 0:45")
	if len(frames) < 3 {
		t.Errorf("the picture took %d looks over four ticks; the frames do not move", len(frames))
	}

	// pause: the tick in flight is stale, changes nothing, schedules nothing
	d.Keys("p")
	uitest.MustContain(t, d, "▶ ", "0:02 / 0:45")
	before := d.View()
	fire(d, tk, 5*videoTick)
	if tk.Pending() != 0 {
		t.Fatalf("a paused video still ticks: %d pending", tk.Pending())
	}
	if d.View() != before {
		t.Error("a stale tick changed the paused video")
	}

	// play again: on from where it paused
	d.Keys("space")
	fire(d, tk, 6*videoTick)
	uitest.MustContain(t, d, "❚❚", "0:02 / 0:45")
	fire(d, tk, 7*videoTick)
	uitest.MustContain(t, d, "0:03 / 0:45")
}

func TestVideoProgressBarFills(t *testing.T) {
	t.Parallel()
	d, _, tk := openWith(t, uitest.OpenStore(t), twister, 48, 30)
	bar := func() int { return strings.Count(playerOf(t, d), "━") }
	if bar() != 0 {
		t.Fatalf("progress before play: %q", playerOf(t, d))
	}
	d.Keys("p")
	for i := 1; i <= 45; i++ { // half the video
		fire(d, tk, time.Duration(i)*videoTick)
	}
	uitest.MustContain(t, d, "0:22 / 0:45")
	track := bar() + strings.Count(playerOf(t, d), "─")
	if got := bar(); got < track/2-1 || got > track/2+1 {
		t.Errorf("at half the video the bar is %d of %d", got, track)
	}
	// the end: the player stops on ↺ and ticks no more; p replays
	for i := 46; tk.Pending() > 0 && i < 200; i++ {
		fire(d, tk, time.Duration(i)*videoTick)
	}
	uitest.MustContain(t, d, "↺", "0:45 / 0:45")
	if bar() != track {
		t.Errorf("at the end the bar is %d of %d", bar(), track)
	}
	d.Keys("p")
	fire(d, tk, time.Hour)
	uitest.MustContain(t, d, "❚❚", "0:00 / 0:45")
}

// playerOf is the player line of the view.
func playerOf(t *testing.T, d *uitest.Screen) string {
	t.Helper()
	for _, l := range strings.Split(uitest.Plain(d), "\n") {
		if strings.Contains(l, "/ 0:45") {
			return l
		}
	}
	t.Fatalf("no player line:\n%s", uitest.Plain(d))
	return ""
}

func TestVideoPausesWhenScrolledAway(t *testing.T) {
	t.Parallel()
	d, m, tk := openWith(t, uitest.OpenStore(t), twister, 48, 14)
	d.Keys("p")
	fire(d, tk, videoTick)
	for i := 0; i < 12 && m.mediaVisible(); i++ {
		d.Keys("j")
	}
	if m.mediaVisible() {
		t.Fatalf("the player never left the view:\n%s", uitest.Plain(d))
	}
	fire(d, tk, 2*videoTick)
	if tk.Pending() != 0 || m.media.running {
		t.Fatalf("the video plays on out of view: %d pending, running %v", tk.Pending(), m.media.running)
	}
	// back at the top it waits, paused where it was, for p
	d.Keys("k", "k", "k", "k", "k", "k", "k", "k", "k", "k", "k", "k")
	if tk.Pending() != 0 || m.media.running || m.media.pos != videoTick {
		t.Fatalf("scrolling back: %d pending, running %v, at %v", tk.Pending(), m.media.running, m.media.pos)
	}
	d.Keys("p")
	if tk.Pending() != 1 {
		t.Fatal("p did not resume the video")
	}
}

func TestVideoPausesWhenLeavingThePage(t *testing.T) {
	t.Parallel()
	d, m, tk := openWith(t, uitest.OpenStore(t), twister, 48, 30)
	d.Keys("p", "j", "enter") // play, select the service link, open it
	if _, ok := d.Last().(nav.OpenMiniProgramMsg); !ok {
		t.Fatalf("enter emitted %#v, want the mini program", d.Last())
	}
	if m.media.running {
		t.Error("the video plays on under the mini program")
	}
	fire(d, tk, videoTick)
	if tk.Pending() != 0 {
		t.Errorf("%d ticks pending after leaving", tk.Pending())
	}
}

func TestTicksOfAnotherPageAreIgnored(t *testing.T) {
	t.Parallel()
	d, m, tk := openWith(t, uitest.OpenStore(t), twister, 48, 30)
	d.Keys("p")
	before := d.View()
	d.Send(tickMsg{owner: m.owner + 1000, gen: m.media.gen, at: uitest.Now})
	if d.View() != before || tk.Pending() != 1 {
		t.Fatal("another page's tick moved this video")
	}
}

func TestLiveCommentsArriveAsTimePasses(t *testing.T) {
	t.Parallel()
	d, m, tk := openWith(t, uitest.OpenStore(t), nyeLive, 48, 30)
	uitest.MustContain(t, d, "LIVE", "Live now · 38,200 watching", "Live chat", "Xiao Lin: Happy New Year's Eve, KFC!")
	if v := uitest.Plain(d); strings.Contains(v, "Momo") {
		t.Fatalf("a comment due at 3 s is there at once:\n%s", v)
	}
	if tk.Pending() != 1 || tk.Interval() != liveTick {
		t.Fatalf("the stream scheduled %d ticks of %v", tk.Pending(), tk.Interval())
	}
	if strings.Contains(helpText(m), "play") {
		t.Errorf("a live stream offers play/pause: %s", helpText(m))
	}
	for s := 1; s <= 3; s++ {
		fire(d, tk, time.Duration(s)*time.Second)
	}
	uitest.MustContain(t, d, "Momo: The crayfish bucket looks huge")
	if v := uitest.Plain(d); strings.Contains(v, "A-Jie") || strings.Contains(v, "38,200 watching") {
		t.Fatalf("after 3 s: a later comment is there, or the audience did not move:\n%s", v)
	}
	// a minute later the chat shows the newest comments, oldest scrolled off
	for s := 4; s <= 60; s++ {
		fire(d, tk, time.Duration(s)*time.Second)
	}
	uitest.MustContain(t, d, "Tiantian: Bucket arrived, still hot")
	if v := uitest.Plain(d); strings.Contains(v, "Happy New Year's Eve") {
		t.Errorf("the chat did not keep to its last lines:\n%s", v)
	}
}

func TestLiveStopsOutOfViewAndCatchesUp(t *testing.T) {
	t.Parallel()
	d, m, tk := openWith(t, uitest.OpenStore(t), nyeLive, 48, 14)
	fire(d, tk, time.Second)
	for i := 0; i < 12 && m.mediaVisible(); i++ {
		d.Keys("j")
	}
	if m.mediaVisible() {
		t.Fatalf("the live panel never left the view:\n%s", uitest.Plain(d))
	}
	fire(d, tk, 2*time.Second)
	if tk.Pending() != 0 {
		t.Fatalf("the stream polls out of view: %d pending", tk.Pending())
	}
	// back in view it starts again, and what was said meanwhile is there
	d.Keys("k", "k", "k", "k", "k", "k", "k", "k", "k", "k", "k", "k")
	if tk.Pending() != 1 {
		t.Fatalf("back in view: %d ticks pending, want 1", tk.Pending())
	}
	fire(d, tk, 20*time.Second)
	d.S.SetSize(48, 40) // room for the whole chat
	uitest.MustContain(t, d, "Momo: Can I use the ¥10 coupon")
}

func helpText(m *Page) string {
	var out []string
	for _, b := range m.ShortHelp() {
		out = append(out, b.Help().Key+" "+b.Help().Desc)
	}
	return strings.Join(out, ", ")
}

// A live stream ten seconds in: the badge, the audience, the cover and the
// chat with the comments due so far.
func TestGoldenLivePost(t *testing.T) {
	t.Parallel()
	d, _, tk := openWith(t, uitest.OpenStore(t), nyeLive, 48, 30)
	for s := 1; s <= 10; s++ {
		fire(d, tk, time.Duration(s)*time.Second)
	}
	golden.RequireEqual(t, []byte(uitest.Plain(d)))
}
