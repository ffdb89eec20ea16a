package console

import (
	"bufio"
	"context"
	"io"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/uitest"
)

// scheduled is a timer Log asked for, held until the test fires it.
type scheduled struct {
	d  time.Duration
	fn func(time.Time) tea.Msg
}

// TestLogLines: the plain log says who connected (from where, in which
// arms), where each goes, who left and why, and the funnel once events
// land, at most every FunnelEvery.
func TestLogLines(t *testing.T) {
	db := uitest.OpenStore(t)
	clock := newWall(time.Date(2026, 1, 8, 9, 31, 5, 0, uitest.Now.Location()))
	roster := newRoster()
	timers := make(chan scheduled, 1)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- Log(ctx, pw, Options{Roster: roster, Store: db, Wall: clock.Now,
			Ticker: func(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
				timers <- scheduled{d, fn}
				return nil
			}})
		_ = pw.Close()
	}()
	out := bufio.NewScanner(pr)
	expect := func(want ...string) {
		t.Helper()
		for _, w := range want {
			if !out.Scan() {
				t.Fatalf("the log ended before %q", w)
			}
			if got := out.Text(); !strings.HasPrefix(got, w) || strings.ContainsRune(got, '\x1b') {
				t.Fatalf("log line %q, want %q", got, w)
			}
		}
	}

	a := alice
	a.Where = ""
	roster.set(a)
	expect("09:31:05 alice connected from 127.0.0.1:53122 · arms collect_guidance=on feed_ranking=recommended life_entry=tab pay_success_coupons=off")
	a.Where = "Search › KFC\x1b[2J"
	roster.set(a)
	expect("09:31:05 alice · Search › KFC")

	start := model.Actor{Persona: "newuser", Session: "s1", At: uitest.Now, Variants: map[string]string{"collect_guidance": "on"}}
	if err := db.RecordEvent(model.NewEvent(start, model.EventAppStart, "newuser", "", "")); err != nil {
		t.Fatal(err)
	}
	expect(
		"09:31:05 funnel by variant (as lifesim funnel --by variant):",
		"  group                sessions  search  open  collect  revisit  overall",
		"  all                         1    0 0%  0 0%     0 0%     0 0%       0%",
		"  collect_guidance=on         1    0 0%  0 0%     0 0%     0 0%       0%",
	)
	// events 2 s later wait for the rest of FunnelEvery; meanwhile the
	// roster is logged as ever
	clock.Add(2 * time.Second)
	walkChain(t, db, "newuser", "s2", model.Assignment{"collect_guidance": "on"})
	walkChain(t, db, "returning", "s3", model.Assignment{"collect_guidance": "off"})
	tm := <-timers
	if tm.d != 3*time.Second {
		t.Errorf("the funnel waits %v, want 3s", tm.d)
	}
	b := bob
	b.Arms = nil // the server may learn them after the connection
	roster.set(a, b)
	expect("09:31:07 bob connected from 192.168.1.31:40022", "09:31:07 bob · Home")
	b.Arms = bob.Arms
	roster.set(a, b)
	expect("09:31:07 bob · arms collect_guidance=off feed_ranking=chronological")
	roster.leave(a.Session, "idle")
	expect("09:31:07 alice left (idle)")
	clock.Add(3 * time.Second)
	tm.fn(clock.Now())
	expect(
		"09:31:10 funnel by variant",
		"  group",
		"  all                          3   2 67%  2 100%    1 50%     0 0%       0%",
		"  collect_guidance=off         1  1 100%  1 100%     0 0%     0 0%       0%",
		"  collect_guidance=on          2   1 50%  1 100%   1 100%     0 0%       0%",
	)
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Log: %v", err)
	}
	if out.Scan() {
		t.Fatalf("more after the end: %q", out.Text())
	}
}
