package ui_test

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unsafe"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui"
	"lifesim/ui/uitest"
)

// BenchmarkRoomWalk is what one participant's key costs the server of a
// room (lifesim serve): internal/sshload's walk (search kfc, open the
// mini program, collect, close it, open the life account, follow, back),
// replayed in-process through the root model at 100×30 on the built-in
// world. Bubble Tea calls View after every message it gives Update, so
// the benchmark does too, and counts per key:
//   - views: messages delivered, each a View;
//   - draws: Views that drew the frame again instead of keeping the last;
//   - changes: Views whose frame differs from the one before, which is all
//     the terminal needed (draws − changes is waste).
//
// Between two keys the fake clock moves 200 ms, the walk's pace, and the
// timers due by then fire, as they would in the room. ns/op and allocs/op
// are per key. "room" has ten other participants on the same store walk
// with this one, a key each between two of its keys (their work is not
// timed); "observer" is the researcher's wide session with the observer
// panel following the room's log as they walk.
func BenchmarkRoomWalk(b *testing.B) {
	b.Run("alone", func(b *testing.B) { benchRoomWalk(b, 0, false) })
	b.Run("room", func(b *testing.B) { benchRoomWalk(b, 10, false) })
	b.Run("observer", func(b *testing.B) { benchRoomWalk(b, 10, true) })
}

// roomWalk is internal/sshload's walk, key for key.
var roomWalk = []string{"/", "k", "f", "c", "enter", "s", "e", "down", "enter", "f", "esc"}

// roomPace is the time between two keys of a session in the load run.
const roomPace = 200 * time.Millisecond

func benchRoomWalk(b *testing.B, others int, observer bool) {
	db := uitest.OpenStore(b)
	me := newWalker(b, db, "walker", observer)
	room := make([]*walker, others)
	for i := range room {
		room[i] = newWalker(b, db, fmt.Sprintf("other%d", i), false)
	}
	// A first round untimed: the walk is in step (each key shows what it
	// should) and the pages it visits have loaded once.
	for i, k := range roomWalk {
		me.press(k)
		me.expectStep(i)
		for _, o := range room {
			o.press(k)
		}
	}
	me.count = walkCounts{}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		k := roomWalk[i%len(roomWalk)]
		if len(room) > 0 {
			b.StopTimer()
			for _, o := range room {
				o.press(k)
			}
			b.StartTimer()
			me.woken()
		}
		me.press(k)
	}
	b.StopTimer()
	me.finish()
	n := float64(b.N)
	b.ReportMetric(float64(me.count.views)/n, "views/key")
	b.ReportMetric(float64(me.count.draws)/n, "draws/key")
	b.ReportMetric(float64(me.count.changes)/n, "changes/key")
}

// walker is one session's app run inline (uitest.Loop) with View called
// after every message, as Bubble Tea's loop does.
type walker struct {
	tb    testing.TB
	loop  *uitest.Loop
	app   *viewEach
	waits *uitest.Waits
	count walkCounts
	step  int // index of the next key in roomWalk
}

type walkCounts struct{ views, draws, changes int }

// newWalker joins the room as a new participant named name (the
// new-user template, as serve does) and waits for Home; observer makes it
// the researcher's session instead, 160×40 with the panel following the
// log.
func newWalker(tb testing.TB, db *store.DB, name string, observer bool) *walker {
	tb.Helper()
	p, _, err := db.AddParticipant(model.PersonaID(name), model.DefaultPersona)
	if err != nil {
		tb.Fatal(err)
	}
	w := &walker{tb: tb, waits: &uitest.Waits{}}
	opts := testOptions(db, p.ID, p.Name)
	opts.NewSession = func() string { return "session-" + name }
	opts.Participant = !observer
	opts.Observer = observer
	opts.Waiter = w.waits.Hold
	w.loop = &uitest.Loop{Now: uitest.Now, MaxPerSend: 1 << 20}
	opts.Ticker = w.loop.Ticker.Tick
	w.app = &viewEach{m: ui.New(opts), w: w}
	w.loop.Model = w.app
	size := tea.WindowSizeMsg{Width: 100, Height: 30}
	if observer {
		size = tea.WindowSizeMsg{Width: 160, Height: 40}
	}
	w.loop.Send(size)
	w.loop.Run(w.app.Init())
	w.expect("Services")
	return w
}

// press gives the app the named key and everything its commands lead
// to, after the walk's pause: the timers due by then fire first.
func (w *walker) press(k string) {
	w.loop.Advance(roomPace)
	w.loop.Send(uitest.Key(k))
	w.step = (w.step + 1) % len(roomWalk)
}

// woken delivers the observer panel's waits whose log has grown.
func (w *walker) woken() {
	for _, m := range w.waits.Ready() {
		w.loop.Send(m)
	}
}

// roomSteps is what the frame shows after each key of roomWalk: a
// benchmark walking out of step would measure the wrong screens.
var roomSteps = []string{"Popular searches", "🔍 k", "🔍 kf", "🔍 kfc", "KFC", "ollect", "🔍 kfc", "🔍 kfc", "Follow", "ollow", "🔍 kfc"}

func (w *walker) expectStep(i int) {
	w.tb.Helper()
	w.expect(roomSteps[i])
}

// finish checks the walk is still in step where the timing stopped. The
// timed rounds come after the first, so / shows the last query, selected,
// instead of the popular searches of an empty box.
func (w *walker) finish() {
	w.tb.Helper()
	i := (w.step + len(roomWalk) - 1) % len(roomWalk)
	if i == 0 {
		w.expect("🔍 kfc")
		return
	}
	w.expectStep(i)
}

func (w *walker) expect(want string) {
	w.tb.Helper()
	if frame := ansi.Strip(w.app.last); !strings.Contains(frame, want) {
		w.tb.Fatalf("frame does not show %q:\n%s", want, frame)
	}
}

// viewEach calls View after every Update, as Bubble Tea does, and counts.
type viewEach struct {
	m    tea.Model
	w    *walker
	last string
}

func (v *viewEach) Init() tea.Cmd { return v.m.Init() }

func (v *viewEach) View() tea.View { return v.m.View() }

func (v *viewEach) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	v.m, cmd = v.m.Update(msg)
	frame := v.m.View().Content
	c := &v.w.count
	c.views++
	if !sameString(frame, v.last) {
		c.draws++
		if frame != v.last {
			c.changes++
		}
	}
	v.last = frame
	return v, cmd
}

// sameString reports whether a and b are the same string in memory: a
// kept frame is the very string View gave before.
func sameString(a, b string) bool {
	return len(a) == len(b) && unsafe.StringData(a) == unsafe.StringData(b)
}
