package ui_test

import (
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui"
	"lifesim/ui/uitest"
)

// hangAfter bounds every wait of these tests: what they wait for happens
// in milliseconds, so reaching it is a failure, not slowness.
const hangAfter = 10 * time.Second

// liveLoop runs the app as Bubble Tea does: each command on its own
// goroutine, their messages into one inbox that the test's goroutine hands
// to Update. Unlike uitest's drivers it lets a command block, so the
// observer panel runs its real wait (observer.Block), and it counts the
// commands still running, so a test can show that none outlives the store.
type liveLoop struct {
	t       *testing.T
	app     tea.Model
	inbox   chan tea.Msg
	exited  chan struct{} // a command's goroutine ended
	running atomic.Int64
}

func newLiveLoop(t *testing.T, app tea.Model) *liveLoop {
	return &liveLoop{t: t, app: app, inbox: make(chan tea.Msg, 4096), exited: make(chan struct{}, 4096)}
}

// run starts cmd on its own goroutine.
func (l *liveLoop) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	l.running.Add(1)
	go func() {
		l.expand(cmd())
		l.running.Add(-1)
		l.exited <- struct{}{}
	}()
}

// expand queues msg: a batch's commands run concurrently, a sequence's one
// after another.
func (l *liveLoop) expand(msg tea.Msg) {
	switch m := msg.(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range m {
			l.run(c)
		}
	default:
		if cmds, ok := sequence(msg); ok {
			for _, c := range cmds {
				if c != nil {
					l.expand(c())
				}
			}
			return
		}
		l.inbox <- msg
	}
}

// sequence recognises tea.Sequence's message, an unexported []tea.Cmd.
func sequence(msg tea.Msg) ([]tea.Cmd, bool) {
	v := reflect.ValueOf(msg)
	if v.Kind() != reflect.Slice || v.Type().Elem() != reflect.TypeFor[tea.Cmd]() {
		return nil, false
	}
	out := make([]tea.Cmd, v.Len())
	for i := range out {
		out[i] = v.Index(i).Interface().(tea.Cmd)
	}
	return out, true
}

func (l *liveLoop) deliver(msg tea.Msg) {
	if _, quit := msg.(tea.QuitMsg); quit {
		return
	}
	var cmd tea.Cmd
	l.app, cmd = l.app.Update(msg)
	l.run(cmd)
}

func (l *liveLoop) view() string { return ansi.Strip(l.app.View().Content) }

// until delivers messages until the frame shows want, without sending
// the app anything of the test's own.
func (l *liveLoop) until(step, want string) {
	l.t.Helper()
	deadline := time.After(hangAfter)
	for !strings.Contains(l.view(), want) {
		select {
		case msg := <-l.inbox:
			l.deliver(msg)
		case <-deadline:
			l.t.Fatalf("%s: %q not shown within %v:\n%s", step, want, hangAfter, l.view())
		}
	}
}

// settle delivers messages until no command is running and none is
// queued: nothing is left waiting.
func (l *liveLoop) settle(step string) {
	l.t.Helper()
	deadline := time.After(hangAfter)
	for l.running.Load() > 0 || len(l.inbox) > 0 {
		select {
		case msg := <-l.inbox:
			l.deliver(msg)
		case <-l.exited:
		case <-deadline:
			l.t.Fatalf("%s: %d commands still running after %v (a wait that never ends?)", step, l.running.Load(), hangAfter)
		}
	}
}

// startLive starts the app on db with the observer panel and its real wait
// and runs it until the panel shows the app's own start.
func startLive(t *testing.T, db *store.DB) *liveLoop {
	t.Helper()
	opts := testOptions(db, "newuser", "Lin Xiao")
	opts.Observer = true
	opts.Waiter = nil // the real one: a command blocking until the log grows
	app := ui.New(opts)
	l := newLiveLoop(t, app)
	l.deliver(tea.WindowSizeMsg{Width: 160, Height: 40})
	l.run(app.Init())
	l.until("start", "app start")
	return l
}

// Another writer's event (here a direct store write from another goroutine,
// as another SSH session's would be) reaches the panel with no key press;
// when the store closes, the panel's wait ends and it stops following.
func TestObserverFollowsAnotherWriter(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	l := startLive(t, db)
	visitor := model.Actor{Persona: "newuser", Session: "another-visitor", At: uitest.Now}
	wrote := make(chan error, 1)
	go func() {
		wrote <- db.RecordEvent(model.NewEvent(visitor, model.EventSearch, "", model.SourceSearch, "from next door"))
	}()
	l.until("another writer's event", `search "from next door"`)
	if err := <-wrote; err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	l.settle("after the store closed")
	l.until("the closed store", "✗")
}

// A hidden panel's wait still ends when the store closes, and a wait that
// wakes while the panel is hidden starts nothing new.
func TestObserverHiddenWaitEndsAtClose(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	l := startLive(t, db)
	l.deliver(tea.KeyPressMsg{Code: tea.KeyF2})
	if strings.Contains(l.view(), "Observer") {
		t.Fatal("F2 did not hide the panel")
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	l.settle("hidden panel, store closed")
}
