package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/nav"
	"lifesim/ui/observer"
	"lifesim/ui/screen"
	"lifesim/ui/styles"
)

// Update hands msg to what it concerns. It never does I/O: store reads
// and writes, the observer panel's included, happen in the commands it
// returns.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if msg = cleanInput(msg); msg == nil || (a.quitting && isInput(msg)) {
		return a, nil
	}
	held := len(a.held.held)
	cmd := a.dispatch(msg)
	replay := a.replayTypeAhead()
	if !a.quiet(msg) || len(a.held.held) != held {
		a.frame.drawn = false
	}
	a.reportWhere()
	return a, tea.Batch(cmd, replay)
}

// isInput reports whether msg is what the persona types or pastes, which
// the app ignores once it is quitting.
func isInput(msg tea.Msg) bool {
	switch msg.(type) {
	case tea.KeyPressMsg, tea.PasteMsg, tea.MouseMsg:
		return true
	}
	return false
}

// quiet reports whether msg changes nothing the frame shows, so the next
// View can give the last frame again. Bubble Tea draws after every
// message, and each store write that only logs an event answers with
// EventLoggedMsg: a tab switch would otherwise draw the same frame twice.
// loadRestMsg only starts loads, sessionStartedMsg at most a stop. The
// observer panel's wait ending (AppendedMsg) only starts a read, and a
// read's answer changes nothing while the panel is hidden: in a room,
// every event any session appends reaches the panel of every session
// following the log.
func (a *App) quiet(msg tea.Msg) bool {
	switch msg.(type) {
	case screen.EventLoggedMsg, loadRestMsg, sessionStartedMsg, observer.AppendedMsg:
		return true
	case tea.MouseReleaseMsg, tea.MouseMotionMsg: // the app acts on the press (mouse.go)
		return true
	case observer.LoadedMsg:
		return !a.layout.Observer
	}
	return false
}

// dispatch routes msg by concern: the terminal, keys and navigation, the
// notice line, the observer panel. Anything else is broadcast to the live
// screens, which ignore what is not theirs.
func (a *App) dispatch(msg tea.Msg) tea.Cmd {
	if cmd, ok := a.terminalMsg(msg); ok {
		return cmd
	}
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return a.handleKey(msg)
	case tea.MouseMsg:
		return a.mouse(msg)
	case StopMsg, sessionStartedMsg, TravelMsg:
		return a.sessionMsg(msg)
	case nav.Msg:
		return a.route(msg)
	case screen.StatusMsg:
		return a.setNotice(msg.Text, msg.Err)
	case screen.ActionMsg:
		return a.actionDone(msg)
	case clearNoticeMsg:
		a.clearNotice(msg)
		return nil
	case observer.LoadedMsg:
		return a.observerLoaded(msg)
	case observer.AppendedMsg:
		return a.observerWoken()
	case screen.EventLoggedMsg:
		return nil // the observer panel learns of events from the store
	case screen.StateMsg:
		return a.stateChanged(msg)
	case loadRestMsg:
		return a.loadRest()
	}
	// the console, when shown, takes what is its own (its reads, its
	// forms' answers, a paste into its form); merchant.go
	return tea.Batch(a.broadcast(msg), a.updateConsole(msg))
}

// terminalMsg handles what the terminal says of itself: its size and
// colours. ok is false for any other message.
func (a *App) terminalMsg(msg tea.Msg) (cmd tea.Cmd, ok bool) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return a.resizeTerminal(msg), true
	case tea.BackgroundColorMsg:
		a.setBackground(msg)
		return nil, true
	case tea.ColorProfileMsg:
		return a.setColorProfile(msg), true
	}
	return nil, false
}

// resizeTerminal lays the app out for the terminal's new size; the
// observer panel reads the log if the size just made room for it.
func (a *App) resizeTerminal(msg tea.WindowSizeMsg) tea.Cmd {
	if a.console != nil { // no panel beside the console (merchant.go)
		a.layout = NewLayout(msg.Width, msg.Height)
		a.resize()
		return nil
	}
	wasShown := a.layout.Observer
	a.layout = NewLayout(msg.Width, msg.Height).WithObserver(a.observerOn)
	a.resize()
	return a.observerShown(wasShown)
}

// setBackground picks the palette for the terminal's background; the
// colour profile outlives the change.
func (a *App) setBackground(msg tea.BackgroundColorMsg) {
	*a.env.Styles = *styles.For(msg.IsDark(), a.env.Styles.Colorless)
	a.stylesGen++
	a.help.Styles = help.DefaultStyles(msg.IsDark())
	a.updateConsole(msg)
}

