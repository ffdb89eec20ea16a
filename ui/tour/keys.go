package tour

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/tour/script"
)

// keyMap is the presenter's keys. Only these are the tour's; any other
// hands the app to the presenter.
type keyMap struct {
	Next, Back, Pause, Quit, ForceQuit, Resume key.Binding
}

func newKeyMap() keyMap {
	return keyMap{
		Next:      key.NewBinding(key.WithKeys("space", "right"), key.WithHelp("space/→", "next")),
		Back:      key.NewBinding(key.WithKeys("left"), key.WithHelp("←", "back")),
		Pause:     key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "pause")),
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Resume:    key.NewBinding(key.WithKeys("ctrl+r"), key.WithHelp("ctrl+r", "resume the tour")),
	}
}

// key takes a key press: ctrl+c always quits; while the presenter has
// the app every other key but ctrl+r is the app's; otherwise the tour's
// keys work and any other key hands the app over, and goes to it.
func (m *Model) key(k tea.KeyPressMsg) tea.Cmd {
	ks := m.keys
	switch {
	case key.Matches(k, ks.ForceQuit):
		return tea.Quit
	case m.phase == handed:
		if key.Matches(k, ks.Resume) {
			return m.resume()
		}
		return m.toApp(k)
	case key.Matches(k, ks.Quit):
		return tea.Quit
	case m.phase == starting, key.Matches(k, ks.Resume):
		return nil // no app to hand over yet; nothing to resume
	case key.Matches(k, ks.Next):
		return m.forward()
	case key.Matches(k, ks.Back):
		return m.back()
	case key.Matches(k, ks.Pause):
		return m.togglePace()
	}
	return m.handOver(k)
}

// forward finishes the step in play at once (no pace; its expects still
// wait for the screen), or plays the next one.
func (m *Model) forward() tea.Cmd {
	switch m.phase {
	case playing:
		if m.rush {
			return nil
		}
		m.rush = true
		if m.want != nil {
			return nil // its timeout stays; the rest goes at once after it
		}
		return m.advance()
	case settled:
		return m.begin(m.step + 1)
	}
	return nil
}

// back replays, on a fresh store, the steps before the previous one and
// shows it; at the first step, it starts again.
func (m *Model) back() tea.Cmd {
	return m.start(max(m.shown()-1, 0))
}

// shown is the step the counter shows: the one in play, or the one a
// replay is heading for.
func (m *Model) shown() int {
	if m.phase == starting || (m.phase == playing && m.step < m.target) {
		return m.target
	}
	return m.step
}

// togglePace turns the auto pace on or off; a step already shown is held
// for reading from now, or waits for the presenter.
func (m *Model) togglePace() tea.Cmd {
	m.auto = !m.auto
	if m.phase != settled {
		return nil
	}
	if m.auto {
		return m.schedule(tickHold, m.readTime())
	}
	m.cancel()
	return nil
}

// handOver gives the app to the presenter, with the key they pressed:
// the step stops where it is, and nothing is replayed or timed.
func (m *Model) handOver(k tea.KeyPressMsg) tea.Cmd {
	m.cancel()
	m.phase, m.want, m.rush, m.target, m.waiting = handed, nil, false, 0, ""
	return m.toApp(k)
}

// resume takes the tour back from the presenter (ctrl+r) if the screen
// is one the next step can start from: its expects before its first key
// hold, or, if it has none, the step's last expect does (the screen the
// tour left). If not, the caption bar says what it waits to see and the
// presenter keeps the app.
func (m *Model) resume() tea.Cmd {
	for _, want := range m.resumeExpects() {
		if !m.shows(want) {
			m.waiting = want
			return nil
		}
	}
	m.waiting, m.err = "", nil
	if m.step+1 < len(m.steps()) {
		return m.begin(m.step + 1)
	}
	m.phase = ended
	return nil
}

// resumeExpects is what must be on screen for ctrl+r to resume.
func (m *Model) resumeExpects() []string {
	steps := m.steps()
	var out []string
	if next := m.step + 1; next < len(steps) {
		for _, a := range steps[next].Do {
			if a.Kind == script.Key || a.Kind == script.Type || a.Kind == script.Clock {
				break
			}
			if a.Kind == script.Expect {
				out = append(out, a.Text)
			}
		}
	}
	if len(out) > 0 || m.step >= len(steps) {
		return out
	}
	do := steps[m.step].Do
	for i := len(do) - 1; i >= 0; i-- {
		if do[i].Kind == script.Expect {
			return []string{do[i].Text}
		}
	}
	return nil
}
