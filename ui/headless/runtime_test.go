package headless

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// fake is a model for these tests: it logs every message it gets (as
// name@virtual time), shows View, and answers a message with on[name].
type fake struct {
	rt   *Runtime
	init tea.Cmd
	on   map[string]func(f *fake) tea.Cmd
	view string
	log  []string
}

// say is a message named s, and emit a command returning it.
type say string

func emit(s string) tea.Cmd { return func() tea.Msg { return say(s) } }

func (f *fake) Init() tea.Cmd { return f.init }

func (f *fake) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	name := fmt.Sprintf("%T", msg)
	switch m := msg.(type) {
	case say:
		name = string(m)
	case tea.WindowSizeMsg:
		name = fmt.Sprintf("size %dx%d", m.Width, m.Height)
	}
	f.log = append(f.log, fmt.Sprintf("%s@%v", name, f.rt.Now()))
	if h := f.on[name]; h != nil {
		return f, h(f)
	}
	return f, nil
}

func (f *fake) View() tea.View { return tea.NewView(f.view) }

func then(c tea.Cmd) func(*fake) tea.Cmd { return func(*fake) tea.Cmd { return c } }

// The model gets the window size first, then its messages one at a time
// in a fixed order: a batch's in the batch's order; a sequence's one
// after another, each one's message, and what it leads to, in before the
// next command runs.
func TestMessageOrder(t *testing.T) {
	rt := New(80, 24)
	f := &fake{rt: rt,
		init: tea.Batch(emit("a"), tea.Sequence(emit("b"), emit("c")), emit("d")),
		on: map[string]func(*fake) tea.Cmd{
			"b": then(tea.Batch(emit("b1"), emit("b2"))),
			"d": then(tea.Quit),
		},
	}
	if _, err := rt.Run(f, nil); err != nil {
		t.Fatal(err)
	}
	want := []string{"size 80x24@0s", "a@0s", "b@0s", "b1@0s", "b2@0s", "c@0s", "d@0s"}
	if !reflect.DeepEqual(f.log, want) {
		t.Errorf("messages %q, want %q", f.log, want)
	}
}

// Timers fire in virtual time, earliest first and ties in the order
// scheduled, each at its own time, and an hour of them passes at once. A
// timer counts from when Ticker is called.
func TestTimersInVirtualTime(t *testing.T) {
	rt := New(80, 24)
	var at []time.Time
	tick := func(s string) func(time.Time) tea.Msg {
		return func(now time.Time) tea.Msg { at = append(at, now); return say(s) }
	}
	f := &fake{rt: rt,
		init: tea.Batch(rt.Ticker(time.Hour, tick("hour")), rt.Ticker(time.Second, tick("first")), rt.Ticker(time.Second, tick("second"))),
		on: map[string]func(*fake) tea.Cmd{
			"first": func(*fake) tea.Cmd { return rt.Ticker(time.Second, tick("again")) },
			"hour":  then(tea.Quit),
		},
	}
	if _, err := rt.Run(f, nil); err != nil {
		t.Fatal(err)
	}
	want := []string{"size 80x24@0s", "first@1s", "second@1s", "again@2s", "hour@1h0m0s"}
	if !reflect.DeepEqual(f.log, want) {
		t.Errorf("messages %q, want %q", f.log, want)
	}
	if got := at[len(at)-1].Sub(at[0]); got != time.Hour-time.Second {
		t.Errorf("the timers' times span %v, want 59m59s", got)
	}
	if rt.Now() != time.Hour {
		t.Errorf("Now() = %v at the end, want 1h", rt.Now())
	}
}

// A timer whose command the model drops never fires.
func TestDroppedTimerNeverFires(t *testing.T) {
	rt := New(80, 24)
	_ = rt.Ticker(time.Second, func(time.Time) tea.Msg { return say("dropped") })
	f := &fake{rt: rt, init: rt.Ticker(2*time.Second, func(time.Time) tea.Msg { return tea.QuitMsg{} })}
	if _, err := rt.Run(f, nil); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(strings.Join(f.log, " "), "dropped") {
		t.Errorf("a dropped timer fired: %q", f.log)
	}
}

// A frame is drawn when the content has changed and nothing but timers is
// left: the first always, none for a message that changes nothing, one
// for several changes in a row, and the last one before a quit.
func TestFramesOnlyOnChange(t *testing.T) {
	rt := New(80, 24)
	at := func(d time.Duration, s string) tea.Cmd {
		return rt.Ticker(d, func(time.Time) tea.Msg { return say(s) })
	}
	f := &fake{rt: rt, view: "zero",
		init: tea.Batch(at(time.Second, "change"), at(2*time.Second, "same"), at(3*time.Second, "burst"), at(4*time.Second, "last")),
		on: map[string]func(*fake) tea.Cmd{
			"change": func(f *fake) tea.Cmd { f.view = "one"; return nil },
			"burst":  func(f *fake) tea.Cmd { f.view = "two"; return tea.Sequence(emit("x"), emit("y")) },
			"x":      func(f *fake) tea.Cmd { f.view = "x"; return nil },
			"y":      func(f *fake) tea.Cmd { f.view = "three"; return nil },
			"last":   func(f *fake) tea.Cmd { f.view = "bye"; return tea.Quit },
		},
	}
	var got []string
	if _, err := rt.Run(f, func(at time.Duration, content string) {
		got = append(got, fmt.Sprintf("%v %s", at, content))
	}); err != nil {
		t.Fatal(err)
	}
	want := []string{"0s zero", "1s one", "3s three", "4s bye"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("frames %q, want %q", got, want)
	}
}

