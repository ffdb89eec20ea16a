package ui

import (
	"strings"
	"testing"
	"time"
	"unsafe"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/observer"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

// quietApp is an app driven inline at a size, its clock a variable the
// test moves and the observer panel's waits held.
type quietApp struct {
	a     *App
	loop  *uitest.Loop
	db    *store.DB
	waits *uitest.Waits
	now   time.Time
}

func newQuietApp(t *testing.T, w, h int, panel bool) *quietApp {
	t.Helper()
	q := &quietApp{db: uitest.OpenStore(t), waits: &uitest.Waits{}, now: uitest.Now}
	q.a = New(Options{
		Store: q.db, Persona: "newuser", PersonaName: "Lin Xiao",
		Clock:      func() time.Time { return q.now },
		Settings:   model.DefaultSettings(),
		NewSession: func() string { return "test-session" },
		Ticker:     uitest.NoTicks,
		Waiter:     q.waits.Hold,
		Observer:   panel,
	})
	q.loop = &uitest.Loop{Model: q.a, Now: uitest.Now}
	q.loop.Send(tea.WindowSizeMsg{Width: w, Height: h})
	q.loop.Run(q.a.Init())
	q.frame() // the first frame is drawn
	return q
}

func (q *quietApp) frame() string { return q.a.View().Content }

// appendElsewhere writes an event as another session of the room would,
// and hands the app the answers of the waits that the append ended.
func appendElsewhere(t *testing.T, q *quietApp) {
	t.Helper()
	e := model.NewEvent(model.Actor{Persona: "someone", Session: "other-session", At: q.now}, model.EventAppStart, "someone", "", "")
	if err := q.db.RecordEvent(e); err != nil {
		t.Fatal(err)
	}
	for _, m := range q.waits.Ready() {
		q.loop.Send(m)
	}
}

// TestQuietMessagesKeepTheFrame: what changes nothing on screen gives
// the very frame drawn before (the renderer then has nothing to compare),
// and what changes something draws it again.
func TestQuietMessagesKeepTheFrame(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		w, h  int
		panel bool
		send  func(*testing.T, *quietApp)
		keeps bool
		shows string // in the new frame when it is drawn again
	}{
		{"an event logged", 100, 30, false, func(_ *testing.T, q *quietApp) { q.loop.Send(screen.EventLoggedMsg{}) }, true, ""},
		{"a wait's end, panel hidden", 100, 30, false, func(_ *testing.T, q *quietApp) { q.loop.Send(observer.AppendedMsg{}) }, true, ""},
		{"a read's answer, panel hidden", 100, 30, false, func(_ *testing.T, q *quietApp) { q.loop.Send(observer.LoadedMsg{Session: "test-session"}) }, true, ""},
		{"another session's event, panel shown", 160, 40, true, appendElsewhere, false, "app start someone"},
		{"a message no screen takes", 100, 30, false, func(_ *testing.T, q *quietApp) { q.loop.Send(struct{ unknown int }{}) }, true, ""},
		{"the clock within the minute", 100, 30, false, func(_ *testing.T, q *quietApp) {
			q.now = q.now.Add(20 * time.Second)
			q.loop.Send(struct{ unknown int }{})
		}, true, ""},
		{"the clock into the next minute", 100, 30, false, func(_ *testing.T, q *quietApp) {
			q.now = q.now.Add(time.Minute)
			q.loop.Send(struct{ unknown int }{})
		}, false, "09:31"},
		{"a notice", 100, 30, false, func(_ *testing.T, q *quietApp) { q.loop.Send(screen.StatusMsg{Text: "Saved"}) }, false, "✓ Saved"},
		{"a tab key", 100, 30, false, func(_ *testing.T, q *quietApp) { q.loop.Send(uitest.Key("3")) }, false, "Recommended"},
		{"the variants key", 100, 30, false, func(_ *testing.T, q *quietApp) { q.loop.Send(uitest.Key("v")) }, false, "⚗"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			q := newQuietApp(t, tt.w, tt.h, tt.panel)
			before := q.frame()
			tt.send(t, q)
			after := q.frame()
			kept := len(after) == len(before) && unsafe.StringData(after) == unsafe.StringData(before)
			if kept != tt.keeps {
				t.Fatalf("frame kept = %v, want %v", kept, tt.keeps)
			}
			if got := ansi.Strip(after); !tt.keeps && !strings.Contains(got, tt.shows) {
				t.Fatalf("the new frame does not show %q:\n%s", tt.shows, got)
			}
		})
	}
}
