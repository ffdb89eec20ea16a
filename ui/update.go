package ui

import (
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/nav"
	"lifesim/ui/observer"
	"lifesim/ui/screen"
	"lifesim/ui/styles"
)

// Update dispatches msg, then asks the observer panel to read the events
// its commands may have appended (see observe.go).
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if msg = cleanInput(msg); msg == nil {
		return a, nil
	}
	m, cmd := a.dispatch(msg)
	return m, tea.Batch(cmd, a.observe(msg))
}

// dispatch only dispatches: sizes, theme, keys, navigation, notices; anything
// else is broadcast to the live screens, which ignore what is not theirs.
func (a *App) dispatch(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.layout = NewLayout(msg.Width, msg.Height).WithObserver(a.observerOn)
		a.resize()
		return a, nil
	case tea.BackgroundColorMsg:
		// the profile outlives a theme change
		*a.env.Styles = *styles.For(msg.IsDark(), a.env.Styles.Colorless)
		a.help.Styles = help.DefaultStyles(msg.IsDark())
		return a, nil
	case tea.ColorProfileMsg:
		// Without colour, pictures fall back to ASCII shades and selections
		// to reverse video and heavy borders.
		*a.env.Styles = *styles.For(a.env.Styles.IsDark, styles.ColorlessProfile(msg.Profile))
		return a, a.broadcast(msg)
	case tea.KeyPressMsg:
		return a, a.handleKey(msg)
	case nav.Msg:
		return a, a.route(msg)
	case observer.LoadedMsg:
		return a, a.observer.Update(msg, a.env.Store)
	case screen.EventLoggedMsg:
		return a, nil
	case screen.StatusMsg:
		return a, a.setNotice(msg.Text, msg.Err)
	case screen.ActionMsg:
		cmd := a.setNotice(msg.Status, msg.Err)
		if msg.State != nil {
			return a, tea.Batch(cmd, a.broadcast(screen.StateMsg{State: *msg.State}))
		}
		return a, cmd
	case clearNoticeMsg:
		if msg.seq == a.notice.seq {
			a.notice = notice{seq: a.notice.seq}
		}
		return a, nil
	}
	return a, a.broadcast(msg)
}

// handleKey routes a key press: ctrl+c always quits; a screen that is
// typing gets every other key; then the global bindings; then the focused
// screen.
func (a *App) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := a.env.Keys
	f := a.focused()
	if key.Matches(msg, k.ForceQuit) {
		return a.quit()
	}
	if f.CapturesInput() {
		return a.updateFocused(msg)
	}
	switch {
	case key.Matches(msg, k.Quit):
		return a.quit()
	case key.Matches(msg, k.Help):
		a.help.ShowAll = !a.help.ShowAll
		return nil
	case key.Matches(msg, k.Home):
		return a.switchTab(nav.TabHome, false)
	case key.Matches(msg, k.Life):
		return a.switchTab(nav.TabLife, false)
	case key.Matches(msg, k.Search):
		return a.switchTab(nav.TabSearch, false)
	case key.Matches(msg, k.Mine):
		return a.switchTab(nav.TabMine, false)
	case key.Matches(msg, k.Slash):
		return a.switchTab(nav.TabSearch, true)
	case key.Matches(msg, k.NextTab):
		return a.switchTab((a.tab+1)%nav.NumTabs, false)
	case key.Matches(msg, k.PrevTab):
		return a.switchTab((a.tab+nav.NumTabs-1)%nav.NumTabs, false)
	case key.Matches(msg, k.Back) && len(a.stack) > 0 && !takesBack(f):
		return a.pop()
	case key.Matches(msg, k.Observer):
		return a.toggleObserver()
	case key.Matches(msg, k.Variants):
		a.showVariants = !a.showVariants
		return nil
	case key.Matches(msg, k.Persona):
		return a.route(nav.OpenPersonaPickerMsg{})
	}
	return a.updateFocused(msg)
}

func (a *App) updateFocused(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	if n := len(a.stack); n > 0 {
		a.stack[n-1], cmd = a.stack[n-1].Update(msg)
	} else {
		a.tabs[a.tab], cmd = a.tabs[a.tab].Update(msg)
	}
	return cmd
}

// broadcast gives msg to every live screen.
func (a *App) broadcast(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	for i := range a.tabs {
		var cmd tea.Cmd
		a.tabs[i], cmd = a.tabs[i].Update(msg)
		cmds = append(cmds, cmd)
	}
	for i := range a.stack {
		var cmd tea.Cmd
		a.stack[i], cmd = a.stack[i].Update(msg)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

func (a *App) setNotice(text string, err error) tea.Cmd {
	if text == "" && err == nil {
		return nil
	}
	seq := a.notice.seq + 1
	a.notice = notice{text: text, err: err, seq: seq}
	// Through the Env's ticker, like every timer, so that tests and the
	// fuzzer run the loop with a fake clock instead of waiting.
	return a.env.Tick(noticeTTL, func(time.Time) tea.Msg { return clearNoticeMsg{seq: seq} })
}

// switchTab closes the pushed pages and shows tab t; what the closed pages
// and the tab left behind record, and the tab switch, are logged.
func (a *App) switchTab(t nav.Tab, focusInput bool) tea.Cmd {
	cmds := []tea.Cmd{a.dropPages(0)}
	from := a.tab
	if from != t {
		cmds = append(cmds, leaving(a.tabs[from])...)
	}
	a.tab = t
	cmds = append(cmds, a.onTabSwitch(from))
	if f, ok := a.tabs[t].(screen.Focuser); ok && focusInput {
		cmds = append(cmds, f.Focus())
	}
	return tea.Batch(cmds...)
}

func (a *App) resize() {
	l := a.layout
	if l.TooSmall {
		return
	}
	a.help.SetWidth(l.Width)
	for _, s := range a.live() {
		s.SetSize(l.InnerWidth, l.ContentHeight)
	}
}

// takesBack reports whether s wants esc for itself right now.
func takesBack(s screen.Screen) bool {
	t, ok := s.(screen.BackTaker)
	return ok && t.TakesBack()
}