// A model that has not quit and waits for nothing that can come is an
// error, not a hang.
func TestIdleIsAnError(t *testing.T) {
	never := make(chan struct{})
	for name, init := range map[string]func(rt *Runtime) tea.Cmd{
		"nothing at all":     func(*Runtime) tea.Cmd { return nil },
		"a wait never ready": func(rt *Runtime) tea.Cmd { return rt.Waiter(never, func() tea.Msg { return say("woke") }) },
		"timers run out":     func(rt *Runtime) tea.Cmd { return rt.Ticker(time.Minute, func(time.Time) tea.Msg { return nil }) },
	} {
		t.Run(name, func(t *testing.T) {
			rt := New(80, 24)
			f := &fake{rt: rt, init: init(rt), view: "still"}
			frames := 0
			m, err := rt.Run(f, func(time.Duration, string) { frames++ })
			if !errors.Is(err, ErrIdle) {
				t.Fatalf("Run = %v, want ErrIdle", err)
			}
			if m != f || frames != 1 {
				t.Errorf("model %v, %d frames; want the model and its one frame", m, frames)
			}
		})
	}
}

// A held wait is delivered once its channel is closed, when nothing else
// is queued and before any timer; waits ready together come in the order
// they were made.
func TestWaits(t *testing.T) {
	rt := New(80, 24)
	ready := make(chan struct{})
	woke := func(s string) func() tea.Msg { return func() tea.Msg { return say(s) } }
	f := &fake{rt: rt,
		init: tea.Batch(
			rt.Waiter(ready, woke("first wait")),
			rt.Waiter(make(chan struct{}), woke("never")),
			rt.Waiter(ready, woke("second wait")),
			rt.Ticker(5*time.Second, func(time.Time) tea.Msg { return say("grow") }),
			rt.Ticker(6*time.Second, func(time.Time) tea.Msg { return say("late") }),
		),
		on: map[string]func(*fake) tea.Cmd{
			"grow":        func(*fake) tea.Cmd { close(ready); return emit("grown") },
			"second wait": then(tea.Quit),
		},
	}
	if _, err := rt.Run(f, nil); err != nil {
		t.Fatal(err)
	}
	want := []string{"size 80x24@0s", "grow@5s", "grown@5s", "first wait@5s", "second wait@5s"}
	if !reflect.DeepEqual(f.log, want) {
		t.Errorf("messages %q, want %q", f.log, want)
	}
}

// Quitting ends the run at once: messages queued after the quit, and
// timers still scheduled, never reach the model.
func TestQuit(t *testing.T) {
	rt := New(80, 24)
	f := &fake{rt: rt,
		init: tea.Batch(emit("a"), tea.Quit, emit("after"), rt.Ticker(time.Second, func(time.Time) tea.Msg { return say("tick") })),
	}
	if _, err := rt.Run(f, nil); err != nil {
		t.Fatal(err)
	}
	if want := []string{"size 80x24@0s", "a@0s"}; !reflect.DeepEqual(f.log, want) {
		t.Errorf("messages %q, want %q", f.log, want)
	}
}

// Messages for Bubble Tea's runtime (the background colour request) reach
// Update unchanged: no terminal answers them, and nothing hangs.
func TestRuntimeRequestsReachUpdate(t *testing.T) {
	rt := New(80, 24)
	f := &fake{rt: rt, init: tea.Sequence(tea.RequestBackgroundColor, tea.Quit)}
	if _, err := rt.Run(f, nil); err != nil {
		t.Fatal(err)
	}
	if len(f.log) != 2 || !strings.Contains(f.log[1], "backgroundColorMsg") {
		t.Errorf("messages %q, want the size and the background colour request", f.log)
	}
}

// A model whose messages lead to themselves fails after the message
// limit, and one whose sequences nest forever fails too, with an error
// saying so.
func TestRunawayModels(t *testing.T) {
	t.Run("messages", func(t *testing.T) {
		rt := New(80, 24)
		rt.limit = 1000
		f := &fake{rt: rt, init: emit("loop"), on: map[string]func(*fake) tea.Cmd{"loop": then(emit("loop"))}}
		_, err := rt.Run(f, nil)
		if err == nil || !strings.Contains(err.Error(), "1000 messages") {
			t.Fatalf("Run = %v, want the message limit", err)
		}
	})
	t.Run("sequences", func(t *testing.T) {
		rt := New(80, 24)
		loop := tea.Sequence(emit("loop"), emit("other"))
		f := &fake{rt: rt, init: loop, on: map[string]func(*fake) tea.Cmd{"loop": then(loop)}}
		_, err := rt.Run(f, nil)
		if err == nil || !strings.Contains(err.Error(), "nested") {
			t.Fatalf("Run = %v, want the nesting limit", err)
		}
	})
}

// SequenceCmds knows a sequence and nothing else that is a []tea.Cmd.
func TestSequenceCmds(t *testing.T) {
	if cmds, ok := SequenceCmds(tea.Sequence(emit("a"), emit("b"))()); !ok || len(cmds) != 2 {
		t.Errorf("a sequence: %d commands, %v", len(cmds), ok)
	}
	for name, msg := range map[string]tea.Msg{
		"a batch":   tea.Batch(emit("a"), emit("b"))(),
		"a message": say("a"),
		"nil":       nil,
	} {
		if _, ok := SequenceCmds(msg); ok {
			t.Errorf("%s taken for a sequence", name)
		}
	}
}
