package ui

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/observer"
	"lifesim/ui/screen"
)

// The observer panel reads the store in commands only, and follows the
// event log through the store's append notification (observer/follow.go):
// a read, then a wait for the next append, then a read again. A read is
// the funnel the store keeps with the log and the log's latest events
// (store.Funnels), so its cost and the panel's memory do not grow with
// the log. So
// it shows every writer's events, this session's and any other's in the
// process, without being told, and Update never blocks on the log. Reads
// are coalesced so at most one is in flight, and at most one wait is
// under way; it ends at the next append or when the store closes.

// observerShown reads the log when the panel has just appeared (it was
// not shown before; wasShown).
func (a *App) observerShown(wasShown bool) tea.Cmd {
	if wasShown || !a.layout.Observer {
		return nil
	}
	return a.observer.Request(a.env.Store, a.env.Session)
}

// observerLoaded takes a read's answer: the read asked for meanwhile, if
// any, else a wait for the next append while the panel is shown.
func (a *App) observerLoaded(msg observer.LoadedMsg) tea.Cmd {
	if cmd := a.observer.Update(msg, a.env.Store, a.env.Session); cmd != nil {
		return cmd
	}
	if !a.layout.Observer {
		return nil
	}
	return a.observer.Follow(a.env.Store, a.waiter)
}

// observerWoken takes the wait's answer: the log has grown, so a shown
// panel reads it (and then waits again). A hidden panel stops here and
// reads when it is shown again.
func (a *App) observerWoken() tea.Cmd {
	a.observer.Woken()
	if !a.layout.Observer {
		return nil
	}
	return a.observer.Request(a.env.Store, a.env.Session)
}

// toggleObserver shows or hides the panel (F2) and relays out.
func (a *App) toggleObserver() tea.Cmd {
	a.observerOn = !a.observerOn
	wasShown := a.layout.Observer
	a.layout = NewLayout(a.layout.Width, a.layout.Height).WithObserver(a.observerOn)
	a.resize()
	if cmd := a.observerShown(wasShown); cmd != nil {
		return cmd
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
