package tour

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/ui"
	"lifesim/ui/observer"
)

// openedMsg is Open's answer for the start of generation gen.
type openedMsg struct {
	gen   int
	opts  ui.Options
	close func() error
	err   error
}

// start opens a fresh store for a new app, generation gen+1, that will
// play the steps before target with no pace and then show step target.
// Until it is open the old app stays on screen; its messages are already
// stale.
func (m *Model) start(target int) tea.Cmd {
	m.gen++
	m.cancel()
	m.phase, m.step, m.target, m.want, m.waiting, m.due = starting, target, target, nil, "", false
	gen, open := m.gen, m.o.Open
	return func() tea.Msg {
		if open == nil {
			return openedMsg{gen: gen, err: fmt.Errorf("the tour has no store to open")}
		}
		opts, closeFn, err := open()
		return openedMsg{gen: gen, opts: opts, close: closeFn, err: err}
	}
}

// opened builds the app on the store just opened, gives it the
// terminal's size and colours, runs its Init and starts playing. A store
// opened for a start since replaced is closed at once; the store the new
// one replaces is closed too.
func (m *Model) opened(msg openedMsg) tea.Cmd {
	if msg.gen != m.gen {
		return closeStore(msg.close)
	}
	if msg.err != nil {
		m.phase, m.err = stopped, fmt.Errorf("open the tour's store: %w", msg.err)
		return m.quitIfHeadless()
	}
	old := m.closer
	m.closer = msg.close
	m.busy = &inflight{}
	m.app = ui.New(m.counted(msg.opts))
	cmds := []tea.Cmd{closeStore(old)}
	if m.profile != nil {
		cmds = append(cmds, m.toApp(*m.profile))
	}
	if m.bg != nil {
		cmds = append(cmds, m.toApp(*m.bg))
	}
	if m.size.Width > 0 {
		cmds = append(cmds, m.toApp(m.appSize()))
	}
	cmds = append(cmds, m.wrap(m.app.Init()), m.begin(0))
	return tea.Batch(cmds...)
}

// counted is opts with the app's timers and waits marked as such, so
// the app counts as settled while they run (inflight).
func (m *Model) counted(opts ui.Options) ui.Options {
	tick, wait := opts.Ticker, opts.Waiter
	if tick == nil {
		tick = tea.Tick
	}
	if wait == nil {
		wait = observer.Block
	}
	opts.Ticker, opts.Waiter = idleTicker(tick), idleWaiter(wait)
	return opts
}

// closeStore closes a store in a command, away from Update. What a
// throwaway store says on closing changes nothing for the tour.
func closeStore(c func() error) tea.Cmd {
	if c == nil {
		return nil
	}
	return func() tea.Msg {
		_ = c()
		return nil
	}
}

// toApp gives msg to the current app, tags the commands it returns with
// its generation, and checks a waiting expect against the screen that
// msg may have changed.
func (m *Model) toApp(msg tea.Msg) tea.Cmd {
	if m.app == nil {
		return nil
	}
	_, cmd := m.app.Update(msg)
	return tea.Batch(m.wrap(cmd), m.afterApp())
}

// fromApp takes a message of an app's command: the current app's goes
// back to it, and its quit (q or ctrl+c while the presenter has it) ends
// the demo; an older app's is dropped.
func (m *Model) fromApp(msg appMsg) tea.Cmd {
	if msg.gen != m.gen || m.app == nil {
		return nil
	}
	switch msg.msg.(type) {
	case tea.QuitMsg:
		return tea.Quit
	case nil: // a command that answered nothing has ended
		msg.busy.add(-1)
		return m.afterApp()
	}
	_, cmd := m.app.Update(msg.msg)
	cmd = m.wrap(cmd)
	msg.busy.add(-1) // handled: the work it answered is done
	return tea.Batch(cmd, m.afterApp())
}

// resize lays the tour out for the terminal and gives the app the space
// left to it.
func (m *Model) resize(msg tea.WindowSizeMsg) tea.Cmd {
	if m.o.OnResize != nil && msg != m.size {
		m.o.OnResize(msg.Width, msg.Height)
	}
	m.size = msg
	return m.toApp(m.appSize())
}

// appSize is the app's share of the terminal.
func (m *Model) appSize() tea.WindowSizeMsg {
	p := placeFor(m.size.Width, m.size.Height)
	return tea.WindowSizeMsg{Width: p.appW, Height: p.appH}
}

// shows reports whether the app's screen shows text.
func (m *Model) shows(text string) bool {
	return m.app != nil && strings.Contains(ansi.Strip(m.app.View().Content), text)
}
