package tour

import (
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"lifesim/ui"
	"lifesim/ui/tour/script"
)

// The pace of a step's actions at Speed 1, so an audience can follow
// each key, and how long an expect may wait for the screen.
const (
	keyPause      = 350 * time.Millisecond
	typePause     = 90 * time.Millisecond
	expectTimeout = 5 * time.Second
	// An auto-paced step is held readHold plus readPerWord a word of its
	// caption once it has played.
	readHold    = 2 * time.Second
	readPerWord = 250 * time.Millisecond
)

// tickKind says what a timer of the tour is for.
type tickKind int

const (
	tickAction tickKind = iota // the next action is due
	tickExpire                 // the expect waited for has not held in time
	tickHold                   // an auto-paced step has been read
	tickStuck                  // the app has been busy too long to wait for
)

// tickMsg is a timer of the tour; gen tells the one pending timer from
// those cancelled since.
type tickMsg struct {
	kind tickKind
	gen  int
}

// schedule sets the tour's one timer, cancelling any other.
func (m *Model) schedule(kind tickKind, d time.Duration) tea.Cmd {
	m.timer++
	gen := m.timer
	return m.ticker(d, func(time.Time) tea.Msg { return tickMsg{kind: kind, gen: gen} })
}

// cancel cancels the pending timer.
func (m *Model) cancel() { m.timer++ }

// scaled is d at the tour's speed.
func (m *Model) scaled(d time.Duration) time.Duration {
	return time.Duration(float64(d) / m.o.Speed)
}

func (m *Model) tick(msg tickMsg) tea.Cmd {
	if msg.gen != m.timer {
		return nil
	}
	switch msg.kind {
	case tickAction:
		if m.phase == playing && !m.busy.settled() {
			m.due = true // afterApp performs it once the app settles
			return m.schedule(tickStuck, expectTimeout)
		}
		if m.phase == playing {
			return m.perform()
		}
	case tickStuck:
		if m.phase == playing && m.due {
			m.due = false
			return m.perform() // the app never settled: go on as a person would
		}
	case tickExpire:
		if m.phase == playing && m.want != nil {
			return m.mismatch()
		}
	case tickHold:
		return m.held()
	}
	return nil
}

// begin plays step i from its first action; a step before the target of
// a replay plays with no pace.
func (m *Model) begin(i int) tea.Cmd {
	m.phase, m.step, m.act, m.typed, m.want, m.due = playing, i, 0, 0, nil, false
	m.rush = i < m.target
	if i >= len(m.steps()) {
		return m.settle()
	}
	return m.advance()
}

// advance goes through the expects that hold already and schedules the
// next action at the pace, waits for an expect that does not hold yet
// (checkExpect), or settles the step when its actions are done.
func (m *Model) advance() tea.Cmd {
	do := m.steps()[m.step].Do
	for m.act < len(do) {
		a := &do[m.act]
		if a.Kind != script.Expect {
			return m.schedule(tickAction, m.pause(*a))
		}
		if !m.busy.settled() || !m.shows(a.Text) {
			m.want = a
			return m.schedule(tickExpire, expectTimeout)
		}
		m.act++
	}
	return m.settle()
}

// pause is how long before action a: none when rushing.
func (m *Model) pause(a script.Action) time.Duration {
	if m.rush {
		return 0
	}
	switch a.Kind {
	case script.Type:
		return m.scaled(typePause)
	case script.Wait:
		return m.scaled(a.By)
	}
	return m.scaled(keyPause)
}

// perform does the action that is due (a Type action one character at a
// time) and goes on.
func (m *Model) perform() tea.Cmd {
	a := m.steps()[m.step].Do[m.act]
	var cmd tea.Cmd
	switch a.Kind {
	case script.Key:
		m.act++
		cmd = m.toApp(a.Key)
	case script.Type:
		r := []rune(a.Text)
		if m.typed < len(r) {
			cmd = m.toApp(tea.KeyPressMsg{Code: r[m.typed], Text: string(r[m.typed])})
			m.typed++
		}
		if m.typed >= len(r) {
			m.act, m.typed = m.act+1, 0
		}
	case script.Clock:
		m.act++
		cmd = m.toApp(ui.TravelMsg{By: a.By})
	default: // Wait: its pause is over
		m.act++
	}
	return tea.Batch(cmd, m.advance())
}

// afterApp goes on once the app has handled a message and settled: the
// action whose pause is over, or the expect waited for if it now holds.
func (m *Model) afterApp() tea.Cmd {
	if !m.busy.settled() || m.phase != playing {
		return nil
	}
	if m.due {
		m.due = false
		m.cancel()
		return m.perform()
	}
	return m.checkExpect()
}

// checkExpect goes on when the expect waited for holds on the settled
// app's screen.
func (m *Model) checkExpect() tea.Cmd {
	if m.phase != playing || m.want == nil || !m.busy.settled() || !m.shows(m.want.Text) {
		return nil
	}
	m.want = nil
	m.act++
	return m.advance()
}

// MismatchError is an expect that did not hold within its time: what
// Err returns then.
type MismatchError struct {
	File string // the script's name
	Line int    // the expect's line
	Text string // what was expected on screen
}

func (e *MismatchError) Error() string {
	return fmt.Sprintf("%s:%d: expected %q on screen", e.File, e.Line, e.Text)
}

// mismatch stops the tour: the expect waited for did not hold in time.
func (m *Model) mismatch() tea.Cmd {
	a := m.want
	m.want = nil
	m.phase = stopped
	m.err = &MismatchError{File: m.o.Script.Name, Line: a.Line, Text: a.Text}
	return m.quitIfHeadless()
}

func (m *Model) quitIfHeadless() tea.Cmd {
	if m.o.Headless {
		return tea.Quit
	}
	return nil
}

// settle ends a step's play: a replay goes straight on; otherwise the
// step is announced (OnStep) and the tour waits for the presenter, holds
// it for reading (auto), or has ended.
func (m *Model) settle() tea.Cmd {
	m.want, m.rush, m.due = nil, false, false
	m.cancel()
	if m.step+1 < len(m.steps()) && m.step < m.target {
		return m.begin(m.step + 1)
	}
	m.target = 0
	m.phase = settled
	if m.step >= len(m.steps())-1 {
		m.phase = ended
	}
	if n := len(m.steps()); m.step < n && m.o.OnStep != nil {
		m.o.OnStep(m.step+1, m.steps()[m.step].Caption)
	}
	switch {
	case m.auto:
		return m.schedule(tickHold, m.readTime())
	case m.o.Headless:
		return m.held()
	}
	return nil
}

// readTime is how long the auto pace holds the step shown.
func (m *Model) readTime() time.Duration {
	words := 0
	if m.step < len(m.steps()) {
		words = len(strings.Fields(m.steps()[m.step].Caption))
	}
	return m.scaled(readHold + time.Duration(words)*readPerWord)
}

// held moves on from a step that has been shown long enough: to the next
// step, or, after the last, out of a headless run.
func (m *Model) held() tea.Cmd {
	switch m.phase {
	case settled:
		return m.begin(m.step + 1)
	case ended:
		return m.quitIfHeadless()
	}
	return nil
}
