package ui

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/observer"
	"lifesim/ui/screen"
)

// The observer panel reads the event log in commands only. Every store
// write happens in a command whose answer comes back through Update, so
// after each message (except key presses and the panel's own answers) the
// root asks for the events appended since the last read; reads are
// coalesced so at most one is in flight. Update never blocks on the log.

// observe requests a read of new events after msg, if the panel is shown.
func (a *App) observe(msg tea.Msg) tea.Cmd {
	if !a.layout.Observer {
		return nil
	}
	switch msg.(type) {
	case tea.KeyPressMsg, observer.LoadedMsg, clearNoticeMsg:
		return nil
	}
	return a.observer.Request(a.env.Store)
}

// toggleObserver shows or hides the panel (F2) and relays out.
func (a *App) toggleObserver() tea.Cmd {
	a.observerOn = !a.observerOn
	a.layout = NewLayout(a.layout.Width, a.layout.Height).WithObserver(a.observerOn)
	a.resize()
	if a.layout.Observer {
		return a.observer.Request(a.env.Store)
	}
	if a.layout.Width > 0 && a.layout.Width < ObserverMinWidth && a.observerOn {
		return screen.Send(screen.StatusMsg{Text: "The observer panel needs a terminal 110 columns wide"})
	}
	return nil
}

// observerView is the panel at its layout size.
func (a *App) observerView() string {
	l := a.layout
	info := observer.Info{
		Session: a.env.Session, Persona: a.env.Persona, PersonaName: a.personaName,
		Variants: a.env.Variants, Labels: a.experimentLabels(),
	}
	return a.observer.View(a.env.Styles, info, l.PanelWidth, l.PanelHeight)
}
