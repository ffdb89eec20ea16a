package ui

import (
	"crypto/rand"
	"encoding/hex"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// A session is one persona's stretch of one run of the app: it starts with
// app_start (at launch, or after switching persona) and ends with app_stop
// (at quit, or when switching away). Detail "switch" marks the ends made by
// a persona switch, "clock" those made by time travel (travel.go).

// NewSessionID is a random session id (the default Options.NewSession).
func NewSessionID() string {
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// startSession records app_start for env and the life_entry exposure (the
// tab bar is the first thing the persona sees), then says so
// (sessionStartedMsg).
func startSession(env screen.Env, detail string) tea.Cmd {
	start := actions.Record(env, model.EventAppStart, string(env.Persona), "", detail, 0)
	expose := actions.Expose(env, model.ExpLifeEntry)
	return tea.Sequence(start, expose, screen.Send(sessionStartedMsg{session: env.Session}))
}

// sessionStartedMsg says the session's app_start is in the log (written,
// or failed). A stop asked for before then waits for it, so app_stop
// never comes first, even when a room's connection drops at once: the
// start is written by a command running beside the stop's.
type sessionStartedMsg struct{ session string }

// sessionMsg takes the messages that end or have started the session,
// time travel's included (it ends one and starts the next).
func (a *App) sessionMsg(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case StopMsg:
		return a.stop(msg.Detail)
	case sessionStartedMsg:
		return a.sessionStarted(msg)
	case TravelMsg:
		return a.travelTo(msg)
	}
	return nil
}

// sessionStarted takes sessionStartedMsg: the stop waiting for it, if
// any, goes ahead; else time travel asked for meanwhile does.
func (a *App) sessionStarted(msg sessionStartedMsg) tea.Cmd {
	if msg.session != a.env.Session {
		return nil
	}
	a.startLogged = true
	stop := a.stopWaiting
	a.stopWaiting = nil
	if stop == nil {
		return a.travelWaiting() // travel.go: a jump asked for meanwhile
	}
	return stop
}

// stopSession records app_stop for env.
func stopSession(env screen.Env, detail string) tea.Cmd {
	return actions.Record(env, model.EventAppStop, string(env.Persona), "", detail, 0)
}

// leaving collects the Leave commands of the screens in ss, in order.
func leaving(ss ...screen.Screen) []tea.Cmd {
	var out []tea.Cmd
	for _, s := range ss {
		if l, ok := s.(screen.Leaver); ok {
			out = append(out, l.Leave())
		}
	}
	return out
}

// dropPages removes the pages from index i up and returns what they record
// on leaving (top page first).
func (a *App) dropPages(i int) tea.Cmd {
	if i >= len(a.stack) {
		return nil
	}
	gone := make([]screen.Screen, 0, len(a.stack)-i)
	for j := len(a.stack) - 1; j >= i; j-- {
		gone = append(gone, a.stack[j])
	}
	a.stack = a.stack[:i]
	return tea.Batch(leaving(gone...)...)
}

// quit ends the session when the persona quits (q, ctrl+c).
func (a *App) quit() tea.Cmd { return a.stop("") }

// stop ends the session, once: what the open pages (every tab's) and the
// active tab record on leaving, then app_stop with detail, then the
// program quits. Whatever was in front (a text input, the help, a pop-up)
// has no say, and keys held for a loading page are dropped: from here on
// the app takes no input (Update), so no key logs anything after app_stop
// (a command already under way still finishes).
func (a *App) stop(detail string) tea.Cmd {
	if a.quitting {
		return nil
	}
	a.quitting = true
	a.held = typeAhead{}
	leaves := leaving(a.allPagesTopFirst()...)
	leaves = append(leaves, leaving(a.tabs[a.tab])...)
	stop := tea.Sequence(append(leaves, stopSession(a.env, detail), tea.Quit)...)
	if a.console != nil {
		stop = tea.Quit // the operator has no session to end (merchant.go)
	}
	if !a.startLogged {
		a.stopWaiting = stop // sessionStarted runs it
		return nil
	}
	return stop
}

func (a *App) stackTopFirst() []screen.Screen {
	out := make([]screen.Screen, 0, len(a.stack))
	for j := len(a.stack) - 1; j >= 0; j-- {
		out = append(out, a.stack[j])
	}
	return out
}

// switchPersona ends this session and starts one as persona msg.ID: the
// Env gets the persona, a new session id and the persona's variants, and
// every screen is rebuilt and reloaded, the tab in front first. An
// operator's id (model.MerchantPersona) opens the merchant console
// instead, and leaving the console ends no session.
func (a *App) switchPersona(msg nav.SwitchPersonaMsg) tea.Cmd {
	if msg.ID == a.env.Persona || msg.ID == "" {
		return a.dropPages(max(len(a.stack)-1, 0)) // just close the picker
	}
	if acc, ok := msg.ID.MerchantAccount(); ok {
		return a.openConsole(acc, msg.Name) // an operator (merchant.go)
	}
	wasConsole := a.console != nil
	show := a.leaveConsole()
	end := a.replaceSession(msg.ID, msg.Name, "switch")
	if wasConsole {
		end = nil // the operator had no session to end
	}
	return tea.Batch(
		show,
		tea.Sequence(end, startSession(a.env, "switch")),
		screen.Send(screen.StatusMsg{Text: "Now acting as " + model.CleanLine(msg.Name)}),
		a.loadTabs(),
	)
}

// replaceSession is what a persona switch and time travel share: this
// session ends and the app is rebuilt, at Home, for a new one as persona
// p (name): a new session id, p's variants, every screen new. It returns
// the end of the old session, to run before the new one's start: what
// the open pages (every tab's) and the tab in front record on leaving,
// then app_stop with detail, all as the old session. The caller starts
// the new session (startSession) after it, and loads the tabs.
func (a *App) replaceSession(p model.PersonaID, name, detail string) tea.Cmd {
	old := a.env
	leaves := leaving(a.allPagesTopFirst()...)
	leaves = append(leaves, leaving(a.tabs[a.tab])...)
	a.env.Persona, a.env.Session = p, a.newSession()
	a.startLogged = false
	a.env.Variants = a.assign(p)
	a.personaName = name
	a.stack, a.parked, a.tab = nil, [nav.NumTabs][]screen.Screen{}, nav.TabHome
	a.state = model.UserState{}
	a.tabs, a.started = newTabs(a.env), [nav.NumTabs]bool{}
	a.resize()
	return tea.Sequence(append(leaves, stopSession(old, detail))...)
}

func (a *App) newSession() string {
	if a.newSessionID != nil {
		return a.newSessionID()
	}
	return NewSessionID()
}