// setColorProfile follows the terminal's colour profile. Without colour,
// pictures fall back to ASCII shades and selections to reverse video and
// heavy borders, so the screens hear of it too.
func (a *App) setColorProfile(msg tea.ColorProfileMsg) tea.Cmd {
	*a.env.Styles = *styles.For(a.env.Styles.IsDark, styles.ColorlessProfile(msg.Profile))
	a.stylesGen++
	return tea.Batch(a.broadcast(msg), a.updateConsole(msg))
}

// handleKey routes a key press: ctrl+c always quits; the help overlay
// takes every other key while open; keys pressed while a page loads wait
// for it (typeahead.go); a screen that is typing gets the rest; then the
// global bindings (globalKeys); then the focused screen.
func (a *App) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, a.env.Keys.ForceQuit) {
		return a.quit()
	}
	if a.console != nil {
		return a.consoleKey(msg) // merchant.go
	}
	if cmd, ok := a.helpKey(msg); ok {
		return cmd
	}
	if a.holdTypeAhead(msg) {
		return nil
	}
	if a.focused().CapturesInput() {
		return a.updateFocused(msg)
	}
	for _, g := range a.globalKeys() {
		if key.Matches(msg, g.binding) && (g.when == nil || g.when()) {
			return g.run()
		}
	}
	return a.updateFocused(msg)
}

// globalKey is a binding that works on every screen that is not typing.
type globalKey struct {
	binding key.Binding
	when    func() bool // nil: always; otherwise the key goes on to the screen when false
	run     func() tea.Cmd
}

// globalKeys is what each global binding does, first match wins. Inside
// a full-screen mini program the tab keys and "/" do nothing (outside),
// and e closes the mini program.
func (a *App) globalKeys() []globalKey {
	k := a.env.Keys
	out := []globalKey{
		{binding: k.Quit, run: a.quit},
		{binding: k.Help, run: a.toggleHelp},
	}
	slots := a.slots()
	for i, b := range a.tabKeys() {
		out = append(out, globalKey{binding: b, run: a.outside(a.showTab(slots[i], false))})
	}
	return append(out,
		// a number past the last slot (5 under life_entry=messages) does nothing
		globalKey{binding: key.NewBinding(key.WithKeys(tabDigits...)), run: noop},
		globalKey{binding: k.Slash, run: a.outside(a.showTab(nav.TabSearch, true))},
		globalKey{binding: k.NextTab, run: a.outside(a.stepTab(1))},
		globalKey{binding: k.PrevTab, run: a.outside(a.stepTab(-1))},
		globalKey{binding: k.Back, when: a.backClosesPage, run: a.pop},
		globalKey{binding: k.CloseMiniProgram, when: a.inMiniProgram, run: a.closeMiniProgram},
		globalKey{binding: k.Observer, run: a.toggleObserver},
		globalKey{binding: k.Variants, run: a.toggleVariants},
		globalKey{binding: k.Persona, run: a.presenterOnly("Switching persona", a.openPersonaPicker)},
		globalKey{binding: k.Travel, run: a.travelKey}, // presenterOnly: travel.go
		// the merchant console will be presenterOnly too.
	)
}

func noop() tea.Cmd { return nil }

func (a *App) openPersonaPicker() tea.Cmd { return a.route(nav.OpenPersonaPickerMsg{}) }

// backClosesPage reports whether back closes the top page: there is one,
// and it does not want esc for itself right now.
func (a *App) backClosesPage() bool {
	return len(a.stack) > 0 && !takesBack(a.focused())
}

func (a *App) toggleVariants() tea.Cmd {
	a.showVariants = !a.showVariants
	return nil
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

// broadcast gives msg to every live screen: the tabs, then the active
// tab's pages, then the other tabs' (parked) pages.
func (a *App) broadcast(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	update := func(s *screen.Screen) {
		var cmd tea.Cmd
		*s, cmd = (*s).Update(msg)
		cmds = append(cmds, cmd)
	}
	for _, t := range a.slots() {
		update(&a.tabs[t])
	}
	for i := range a.stack {
		update(&a.stack[i])
	}
	for t := range a.parked {
		for i := range a.parked[t] {
			update(&a.parked[t][i])
		}
	}
	return tea.Batch(cmds...)
}

// actionDone shows what a store action did on the notice line and gives
// every screen the persona's fresh state, if the action changed it.
func (a *App) actionDone(msg screen.ActionMsg) tea.Cmd {
	cmd := a.setNotice(msg.Status, msg.Err)
	if msg.State != nil {
		return tea.Batch(cmd, a.stateChanged(screen.StateMsg{State: *msg.State}))
	}
	return cmd
}

// stateChanged keeps the persona's fresh state for the mini program nav
// line and gives it to every screen.
func (a *App) stateChanged(msg screen.StateMsg) tea.Cmd {
	a.state = msg.State
	return a.broadcast(msg)
}

func (a *App) resize() {
	l := a.layout
	if l.TooSmall {
		return
	}
	if a.console != nil {
		a.sizeConsole()
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
