package uitest

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// trace records the order in which commands run, across goroutines.
type trace struct {
	mu  sync.Mutex
	log []string
}

func (tr *trace) add(s string) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	tr.log = append(tr.log, s)
}

func (tr *trace) String() string {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	return strings.Join(tr.log, " ")
}

// step is a command that logs its start and end around a pause and
// returns its name as its message.
func (tr *trace) step(name string, pause time.Duration) tea.Cmd {
	return func() tea.Msg {
		tr.add(name + "(")
		time.Sleep(pause)
		tr.add(")" + name)
		return name
	}
}

// TestSequenceRunsInOrder: a sequence's next command starts only after
// the previous one and everything it expanded to (a nested batch, a
// nested sequence) has returned, which is what a sequence of store writes
// relies on for the order of the log.
func TestSequenceRunsInOrder(t *testing.T) {
	t.Parallel()
	tr := &trace{}
	cmd := tea.Sequence(
		func() tea.Msg { return tea.BatchMsg{tr.step("a", 20*time.Millisecond), tr.step("b", 0)} },
		tea.Sequence(tr.step("c", 5*time.Millisecond), tr.step("d", 0)),
		tr.step("e", 0),
	)
	got := Results(t, cmd)
	if fmt.Sprint(got) != "[a b c d e]" {
		t.Errorf("messages %v, want [a b c d e]", got)
	}
	log := tr.String()
	for _, after := range []string{"c(", "d(", "e("} {
		i := strings.Index(log, after)
		for _, before := range []string{")a", ")b"} {
			if j := strings.Index(log, before); j < 0 || j > i {
				t.Errorf("%s started before %s finished: %s", after, before, log)
			}
		}
	}
	if strings.Index(log, ")c") > strings.Index(log, "d(") {
		t.Errorf("d started before c finished: %s", log)
	}
}

// TestBatchRunsConcurrently: a batch's commands run at once (two that
// each wait for the other would hang if run one by one), and their
// messages come in the batch's order whichever finishes first.
func TestBatchRunsConcurrently(t *testing.T) {
	t.Parallel()
	aStarted, bStarted := make(chan struct{}), make(chan struct{})
	a := func() tea.Msg {
		close(aStarted)
		<-bStarted
		time.Sleep(10 * time.Millisecond) // a finishes last
		return "a"
	}
	b := func() tea.Msg {
		close(bStarted)
		<-aStarted
		return "b"
	}
	msgs, err := runner{limit: 2 * time.Second}.run(tea.Batch(a, b))
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(msgs) != "[a b]" {
		t.Errorf("messages %v, want the batch's order [a b]", msgs)
	}
}

func hangs() tea.Msg { select {} }

// TestHangIsNamed: a command that does not return fails with its name
// and where it is written, so the failure points at the code to fix.
func TestHangIsNamed(t *testing.T) {
	t.Parallel()
	_, err := runner{limit: 20 * time.Millisecond}.run(tea.Batch(func() tea.Msg { return "fine" }, hangs))
	if err == nil {
		t.Fatal("a hanging command went unnoticed")
	}
	for _, want := range []string{"lifesim/ui/uitest.hangs", "run_test.go:", "did not return"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
}

// fatalTB records a failure instead of stopping the test.
type fatalTB struct {
	testing.TB
	failed string
}

func (f *fatalTB) Helper()           {}
func (f *fatalTB) Fatal(args ...any) { f.failed = fmt.Sprint(args...) }

// TestPanicFailsTheTest: a command that panics on the driver's goroutine
// fails the test that ran it, naming the command, instead of crashing
// every test in the binary.
func TestPanicFailsTheTest(t *testing.T) {
	t.Parallel()
	tb := &fatalTB{TB: t}
	boom := func() tea.Msg { panic("boom") }
	if msgs := Results(tb, tea.Sequence(boom)); msgs != nil {
		t.Errorf("messages %v after a panic", msgs)
	}
	if !strings.Contains(tb.failed, "panicked: boom") || !strings.Contains(tb.failed, "TestPanicFailsTheTest.func1") {
		t.Errorf("failure %q does not name the command and its panic", tb.failed)
	}
}

// TestLoopRunsInline: the fuzz loop runs commands on its own goroutine,
// batches and sequences in order, and feeds their messages back first in
// first out.
func TestLoopRunsInline(t *testing.T) {
	t.Parallel()
	var got []string
	m := &echo{seen: &got}
	l := &Loop{Model: m}
	l.Send("start")
	if want := "start a b c a! b! c!"; strings.Join(got, " ") != want {
		t.Errorf("delivered %v, want %s", got, want)
	}
}

// echo answers "start" with a batch and a sequence, and each answer with
// one more message.
type echo struct{ seen *[]string }

func (e *echo) Init() tea.Cmd { return nil }

func (e *echo) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	s := msg.(string)
	*e.seen = append(*e.seen, s)
	say := func(s string) tea.Cmd { return func() tea.Msg { return s } }
	switch {
	case s == "start":
		return e, tea.Batch(say("a"), tea.Sequence(say("b"), say("c")))
	case !strings.HasSuffix(s, "!"):
		return e, say(s + "!")
	}
	return e, nil
}

func (e *echo) View() tea.View { return tea.NewView("") }
