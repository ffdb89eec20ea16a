package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/ui/keys"
	"lifesim/ui/observer"
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

// The panel is shown beside the phone when it is on and the terminal is
// wide enough for both (Layout.WithObserver), and in the phone's place on
// a narrower terminal once asked for there (Layout.WithObserverAlone): F2
// there shows it, and a panel shown beside the phone stays shown, in its
// place, when the terminal narrows. A panel that is only on (the
// --observer default) never hides the phone. Either way Layout.Observer
// says it is shown, and it follows the log the same.

// observerShown is called after every relayout (a resize, F2) with
// whether the panel was shown before it. A panel that was shown and is
// still on stays shown: in the phone's place if the terminal has become
// too narrow for it beside the phone. A panel that has just appeared
// reads the log.
func (a *App) observerShown(wasShown bool) tea.Cmd {
	if wasShown && a.observerOn {
		a.layout = a.layout.WithObserverAlone()
	}
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

// toggleObserver is F2: a shown panel hides (and stays hidden at any
// width); otherwise the panel is shown, beside the phone or, on a
// terminal too narrow for both, in its place. Keys still go to the app
// while the panel is in the phone's place: the phone is only hidden, and
// F2 brings it back as it was. On a terminal too small for anything F2
// only turns the panel on or off for when it grows.
func (a *App) toggleObserver() tea.Cmd {
	l := a.layout
	wasShown := l.Observer
	if l.TooSmall || l.Width == 0 {
		a.observerOn = !a.observerOn
	} else {
		a.observerOn = !wasShown
	}
	a.layout = NewLayout(l.Width, l.Height).WithObserver(a.observerOn)
	if a.observerOn {
		a.layout = a.layout.WithObserverAlone()
	}
	a.resize()
	return a.observerShown(wasShown)
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

// observerHelpLine is the help line under the panel in the phone's place,
// at most w cells: F2 to bring the phone back, then ? help and q quit
// (built as the phone's help line is). The screen's own keys would act on
// the hidden phone, so they are left out, unless it is typing: then only
// its own keys and ctrl+c work, and it says how to leave the input.
func (a *App) observerHelpLine(w int) string {
	_, required := appKeyMap{a}.global()
	var own []key.Binding
	if a.focused().CapturesInput() {
		own = enabled(a.focused().ShortHelp())
	} else {
		required = append([]key.Binding{keys.Relabel(a.env.Keys.Observer, "back to the phone")}, required...)
	}
	k := helpKey{bindings: bindingsKey(own, nil, required), width: w, gen: a.stylesGen}
	return a.chrome.help.get(k, func() string { return a.drawHelpLine(w, own, nil, required) })
}
