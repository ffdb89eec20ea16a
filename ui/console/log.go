package console

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
)

// FunnelEvery is the least time between two funnels in the log: a busy
// room writes one every FunnelEvery at most, a quiet one none.
const FunnelEvery = 5 * time.Second

// Log is the console for an output that is not a terminal (a file, a
// service's journal): one line per change, stamped with the wall clock,
//
//	09:31:05 alice connected from 127.0.0.1:53122 · arms collect_guidance=on …
//	09:31:09 alice · Search › KFC
//	09:52:40 alice left (idle)
//
// and, once events have landed, the funnel by variant, at most every
// FunnelEvery. It returns when ctx ends, or with the error of a write
// that failed. Arms are named by their experiments' keys; opts.Clock,
// Waiter and Max are not used.
func Log(ctx context.Context, w io.Writer, opts Options) error {
	if opts.Wall == nil {
		opts.Wall = time.Now
	}
	if opts.Ticker == nil {
		opts.Ticker = tea.Tick
	}
	l := &logger{w: w, opts: opts, seen: map[string]Participant{}}
	return l.run(ctx)
}

// logger is Log's state: who it has seen, and whether events have landed
// since the last funnel it wrote.
type logger struct {
	w     io.Writer
	opts  Options
	seen  map[string]Participant // by seatKey
	order []string               // seatKeys in connection order
	err   error                  // the first failed write

	funnelAt time.Time // when the last funnel was written
}

func (l *logger) run(ctx context.Context) error {
	roster, store := l.opts.Roster, l.opts.Store
	changed := roster.Changed()
	l.people(roster.Participants())
	appended, err := l.follow()
	if err != nil {
		l.printf("✗ %v", err)
	}
	var due <-chan time.Time // set while a funnel waits for FunnelEvery
	landed := false
	for l.err == nil {
		select {
		case <-ctx.Done():
			return nil
		case <-changed:
			changed = roster.Changed()
			l.people(roster.Participants())
		case <-appended:
			landed, appended = true, nil
		case <-due:
			due = nil
		}
		if !landed || due != nil {
			continue
		}
		if wait := l.funnelAt.Add(FunnelEvery).Sub(l.opts.Wall()); !l.funnelAt.IsZero() && wait > 0 {
			due = l.after(wait)
			continue
		}
		landed = false
		if appended, err = l.funnel(store); err != nil {
			l.printf("✗ %v", err) // the store has closed: no more funnels
		}
	}
	return l.err
}

// follow is the wait for events after the log's last one now.
func (l *logger) follow() (<-chan struct{}, error) {
	evs, err := l.opts.Store.LatestEvents(1)
	if err != nil {
		return nil, err
	}
	var last uint64
	if len(evs) > 0 {
		last = evs[len(evs)-1].Seq
	}
	return l.opts.Store.Appended(last), nil
}

// funnel writes the funnel by variant and returns the wait for the next
// events.
func (l *logger) funnel(s Store) (<-chan struct{}, error) {
	next, err := l.follow()
	if err != nil {
		return nil, err
	}
	groups, err := s.FunnelGroups(FunnelDays)
	if err != nil {
		return nil, err
	}
	l.funnelAt = l.opts.Wall()
	l.printf("funnel by variant (as lifesim funnel --by variant):")
	for _, line := range align(funnelTable(groups, nil)) {
		l.write("  " + strings.TrimRight(line, " ") + "\n")
	}
	return next, nil
}

// after is a channel that receives once d has passed, by the console's
// Ticker.
func (l *logger) after(d time.Duration) <-chan time.Time {
	c := make(chan time.Time, 1)
	if cmd := l.opts.Ticker(d, func(t time.Time) tea.Msg { c <- t; return nil }); cmd != nil {
		go cmd()
	}
	return c
}

// people writes what changed since the last snapshot: who connected, who
// is on another screen, who left and why.
func (l *logger) people(now []Participant) {
	here := make(map[string]bool, len(now))
	for _, p := range now {
		k := seatKey(p)
		here[k] = true
		was, ok := l.seen[k]
		switch {
		case !ok:
			l.order = append(l.order, k)
			arms := ""
			if len(p.Arms) > 0 {
				arms = " · arms " + clean(armsText(p.Arms, nil))
			}
			l.printf("%s connected from %s%s", clean(p.Name), clean(p.Remote), arms)
			if p.Where != "" {
				l.printf("%s · %s", clean(p.Name), clean(p.Where))
			}
		default:
			l.moved(was, p)
		}
		l.seen[k] = p
	}
	kept := l.order[:0]
	for _, k := range l.order {
		if here[k] {
			kept = append(kept, k)
			continue
		}
		p := l.seen[k]
		delete(l.seen, k)
		l.printf("%s left%s", clean(p.Name), l.why(p))
	}
	l.order = kept
}

// moved writes what changed about a participant already connected: the
// arms, when the server learnt them after the connection, and the
// screen.
func (l *logger) moved(was, p Participant) {
	if len(was.Arms) == 0 && len(p.Arms) > 0 {
		l.printf("%s · arms %s", clean(p.Name), clean(armsText(p.Arms, nil)))
	}
	if p.Where != was.Where && p.Where != "" {
		l.printf("%s · %s", clean(p.Name), clean(p.Where))
	}
}

// why is " (reason)" when the roster knows why p's session ended.
func (l *logger) why(p Participant) string {
	if d, ok := l.opts.Roster.(Departures); ok {
		if r := d.Left(p.Session); r != "" {
			return " (" + clean(r) + ")"
		}
	}
	return ""
}

// seatKey tells sessions apart: a name that leaves and comes back is a
// new session.
func seatKey(p Participant) string { return p.Session + "\x00" + p.Name }

func clean(s string) string { return model.CleanLine(s) }

// printf writes one line stamped with the wall clock.
func (l *logger) printf(format string, args ...any) {
	l.write(l.opts.Wall().Format("15:04:05") + " " + fmt.Sprintf(format, args...) + "\n")
}

// write writes s unless a write has failed already.
func (l *logger) write(s string) {
	if l.err == nil {
		_, l.err = io.WriteString(l.w, s)
	}
}
